import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { createNftSpecKit, type NftSpecKit } from "./spec-kit.js";

// Class "acct-cls" is admin-owned by account 0 and transferable; "mod-cls" is owned by module
// "pos" and not transferable. Accounts 0..3, NFT ids n-0..n-3.
const CLASSES = ["acct-cls", "mod-cls"] as const;
const acc = fc.integer({ min: 0, max: 3 });
const cls = fc.integer({ min: 0, max: 1 });
const nid = fc.integer({ min: 0, max: 3 });

type Op =
  | { t: "mint"; c: number; id: number; to: number; byOwner: boolean }
  | { t: "burn"; c: number; id: number; byOwner: boolean }
  | { t: "send"; c: number; id: number; actor: number; to: number }
  | { t: "move"; c: number; id: number; to: number }
  | { t: "approve"; c: number; id: number; actor: number; spender: number }
  | { t: "operator"; owner: number; op: number; approved: boolean }
  | { t: "setUser"; c: number; id: number; actor: number; user: number; dur: number }
  | { t: "wait"; s: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ t: fc.constant("mint" as const), c: cls, id: nid, to: acc, byOwner: fc.boolean() }),
  fc.record({ t: fc.constant("burn" as const), c: cls, id: nid, byOwner: fc.boolean() }),
  fc.record({ t: fc.constant("send" as const), c: cls, id: nid, actor: acc, to: acc }),
  fc.record({ t: fc.constant("move" as const), c: cls, id: nid, to: acc }),
  fc.record({ t: fc.constant("approve" as const), c: cls, id: nid, actor: acc, spender: acc }),
  fc.record({ t: fc.constant("operator" as const), owner: acc, op: acc, approved: fc.boolean() }),
  fc.record({ t: fc.constant("setUser" as const), c: cls, id: nid, actor: acc, user: acc, dur: fc.integer({ min: 0, max: 20 }) }),
  fc.record({ t: fc.constant("wait" as const), s: fc.integer({ min: 1, max: 15 }) }),
);

interface Model {
  nfts: Map<string, { owner: number; approved?: number; user?: { who: number; expires: bigint } }>;
  operators: Set<string>;
  time: bigint;
}

const key = (c: number, id: number) => `${c}/${id}`;

/** The model's expected result code (0 = success), applying the change on success. */
function step(m: Model, o: Op): number {
  if (o.t === "wait") {
    m.time += BigInt(o.s);
    return 0;
  }
  if (o.t === "operator") {
    if (o.owner === o.op) return 17;
    if (o.approved) m.operators.add(`${o.owner}>${o.op}`);
    else m.operators.delete(`${o.owner}>${o.op}`);
    return 0;
  }
  const k = key(o.c, o.id);
  const n = m.nfts.get(k);
  const mayMove = (actor: number) => n !== undefined && (actor === n.owner || n.approved === actor || m.operators.has(`${n.owner}>${actor}`));
  switch (o.t) {
    case "mint":
      if (!o.byOwner) return 16;
      if (n) return 5;
      m.nfts.set(k, { owner: o.to });
      return 0;
    case "burn":
      if (!n) return 6;
      if (!o.byOwner) return 16;
      m.nfts.delete(k);
      return 0;
    case "send":
      if (!n) return 6;
      if (!mayMove(o.actor)) return 11;
      if (o.c === 1) return 12;
      n.owner = o.to;
      n.approved = undefined;
      return 0;
    case "move":
      if (!n) return 6;
      if (o.c === 0) return 16;
      n.owner = o.to;
      n.approved = undefined;
      return 0;
    case "approve":
      if (!n) return 6;
      if (o.actor !== n.owner && !m.operators.has(`${n.owner}>${o.actor}`)) return 10;
      if (o.spender === n.owner) return 17;
      n.approved = o.spender;
      return 0;
    case "setUser": {
      if (!n) return 6;
      if (!mayMove(o.actor)) return 11;
      if (o.dur === 0) return 14;
      if (n.user && m.time < n.user.expires) return 15;
      n.user = { who: o.user, expires: m.time + BigInt(o.dur) };
      return 0;
    }
  }
}

function apply(k: NftSpecKit, o: Op): number {
  if (o.t === "wait") {
    k.time += BigInt(o.s);
    return 0;
  }
  const a = (i: number) => k.addr(i);
  const r = k.atomic((ctx) => {
    if (o.t === "operator") return k.keeper.setApprovalForAll(ctx, a(o.owner), a(o.op), o.approved);
    const c = CLASSES[o.c]!;
    const id = `n-${o.id}`;
    const minter = o.c === 0 ? { account: a(0) } : { module: "pos" };
    const stranger = o.c === 0 ? { account: a(1) } : { module: "other" };
    switch (o.t) {
      case "mint":
        return k.keeper.mint(ctx, o.byOwner ? minter : stranger, { classId: c, id, owner: a(o.to), uri: "", uriHash: "", data: new Uint8Array() });
      case "burn":
        return k.keeper.burn(ctx, o.byOwner ? minter : stranger, c, id);
      case "send":
        return k.keeper.transfer(ctx, { account: a(o.actor) }, c, id, a(o.to));
      case "move":
        return k.capabilities.transfer(ctx, "pos", c, id, a(o.to));
      case "approve":
        return k.keeper.approve(ctx, a(o.actor), c, id, a(o.spender));
      case "setUser":
        return k.keeper.setUser(ctx, { account: a(o.actor) }, c, id, a(o.user), k.time + BigInt(o.dur));
    }
  });
  if (r.code !== 0) expect(r.codespace).toBe("nft");
  return r.code;
}

describe("nft keeper against a model", () => {
  it("random mint/transfer/burn/approval/rental sequences give the model's results and keep the invariants", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const k = createNftSpecKit();
        expect(k.atomic((ctx) => {
          k.keeper.createClass(ctx, { id: CLASSES[0], name: "", symbol: "", description: "", uri: "", uriHash: "", data: new Uint8Array(), admin: k.addr(0), module: "", transferable: true });
          k.capabilities.createModuleClass(ctx, "pos", { id: CLASSES[1], transferable: false });
        }).code).toBe(0);
        const m: Model = { nfts: new Map(), operators: new Set(), time: k.time };
        for (const o of ops) {
          expect(apply(k, o), JSON.stringify(o)).toBe(step(m, o));
          expect(k.invariantFailures()).toEqual([]);
        }
        const ctx = k.ctx();
        for (let c = 0; c < 2; c++) {
          let count = 0n;
          for (let id = 0; id < 4; id++) {
            const n = m.nfts.get(key(c, id));
            if (n) count++;
            const cid = CLASSES[c]!;
            expect(k.keeper.ownerOf(ctx, cid, `n-${id}`)).toBe(n ? k.addr(n.owner) : undefined);
            expect(k.keeper.getApproved(ctx, cid, `n-${id}`)).toBe(n?.approved === undefined ? undefined : k.addr(n.approved));
            const live = n?.user && m.time < n.user.expires ? k.addr(n.user.who) : undefined;
            expect(k.keeper.userOf(ctx, cid, `n-${id}`)).toBe(live);
          }
          expect(k.keeper.supply(ctx, CLASSES[c]!)).toBe(count);
          for (let o = 0; o < 4; o++) {
            const held = [...m.nfts.entries()].filter(([kk, n]) => kk.startsWith(`${c}/`) && n.owner === o).length;
            expect(k.keeper.balance(ctx, k.addr(o), CLASSES[c]!)).toBe(BigInt(held));
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
