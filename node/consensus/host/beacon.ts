import { concatBytes, utf8 } from "../../../chain/crypto/bytes.js";
import { sha256 } from "../../../chain/crypto/hash.js";

/**
 * The PoGCS randomness beacon (DESIGN §5): beacon_h = sha256(sig_h), where sig_h is the block
 * proposer's ed25519 signature over (chain id, height, beacon_{h-1}). The sign bytes carry a
 * domain tag so they can never be mistaken for a vote or proposal (those are protobuf).
 */
const DOMAIN = utf8("pogcs/beacon/v1\n");

export function genesisBeacon(chainId: string): Uint8Array {
  return sha256(concatBytes(utf8("pogcs/beacon/genesis\n"), utf8(chainId)));
}

export function beaconSignBytes(chainId: string, height: bigint, previous: Uint8Array): Uint8Array {
  const id = utf8(chainId);
  const h = new Uint8Array(8);
  new DataView(h.buffer).setBigUint64(0, height);
  return concatBytes(DOMAIN, Uint8Array.of(id.length), id, h, previous);
}

export function beaconValue(signature: Uint8Array): Uint8Array {
  return sha256(signature);
}
