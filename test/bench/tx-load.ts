/**
 * Load-generation machinery shared by the node benchmarks (tx, consensus, amm-node): funded
 * accounts, pre-signed txs (on worker threads), a bounded broadcast window over the RPC, and
 * commit observation from block metas and results. Not a benchmark itself.
 */
import { createHash, randomBytes } from "node:crypto";
import { readFileSync, existsSync } from "node:fs";
import { cpus } from "node:os";
import { MsgMultiSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { QueryAccountRequest, QueryAccountResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { BaseAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { buildSignedTx } from "../../node/client/build-tx.js";
import { signerFromMnemonic, signerFromPrivateKey } from "../../node/keyring/hd.js";
import { fmt, HttpClient, rfc3339Ms, sleep } from "./lib.js";
import type { DevnetInfo } from "../../devnet/devnet.js";
import { signInWorker, signSend, type SendSpec, type SignAccount, type Signer } from "./sign-worker.js";

const FUND_PER_ACCOUNT = 1_000_000_000n;
export const OUTPUTS_PER_MULTISEND = 100;
const SEND_FEE = "500";
const SEND_GAS = "200000";
/** The node's default mempool.size; broadcasts beyond it are refused with code 20. */
const CODE_MEMPOOL_FULL = 20;
const CODE_SEQUENCE_MISMATCH = 32;
/** Already in the mempool (or committed recently). */
const CODE_TX_IN_CACHE = 19;

/** CPU seconds (user + system) of a process so far, from /proc (Linux); undefined elsewhere. */
export function procCpuSeconds(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(f[11]) + Number(f[12])) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return undefined;
  }
}

export interface Account {
  signer: Signer;
  /** The RPC endpoint this account always broadcasts to (so its sequences arrive in order). */
  client: HttpClient;
  accountNumber: bigint;
  /** Sequence of the account's first pre-signed tx. */
  firstSeq: number;
  to: string;
  /** Global tx indices of this account's pre-signed txs, in sequence order. */
  first: number;
  count: number;
  pos: number;
  dead: boolean;
}

export interface BlockSeen {
  height: number;
  timeMs: number;
  numTxs: number;
  /** performance.now() when the poller first saw the block committed. */
  seenAt: number;
}

export type AccountInfo = { accountNumber: bigint; sequence: bigint };

/** Account numbers and sequences by auth Account queries, batched 100 per request. */
export async function queryAccounts(client: HttpClient, addresses: string[]): Promise<Array<AccountInfo | undefined>> {
  const out: Array<AccountInfo | undefined> = [];
  for (let i = 0; i < addresses.length; i += 100) {
    const chunk = addresses.slice(i, i + 100);
    const res = await client.batch<{ response: { code: number; value: string | null } }>(
      chunk.map((address) => ({
        method: "abci_query",
        params: { path: "/cosmos.auth.v1beta1.Query/Account", data: Buffer.from(QueryAccountRequest.encode({ address }).finish()).toString("hex") },
      })),
    );
    for (const r of res) {
      if (r.response.code !== 0 || !r.response.value) {
        out.push(undefined);
        continue;
      }
      const any = QueryAccountResponse.decode(Buffer.from(r.response.value, "base64")).account!;
      const acc = BaseAccount.decode(any.value);
      out.push({ accountNumber: acc.accountNumber, sequence: acc.sequence });
    }
  }
  return out;
}

export interface FundedAccounts {
  privs: Uint8Array[];
  signers: Signer[];
  accInfo: AccountInfo[];
  /** Height of the block that committed the last funding tx. */
  height: number;
  ms: number;
  /** Times the funding broadcasts were resent from an earlier sequence. */
  rewinds: number;
}

/** N fresh accounts funded from the devnet faucet by MsgMultiSend (one input, up to 100 outputs each). */
export async function fundAccounts(client: HttpClient, info: Pick<DevnetInfo, "chainId" | "denom" | "faucet">, nAccounts: number): Promise<FundedAccounts> {
  const { chainId, denom } = info;
  const faucet = signerFromMnemonic(info.faucet.mnemonic, 0, { prefix: "gcs" });
  const privs = Array.from({ length: nAccounts }, () => new Uint8Array(randomBytes(32)));
  const signers = privs.map((p) => signerFromPrivateKey(p, "gcs"));
  const [faucetAcc] = await queryAccounts(client, [faucet.address]);
  if (!faucetAcc) throw new Error("faucet account not found");
  const firstSeq = faucetAcc.sequence;
  const signed: Uint8Array[] = [];
  const tf = performance.now();
  for (let i = 0; i < nAccounts; i += OUTPUTS_PER_MULTISEND) {
    const outs = signers.slice(i, i + OUTPUTS_PER_MULTISEND);
    const total = FUND_PER_ACCOUNT * BigInt(outs.length);
    const msg = MsgMultiSend.fromPartial({
      inputs: [{ address: faucet.address, coins: [{ denom, amount: total.toString() }] }],
      outputs: outs.map((s) => ({ address: s.address, coins: [{ denom, amount: FUND_PER_ACCOUNT.toString() }] })),
    });
    signed.push(
      buildSignedTx(faucet, {
        messages: [{ typeUrl: "/cosmos.bank.v1beta1.MsgMultiSend", value: MsgMultiSend.encode(msg).finish() }],
        fee: [{ denom, amount: "50000" }],
        gasLimit: 20_000_000n,
        chainId,
        accountNumber: faucetAcc.accountNumber,
        sequence: firstSeq + BigInt(signed.length),
      }),
    );
  }
  // Broadcast in sequence order. If the node's check state wants an earlier sequence (an
  // admitted funding tx left its mempool without being committed), resend from there.
  const fundHashes: string[] = new Array(signed.length);
  let rewinds = 0;
  for (let k = 0; k < signed.length; ) {
    const r = await client.call<{ code: number; log: string; hash: string }>("broadcast_tx_sync", { tx: Buffer.from(signed[k]!).toString("base64") });
    const expected = r.code === CODE_SEQUENCE_MISMATCH ? /expected (\d+)/.exec(r.log) : null;
    if (expected && Number(expected[1]) < Number(firstSeq) + k && rewinds < 20) {
      rewinds++;
      k = Number(expected[1]) - Number(firstSeq);
      await sleep(300);
      continue;
    }
    if (r.code !== 0 && r.code !== CODE_TX_IN_CACHE) throw new Error(`funding tx refused: code ${r.code}: ${r.log}`);
    fundHashes[k] = r.hash;
    k++;
  }
  let height = 0;
  for (const h of fundHashes) {
    const t0 = performance.now();
    for (;;) {
      try {
        const r = await client.call<{ height: string; tx_result: { code: number; log: string } }>("tx", { hash: h });
        if (r.tx_result.code !== 0) throw new Error(`funding tx ${h} failed in block: code ${r.tx_result.code}: ${r.tx_result.log}`);
        height = Math.max(height, Number(r.height));
        break;
      } catch (e) {
        if ((e as Error).message.startsWith("funding tx")) throw e;
        if (performance.now() - t0 > 60_000) throw new Error(`funding tx ${h} not committed within 60 s`);
        await sleep(200);
      }
    }
  }
  const accInfo = await queryAccounts(client, signers.map((s) => s.address));
  if (accInfo.some((a) => !a)) throw new Error("some funded accounts are missing");
  return { privs, signers, accInfo: accInfo as AccountInfo[], height, ms: performance.now() - tf, rewinds };
}

export interface Presigned {
  spec: SendSpec;
  accounts: Account[];
  txBytes: Uint8Array[];
  hashIndex: Map<string, number>;
  signMs: number;
  nWorkers: number;
}

/**
 * Pre-signs `perAccount` MsgSends (or the overrides' swap) per funded account, before the window, in worker threads
 * (one per core). Account i sends to account i+1 and broadcasts to clients[i % clients.length].
 */
export async function presignSends(
  info: Pick<DevnetInfo, "chainId" | "denom">,
  funded: FundedAccounts,
  perAccount: number,
  clients: HttpClient[],
  /** Overrides of the tx spec (fee, gas, or `swap` to sign MsgSwapExactIn instead of MsgSend). */
  specOverrides: Partial<SendSpec> = {},
): Promise<Presigned> {
  const { privs, signers, accInfo } = funded;
  const nAccounts = signers.length;
  const spec: SendSpec = { chainId: info.chainId, denom: info.denom, fee: SEND_FEE, gasLimit: SEND_GAS, ...specOverrides };
  const nWorkers = Math.max(1, cpus().length);
  const accounts: Account[] = signers.map((s, i) => ({
    signer: s,
    client: clients[i % clients.length]!,
    accountNumber: accInfo[i]!.accountNumber,
    firstSeq: Number(accInfo[i]!.sequence),
    to: signers[(i + 1) % nAccounts]!.address,
    first: i * perAccount,
    count: perAccount,
    pos: 0,
    dead: false,
  }));
  const ts = performance.now();
  const per = Math.ceil(nAccounts / nWorkers);
  const batches = await Promise.all(
    Array.from({ length: nWorkers }, (_, w) => {
      const list: SignAccount[] = [];
      for (let i = w * per; i < Math.min(nAccounts, (w + 1) * per); i++) {
        list.push({ priv: privs[i]!, accountNumber: accounts[i]!.accountNumber.toString(), to: accounts[i]!.to, firstSequence: accounts[i]!.firstSeq, count: perAccount });
      }
      return signInWorker(spec, list);
    }),
  );
  const signMs = performance.now() - ts;
  // global tx index = account * perAccount + k; workers hold contiguous account ranges
  const txBytes: Uint8Array[] = [];
  const hashIndex = new Map<string, number>();
  for (const b of batches) {
    const n = b.offsets.length - 1;
    for (let i = 0; i < n; i++) {
      const idx = txBytes.length;
      txBytes.push(b.bytes.subarray(b.offsets[i]!, b.offsets[i + 1]!));
      hashIndex.set(Buffer.from(b.hashes.subarray(32 * i, 32 * i + 32)).toString("hex"), idx);
    }
  }
  return { spec, accounts, txBytes, hashIndex, signMs, nWorkers };
}

export interface WindowOptions {
  /** Node whose blocks are polled (commit time = when this poller first sees the block). */
  pollRpc: string;
  seconds: number;
  warmup: number;
  concurrency: number;
  /** Node processes whose CPU time is summed over the window. */
  nodePids: Array<number | undefined>;
}

export interface WindowResult {
  seconds: number;
  inWindow: BlockSeen[];
  committed: number;
  tps: number;
  /** Broadcast-to-commit latencies (ms), ascending. */
  lat: number[];
  /** First to last block time in the window (ms). */
  windowMs: number;
  accepted: number;
  acceptedInWindow: number;
  rejected: Map<string, number>;
  deliverFailed: number;
  /** Sum over the distinct broadcast endpoints. */
  mempoolAtEnd: number;
  httpErrors: number;
  signedOnTheFly: number;
  foreign: number;
  /** CPU seconds over the window: node processes (sum), bench client (all threads). */
  cpu?: { nodes: number; self: number };
}

/**
 * The run: warm-up, then the measured window. `concurrency` lanes each own a share of the
 * accounts and broadcast their pre-signed txs (broadcast_tx_sync to each account's client)
 * back to back; then the window's blocks are read back from the polled node.
 */
export async function sendWindow(p: Presigned, o: WindowOptions): Promise<WindowResult> {
  const { accounts, txBytes, hashIndex, spec } = p;
  const { seconds, warmup, concurrency } = o;
  const sendAt: number[] = new Array(txBytes.length).fill(NaN);
  const rejected = new Map<string, number>();
  const reject = (k: string) => rejected.set(k, (rejected.get(k) ?? 0) + 1);
  let accepted = 0;
  let acceptedInWindow = 0;
  let signedOnTheFly = 0;
  let httpErrors = 0;
  const client = new HttpClient(o.pollRpc, 4);
  try {
    const blocks = new Map<number, BlockSeen>();
    let lastHeight = Number((await client.call<{ sync_info: { latest_block_height: string } }>("status")).sync_info.latest_block_height);
    let blockWaiters: Array<() => void> = [];
    const nextBlock = () => new Promise<void>((r) => blockWaiters.push(r));

    const wall0 = Date.now();
    const perf0 = performance.now();
    const windowStartWall = wall0 + warmup * 1000;
    const windowEndWall = windowStartWall + seconds * 1000;
    const windowStartPerf = perf0 + warmup * 1000;
    const windowEndPerf = windowStartPerf + seconds * 1000;

    const cpuNow = () => {
      const ns = o.nodePids.map(procCpuSeconds);
      return { node: ns.some((x) => x === undefined) ? undefined : ns.reduce((a, b) => a! + b!, 0), self: process.cpuUsage() };
    };
    let cpuAtStart: { node?: number; self: NodeJS.CpuUsage } | undefined;
    let cpuAtEnd: { node?: number; self: NodeJS.CpuUsage } | undefined;
    const cpuStartTimer = setTimeout(() => (cpuAtStart = cpuNow()), warmup * 1000);
    const cpuEndTimer = setTimeout(() => (cpuAtEnd = cpuNow()), (warmup + seconds) * 1000);

    let pollDone = false;
    const poller = (async () => {
      const pollClient = new HttpClient(o.pollRpc, 2);
      try {
        while (!pollDone) {
          try {
            const r = await pollClient.call<{ block_metas: Array<{ header: { height: string; time: string }; num_txs: string }> }>("blockchain", {
              minHeight: lastHeight + 1,
            });
            const now = performance.now();
            const metas = [...r.block_metas].sort((a, b) => Number(a.header.height) - Number(b.header.height));
            for (const m of metas) {
              const h = Number(m.header.height);
              if (h <= lastHeight) continue;
              blocks.set(h, { height: h, timeMs: rfc3339Ms(m.header.time), numTxs: Number(m.num_txs), seenAt: now });
              lastHeight = h;
              if (rfc3339Ms(m.header.time) > windowEndWall) pollDone = true;
            }
            if (metas.length > 0) {
              const w = blockWaiters;
              blockWaiters = [];
              for (const f of w) f();
            }
          } catch {
            // "min height > max height": no new block yet
          }
          await sleep(25);
        }
      } finally {
        pollClient.close();
      }
    })();

    const broadcast = async (c: HttpClient, bytes: Uint8Array): Promise<{ code: number; codespace: string; log: string } | undefined> => {
      try {
        const r = await c.post(`{"jsonrpc":"2.0","id":1,"method":"broadcast_tx_sync","params":{"tx":"${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64")}"}}`);
        const j = JSON.parse(r.text) as { result?: { code: number; codespace: string; log: string }; error?: { message: string } };
        if (!j.result) return undefined;
        return j.result;
      } catch {
        return undefined;
      }
    };

    const lane = async (laneAccounts: Account[]) => {
      let rr = 0;
      while (performance.now() < windowEndPerf) {
        const live = laneAccounts.filter((a) => !a.dead);
        if (live.length === 0) return;
        const a = live[rr++ % live.length]!;
        let idx: number;
        if (a.pos < a.count) {
          idx = a.first + a.pos;
        } else {
          // pre-signed supply exhausted: sign now (client cost inside the window; reported)
          const seq = a.firstSeq + a.pos;
          const bytes = signSend(spec, a.signer, a.accountNumber, a.to, seq);
          idx = txBytes.length;
          txBytes.push(bytes);
          sendAt.push(NaN);
          hashIndex.set(createHash("sha256").update(bytes).digest("hex"), idx);
          a.first = idx - a.pos;
          a.count = a.pos + 1;
          signedOnTheFly++;
        }
        const t = performance.now();
        const r = await broadcast(a.client, txBytes[idx]!);
        if (!r) {
          httpErrors++;
          await sleep(50);
          continue;
        }
        if (r.code === 0) {
          sendAt[idx] = t;
          a.pos++;
          accepted++;
          if (t >= windowStartPerf && t < windowEndPerf) acceptedInWindow++;
          continue;
        }
        reject(`${r.codespace || "?"}/${r.code}`);
        if (r.code === CODE_MEMPOOL_FULL) {
          await nextBlock(); // retry the same tx once a block has made room
        } else if (r.code === CODE_SEQUENCE_MISMATCH) {
          const m = /expected (\d+)/.exec(r.log);
          const want = m ? Number(m[1]) - a.firstSeq : -1;
          if (want > a.pos && want <= a.count) a.pos = want;
          else a.dead = true;
        } else {
          a.dead = true; // this account's later sequences cannot be admitted now
        }
      }
    };
    const lanes: Account[][] = Array.from({ length: concurrency }, () => []);
    accounts.forEach((a, i) => lanes[i % concurrency]!.push(a));
    await Promise.all(lanes.map(lane));
    while (!cpuAtEnd && performance.now() < windowEndPerf + 1000) await sleep(5);
    clearTimeout(cpuStartTimer);
    clearTimeout(cpuEndTimer);
    let mempoolAtEnd = 0;
    for (const c of new Set(accounts.map((a) => a.client))) mempoolAtEnd += Number((await c.call<{ n_txs: string }>("num_unconfirmed_txs")).n_txs);
    const tWait = performance.now();
    while (!pollDone && performance.now() - tWait < 120_000) await sleep(50);
    pollDone = true;
    await poller;

    // what was committed in the window
    const inWindow = [...blocks.values()].filter((b) => b.timeMs > windowStartWall && b.timeMs <= windowEndWall).sort((a, b) => a.height - b.height);
    const committed = inWindow.reduce((s, b) => s + b.numTxs, 0);
    const lat: number[] = [];
    let deliverFailed = 0;
    let foreign = 0;
    for (const b of inWindow) {
      if (b.numTxs === 0) continue;
      const blk = await client.call<{ block: { data: { txs: string[] | null } } }>("block", { height: b.height });
      for (const t64 of blk.block.data.txs ?? []) {
        const idx = hashIndex.get(createHash("sha256").update(Buffer.from(t64, "base64")).digest("hex"));
        if (idx === undefined || Number.isNaN(sendAt[idx]!)) {
          foreign++;
          continue;
        }
        lat.push(b.seenAt - sendAt[idx]!);
      }
      const res = await client.call<{ txs_results: Array<{ code: number }> | null }>("block_results", { height: b.height });
      for (const x of res.txs_results ?? []) if (x.code !== 0) deliverFailed++;
    }
    lat.sort((x, y) => x - y);
    let cpu: WindowResult["cpu"];
    if (cpuAtStart && cpuAtEnd) {
      const self = cpuAtEnd.self.user + cpuAtEnd.self.system - cpuAtStart.self.user - cpuAtStart.self.system;
      const node = cpuAtStart.node !== undefined && cpuAtEnd.node !== undefined ? cpuAtEnd.node - cpuAtStart.node : NaN;
      cpu = { nodes: node, self: self / 1e6 };
    }
    return {
      seconds,
      inWindow,
      committed,
      tps: committed / seconds,
      lat,
      windowMs: inWindow.length > 1 ? inWindow[inWindow.length - 1]!.timeMs - inWindow[0]!.timeMs : NaN,
      accepted,
      acceptedInWindow,
      rejected,
      deliverFailed,
      mempoolAtEnd,
      httpErrors,
      signedOnTheFly,
      foreign,
      cpu,
    };
  } finally {
    client.close();
  }
}

/** A node's own applyBlock time for the given heights, from its "committed block" log lines. */
export function applyTimeFromLog(nodeLog: string, heights: Set<number>): { ms: number; txs: number; laterRounds: number; maxRound: number } {
  let ms = 0;
  let txs = 0;
  let laterRounds = 0;
  let maxRound = 0;
  if (!existsSync(nodeLog)) return { ms, txs, laterRounds, maxRound };
  for (const line of readFileSync(nodeLog, "utf8").split("\n")) {
    if (!line.includes("committed block")) continue;
    const h = /"?height"?[=:]"?(\d+)/.exec(line);
    const n = /"?txs"?[=:](\d+)/.exec(line);
    const m = /"?ms"?[=:](\d+)/.exec(line);
    if (!h || !n || !m) continue;
    if (heights.has(Number(h[1]))) {
      ms += Number(m[1]);
      txs += Number(n[1]);
      const round = Number(/"?round"?[=:](\d+)/.exec(line)?.[1] ?? 0);
      if (round > 0) laterRounds++;
      maxRound = Math.max(maxRound, round);
    }
  }
  return { ms, txs, laterRounds, maxRound };
}

export const rejectedText = (rejected: Map<string, number>): string =>
  rejected.size ? [...rejected.entries()].map(([k, v]) => `${k}: ${fmt(v)}`).join(", ") : "none";
