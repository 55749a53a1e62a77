import { BaseAccount, ModuleAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { PubKey as Secp256k1PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import { Any } from "cosmjs-types/google/protobuf/any";
import { ErrUnpackAny } from "../../chain/errors/index.js";

/** An account as the auth module keeps it; encoded on disk and on the wire as a protobuf Any. */
export interface Account {
  address: string;
  pubKey: Uint8Array | undefined;
  accountNumber: bigint;
  sequence: bigint;
  /** Set for module accounts (fee collector, bonded pool...). */
  module?: { name: string; permissions: string[] };
}

export const BASE_ACCOUNT_TYPE = "/cosmos.auth.v1beta1.BaseAccount";
export const MODULE_ACCOUNT_TYPE = "/cosmos.auth.v1beta1.ModuleAccount";
const SECP_TYPE = "/cosmos.crypto.secp256k1.PubKey";

function toBase(a: Account): BaseAccount {
  return {
    address: a.address,
    pubKey: a.pubKey ? { typeUrl: SECP_TYPE, value: Secp256k1PubKey.encode({ key: a.pubKey }).finish() } : undefined,
    accountNumber: a.accountNumber,
    sequence: a.sequence,
  };
}

export function encodeAccountAny(a: Account): Any {
  if (a.module) {
    return {
      typeUrl: MODULE_ACCOUNT_TYPE,
      value: ModuleAccount.encode({ baseAccount: toBase(a), name: a.module.name, permissions: a.module.permissions }).finish(),
    };
  }
  return { typeUrl: BASE_ACCOUNT_TYPE, value: BaseAccount.encode(toBase(a)).finish() };
}

export function encodeAccount(a: Account): Uint8Array {
  return Any.encode(encodeAccountAny(a)).finish();
}

function fromBase(b: BaseAccount | undefined): Account {
  if (!b) throw ErrUnpackAny.raise("module account without base account");
  let pubKey: Uint8Array | undefined;
  if (b.pubKey && b.pubKey.value.length > 0) {
    if (b.pubKey.typeUrl !== SECP_TYPE) throw ErrUnpackAny.raise(`unsupported pubkey ${b.pubKey.typeUrl}`);
    pubKey = Secp256k1PubKey.decode(b.pubKey.value).key;
  }
  return { address: b.address, pubKey, accountNumber: b.accountNumber, sequence: b.sequence };
}

export function decodeAccountAny(any: Any): Account {
  if (any.typeUrl === BASE_ACCOUNT_TYPE) return fromBase(BaseAccount.decode(any.value));
  if (any.typeUrl === MODULE_ACCOUNT_TYPE) {
    const m = ModuleAccount.decode(any.value);
    return { ...fromBase(m.baseAccount), module: { name: m.name, permissions: m.permissions } };
  }
  throw ErrUnpackAny.raise(`unsupported account type ${any.typeUrl}`);
}

export function decodeAccount(bytes: Uint8Array): Account {
  return decodeAccountAny(Any.decode(bytes));
}
