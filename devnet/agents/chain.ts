/**
 * The few RPC calls a device agent needs (JSON-RPC over fetch): height, ABCI queries, account
 * numbers, broadcast_tx_sync and waiting for a tx's result.
 */
import { createHash } from "node:crypto";
import { QueryAccountRequest, QueryAccountResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { BaseAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { buildSignedTx } from "../../node/client/build-tx.js";
import type { Secp256k1Signer } from "../../node/keyring/hd.js";

export interface TxOutcome {
  hash: string;
  height: number;
  code: number;
  codespace: string;
  log: string;
  /** Where the tx was refused: at CheckTx (never included) or in its block. */
  stage: "check" | "deliver";
  /** Base64 TxMsgData of a committed tx (the Msg...Response values), when known. */
  data?: string;
}

export class ChainRpc {
  constructor(readonly url: string, readonly timeoutMs = 10_000) {}

  async call<T = any>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(this.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const j = (await res.json()) as { result?: T; error?: { message: string; data?: string } };
    if (j.error) throw new Error(`${method}: ${j.error.message} ${j.error.data ?? ""}`);
    return j.result as T;
  }

  /** Latest block time, Unix seconds. */
  async blockTime(): Promise<bigint> {
    const s = await this.call<{ sync_info: { latest_block_time: string } }>("status");
    return BigInt(Math.floor(Date.parse(s.sync_info.latest_block_time) / 1000));
  }

  async height(): Promise<number> {
    const s = await this.call<{ sync_info: { latest_block_height: string } }>("status");
    return Number(s.sync_info.latest_block_height);
  }

  /** ABCI query; returns undefined for a non-zero code (e.g. not found). */
  async query(path: string, data: Uint8Array): Promise<Uint8Array | undefined> {
    const r = await this.call<{ response: { code: number; value: string | null } }>("abci_query", { path, data: Buffer.from(data).toString("hex"), prove: false });
    if (r.response.code !== 0) return undefined;
    return new Uint8Array(Buffer.from(r.response.value ?? "", "base64"));
  }

  async account(address: string): Promise<{ accountNumber: bigint; sequence: bigint } | undefined> {
    const v = await this.query("/cosmos.auth.v1beta1.Query/Account", QueryAccountRequest.encode({ address }).finish());
    if (!v) return undefined;
    const acc = BaseAccount.decode(QueryAccountResponse.decode(v).account!.value);
    return { accountNumber: acc.accountNumber, sequence: acc.sequence };
  }

  async broadcastSync(tx: Uint8Array): Promise<{ code: number; codespace: string; log: string; hash: string }> {
    const r = await this.call<{ code: number; codespace: string; log: string; hash: string }>("broadcast_tx_sync", { tx: Buffer.from(tx).toString("base64") });
    return { ...r, code: Number(r.code) };
  }

  /** Polls tx_search until the tx is in a block (undefined after `timeoutMs`). */
  async waitTx(hash: string, timeoutMs = 15_000): Promise<{ height: number; code: number; codespace: string; log: string; data: string } | undefined> {
    const t0 = Date.now();
    while (Date.now() - t0 < timeoutMs) {
      const r = await this.call<{ txs: Array<{ height: string; tx_result: { code: number; codespace?: string; log?: string; data?: string } }> }>("tx_search", { query: `tx.hash='${hash}'` });
      const t = r.txs[0];
      if (t) return { height: Number(t.height), code: Number(t.tx_result.code), codespace: t.tx_result.codespace ?? "", log: t.tx_result.log ?? "", data: t.tx_result.data ?? "" };
      await new Promise((res) => setTimeout(res, 100));
    }
    return undefined;
  }
}

export function txHashHex(tx: Uint8Array): string {
  return createHash("sha256").update(tx).digest("hex").toUpperCase();
}

/**
 * An account that sends one tx at a time: signs with its tracked sequence, broadcasts, waits
 * for the block; re-reads its sequence after any refusal at CheckTx.
 */
export class TxSender {
  private accountNumber: bigint | undefined;
  private sequence = 0n;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly rpc: ChainRpc, readonly signer: Secp256k1Signer, readonly chainId: string, readonly gasLimit = 2_000_000n) {}

  get address(): string {
    return this.signer.address;
  }

  private async sync(): Promise<void> {
    const a = await this.rpc.account(this.signer.address);
    if (!a) throw new Error(`account ${this.signer.address} does not exist yet (not funded?)`);
    this.accountNumber = a.accountNumber;
    this.sequence = a.sequence;
  }

  /** Sends `messages` in one tx (serialised per account) and waits for its result. */
  send(messages: Any[], o: { wait?: boolean; gas?: bigint } = {}): Promise<TxOutcome> {
    const run = async (): Promise<TxOutcome> => {
      if (this.accountNumber === undefined) await this.sync();
      const tx = buildSignedTx(this.signer, { messages, fee: [], gasLimit: o.gas ?? this.gasLimit, chainId: this.chainId, accountNumber: this.accountNumber!, sequence: this.sequence });
      const hash = txHashHex(tx);
      let r: Awaited<ReturnType<ChainRpc["broadcastSync"]>>;
      try {
        r = await this.rpc.broadcastSync(tx);
      } catch (e) {
        this.accountNumber = undefined;
        throw e;
      }
      if (r.code !== 0) {
        this.accountNumber = undefined; // re-read the sequence before the next tx
        return { hash, height: 0, code: r.code, codespace: r.codespace ?? "", log: r.log ?? "", stage: "check" };
      }
      this.sequence += 1n;
      if (o.wait === false) return { hash, height: 0, code: 0, codespace: "", log: "", stage: "check" };
      const d = await this.rpc.waitTx(hash);
      if (!d) {
        this.accountNumber = undefined;
        return { hash, height: 0, code: -1, codespace: "agent", log: "not committed in time", stage: "deliver" };
      }
      return { hash, height: d.height, code: d.code, codespace: d.codespace, log: d.log, stage: "deliver", data: d.data };
    };
    const p = this.queue.then(run, run);
    this.queue = p.catch(() => undefined);
    return p;
  }
}
