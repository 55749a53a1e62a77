import { pogcs } from "../../proto/gen/pogcs.js";
import { INDEX_MARKER } from "../../chain/store/cache.js";
import type { Context } from "../../chain/app/context.js";
import { parseAccAddress } from "../../chain/codec/address.js";
import { fromUtf8, prefixEnd, utf8 } from "../../chain/crypto/bytes.js";
import { ErrInvalidAddress, ErrLogic } from "../../chain/errors/index.js";
import { makeEvent } from "../../chain/events/types.js";
import type { ReadCtx } from "../auth/keeper.js";
import { fromLong, toLong } from "../devices/long.js";
import {
  ErrClassExists, ErrClassNotExists, ErrEmptyClassID, ErrEmptyNFTID, ErrInvalidID, ErrNFTExists, ErrNFTNotExists,
  ErrNotApproved, ErrNotClassAdmin, ErrNotOwner, ErrNotTransferable, ErrRentalActive, ErrRentalExpired, ErrSelfApproval,
} from "./errors.js";
import {
  CLASS_PREFIX, NFT, NFT_PREFIX, OWNER_PREFIX, OPERATOR_PREFIX, SUPPLY_PREFIX, USER_PREFIX,
  approvalKey, classKey, nftClassPrefix, nftKey, operatorKey, ownerClassPrefix, ownerKey, ownerPrefix,
  parseOperatorKey, parseOwnerKey, supplyKey, userKey,
} from "./keys.js";

export interface NftClass {
  id: string;
  name: string;
  symbol: string;
  description: string;
  uri: string;
  uriHash: string;
  /** Encoded google.protobuf.Any; empty when absent. */
  data: Uint8Array;
  /** Account admin (may mint/burn) of an account-owned class, else "". */
  admin: string;
  /** Owning module of a module-owned class, else "". */
  module: string;
  transferable: boolean;
}

export interface Nft {
  classId: string;
  id: string;
  uri: string;
  uriHash: string;
  data: Uint8Array;
  owner: string;
}

export interface UsageRight {
  user: string;
  /** Block time (unix seconds) at which the right ends; it holds while time < expires. */
  expires: bigint;
}

/**
 * Called before every transfer (message or module); throws a ChainError to refuse, e.g. while a
 * GPU asset NFT is pledged. Guards cannot write state.
 */
export type TransferGuard = (ctx: ReadCtx, t: { classId: string; id: string; from: string; to: string }) => void;

const ID_RE = /^[a-zA-Z][a-zA-Z0-9/:-]{2,100}$/;

/** Cosmos x/nft id rule: a letter, then 2..100 of letters, digits, `/`, `:`, `-`. */
export function validateClassId(id: string): void {
  if (id === "") throw ErrEmptyClassID.raise();
  if (!ID_RE.test(id)) throw ErrInvalidID.raise(`class id ${JSON.stringify(id)}`);
}

export function validateNftId(id: string): void {
  if (id === "") throw ErrEmptyNFTID.raise();
  if (!ID_RE.test(id)) throw ErrInvalidID.raise(`nft id ${JSON.stringify(id)}`);
}

export function validateAddress(addr: string, what: string): void {
  try {
    parseAccAddress(addr);
  } catch (e) {
    throw ErrInvalidAddress.raise(`${what} ${JSON.stringify(addr)}: ${(e as Error).message}`);
  }
}

function now(ctx: Context): bigint {
  return ctx.block.timeSeconds;
}

/**
 * NFT keeper. Ownership changes only through mint/transfer/burn here, each of which keeps the
 * owner index and the per-class supply in step with the NFT records; every check runs before
 * the first write so a refused call leaves state untouched.
 */
export class NftKeeper {
  private readonly guards: TransferGuard[] = [];

  registerTransferGuard(g: TransferGuard): void {
    this.guards.push(g);
  }

  // ---- classes

  getClass(ctx: ReadCtx, classId: string): NftClass | undefined {
    const raw = ctx.kv(NFT).get(classKey(classId));
    if (!raw) return undefined;
    const c = pogcs.nft.v1.Class.decode(raw);
    return { id: c.id, name: c.name, symbol: c.symbol, description: c.description, uri: c.uri, uriHash: c.uriHash, data: c.data, admin: c.admin, module: c.module, transferable: c.transferable };
  }

  requireClass(ctx: ReadCtx, classId: string): NftClass {
    const c = this.getClass(ctx, classId);
    if (!c) throw ErrClassNotExists.raise(`class ${classId}`);
    return c;
  }

  getClasses(ctx: ReadCtx): NftClass[] {
    const out: NftClass[] = [];
    for (const [k] of ctx.kv(NFT).iterate(CLASS_PREFIX, prefixEnd(CLASS_PREFIX))) out.push(this.getClass(ctx, fromUtf8(k.subarray(1)))!);
    return out;
  }

