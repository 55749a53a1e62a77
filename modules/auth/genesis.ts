import type { Context } from "../../chain/app/context.js";
import { ErrInvalidRequest } from "../../chain/errors/index.js";
import { parseAccAddress } from "../../chain/codec/address.js";
import { BASE_ACCOUNT_TYPE, MODULE_ACCOUNT_TYPE, type Account } from "./account.js";
import type { AccountKeeper, ReadCtx } from "./keeper.js";
import { authParamsFromJson, authParamsToJson, validateAuthParams } from "./params.js";

/** Genesis JSON in the Cosmos SDK's shape (proto-JSON with "@type"), so SDK tooling reads it. */
export interface AuthGenesisJson {
  params?: Record<string, unknown>;
  accounts?: Array<Record<string, unknown>>;
}

function b64(s: string): Uint8Array {
  return Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
}

function accountFromJson(j: Record<string, unknown>): Account {
  const type = j["@type"];
  const base = (type === MODULE_ACCOUNT_TYPE ? j["base_account"] : j) as Record<string, unknown> | undefined;
  if ((type !== BASE_ACCOUNT_TYPE && type !== MODULE_ACCOUNT_TYPE) || !base) {
    throw ErrInvalidRequest.raise(`genesis account of unsupported type ${String(type)}`);
  }
  const address = String(base["address"] ?? "");
  parseAccAddress(address);
  const pk = base["pub_key"] as { key?: string } | null | undefined;
  const acc: Account = {
    address,
    pubKey: pk?.key ? b64(pk.key) : undefined,
    accountNumber: BigInt(String(base["account_number"] ?? "0")),
    sequence: BigInt(String(base["sequence"] ?? "0")),
  };
  if (type === MODULE_ACCOUNT_TYPE) acc.module = { name: String(j["name"]), permissions: (j["permissions"] as string[]) ?? [] };
  return acc;
}

function accountToJson(a: Account): Record<string, unknown> {
  const base = {
    address: a.address,
    pub_key: a.pubKey ? { "@type": "/cosmos.crypto.secp256k1.PubKey", key: btoa(String.fromCharCode(...a.pubKey)) } : null,
    account_number: a.accountNumber.toString(),
    sequence: a.sequence.toString(),
  };
  if (a.module) return { "@type": MODULE_ACCOUNT_TYPE, base_account: base, name: a.module.name, permissions: a.module.permissions };
  return { "@type": BASE_ACCOUNT_TYPE, ...base };
}

export function initAuthGenesis(k: AccountKeeper, ctx: Context, g: AuthGenesisJson | undefined): void {
  const params = authParamsFromJson(g?.params);
  validateAuthParams(params);
  k.setParams(ctx, params);
  for (const j of g?.accounts ?? []) k.importAccount(ctx, accountFromJson(j));
  // Module accounts exist from genesis on, so no tx pays for creating one.
  for (const name of k.moduleAccountNames()) k.getOrCreateModuleAccount(ctx, name);
}

export function exportAuthGenesis(k: AccountKeeper, ctx: ReadCtx): AuthGenesisJson {
  return { params: authParamsToJson(k.params(ctx)), accounts: [...k.iterateAccounts(ctx)].map(accountToJson) };
}
