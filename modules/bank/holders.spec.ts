import { describe, it, expect } from "vitest";
import { createPoolsSpecKit } from "../pools/spec-kit.js";
import { moduleAddress } from "../auth/keeper.js";
import { ErrUnauthorized } from "../../chain/errors/index.js";
import { exportBankGenesis } from "./genesis.js";
import { BANK, holderKey } from "./keys.js";
import { parseAccAddress } from "../../chain/codec/address.js";
import { registerError } from "../../chain/errors/index.js";

const ErrNoSpecSends = registerError("bank-spec", 2, "spec restriction");

describe("bank holder index, burnFrom and send restrictions", () => {
  it("indexes exactly the non-zero balances through sends, mints, burns and genesis import", () => {
    const k = createPoolsSpecKit();
    const bank = k.bank.keeper;
    const [a, b, c] = [k.addr(1), k.addr(2), k.addr(3)];
    k.fund(a, "ufoo", 100n);
    k.fund(b, "ufoo", 5n);
    const holders = () => [...bank.iterateHolders(k.query(), "ufoo")].map((h) => [h.address, h.amount]);
    expect(holders().sort()).toEqual([[a, 100n], [b, 5n]].sort());
    expect(k.atomic((ctx) => bank.send(ctx, b, c, [{ denom: "ufoo", amount: 5n }])).code).toBe(0);
    expect(holders().sort()).toEqual([[a, 100n], [c, 5n]].sort());
    expect(k.query().kv(BANK).has(holderKey("ufoo", parseAccAddress(b)))).toBe(false);
    expect(k.atomic((ctx) => bank.burnFrom(ctx, "pools", a, [{ denom: "ufoo", amount: 100n }])).code).toBe(0);
    expect(holders()).toEqual([[c, 5n]]);
    expect(bank.getSupply(k.query(), "ufoo")).toBe(5n);
    expect(k.invariantFailures()).toEqual([]);
    // The index is state, never genesis.
    expect(JSON.stringify(exportBankGenesis(bank, k.query()))).not.toContain("holder");
    expect(exportBankGenesis(bank, k.query()).balances).toEqual([{ address: c, coins: [{ denom: "ufoo", amount: "5" }] }]);
  });

  it("burnFrom needs the burner permission", () => {
    const k = createPoolsSpecKit();
    k.fund(k.addr(1), "ufoo", 10n);
    const r = k.atomic((ctx) => k.bank.keeper.burnFrom(ctx, "market", k.addr(1), [{ denom: "ufoo", amount: 1n }]));
    expect(r.code).toBe(ErrUnauthorized.code);
    expect(k.bank.keeper.getBalance(k.query(), k.addr(1), "ufoo")).toBe(10n);
  });

  it("restrictions see account-to-account sends only, not module transfers", () => {
    const k = createPoolsSpecKit();
    const bank = k.bank.keeper;
    bank.registerSendRestriction((_ctx, _from, _to, coins) => {
      if (coins.some((c) => c.denom === "ublocked")) throw ErrNoSpecSends.raise();
    });
    k.fund(k.addr(1), "ublocked", 10n);
    expect(k.atomic((ctx) => bank.send(ctx, k.addr(1), k.addr(2), [{ denom: "ublocked", amount: 1n }])).code).toBe(ErrNoSpecSends.code);
    expect(k.atomic((ctx) => bank.sendFromAccountToModule(ctx, k.addr(1), "pools", [{ denom: "ublocked", amount: 1n }])).code).toBe(0);
    expect(k.atomic((ctx) => bank.sendFromModuleToAccount(ctx, "pools", k.addr(2), [{ denom: "ublocked", amount: 1n }])).code).toBe(0);
    expect(bank.getBalance(k.query(), k.addr(2), "ublocked")).toBe(1n);
    expect(bank.getBalance(k.query(), moduleAddress("pools"), "ublocked")).toBe(0n);
  });
});
