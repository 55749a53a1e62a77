/**
 * Devices benchmarks (in-process full app, invariants off, no consensus):
 *  1. device reports verified and applied per second: N registered devices, N signed
 *     MsgSubmitReport for one epoch, applied in blocks (50 reports per tx, 20 txs per block; and
 *     one report per tx, where the tx's secp256k1 signature is paid per report), against the
 *     ed25519 verification bound measured in the same run (node:crypto and @noble/curves);
 *  2. epoch-boundary cost with 100,000 registered, bonded GPU devices (written through the
 *     keeper, not by txs) and reports for half of them: the epoch-start block (challenge selection
 *     over every device) and the epoch-end block (settlement of the previous epoch + power table).
 * Env: BENCH_REPORTS (default 4000), BENCH_DEVICES (default 100000).
 */
import { createPublicKey, verify as nodeVerify } from "node:crypto";
import { ed25519 } from "@noble/curves/ed25519";
import { installNodeCrypto } from "../../node/crypto/install.js";
import { sha256 } from "@noble/hashes/sha256";
import { createFullApp, type FullApp } from "../support/pogcs-app.js";
import { edKey, signedReport, reportBody, GPU_CAPACITY, MSG } from "../../modules/devices/test-support.js";
import { reportSignBytes } from "../../modules/devices/sign-bytes.js";
import { makeH3Cell } from "../../modules/devices/h3.js";
import { DeviceClass, type ReportBody } from "../../modules/devices/types.js";
import { DEVICES_MODULE_ACCOUNT } from "../../modules/devices/keeper.js";
import { envNumber, fmt, type BenchResult } from "./lib.js";

const B = "devices";
const GPU = DeviceClass.DEVICE_CLASS_GPU;

/** Registers and bonds `n` GPU devices directly through the keeper (bank-consistent). */
function preloadDevices(f: FullApp, n: number, pub: (i: number) => Uint8Array, bond = 1_000_000n): void {
  const owner = f.signers[f.validators.length]!.address;
  const vals = f.validators.map((v) => v.valoper);
  f.direct((ctx) => {
    const k = f.pogcs.keepers.devices;
    f.pogcs.keepers.bank.sendFromAccountToModule(ctx, owner, DEVICES_MODULE_ACCOUNT, [{ denom: "ugcs", amount: bond * BigInt(n) }]);
    for (let i = 0; i < n; i++) {
      const id = k.nextDeviceId(ctx);
      k.createDevice(ctx, {
        id, owner, makerId: "maker-1", pubkey: pub(i), deviceClass: GPU, capacity: GPU_CAPACITY,
        location: { h3Cell: makeH3Cell(i % 120, [i % 7, (i >> 3) % 7, (i >> 6) % 7, (i >> 9) % 7, (i >> 12) % 7, (i >> 15) % 7, 0, 1]), index: i },
        registeredHeight: 1n, bond, validator: vals[i % vals.length]!, score: 600, lastNonce: 0n, flagged: false, flaggedHeight: 0n,
      });
    }
  });
}

function ed25519Bounds(n: number): { node: number; noble: number } {
  const keys = Array.from({ length: 64 }, (_, i) => edKey(`bound-${i}`));
  const items = Array.from({ length: n }, (_, i) => {
    const k = keys[i % keys.length]!;
    const msg = reportSignBytes(sha256(new TextEncoder().encode(`m${i}`)));
    return { k, msg, sig: ed25519.sign(msg, k.priv) };
  });
  const prefix = Buffer.from("302a300506032b6570032100", "hex");
  const objs = keys.map((k) => createPublicKey({ key: Buffer.concat([prefix, Buffer.from(k.pub)]), format: "der", type: "spki" }));
  let t = performance.now();
  for (let i = 0; i < n; i++) if (!nodeVerify(null, items[i]!.msg, objs[i % keys.length]!, items[i]!.sig)) throw new Error("node verify failed");
  const node = n / ((performance.now() - t) / 1000);
  t = performance.now();
  for (const it of items) if (!ed25519.verify(it.sig, it.msg, it.k.pub, { zip215: false })) throw new Error("noble verify failed");
  const noble = n / ((performance.now() - t) / 1000);
  return { node, noble };
}

function reportsPerSecond(n: number, perTx: number, txsPerBlock: number): { rate: number; blocks: number } {
  const f = createFullApp({ validators: 4, accounts: 4, epochLength: 100_000n, checkInvariants: false, devices: { report_grace_blocks: "10" } });
  const keys = Array.from({ length: n }, (_, i) => edKey(`report-bench-${i}`));
  preloadDevices(f, n, (i) => keys[i]!.pub);
  const senders = [5, 6, 7];
  const txs: Uint8Array[] = [];
  for (let i = 0, t = 0; i < n; i += perTx, t++) {
    const s = senders[t % senders.length]!;
    const msgs = [];
    for (let j = i; j < Math.min(n, i + perTx); j++) {
      const body: ReportBody = reportBody(BigInt(j + 1), 0n, 1n);
      msgs.push({ typeUrl: MSG.SubmitReport, value: signedReport(f.signers[s]!.address, body, keys[j]!.priv).msg });
    }
    txs.push(f.tx(s, msgs, 100_000_000n));
  }
  let ms = 0;
  let blocks = 0;
  for (let i = 0; i < txs.length; i += txsPerBlock) {
    const t0 = performance.now();
    const out = f.block(txs.slice(i, i + txsPerBlock));
    ms += performance.now() - t0;
    blocks++;
    const bad = out.txResults.find((r) => r.code !== 0);
    if (bad) throw new Error(`report tx failed: ${bad.codespace}/${bad.code} ${bad.log}`);
  }
  return { rate: n / (ms / 1000), blocks };
}

