/**
 * Sign, simulate (gas auto), broadcast and wait: the one path every `pogcsd tx` command beyond
 * `bank send` takes. The tx is SIGN_MODE_DIRECT, built by node/client/build-tx.ts.
 */
import { QueryAccountRequest, QueryAccountResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { BaseAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { SimulateRequest, SimulateResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { RpcClient } from "../client/rpc-client.js";
import { buildSignedTx } from "../client/build-tx.js";
import type { KeyringSigner } from "../keyring/keyring.js";
import { NodeError } from "../errors.js";
import { parseCoins } from "../../chain/codec/coins.js";
import { UsageError } from "./args.js";

export interface TxOptions {
  fees: string;
  /** "auto" or a gas limit. */
  gas: string;
  memo: string;
  /** Multiplier for the simulated gas (gas auto). */
  gasAdjustment?: number;
}

export interface TxOutcome {
  txhash: string;
  height: string;
  code: number;
  codespace: string;
  gas_wanted: string;
  gas_used: string;
  raw_log: string;
}

function gasOf(s: string): bigint | "auto" {
  if (s === "auto") return "auto";
  if (!/^[0-9]{1,12}$/.test(s) || BigInt(s) === 0n) throw new UsageError(`--gas expects auto or a positive integer, got ${s}`);
  return BigInt(s);
}

async function account(rpc: RpcClient, address: string): Promise<{ accountNumber: bigint; sequence: bigint }> {
  const missing = (log: string) =>
    new NodeError("ACCOUNT_NOT_FOUND", `account ${address} does not exist on chain (${log || "no account"})`, `send it some coins first (pogcsd tx bank send <funded key> ${address} 1000000ugcs)`);
  const bytes = await rpc.query("/cosmos.auth.v1beta1.Query/Account", QueryAccountRequest.encode({ address }).finish(), { onError: (f) => missing(f.log) });
  const any = bytes.length > 0 ? QueryAccountResponse.decode(bytes).account : undefined;
  if (!any) throw missing("");
  const acc = BaseAccount.decode(any.value);
  return { accountNumber: acc.accountNumber, sequence: acc.sequence };
}

const sleep = (ms: number) => new Promise((res) => setTimeout(res, ms));

/** Builds, signs and broadcasts `msgs`, then waits (up to `waitMs`) for the tx's block result. */
export async function signAndBroadcast(rpc: RpcClient, signer: KeyringSigner, msgs: Any[], o: TxOptions, waitMs = 30_000): Promise<TxOutcome> {
  const gas = gasOf(o.gas);
  const fee = parseCoins(o.fees).map((c) => ({ denom: c.denom, amount: c.amount.toString() }));
  const status = await rpc.call<{ node_info: { network: string } }>("status");
  const acc = await account(rpc, signer.address);
  const build = (gasLimit: bigint) => buildSignedTx(signer, { messages: msgs, memo: o.memo, fee, gasLimit, chainId: status.node_info.network, ...acc });

  let gasLimit: bigint;
  if (gas === "auto") {
    const sim = await rpc.query("/cosmos.tx.v1beta1.Service/Simulate", SimulateRequest.encode({ txBytes: build(10_000_000n) }).finish(), { onError: (r) =>
      new NodeError(
        "TX_SIMULATION_FAILED",
        `the chain refused the tx in simulation: codespace=${r.codespace} code=${r.code}: ${r.log}`,
        "fix the cause above (nothing was broadcast); --gas N skips the simulation",
      ),
    });
    const used = SimulateResponse.decode(sim).gasInfo?.gasUsed ?? 0n;
    gasLimit = (used * BigInt(Math.round((o.gasAdjustment ?? 1.3) * 100))) / 100n + 1000n;
  } else {
    gasLimit = gas;
  }

  const r = await rpc.call<{ code: number; log: string; hash: string; codespace: string }>("broadcast_tx_sync", { tx: Buffer.from(build(gasLimit)).toString("base64") });
  if (r.code !== 0) {
    throw new NodeError("TX_REJECTED", `tx refused by CheckTx: codespace=${r.codespace} code=${r.code}: ${r.log}`, "nothing was included; fix the cause above and send again");
  }
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline) {
    await sleep(300);
    let t: { height: string; tx_result: { code: number; codespace?: string; log: string; gas_wanted: string; gas_used: string } };
    try {
      t = await rpc.call("tx", { hash: Buffer.from(r.hash, "hex").toString("base64") });
    } catch (e) {
      if (e instanceof NodeError && e.code === "RPC_ERROR" && /not found/.test(e.message)) continue;
      throw e;
    }
    const x = t.tx_result;
    return { txhash: r.hash, height: t.height, code: x.code, codespace: x.codespace ?? "", gas_wanted: x.gas_wanted, gas_used: x.gas_used, raw_log: x.log };
  }
  throw new NodeError("TX_TIMEOUT", `tx ${r.hash} was accepted but not included within ${waitMs / 1000} s`, `look it up later: pogcsd query grpc /cosmos.tx.v1beta1.Service/GetTx '{"hash": "${r.hash}"}'`);
}
