/**
 * The one-validator devnet the RPC shape tests run against: a faucet, one tx committed with
 * broadcast_tx_commit and five more sends to one recipient (for tx_search pagination).
 */
import { expect } from "vitest";
import { tempDevnet } from "./devnet-fixture.js";
import { signerFromMnemonic, type Secp256k1Signer } from "../../node/keyring/hd.js";
import { b64, getAccount, makeSendTx, rpc, waitForHeight, waitForTx } from "./chain-client.js";

export interface ShapesNet {
  net: Awaited<ReturnType<typeof tempDevnet>>;
  url: string;
  chainId: string;
  faucet: Secp256k1Signer;
  /** A tx committed with broadcast_tx_commit at start. */
  committedTx: Uint8Array;
  committedHeight: string;
  /** The recipient of the five pagination sends, and those sends in commit order. */
  pageRecipient: string;
  pageTxs: Array<{ hash: string; height: number; index: number }>;
  /** A signed faucet send with the next sequence. */
  nextSend(to: string, amount: bigint, extra?: { memo?: string }): Uint8Array;
}

export async function startShapesNet(): Promise<ShapesNet> {
  const net = await tempDevnet({ blockIntervalMs: 300 });
  const url = net.info.validators[0]!.rpc;
  const chainId = net.info.chainId;
  const faucet = signerFromMnemonic(net.info.faucet.mnemonic, 0, { prefix: "gcs" });
  const pageRecipient = signerFromMnemonic("oyster design unusual machine spread century engine gravity focus cave carry slot", 7, { prefix: "gcs" }).address;
  const acc = await getAccount(url, faucet.address);
  let seq = acc.sequence;
  const nextSend = (to: string, amount: bigint, extra: { memo?: string } = {}) =>
    makeSendTx(faucet, { chainId, accountNumber: acc.accountNumber, sequence: seq++, to, amount, fee: 5000n, ...extra });
  const committedTx = nextSend(pageRecipient, 1n, { memo: "commit" });
  const c = await rpc(url, "broadcast_tx_commit", { tx: b64(committedTx) });
  // Five more to the same recipient, broadcast back to back so they may share blocks.
  const hashes: string[] = [];
  for (let i = 0; i < 5; i++) {
    const r = await rpc(url, "broadcast_tx_sync", { tx: b64(nextSend(pageRecipient, BigInt(10 + i))) });
    expect(r.code).toBe(0);
    hashes.push(r.hash);
  }
  const pageTxs: ShapesNet["pageTxs"] = [];
  for (const h of hashes) {
    const t = await waitForTx(url, h);
    pageTxs.push({ hash: h, height: Number(t.height), index: t.index });
  }
  await waitForHeight(url, 4);
  return { net, url, chainId, faucet, committedTx, committedHeight: c.height, pageRecipient, pageTxs, nextSend };
}
