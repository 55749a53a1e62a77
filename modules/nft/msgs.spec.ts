import { describe, it, expect } from "vitest";
import { MsgSend } from "cosmjs-types/cosmos/nft/v1beta1/tx";
import { pogcs } from "../../proto/gen/pogcs.js";
import { toLong } from "../devices/long.js";
import { createNftSpecKit, type NftSpecKit } from "./spec-kit.js";

const V1 = pogcs.nft.v1;
type Msg = { typeUrl: string; value: Uint8Array };

// Accounts: 0 class admin, 1 holder, 2 stranger/receiver, 3 spender or operator.
const A = (k: NftSpecKit, i: number) => k.addr(i);

const send = (k: NftSpecKit, from: number, to: number, id = "nft-1", classId = "gpu"): Msg =>
  ({ typeUrl: "/cosmos.nft.v1beta1.MsgSend", value: MsgSend.encode({ classId, id, sender: A(k, from), receiver: A(k, to) }).finish() });
const createClass = (k: NftSpecKit, from: number, id: string, transferable = true): Msg =>
  ({ typeUrl: "/pogcs.nft.v1.MsgCreateClass", value: V1.MsgCreateClass.encode({ sender: A(k, from), id, name: "N", symbol: "S", transferable }).finish() });
const mint = (k: NftSpecKit, from: number, classId: string, id: string, to = 1): Msg =>
  ({ typeUrl: "/pogcs.nft.v1.MsgMint", value: V1.MsgMint.encode({ sender: A(k, from), classId, id, receiver: A(k, to), uri: "ipfs://x", uriHash: "abc" }).finish() });
const burn = (k: NftSpecKit, from: number, id = "nft-1", classId = "gpu"): Msg =>
  ({ typeUrl: "/pogcs.nft.v1.MsgBurn", value: V1.MsgBurn.encode({ sender: A(k, from), classId, id }).finish() });
const approve = (k: NftSpecKit, from: number, spender: number | "", id = "nft-1", classId = "gpu"): Msg =>
  ({ typeUrl: "/pogcs.nft.v1.MsgApprove", value: V1.MsgApprove.encode({ sender: A(k, from), classId, id, spender: spender === "" ? "" : A(k, spender) }).finish() });
const operator = (k: NftSpecKit, owner: number, op: number, approved = true): Msg =>
  ({ typeUrl: "/pogcs.nft.v1.MsgSetApprovalForAll", value: V1.MsgSetApprovalForAll.encode({ owner: A(k, owner), operator: A(k, op), approved }).finish() });
const setUser = (k: NftSpecKit, from: number, user: number, expires: bigint, id = "nft-1", classId = "gpu"): Msg =>
  ({ typeUrl: "/pogcs.nft.v1.MsgSetUser", value: V1.MsgSetUser.encode({ sender: A(k, from), classId, id, user: A(k, user), expires: toLong(expires) }).finish() });

function setup(): NftSpecKit {
  const k = createNftSpecKit();
  for (const m of [createClass(k, 0, "gpu"), mint(k, 0, "gpu", "nft-1"), createClass(k, 0, "cert", false), mint(k, 0, "cert", "c-1")]) {
    const r = k.run(m.typeUrl, m.value);
    expect(r.code, r.log).toBe(0);
  }
  return k;
}

interface Case {
  name: string;
  prepare?: (k: NftSpecKit) => Msg[];
  msg: (k: NftSpecKit) => Msg;
  codespace: string;
  code: number;
  then?: (k: NftSpecKit) => void;
}

function table(title: string, cases: Case[]) {
  describe(title, () => {
    for (const c of cases) {
      it(`${c.name} -> ${c.codespace || "ok"} ${c.code}`, () => {
        const k = setup();
        for (const p of c.prepare?.(k) ?? []) expect(k.run(p.typeUrl, p.value).code).toBe(0);
        const m = c.msg(k);
        const r = k.run(m.typeUrl, m.value);
        expect({ code: r.code, codespace: r.code === 0 ? "" : r.codespace }, r.log).toEqual({ code: c.code, codespace: c.codespace });
        c.then?.(k);
        expect(k.invariantFailures()).toEqual([]);
      });
    }
  });
}

const owner = (k: NftSpecKit, id = "nft-1", classId = "gpu") => k.keeper.ownerOf(k.ctx(), classId, id);

