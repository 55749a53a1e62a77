import { Metadata, Params } from "cosmjs-types/cosmos/bank/v1beta1/bank";
import type { Context } from "../../chain/app/context.js";
import { parseAccAddress, accAddress } from "../../chain/codec/address.js";
import { formatCoins, type Coin } from "../../chain/codec/coins.js";
import { fromUtf8, prefixEnd, utf8 } from "../../chain/crypto/bytes.js";
import { ErrInsufficientFunds, ErrUnauthorized, ErrLogic } from "../../chain/errors/index.js";
import { makeEvent } from "../../chain/events/types.js";
import type { AccountKeeper, ReadCtx } from "../auth/keeper.js";
import { moduleAddress } from "../auth/keeper.js";
import {
  BANK, BALANCES_PREFIX, DENOM_METADATA_PREFIX, HOLDERS_PREFIX, PARAMS_KEY, SUPPLY_PREFIX,
  balanceKey, balancesPrefix, denomMetadataKey, holderKey, holdersPrefix, parseBalanceKey, parseHolderKey, supplyKey,
} from "./keys.js";

export const MINTER = "minter";
export const BURNER = "burner";

/**
 * A rule on account-to-account sends (MsgSend, MsgMultiSend, `send`); throws a ChainError to refuse.
 * Module transfers (to, from or between module accounts, mint, burn) are not checked.
 */
export type SendRestriction = (ctx: Context, from: string, to: string, coins: Coin[]) => void;

const HOLDER_MARK = Uint8Array.of(0);

function encodeAmount(n: bigint): Uint8Array {
  return utf8(n.toString());
}

function decodeAmount(b: Uint8Array): bigint {
  return BigInt(fromUtf8(b));
}

/**
 * Bank keeper. Balances change only through send/mint/burn here, each of which keeps
 * supply = sum of balances; a balance that reaches zero is deleted, so state holds no zeros.
 */
export class BankKeeper {
  private readonly restrictions: SendRestriction[] = [];

  constructor(private readonly accounts: AccountKeeper) {}

  /** Registered once at app assembly; every restriction sees every account-to-account send. */
  registerSendRestriction(fn: SendRestriction): void {
    this.restrictions.push(fn);
  }

  getBalance(ctx: ReadCtx, address: string, denom: string): bigint {
    const raw = ctx.kv(BANK).get(balanceKey(parseAccAddress(address), denom));
    return raw ? decodeAmount(raw) : 0n;
  }

  getAllBalances(ctx: ReadCtx, address: string): Coin[] {
    const prefix = balancesPrefix(parseAccAddress(address));
    const out: Coin[] = [];
    for (const [k, v] of ctx.kv(BANK).iterate(prefix, prefixEnd(prefix))) {
      out.push({ denom: parseBalanceKey(k).denom, amount: decodeAmount(v) });
    }
    return out;
  }

  *iterateAllBalances(ctx: ReadCtx): IterableIterator<{ address: string; coin: Coin }> {
    for (const [k, v] of ctx.kv(BANK).iterate(BALANCES_PREFIX, prefixEnd(BALANCES_PREFIX))) {
      const { addr, denom } = parseBalanceKey(k);
      yield { address: accAddress(addr), coin: { denom, amount: decodeAmount(v) } };
    }
  }

  /** Holders of `denom` with their balances, in address-byte order. Collect before writing balances. */
  *iterateHolders(ctx: ReadCtx, denom: string): IterableIterator<{ address: string; amount: bigint }> {
    const prefix = holdersPrefix(denom);
    const store = ctx.kv(BANK);
    for (const [k] of store.iterate(prefix, prefixEnd(prefix))) {
      const { addr } = parseHolderKey(k);
      const raw = store.get(balanceKey(addr, denom));
      yield { address: accAddress(addr), amount: raw ? decodeAmount(raw) : 0n };
    }
  }

  /** Every (denom, address) pair of the reverse index, for the consistency invariant. */
  *iterateHolderIndex(ctx: ReadCtx): IterableIterator<{ denom: string; addr: Uint8Array }> {
    for (const [k] of ctx.kv(BANK).iterate(HOLDERS_PREFIX, prefixEnd(HOLDERS_PREFIX))) yield parseHolderKey(k);
  }

