import { PubKey as Secp256k1PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import { ErrInvalidPubKey, ErrUnknownAddress } from "../errors/index.js";
import { addressFromSecp256k1PubKey, toBech32, ACCOUNT_PREFIX } from "../codec/address.js";
import { equalBytes } from "../crypto/bytes.js";
import type { AnteStep } from "./types.js";

export const SECP256K1_PUBKEY_TYPE = "/cosmos.crypto.secp256k1.PubKey";

/**
 * Contract: loads every signer's account (it must exist, code 9). A signer info's public key must
 * be a 33-byte compressed secp256k1 key whose address is the signer (code 8); an account without
 * a key on chain gets this one. Simulation accepts a missing key. Simulation writes too (on a
 * throwaway branch), so its gas estimate includes these writes.
 */
export const setPubKey: AnteStep = (run) => {
  const { ctx, tx, simulate, deps } = run;
  run.signerAccounts = tx.signers.map((addr, i) => {
    const acc = deps.accounts.getAccount(ctx, addr);
    if (!acc) throw ErrUnknownAddress.raise(`account ${addr} does not exist`);
    const info = tx.authInfo.signerInfos[i]!;
    const any = info.publicKey;
    if (!any || (any.typeUrl === "" && any.value.length === 0)) {
      if (simulate || acc.pubKey) return acc;
      throw ErrInvalidPubKey.raise(`signer ${addr} has no public key on chain and none in the tx`);
    }
    if (any.typeUrl !== SECP256K1_PUBKEY_TYPE) throw ErrInvalidPubKey.raise(`unsupported public key type ${any.typeUrl}`);
    let key: Uint8Array;
    try {
      key = Secp256k1PubKey.decode(any.value).key;
    } catch {
      throw ErrInvalidPubKey.raise("cannot decode secp256k1 public key");
    }
    if (key.length !== 33 || (key[0] !== 2 && key[0] !== 3)) throw ErrInvalidPubKey.raise("secp256k1 key must be 33 bytes compressed");
    const derived = toBech32(ACCOUNT_PREFIX, addressFromSecp256k1PubKey(key));
    if (derived !== addr) throw ErrInvalidPubKey.raise(`pubKey does not match signer address ${addr} with signer index: ${i}`);
    if (acc.pubKey && !equalBytes(acc.pubKey, key)) throw ErrInvalidPubKey.raise(`public key of ${addr} differs from the one on chain`);
    if (!acc.pubKey) {
      const updated = { ...acc, pubKey: key };
      deps.accounts.setAccount(ctx, updated);
      return updated;
    }
    return acc;
  });
};