table("cosmos.nft.v1beta1.MsgSend", [
  { name: "owner sends", msg: (k) => send(k, 1, 2), codespace: "", code: 0, then: (k) => expect(owner(k)).toBe(A(k, 2)) },
  { name: "approved spender sends, and the approval is cleared", prepare: (k) => [approve(k, 1, 3)], msg: (k) => send(k, 3, 2), codespace: "", code: 0,
    then: (k) => { expect(owner(k)).toBe(A(k, 2)); expect(k.keeper.getApproved(k.ctx(), "gpu", "nft-1")).toBeUndefined(); } },
  { name: "operator sends", prepare: (k) => [operator(k, 1, 3)], msg: (k) => send(k, 3, 2), codespace: "", code: 0 },
  { name: "revoked operator cannot send", prepare: (k) => [operator(k, 1, 3), operator(k, 1, 3, false)], msg: (k) => send(k, 3, 2), codespace: "nft", code: 11 },
  { name: "stranger cannot send", msg: (k) => send(k, 2, 2), codespace: "nft", code: 11, then: (k) => expect(owner(k)).toBe(A(k, 1)) },
  { name: "class admin is not the owner", msg: (k) => send(k, 0, 2), codespace: "nft", code: 11 },
  { name: "unknown class", msg: (k) => send(k, 1, 2, "nft-1", "nope"), codespace: "nft", code: 4 },
  { name: "unknown nft", msg: (k) => send(k, 1, 2, "nft-9"), codespace: "nft", code: 6 },
  { name: "non-transferable class", msg: (k) => send(k, 1, 2, "c-1", "cert"), codespace: "nft", code: 12 },
  { name: "invalid class id", msg: (k) => send(k, 1, 2, "nft-1", "9x"), codespace: "nft", code: 9 },
  { name: "empty nft id", msg: (k) => send(k, 1, 2, ""), codespace: "nft", code: 8 },
  { name: "bad receiver", msg: (k) => ({ typeUrl: "/cosmos.nft.v1beta1.MsgSend", value: MsgSend.encode({ classId: "gpu", id: "nft-1", sender: A(k, 1), receiver: "gcs1bad" }).finish() }), codespace: "sdk", code: 7 },
]);

table("pogcs.nft.v1.MsgCreateClass", [
  { name: "an account creates a class and becomes admin", msg: (k) => createClass(k, 2, "art"), codespace: "", code: 0,
    then: (k) => expect(k.keeper.getClass(k.ctx(), "art")).toMatchObject({ admin: A(k, 2), module: "", transferable: true }) },
  { name: "duplicate id", msg: (k) => createClass(k, 2, "gpu"), codespace: "nft", code: 3 },
  { name: "empty id", msg: (k) => createClass(k, 2, ""), codespace: "nft", code: 7 },
  { name: "id too short", msg: (k) => createClass(k, 2, "ab"), codespace: "nft", code: 9 },
]);

table("pogcs.nft.v1.MsgMint", [
  { name: "admin mints", msg: (k) => mint(k, 0, "gpu", "nft-2", 2), codespace: "", code: 0,
    then: (k) => { expect(owner(k, "nft-2")).toBe(A(k, 2)); expect(k.keeper.supply(k.ctx(), "gpu")).toBe(2n); } },
  { name: "admin mints into a non-transferable class", msg: (k) => mint(k, 0, "cert", "c-2"), codespace: "", code: 0 },
  { name: "holder is not admin", msg: (k) => mint(k, 1, "gpu", "nft-2"), codespace: "nft", code: 16 },
  { name: "duplicate nft", msg: (k) => mint(k, 0, "gpu", "nft-1"), codespace: "nft", code: 5 },
  { name: "unknown class", msg: (k) => mint(k, 0, "nope", "nft-2"), codespace: "nft", code: 4 },
  { name: "empty id", msg: (k) => mint(k, 0, "gpu", ""), codespace: "nft", code: 8 },
]);

