/**
 * Pre-signing of MsgSend (or MsgSwapExactIn) txs for the tx-throughput and amm-node benchmarks, in worker threads so the
 * signing (as costly as the node's verification) happens before the measured window.
 * Not a benchmark; imported by tx-load.ts, and run as a worker entry.
 */
import { createHash } from "node:crypto";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { pogcs } from "../../proto/gen/pogcs.js";
import { buildSignedTx } from "../../node/client/build-tx.js";
import { signerFromPrivateKey } from "../../node/keyring/hd.js";

export interface SendSpec {
  chainId: string;
  denom: string;
  fee: string;
  gasLimit: string;
  /** When set, every tx is a MsgSwapExactIn on this pool instead of a MsgSend (`to` is ignored). */
  swap?: { slotDenom: string; denomIn: string; amountIn: string; minAmountOut: string; deadline: string };
}

export interface SignAccount {
  priv: Uint8Array;
  accountNumber: string;
  /** Recipient of this account's sends. */
  to: string;
  firstSequence: number;
  count: number;
}

export interface SignedBatch {
  /** All txs back to back, account-major (account 0's `count` txs in sequence order first). */
  bytes: Uint8Array;
  /** offsets[i]..offsets[i+1] is tx i. */
  offsets: Int32Array;
  /** 32-byte sha256 of each tx (the CometBFT tx hash). */
  hashes: Uint8Array;
}

export type Signer = ReturnType<typeof signerFromPrivateKey>;

/** One signed MsgSend of 1 unit from `signer` to `to` at `sequence` (or the spec's swap, when it has one). */
export function signSend(spec: SendSpec, signer: Signer, accountNumber: bigint, to: string, sequence: number): Uint8Array {
  const w = spec.swap;
  const message = w
    ? {
        typeUrl: "/pogcs.amm.v1.MsgSwapExactIn",
        value: pogcs.amm.v1.MsgSwapExactIn.encode(pogcs.amm.v1.MsgSwapExactIn.fromObject({ trader: signer.address, ...w })).finish(),
      }
    : {
        typeUrl: "/cosmos.bank.v1beta1.MsgSend",
        value: MsgSend.encode({ fromAddress: signer.address, toAddress: to, amount: [{ denom: spec.denom, amount: "1" }] }).finish(),
      };
  return buildSignedTx(signer, {
    messages: [message],
    fee: [{ denom: spec.denom, amount: spec.fee }],
    gasLimit: BigInt(spec.gasLimit),
    chainId: spec.chainId,
    accountNumber,
    sequence: BigInt(sequence),
  });
}

export function signAll(spec: SendSpec, accounts: SignAccount[]): SignedBatch {
  const txs: Uint8Array[] = [];
  for (const a of accounts) {
    const signer = signerFromPrivateKey(a.priv, "gcs");
    const accNum = BigInt(a.accountNumber);
    for (let s = 0; s < a.count; s++) txs.push(signSend(spec, signer, accNum, a.to, a.firstSequence + s));
  }
  const offsets = new Int32Array(txs.length + 1);
  let total = 0;
  txs.forEach((t, i) => {
    offsets[i] = total;
    total += t.length;
  });
  offsets[txs.length] = total;
  const bytes = new Uint8Array(total);
  const hashes = new Uint8Array(32 * txs.length);
  txs.forEach((t, i) => {
    bytes.set(t, offsets[i]!);
    hashes.set(createHash("sha256").update(t).digest(), 32 * i);
  });
  return { bytes, offsets, hashes };
}

/** Signs in a worker thread (tsx registered inside it: Node 20 workers do not inherit --import hooks). */
export function signInWorker(spec: SendSpec, accounts: SignAccount[]): Promise<SignedBatch> {
  const code = `import("tsx/esm/api").then(async (api) => { api.register(); await import(${JSON.stringify(import.meta.url)}); });`;
  return new Promise((resolve, reject) => {
    const w = new Worker(code, { eval: true, workerData: { kind: "pogcs-bench-sign", spec, accounts } });
    let done = false;
    w.once("message", (m: SignedBatch) => {
      done = true;
      resolve(m);
      void w.terminate();
    });
    w.once("error", reject);
    w.once("exit", (c) => {
      if (!done) reject(new Error(`sign worker exited with code ${c}`));
    });
  });
}

if (!isMainThread && (workerData as { kind?: string } | undefined)?.kind === "pogcs-bench-sign") {
  const { spec, accounts } = workerData as { spec: SendSpec; accounts: SignAccount[] };
  const out = signAll(spec, accounts);
  parentPort!.postMessage(out, [out.bytes.buffer as ArrayBuffer, out.offsets.buffer as ArrayBuffer, out.hashes.buffer as ArrayBuffer]);
}