function epochBoundary(n: number): BenchResult {
  const L = 10n;
  const f = createFullApp({ validators: 6, accounts: 1, epochLength: L, checkInvariants: false, devices: { challenge_permille: 100, max_challenges_per_epoch: "1000" } });
  let t0 = performance.now();
  preloadDevices(f, n, (i) => sha256(new TextEncoder().encode(`dev-${i}`)));
  const preloadMs = performance.now() - t0;
  // Reports for epoch 0 for every second device, written through the keeper.
  t0 = performance.now();
  f.direct((ctx) => {
    const k = f.pogcs.keepers.devices;
    for (let i = 1; i <= n; i += 2) {
      k.setReport(ctx, { body: { ...reportBody(BigInt(i), 0n, 1n), gpuSeconds: 3000n }, bodyHash: new Uint8Array(32), height: f.height + 1n });
    }
  });
  const reportsMs = performance.now() - t0;
  const times = new Map<bigint, number>();
  let events: Array<{ type: string; attributes: Array<{ key: string; value: string }> }> = [];
  while (f.height < 2n * L) {
    const t = performance.now();
    const out = f.block();
    times.set(f.height, performance.now() - t);
    if (f.height === 2n * L) events = out.events as typeof events;
  }
  const others = [...times.entries()].filter(([h]) => h !== L + 1n && h !== 2n * L && h !== L).map(([, v]) => v).sort((a, b) => a - b);
  const settled = events.find((e) => e.type === "pogcs_epoch_settled")?.attributes.find((a) => a.key === "devices")?.value ?? "?";
  return [
    { bench: B, name: `epoch boundary: devices registered+bonded (keeper preload)`, value: `${fmt(n)} in ${fmt(preloadMs / 1000, 1)} s` },
    { bench: B, name: `epoch boundary: reports preloaded for epoch 0`, value: `${fmt(Math.ceil(n / 2))} in ${fmt(reportsMs / 1000, 1)} s` },
    { bench: B, name: `epoch-start block (challenge selection over ${fmt(n)} devices)`, value: `${fmt(times.get(L + 1n)!, 0)} ms` },
    { bench: B, name: `epoch-end block (power table only, nothing to settle)`, value: `${fmt(times.get(L)!, 0)} ms` },
    { bench: B, name: `epoch-end block (settle ${settled} reporting devices + power table)`, value: `${fmt(times.get(2n * L)!, 0)} ms` },
    { bench: B, name: `ordinary block (median, same state)`, value: `${fmt(others[Math.floor(others.length / 2)] ?? NaN, 1)} ms` },
  ];
}

export async function run(): Promise<BenchResult> {
  const n = envNumber("BENCH_REPORTS", 4000);
  const devices = envNumber("BENCH_DEVICES", 100_000);
  const out: BenchResult = [];
  const bound = ed25519Bounds(Math.max(2000, n));
  out.push({ bench: B, name: "ed25519 verify/s node:crypto (bound)", value: fmt(bound.node) });
  out.push({ bench: B, name: "ed25519 verify/s @noble/curves (bound of the pure-JS path)", value: fmt(bound.noble) });
  for (const f of out) console.log(`${f.name}: ${f.value}`);
  const batchedNoble = reportsPerSecond(n, 50, 20);
  out.push({ bench: B, name: `reports verified+applied/s, pure-JS ed25519 (${fmt(n)} devices, 50 per tx)`, value: `${fmt(batchedNoble.rate)} (${fmt((100 * batchedNoble.rate) / bound.noble, 0)}% of the @noble bound)` });
  console.log(`${out.at(-1)!.name}: ${out.at(-1)!.value}`);
  // What a node runs: node/ installs node:crypto behind the chain's ed25519 hook.
  installNodeCrypto();
  const batched = reportsPerSecond(n, 50, 20);
  out.push({ bench: B, name: `reports verified+applied/s, node:crypto ed25519 as in the node (${fmt(n)} devices, 50 per tx)`, value: `${fmt(batched.rate)} (${fmt((100 * batched.rate) / bound.node, 0)}% of the node:crypto bound)` });
  console.log(`${out.at(-1)!.name}: ${out.at(-1)!.value}`);
  const single = reportsPerSecond(Math.min(n, 1000), 1, 200);
  out.push({ bench: B, name: `reports verified+applied/s (1 per tx: + secp256k1 tx signature)`, value: fmt(single.rate) });
  console.log(`${out.at(-1)!.name}: ${out.at(-1)!.value}`);
  for (const f of epochBoundary(devices)) {
    out.push(f);
    console.log(`${f.name}: ${f.value}`);
  }
  return out;
}