  /** `prev` is the balance being replaced: the holder index changes only when a balance appears or vanishes. */
  private setBalance(ctx: Context, addr: Uint8Array, denom: string, amount: bigint, prev: bigint): void {
    if (amount < 0n) throw ErrLogic.raise(`negative balance of ${denom}`);
    const store = ctx.kv(BANK);
    const key = balanceKey(addr, denom);
    if (amount === 0n) {
      store.delete(key);
      if (prev !== 0n) store.delete(holderKey(denom, addr));
    } else {
      store.set(key, encodeAmount(amount));
      if (prev === 0n) store.set(holderKey(denom, addr), HOLDER_MARK);
    }
  }

  private subUnlocked(ctx: Context, address: string, coins: Coin[]): void {
    const addr = parseAccAddress(address);
    for (const c of coins) {
      const have = this.getBalance(ctx, address, c.denom);
      if (have < c.amount) {
        throw ErrInsufficientFunds.raise(`spendable balance ${have}${c.denom} is smaller than ${c.amount}${c.denom}`);
      }
      this.setBalance(ctx, addr, c.denom, have - c.amount, have);
    }
    ctx.emit(makeEvent("coin_spent", [["spender", address], ["amount", formatCoins(coins)]]));
  }

  private addCoins(ctx: Context, address: string, coins: Coin[]): void {
    const addr = parseAccAddress(address);
    for (const c of coins) {
      const have = this.getBalance(ctx, address, c.denom);
      this.setBalance(ctx, addr, c.denom, have + c.amount, have);
    }
    ctx.emit(makeEvent("coin_received", [["receiver", address], ["amount", formatCoins(coins)]]));
  }

  /** Account-to-account send: checks the registered send restrictions, then moves the coins. */
  send(ctx: Context, from: string, to: string, coins: Coin[]): void {
    for (const r of this.restrictions) r(ctx, from, to, coins);
    this.move(ctx, from, to, coins);
  }

  /** Moves coins between accounts; creates the recipient's account on first receipt. */
  private move(ctx: Context, from: string, to: string, coins: Coin[]): void {
    this.subUnlocked(ctx, from, coins);
    this.addCoins(ctx, to, coins);
    this.accounts.ensureAccount(ctx, to);
    ctx.emit(makeEvent("transfer", [["recipient", to], ["sender", from], ["amount", formatCoins(coins)]]));
    ctx.emit(makeEvent("message", [["sender", from]]));
  }

  sendFromAccountToModule(ctx: Context, from: string, module: string, coins: Coin[]): void {
    // Module accounts are created at genesis; send() would otherwise make a base account there.
    if (!this.accounts.isModuleAccountName(module)) throw ErrLogic.raise(`unknown module account ${module}`);
    this.move(ctx, from, moduleAddress(module), coins);
  }

  sendFromModuleToAccount(ctx: Context, module: string, to: string, coins: Coin[]): void {
    if (this.accounts.isBlockedAddress(to)) throw ErrUnauthorized.raise(`${to} is not allowed to receive funds`);
    this.move(ctx, moduleAddress(module), to, coins);
  }

  /** Moves coins between two module accounts (e.g. bonded -> not-bonded pool). */
  sendFromModuleToModule(ctx: Context, from: string, to: string, coins: Coin[]): void {
    if (!this.accounts.isModuleAccountName(from)) throw ErrLogic.raise(`unknown module account ${from}`);
    if (!this.accounts.isModuleAccountName(to)) throw ErrLogic.raise(`unknown module account ${to}`);
    this.move(ctx, moduleAddress(from), moduleAddress(to), coins);
  }

  /** Only modules declared with the "minter" permission may mint. */
  mint(ctx: Context, module: string, coins: Coin[]): void {
    if (!this.accounts.modulePermissionsOf(module).includes(MINTER)) {
      throw ErrUnauthorized.raise(`module ${module} does not have permissions to mint tokens`);
    }
    const acc = this.accounts.getOrCreateModuleAccount(ctx, module);
    this.addCoins(ctx, acc.address, coins);
    for (const c of coins) this.setSupply(ctx, c.denom, this.getSupply(ctx, c.denom) + c.amount);
    ctx.emit(makeEvent("coinbase", [["minter", acc.address], ["amount", formatCoins(coins)]]));
  }

