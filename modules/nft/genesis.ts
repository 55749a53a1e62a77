import type { Context } from "../../chain/app/context.js";
import type { ReadCtx } from "../auth/keeper.js";
import type { NftKeeper } from "./keeper.js";

/** nft genesis (snake_case JSON; bytes as base64; times as decimal unix seconds). */
export interface NftGenesisJson {
  classes?: Array<{ id: string; name?: string; symbol?: string; description?: string; uri?: string; uri_hash?: string; data?: string; admin?: string; module?: string; transferable?: boolean }>;
  nfts?: Array<{ class_id: string; id: string; uri?: string; uri_hash?: string; data?: string; owner: string }>;
  approvals?: Array<{ class_id: string; id: string; spender: string }>;
  operators?: Array<{ owner: string; operator: string }>;
  users?: Array<{ class_id: string; id: string; user: string; expires: string }>;
}

function toBase64(b: Uint8Array): string {
  let s = "";
  for (const x of b) s += String.fromCharCode(x);
  return btoa(s);
}

function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  return Uint8Array.from(bin, (ch) => ch.charCodeAt(0));
}

export function defaultNftGenesis(): NftGenesisJson {
  return { classes: [], nfts: [], approvals: [], operators: [], users: [] };
}

/** Imports through the keeper's own writes, so genesis obeys the same rules as txs. */
export function initNftGenesis(k: NftKeeper, ctx: Context, g: NftGenesisJson | undefined): void {
  for (const c of g?.classes ?? []) {
    k.createClass(ctx, {
      id: c.id, name: c.name ?? "", symbol: c.symbol ?? "", description: c.description ?? "", uri: c.uri ?? "", uriHash: c.uri_hash ?? "",
      data: fromBase64(c.data ?? ""), admin: c.admin ?? "", module: c.module ?? "", transferable: c.transferable ?? false,
    });
  }
  for (const n of g?.nfts ?? []) {
    const c = k.requireClass(ctx, n.class_id);
    k.mint(ctx, { account: c.admin || undefined, module: c.module || undefined }, { classId: n.class_id, id: n.id, uri: n.uri ?? "", uriHash: n.uri_hash ?? "", data: fromBase64(n.data ?? ""), owner: n.owner });
  }
  for (const o of g?.operators ?? []) k.setApprovalForAll(ctx, o.owner, o.operator, true);
  for (const a of g?.approvals ?? []) k.approve(ctx, k.requireNft(ctx, a.class_id, a.id).owner, a.class_id, a.id, a.spender);
  for (const u of g?.users ?? []) {
    // A right that ended before genesis is history, not state.
    if (BigInt(u.expires) <= ctx.block.timeSeconds) continue;
    const c = k.requireClass(ctx, u.class_id);
    const owner = k.requireNft(ctx, u.class_id, u.id).owner;
    k.setUser(ctx, c.module ? { module: c.module } : { account: owner }, u.class_id, u.id, u.user, BigInt(u.expires));
  }
}

export function exportNftGenesis(k: NftKeeper, ctx: ReadCtx): NftGenesisJson {
  return {
    classes: k.getClasses(ctx).map((c) => ({
      id: c.id, name: c.name, symbol: c.symbol, description: c.description, uri: c.uri, uri_hash: c.uriHash,
      data: toBase64(c.data), admin: c.admin, module: c.module, transferable: c.transferable,
    })),
    nfts: [...k.iterateAllNfts(ctx)].map((n) => ({ class_id: n.classId, id: n.id, uri: n.uri, uri_hash: n.uriHash, data: toBase64(n.data), owner: n.owner })),
    approvals: [...k.iterateApprovals(ctx)].map((a) => ({ class_id: a.classId, id: a.id, spender: a.spender })),
    operators: [...k.iterateOperators(ctx)],
    users: [...k.iterateUsageRights(ctx)].map((u) => ({ class_id: u.classId, id: u.id, user: u.right.user, expires: u.right.expires.toString() })),
  };
}
