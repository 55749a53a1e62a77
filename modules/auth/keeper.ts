import { Params } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import type { Context } from "../../chain/app/context.js";
import type { KVReader } from "../../chain/store/types.js";
import { sha256 } from "../../chain/crypto/hash.js";
import { accAddress, parseAccAddress } from "../../chain/codec/address.js";
import { ErrLogic } from "../../chain/errors/index.js";
import { AUTH, NEXT_ACCOUNT_NUMBER_KEY, PARAMS_KEY, accountKey, ACCOUNT_PREFIX } from "./keys.js";
import { decodeAccount, encodeAccount, type Account } from "./account.js";
import { DEFAULT_AUTH_PARAMS, type AuthParams } from "./params.js";
import { prefixEnd } from "../../chain/crypto/bytes.js";

export interface ReadCtx {
  kv(name: string): KVReader;
}

const moduleAddresses = new Map<string, string>();

/** Address of a module account: sha256(name)[:20], as the SDK's NewModuleAddress (memoised). */
export function moduleAddress(name: string): string {
  let a = moduleAddresses.get(name);
  if (!a) {
    a = accAddress(sha256(new TextEncoder().encode(name)).subarray(0, 20));
    moduleAddresses.set(name, a);
  }
  return a;
}

function encodeU64(n: bigint): Uint8Array {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, n);
  return b;
}

/**
 * Account keeper. Other modules get a capability slice (e.g. `ensureAccount`) rather than raw
 * store access; account numbers are handed out only here.
 */
export class AccountKeeper {
  private readonly blocked: ReadonlySet<string>;

  /** Module accounts with their permissions, fixed where the app is assembled. */
  constructor(private readonly modulePermissions: ReadonlyMap<string, readonly string[]>) {
    this.blocked = new Set([...modulePermissions.keys()].map(moduleAddress));
  }

  getAccount(ctx: ReadCtx, address: string): Account | undefined {
    const raw = ctx.kv(AUTH).get(accountKey(parseAccAddress(address)));
    return raw ? decodeAccount(raw) : undefined;
  }

  hasAccount(ctx: ReadCtx, address: string): boolean {
    return ctx.kv(AUTH).has(accountKey(parseAccAddress(address)));
  }

  /** Writes an existing account (sequence, public key); the account number cannot change. */
  setAccount(ctx: Context, account: Account): void {
    ctx.kv(AUTH).set(accountKey(parseAccAddress(account.address)), encodeAccount(account));
  }

  private nextAccountNumber(ctx: Context): bigint {
    const store = ctx.kv(AUTH);
    const raw = store.get(NEXT_ACCOUNT_NUMBER_KEY);
    const n = raw ? new DataView(raw.buffer, raw.byteOffset, 8).getBigUint64(0) : 0n;
    store.set(NEXT_ACCOUNT_NUMBER_KEY, encodeU64(n + 1n));
    return n;
  }

  /** Creates a base account on first receipt of funds; no-op when it exists. */
  ensureAccount(ctx: Context, address: string): Account {
    const existing = this.getAccount(ctx, address);
    if (existing) return existing;
    const acc: Account = { address, pubKey: undefined, accountNumber: this.nextAccountNumber(ctx), sequence: 0n };
    this.setAccount(ctx, acc);
    return acc;
  }

  /** Adds a genesis account with its given number (numbers must be unique). */
  importAccount(ctx: Context, account: Account): void {
    if (this.hasAccount(ctx, account.address)) throw ErrLogic.raise(`duplicate genesis account ${account.address}`);
    this.setAccount(ctx, account);
    const store = ctx.kv(AUTH);
    const raw = store.get(NEXT_ACCOUNT_NUMBER_KEY);
    const next = raw ? new DataView(raw.buffer, raw.byteOffset, 8).getBigUint64(0) : 0n;
    if (account.accountNumber >= next) store.set(NEXT_ACCOUNT_NUMBER_KEY, encodeU64(account.accountNumber + 1n));
  }

  moduleAccountNames(): string[] {
    return [...this.modulePermissions.keys()].sort();
  }

  isModuleAccountName(name: string): boolean {
    return this.modulePermissions.has(name);
  }

  modulePermissionsOf(name: string): readonly string[] {
    return this.modulePermissions.get(name) ?? [];
  }

  /** Addresses that must not receive funds through MsgSend (module accounts, as in the SDK). */
  isBlockedAddress(address: string): boolean {
    return this.blocked.has(address);
  }

  getOrCreateModuleAccount(ctx: Context, name: string): Account {
    const perms = this.modulePermissions.get(name);
    if (!perms) throw ErrLogic.raise(`module account ${name} is not declared`);
    const address = moduleAddress(name);
    const existing = this.getAccount(ctx, address);
    if (existing?.module) return existing;
    const acc: Account = {
      address,
      pubKey: undefined,
      accountNumber: existing?.accountNumber ?? this.nextAccountNumber(ctx),
      sequence: 0n,
      module: { name, permissions: [...perms] },
    };
    this.setAccount(ctx, acc);
    return acc;
  }

  params(ctx: ReadCtx): AuthParams {
    const raw = ctx.kv(AUTH).get(PARAMS_KEY);
    return raw ? Params.decode(raw) : DEFAULT_AUTH_PARAMS;
  }

  setParams(ctx: Context, p: AuthParams): void {
    ctx.kv(AUTH).set(PARAMS_KEY, Params.encode(p).finish());
  }

  *iterateAccounts(ctx: ReadCtx): IterableIterator<Account> {
    for (const [, v] of ctx.kv(AUTH).iterate(ACCOUNT_PREFIX, prefixEnd(ACCOUNT_PREFIX))) yield decodeAccount(v);
  }
}