  /** Exactly one of admin (an account) or module owns the class. */
  createClass(ctx: Context, c: NftClass): void {
    validateClassId(c.id);
    if ((c.admin === "") === (c.module === "")) throw ErrLogic.raise("a class has exactly one of admin or module");
    if (c.admin !== "") validateAddress(c.admin, "admin");
    if (this.getClass(ctx, c.id)) throw ErrClassExists.raise(`class ${c.id}`);
    ctx.kv(NFT).set(classKey(c.id), pogcs.nft.v1.Class.encode(c).finish());
    ctx.emit(makeEvent("pogcs.nft.v1.EventCreateClass", [["class_id", c.id], ["admin", c.admin], ["module", c.module]]));
  }

  // ---- NFTs

  getNft(ctx: ReadCtx, classId: string, id: string): Nft | undefined {
    const raw = ctx.kv(NFT).get(nftKey(classId, id));
    if (!raw) return undefined;
    const n = pogcs.nft.v1.Nft.decode(raw);
    return { classId: n.classId, id: n.id, uri: n.uri, uriHash: n.uriHash, data: n.data, owner: n.owner };
  }

  requireNft(ctx: ReadCtx, classId: string, id: string): Nft {
    this.requireClass(ctx, classId);
    const n = this.getNft(ctx, classId, id);
    if (!n) throw ErrNFTNotExists.raise(`nft ${classId}/${id}`);
    return n;
  }

  ownerOf(ctx: ReadCtx, classId: string, id: string): string | undefined {
    return this.getNft(ctx, classId, id)?.owner;
  }

  getNftsOfClass(ctx: ReadCtx, classId: string): Nft[] {
    const p = nftClassPrefix(classId);
    const out: Nft[] = [];
    for (const [, v] of ctx.kv(NFT).iterate(p, prefixEnd(p))) out.push(this.decodeNft(v));
    return out;
  }

  *iterateAllNfts(ctx: ReadCtx): IterableIterator<Nft> {
    for (const [, v] of ctx.kv(NFT).iterate(NFT_PREFIX, prefixEnd(NFT_PREFIX))) yield this.decodeNft(v);
  }

  /** NFTs held by owner, optionally in one class, ordered by (class, id). */
  getNftsOfOwner(ctx: ReadCtx, owner: string, classId?: string): Nft[] {
    const p = classId === undefined ? ownerPrefix(owner) : ownerClassPrefix(owner, classId);
    const out: Nft[] = [];
    for (const [k] of ctx.kv(NFT).iterate(p, prefixEnd(p))) {
      const o = parseOwnerKey(k);
      out.push(this.getNft(ctx, o.classId, o.id)!);
    }
    return out;
  }

  *iterateOwnerIndex(ctx: ReadCtx): IterableIterator<{ owner: string; classId: string; id: string }> {
    for (const [k] of ctx.kv(NFT).iterate(OWNER_PREFIX, prefixEnd(OWNER_PREFIX))) yield parseOwnerKey(k);
  }

  balance(ctx: ReadCtx, owner: string, classId: string): bigint {
    const p = ownerClassPrefix(owner, classId);
    let n = 0n;
    for (const _ of ctx.kv(NFT).iterate(p, prefixEnd(p))) n++;
    return n;
  }

  supply(ctx: ReadCtx, classId: string): bigint {
    const raw = ctx.kv(NFT).get(supplyKey(classId));
    return raw ? BigInt(fromUtf8(raw)) : 0n;
  }

  *iterateSupplies(ctx: ReadCtx): IterableIterator<{ classId: string; supply: bigint }> {
    for (const [k, v] of ctx.kv(NFT).iterate(SUPPLY_PREFIX, prefixEnd(SUPPLY_PREFIX))) yield { classId: fromUtf8(k.subarray(1)), supply: BigInt(fromUtf8(v)) };
  }

  private setSupply(ctx: Context, classId: string, n: bigint): void {
    if (n < 0n) throw ErrLogic.raise(`negative supply of class ${classId}`);
    if (n === 0n) ctx.kv(NFT).delete(supplyKey(classId));
    else ctx.kv(NFT).set(supplyKey(classId), utf8(n.toString()));
  }

  private decodeNft(v: Uint8Array): Nft {
    const n = pogcs.nft.v1.Nft.decode(v);
    return { classId: n.classId, id: n.id, uri: n.uri, uriHash: n.uriHash, data: n.data, owner: n.owner };
  }

  private writeNft(ctx: Context, n: Nft): void {
    ctx.kv(NFT).set(nftKey(n.classId, n.id), pogcs.nft.v1.Nft.encode(n).finish());
  }