  /** Only modules declared with the "burner" permission may burn, and only their own coins. */
  burn(ctx: Context, module: string, coins: Coin[]): void {
    if (!this.accounts.modulePermissionsOf(module).includes(BURNER)) {
      throw ErrUnauthorized.raise(`module ${module} does not have permissions to burn tokens`);
    }
    const address = moduleAddress(module);
    this.subUnlocked(ctx, address, coins);
    for (const c of coins) this.setSupply(ctx, c.denom, this.getSupply(ctx, c.denom) - c.amount);
    ctx.emit(makeEvent("burn", [["burner", address], ["amount", formatCoins(coins)]]));
  }

  /**
   * A module with the "burner" permission burns coins held by an account (expired or defaulted
   * tokens it issued): moves them to the module account, then burns them there.
   */
  burnFrom(ctx: Context, module: string, address: string, coins: Coin[]): void {
    if (!this.accounts.modulePermissionsOf(module).includes(BURNER)) {
      throw ErrUnauthorized.raise(`module ${module} does not have permissions to burn tokens`);
    }
    const moduleAddr = this.accounts.getOrCreateModuleAccount(ctx, module).address;
    if (address !== moduleAddr) this.move(ctx, address, moduleAddr, coins);
    this.burn(ctx, module, coins);
  }

  /** Genesis only: credits a balance and the matching supply. */
  importBalance(ctx: Context, address: string, coin: Coin): void {
    const addr = parseAccAddress(address);
    const have = this.getBalance(ctx, address, coin.denom);
    this.setBalance(ctx, addr, coin.denom, have + coin.amount, have);
    this.setSupply(ctx, coin.denom, this.getSupply(ctx, coin.denom) + coin.amount);
  }

  getSupply(ctx: ReadCtx, denom: string): bigint {
    const raw = ctx.kv(BANK).get(supplyKey(denom));
    return raw ? decodeAmount(raw) : 0n;
  }

  private setSupply(ctx: Context, denom: string, amount: bigint): void {
    if (amount < 0n) throw ErrLogic.raise(`negative supply of ${denom}`);
    if (amount === 0n) ctx.kv(BANK).delete(supplyKey(denom));
    else ctx.kv(BANK).set(supplyKey(denom), encodeAmount(amount));
  }

  getTotalSupply(ctx: ReadCtx): Coin[] {
    const out: Coin[] = [];
    for (const [k, v] of ctx.kv(BANK).iterate(SUPPLY_PREFIX, prefixEnd(SUPPLY_PREFIX))) {
      out.push({ denom: fromUtf8(k.subarray(1)), amount: decodeAmount(v) });
    }
    return out;
  }

  getDenomMetadata(ctx: ReadCtx, denom: string): Metadata | undefined {
    const raw = ctx.kv(BANK).get(denomMetadataKey(denom));
    return raw ? Metadata.decode(raw) : undefined;
  }

  setDenomMetadata(ctx: Context, m: Metadata): void {
    ctx.kv(BANK).set(denomMetadataKey(m.base), Metadata.encode(m).finish());
  }

  getAllDenomMetadata(ctx: ReadCtx): Metadata[] {
    const out: Metadata[] = [];
    for (const [, v] of ctx.kv(BANK).iterate(DENOM_METADATA_PREFIX, prefixEnd(DENOM_METADATA_PREFIX))) out.push(Metadata.decode(v));
    return out;
  }

  params(ctx: ReadCtx): Params {
    const raw = ctx.kv(BANK).get(PARAMS_KEY);
    return raw ? Params.decode(raw) : { sendEnabled: [], defaultSendEnabled: true };
  }

  setParams(ctx: Context, p: Params): void {
    ctx.kv(BANK).set(PARAMS_KEY, Params.encode(p).finish());
  }

  isSendEnabled(ctx: ReadCtx, denom: string): boolean {
    const p = this.params(ctx);
    const entry = p.sendEnabled.find((e) => e.denom === denom);
    return entry ? entry.enabled : p.defaultSendEnabled;
  }
}