table("pogcs.nft.v1.MsgBurn", [
  { name: "admin burns, clearing approval and usage right", prepare: (k) => [approve(k, 1, 3), setUser(k, 1, 2, k.time + 100n)], msg: (k) => burn(k, 0), codespace: "", code: 0,
    then: (k) => {
      expect(owner(k)).toBeUndefined();
      expect(k.keeper.supply(k.ctx(), "gpu")).toBe(0n);
      expect(k.keeper.getApproved(k.ctx(), "gpu", "nft-1")).toBeUndefined();
      expect(k.keeper.getUsageRight(k.ctx(), "gpu", "nft-1")).toBeUndefined();
    } },
  { name: "holder cannot burn", msg: (k) => burn(k, 1), codespace: "nft", code: 16 },
  { name: "unknown nft", msg: (k) => burn(k, 0, "nft-9"), codespace: "nft", code: 6 },
  { name: "unknown class", msg: (k) => burn(k, 0, "nft-1", "nope"), codespace: "nft", code: 4 },
]);

table("pogcs.nft.v1.MsgApprove", [
  { name: "owner approves", msg: (k) => approve(k, 1, 3), codespace: "", code: 0, then: (k) => expect(k.keeper.getApproved(k.ctx(), "gpu", "nft-1")).toBe(A(k, 3)) },
  { name: "operator approves for the owner", prepare: (k) => [operator(k, 1, 3)], msg: (k) => approve(k, 3, 2), codespace: "", code: 0 },
  { name: "owner clears", prepare: (k) => [approve(k, 1, 3)], msg: (k) => approve(k, 1, ""), codespace: "", code: 0,
    then: (k) => expect(k.keeper.getApproved(k.ctx(), "gpu", "nft-1")).toBeUndefined() },
  { name: "stranger cannot approve", msg: (k) => approve(k, 2, 3), codespace: "nft", code: 10 },
  { name: "approved spender cannot re-approve", prepare: (k) => [approve(k, 1, 3)], msg: (k) => approve(k, 3, 2), codespace: "nft", code: 10 },
  { name: "owner cannot approve itself", msg: (k) => approve(k, 1, 1), codespace: "nft", code: 17 },
  { name: "unknown nft", msg: (k) => approve(k, 1, 3, "nft-9"), codespace: "nft", code: 6 },
]);

table("pogcs.nft.v1.MsgSetApprovalForAll", [
  { name: "owner sets an operator", msg: (k) => operator(k, 1, 3), codespace: "", code: 0, then: (k) => expect(k.keeper.isApprovedForAll(k.ctx(), A(k, 1), A(k, 3))).toBe(true) },
  { name: "owner revokes", prepare: (k) => [operator(k, 1, 3)], msg: (k) => operator(k, 1, 3, false), codespace: "", code: 0,
    then: (k) => expect(k.keeper.isApprovedForAll(k.ctx(), A(k, 1), A(k, 3))).toBe(false) },
  { name: "self as operator", msg: (k) => operator(k, 1, 1), codespace: "nft", code: 17 },
]);

table("pogcs.nft.v1.MsgSetUser", [
  { name: "owner rents out", msg: (k) => setUser(k, 1, 2, k.time + 10n), codespace: "", code: 0, then: (k) => expect(k.keeper.userOf(k.ctx(), "gpu", "nft-1")).toBe(A(k, 2)) },
  { name: "approved spender rents out", prepare: (k) => [approve(k, 1, 3)], msg: (k) => setUser(k, 3, 2, k.time + 10n), codespace: "", code: 0 },
  { name: "stranger cannot", msg: (k) => setUser(k, 2, 2, k.time + 10n), codespace: "nft", code: 11 },
  { name: "expiry now is already expired", msg: (k) => setUser(k, 1, 2, k.time), codespace: "nft", code: 14 },
  { name: "a running rental cannot be replaced", prepare: (k) => [setUser(k, 1, 2, k.time + 10n)], msg: (k) => setUser(k, 1, 3, k.time + 20n), codespace: "nft", code: 15 },
  { name: "unknown nft", msg: (k) => setUser(k, 1, 2, k.time + 10n, "nft-9"), codespace: "nft", code: 6 },
]);

describe("signers", () => {
  it("are the sender (or owner) of each message", () => {
    const k = setup();
    for (const [m, who] of [[send(k, 1, 2), 1], [createClass(k, 2, "abc"), 2], [mint(k, 0, "gpu", "x-1"), 0], [burn(k, 0), 0], [approve(k, 1, 3), 1], [operator(k, 1, 3), 1], [setUser(k, 1, 2, k.time + 1n), 1]] as const) {
      expect(k.run(m.typeUrl, m.value).signers).toEqual([A(k, who)]);
    }
  });
});