  /** Refuses unless `by` is the class's admin account (by.account) or owning module (by.module). */
  requireMinter(c: NftClass, by: { account?: string; module?: string }): void {
    const ok = (by.account !== undefined && c.admin !== "" && by.account === c.admin) || (by.module !== undefined && c.module !== "" && by.module === c.module);
    if (!ok) throw ErrNotClassAdmin.raise(`class ${c.id}`);
  }

  /** Mints a new NFT to n.owner; `by` must own the class. */
  mint(ctx: Context, by: { account?: string; module?: string }, n: Nft): void {
    validateNftId(n.id);
    validateAddress(n.owner, "receiver");
    const c = this.requireClass(ctx, n.classId);
    this.requireMinter(c, by);
    if (this.getNft(ctx, n.classId, n.id)) throw ErrNFTExists.raise(`nft ${n.classId}/${n.id}`);
    this.writeNft(ctx, n);
    ctx.kv(NFT).set(ownerKey(n.owner, n.classId, n.id), INDEX_MARKER);
    this.setSupply(ctx, n.classId, this.supply(ctx, n.classId) + 1n);
    ctx.emit(makeEvent("cosmos.nft.v1beta1.EventMint", [["class_id", n.classId], ["id", n.id], ["owner", n.owner]]));
  }

  /** Burns an NFT with its approval and usage right; `by` must own the class. */
  burn(ctx: Context, by: { account?: string; module?: string }, classId: string, id: string): void {
    const n = this.requireNft(ctx, classId, id);
    this.requireMinter(this.requireClass(ctx, classId), by);
    const kv = ctx.kv(NFT);
    kv.delete(nftKey(classId, id));
    kv.delete(ownerKey(n.owner, classId, id));
    kv.delete(approvalKey(classId, id));
    kv.delete(userKey(classId, id));
    this.setSupply(ctx, classId, this.supply(ctx, classId) - 1n);
    ctx.emit(makeEvent("cosmos.nft.v1beta1.EventBurn", [["class_id", classId], ["id", id], ["owner", n.owner]]));
  }

  /** May `actor` move this NFT: the owner, the approved spender, or an operator of the owner. */
  isApprovedOrOwner(ctx: ReadCtx, n: Nft, actor: string): boolean {
    return actor === n.owner || this.getApproved(ctx, n.classId, n.id) === actor || this.isApprovedForAll(ctx, n.owner, actor);
  }

  /**
   * Moves an NFT. `by.account` (a holder, spender or operator) needs the class to be transferable;
   * `by.module` must be the owning module and may move non-transferable NFTs. Guards apply to both.
   * The single-NFT approval is cleared; a usage right survives until it expires.
   */
  transfer(ctx: Context, by: { account?: string; module?: string }, classId: string, id: string, to: string): void {
    validateAddress(to, "receiver");
    const c = this.requireClass(ctx, classId);
    const n = this.requireNft(ctx, classId, id);
    if (by.module !== undefined) {
      if (c.module === "" || c.module !== by.module) throw ErrNotClassAdmin.raise(`module ${by.module} cannot move class ${classId}`);
    } else {
      const actor = by.account ?? "";
      if (!this.isApprovedOrOwner(ctx, n, actor)) throw ErrNotApproved.raise(`${actor} on ${classId}/${id}`);
      if (!c.transferable) throw ErrNotTransferable.raise(`class ${classId}`);
    }
    for (const g of this.guards) g(ctx, { classId, id, from: n.owner, to });
    const kv = ctx.kv(NFT);
    kv.delete(ownerKey(n.owner, classId, id));
    kv.delete(approvalKey(classId, id));
    kv.set(ownerKey(to, classId, id), INDEX_MARKER);
    this.writeNft(ctx, { ...n, owner: to });
    ctx.emit(makeEvent("cosmos.nft.v1beta1.EventSend", [["class_id", classId], ["id", id], ["sender", n.owner], ["receiver", to]]));
  }

  // ---- approvals

  getApproved(ctx: ReadCtx, classId: string, id: string): string | undefined {
    const raw = ctx.kv(NFT).get(approvalKey(classId, id));
    return raw ? fromUtf8(raw) : undefined;
  }

  /** The owner or an operator approves `spender` for one NFT; "" clears. */
  approve(ctx: Context, sender: string, classId: string, id: string, spender: string): void {
    const n = this.requireNft(ctx, classId, id);
    if (sender !== n.owner && !this.isApprovedForAll(ctx, n.owner, sender)) throw ErrNotOwner.raise(`${sender} on ${classId}/${id}`);
    if (spender === "") {
      ctx.kv(NFT).delete(approvalKey(classId, id));
    } else {
      validateAddress(spender, "spender");
      if (spender === n.owner) throw ErrSelfApproval.raise();
      ctx.kv(NFT).set(approvalKey(classId, id), utf8(spender));
    }
    ctx.emit(makeEvent("pogcs.nft.v1.EventApprove", [["class_id", classId], ["id", id], ["owner", n.owner], ["spender", spender]]));
  }

