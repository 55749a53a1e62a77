import type { LightClient } from "./client.js";
import { LightClientError } from "./errors.js";
import { bankBalanceKey, decodeBech32Address, verifyStoreProof } from "./state-proof.js";

/**
 * Verified state reads through a light client: the primary answers `abci_query prove=true` for
 * height h and the proof is checked against the app hash of verified header h+1. By default h is
 * the trusted height minus one, so no extra header has to be fetched.
 */
export interface VerifiedValue {
  height: bigint;
  value: Uint8Array | undefined;
  appHash: Uint8Array;
}

export async function queryVerified(client: LightClient, store: string, key: Uint8Array, height?: bigint): Promise<VerifiedValue> {
  const q = client.primary.abciQuery;
  if (q === undefined) throw new LightClientError("invalid_argument", `provider ${client.primary.id} cannot answer abci_query`);
  const h = height ?? client.trustedHeight - 1n;
  if (h < 1n) throw new LightClientError("not_initialized", "sync past height 1 before querying state");
  const r = await q.call(client.primary, `/store/${store}/key`, key, h);
  if (r.code !== 0) throw new LightClientError("provider_error", `abci_query failed with code ${r.code}: ${r.log}`);
  if (r.height !== h) throw new LightClientError("invalid_proof", `asked for state at ${h}, got an answer for ${r.height}`);
  const { appHash } = await client.verifiedAppHash(h);
  verifyStoreProof(appHash, store, key, r.value, r.proofOps);
  return { height: h, value: r.value, appHash };
}

export interface VerifiedBalance {
  address: string;
  denom: string;
  /** 0 when the proof shows the balance is absent. */
  amount: bigint;
  present: boolean;
  height: bigint;
}

/** A bank balance proven against the verified app hash (present or proven absent). */
export async function verifyBalance(client: LightClient, address: string, denom: string, height?: bigint): Promise<VerifiedBalance> {
  const { bytes } = decodeBech32Address(address);
  const r = await queryVerified(client, "bank", bankBalanceKey(bytes, denom), height);
  let amount = 0n;
  if (r.value !== undefined) {
    const s = new TextDecoder().decode(r.value);
    if (!/^\d+$/.test(s)) throw new LightClientError("invalid_proof", `balance value ${JSON.stringify(s)} is not a decimal amount`);
    amount = BigInt(s);
  }
  return { address, denom, amount, present: r.value !== undefined, height: r.height };
}
