/** `pogcsd tx msg JSON --from KEY`: sign and broadcast any message(s) the chain routes. */
import type { Any } from "cosmjs-types/google/protobuf/any";
import { RpcClient } from "../client/rpc-client.js";
import { loadSigner, type KeyringSigner } from "../keyring/keyring.js";
import { NodeError } from "../errors.js";
import { flag, checkFlags, UsageError, type Parsed } from "./args.js";
import { signAndBroadcast } from "./broadcast.js";
import { parseMsgs } from "./msg-json.js";
import { DEFAULT_NODE, home, out } from "./io.js";

/** Flags every broadcasting command takes. */
export const TX_FLAGS = ["from", "node", "home", "fees", "gas", "memo"] as const;

/** The --from key's signer; a usage error without --from. */
export function fromSigner(p: Parsed): KeyringSigner {
  const from = flag(p, "from");
  if (!from) throw new UsageError("--from KEY is required (a key in <home>/keyring; see pogcsd keys list)");
  return loadSigner(home(p), from);
}

/**
 * Broadcasts `msgs` signed by `signer` with the tx flags, prints the outcome as JSON, and fails
 * with TX_FAILED (exit 1) when the block result's code is not 0.
 */
export async function sendMsgs(p: Parsed, signer: KeyringSigner, msgs: Any[]): Promise<void> {
  const rpc = new RpcClient(flag(p, "node", DEFAULT_NODE)!);
  const r = await signAndBroadcast(rpc, signer, msgs, { fees: flag(p, "fees", "5000ugcs")!, gas: flag(p, "gas", "auto")!, memo: flag(p, "memo", "")! });
  out(JSON.stringify(r, null, 2));
  if (r.code !== 0) {
    throw new NodeError(
      "TX_FAILED",
      `tx ${r.txhash} failed in block ${r.height}: codespace=${r.codespace} code=${r.code}: ${r.raw_log}`,
      "the fee was charged but the messages were reverted; fix the cause above and send again",
    );
  }
}

async function cmdTxMsg(p: Parsed): Promise<void> {
  checkFlags(p, TX_FLAGS);
  const json = p.positional[2];
  if (json === undefined) throw new UsageError(`tx msg needs the message JSON, e.g. '{"typeUrl": "/cosmos.bank.v1beta1.MsgSend", "value": {...}}'`);
  if (p.positional.length > 3) throw new UsageError("tx msg takes one JSON argument (quote it; pass several messages as a JSON array)");
  const msgs = parseMsgs(json);
  await sendMsgs(p, fromSigner(p), msgs);
}

/** `tx <sub>` handlers beyond `bank send`. */
export const TX_SUBCOMMANDS: Record<string, (p: Parsed) => Promise<void>> = {
  msg: cmdTxMsg,
};