  isApprovedForAll(ctx: ReadCtx, owner: string, operator: string): boolean {
    if (owner === "" || operator === "") return false;
    return ctx.kv(NFT).has(operatorKey(owner, operator));
  }

  setApprovalForAll(ctx: Context, owner: string, operator: string, approved: boolean): void {
    validateAddress(owner, "owner");
    validateAddress(operator, "operator");
    if (owner === operator) throw ErrSelfApproval.raise();
    if (approved) ctx.kv(NFT).set(operatorKey(owner, operator), INDEX_MARKER);
    else ctx.kv(NFT).delete(operatorKey(owner, operator));
    ctx.emit(makeEvent("pogcs.nft.v1.EventApprovalForAll", [["owner", owner], ["operator", operator], ["approved", String(approved)]]));
  }

  *iterateOperators(ctx: ReadCtx): IterableIterator<{ owner: string; operator: string }> {
    for (const [k] of ctx.kv(NFT).iterate(OPERATOR_PREFIX, prefixEnd(OPERATOR_PREFIX))) yield parseOperatorKey(k);
  }

  // ---- usage rights (ERC-4907)

  /** The stored right, expired or not. */
  getUsageRight(ctx: ReadCtx, classId: string, id: string): UsageRight | undefined {
    const raw = ctx.kv(NFT).get(userKey(classId, id));
    if (!raw) return undefined;
    const u = pogcs.nft.v1.UserInfo.decode(raw);
    return { user: u.user, expires: fromLong(u.expires) };
  }

  /** The current user at block time, or undefined once the right has expired. */
  userOf(ctx: Context, classId: string, id: string): string | undefined {
    const u = this.getUsageRight(ctx, classId, id);
    return u && now(ctx) < u.expires ? u.user : undefined;
  }

  /**
   * Grants `user` the use of the NFT until block time `expires`. `by.account` must be the owner
   * or approved; `by.module` the owning module. A right still running cannot be replaced, so a
   * rental survives transfers until it ends.
   */
  setUser(ctx: Context, by: { account?: string; module?: string }, classId: string, id: string, user: string, expires: bigint): void {
    validateAddress(user, "user");
    const c = this.requireClass(ctx, classId);
    const n = this.requireNft(ctx, classId, id);
    if (by.module !== undefined) {
      if (c.module === "" || c.module !== by.module) throw ErrNotClassAdmin.raise(`module ${by.module} on class ${classId}`);
    } else if (!this.isApprovedOrOwner(ctx, n, by.account ?? "")) {
      throw ErrNotApproved.raise(`${by.account ?? ""} on ${classId}/${id}`);
    }
    if (expires <= now(ctx)) throw ErrRentalExpired.raise(`expires ${expires} at block time ${now(ctx)}`);
    const cur = this.userOf(ctx, classId, id);
    if (cur !== undefined) throw ErrRentalActive.raise(`${cur} holds ${classId}/${id}`);
    ctx.kv(NFT).set(userKey(classId, id), pogcs.nft.v1.UserInfo.encode({ user, expires: toLong(expires) }).finish());
    ctx.emit(makeEvent("pogcs.nft.v1.EventUpdateUser", [["class_id", classId], ["id", id], ["user", user], ["expires", expires.toString()]]));
  }

  *iterateUsageRights(ctx: ReadCtx): IterableIterator<{ classId: string; id: string; right: UsageRight }> {
    for (const [k, v] of ctx.kv(NFT).iterate(USER_PREFIX, prefixEnd(USER_PREFIX))) {
      const clen = k[1]!;
      const u = pogcs.nft.v1.UserInfo.decode(v);
      yield { classId: fromUtf8(k.subarray(2, 2 + clen)), id: fromUtf8(k.subarray(2 + clen)), right: { user: u.user, expires: fromLong(u.expires) } };
    }
  }

  *iterateApprovals(ctx: ReadCtx): IterableIterator<{ classId: string; id: string; spender: string }> {
    const p = Uint8Array.of(0x05);
    for (const [k, v] of ctx.kv(NFT).iterate(p, prefixEnd(p))) {
      const clen = k[1]!;
      yield { classId: fromUtf8(k.subarray(2, 2 + clen)), id: fromUtf8(k.subarray(2 + clen)), spender: fromUtf8(v) };
    }
  }
}
