import { describe, it, expect } from "vitest";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { PubKey as Secp256k1PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import { MsgCancelUnbondingDelegation, MsgCreateValidator } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { QueryRedelegationsRequest, QueryRedelegationsResponse, QueryValidatorRequest, QueryValidatorResponse, QueryDelegationRequest, QueryDelegationResponse } from "cosmjs-types/cosmos/staking/v1beta1/query";
import { BondStatus } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { createStakingHarness, stakingMsgs as M, type StakingHarness } from "../../test/support/staking-harness.js";

const FUNDS = 1_000_000_000n;
const GV = 10_000_000n;

function setup(params: Record<string, unknown> = {}): StakingHarness {
  const h = createStakingHarness({ funds: FUNDS, genesisValidators: [GV, GV], params });
  h.block();
  return h;
}

interface Case {
  name: string;
  prepare?: (h: StakingHarness) => void;
  signer: number;
  msg: (h: StakingHarness) => Any;
  codespace: string;
  code: number;
  advance?: bigint;
}

function runTable(cases: Case[], params?: Record<string, unknown>) {
  for (const c of cases) {
    it(`${c.name} -> ${c.codespace || "ok"} ${c.code}`, () => {
      const h = setup(params);
      c.prepare?.(h);
      const r = h.run(c.signer, [c.msg(h)], { advance: c.advance });
      expect({ code: r.code, codespace: r.code === 0 ? "" : r.codespace }, r.log).toEqual({ code: c.code, codespace: c.codespace });
    });
  }
}

const ok = (h: StakingHarness, i: number, msg: Any) => {
  const r = h.run(i, [msg]);
  expect(r.code, r.log).toBe(0);
};

function validator(h: StakingHarness, op: string) {
  return QueryValidatorResponse.decode(h.app.query("/cosmos.staking.v1beta1.Query/Validator", QueryValidatorRequest.encode({ validatorAddr: op }).finish()).value!).validator;
}

describe("MsgCreateValidator", () => {
  it("creates a validator that bonds at the next epoch boundary and pays from the operator's account", () => {
    const h = setup();
    const before = h.balance(h.addrs[2]!);
    const res = h.block([h.tx(2, [M.createValidator(h, 2, 5_000_000n)])]);
    expect(res.txResults[0]!.code, res.txResults[0]!.log).toBe(0);
    expect(h.balance(h.addrs[2]!)).toBe(before - 5_000_000n);
    const v = validator(h, h.valoper(2));
    expect(v.tokens).toBe("5000000");
    expect(v.delegatorShares).toBe("5000000000000000000000000");
    expect(v.status).toBe(BondStatus.BOND_STATUS_BONDED);
    expect(res.validatorUpdates).toEqual([{ pubKey: h.consKey(2).pubKey, power: 5n }]);
  });
  runTable([
    { name: "duplicate operator", signer: 0, msg: (h) => M.createValidator(h, 0, 5_000_000n, { key: 9 }), codespace: "staking", code: 4 },
    { name: "duplicate consensus key", signer: 2, msg: (h) => M.createValidator(h, 2, 5_000_000n, { key: 0 }), codespace: "staking", code: 5 },
    { name: "wrong denom", signer: 2, msg: (h) => M.createValidator(h, 2, 5_000_000n, { denom: "uatom" }), codespace: "sdk", code: 18 },
    { name: "zero amount", signer: 2, msg: (h) => M.createValidator(h, 2, 0n), codespace: "sdk", code: 18 },
    { name: "insufficient funds", signer: 2, msg: (h) => M.createValidator(h, 2, FUNDS + 1n), codespace: "sdk", code: 5 },
    { name: "rate above max rate", signer: 2, msg: (h) => M.createValidator(h, 2, 5_000_000n, { rate: "300000000000000000" }), codespace: "staking", code: 11 },
    { name: "max rate above 100%", signer: 2, msg: (h) => M.createValidator(h, 2, 5_000_000n, { maxRate: "1100000000000000000", rate: "0" }), codespace: "staking", code: 10 },
    { name: "max change rate above max rate", signer: 2, msg: (h) => M.createValidator(h, 2, 5_000_000n, { maxChange: "300000000000000000" }), codespace: "staking", code: 14 },
    { name: "self delegation below its minimum", signer: 2, msg: (h) => M.createValidator(h, 2, 5_000_000n, { min: "6000000" }), codespace: "staking", code: 16 },
    { name: "empty moniker", signer: 2, msg: (h) => M.createValidator(h, 2, 5_000_000n, { moniker: "" }), codespace: "sdk", code: 18 },
    {
      name: "secp256k1 consensus key",
      signer: 2,
      msg: (h) => {
        const m = MsgCreateValidator.decode(M.createValidator(h, 2, 5_000_000n).value);
        m.pubkey = { typeUrl: "/cosmos.crypto.secp256k1.PubKey", value: Secp256k1PubKey.encode({ key: new Uint8Array(33).fill(2) }).finish() };
        return { typeUrl: "/cosmos.staking.v1beta1.MsgCreateValidator", value: MsgCreateValidator.encode(m).finish() };
      },
      codespace: "staking",
      code: 6,
    },
  ]);
  describe("with min_commission_rate 0.05", () => {
    runTable(
      [{ name: "commission below the minimum rate", signer: 2, msg: (h) => M.createValidator(h, 2, 5_000_000n, { rate: "10000000000000000" }), codespace: "staking", code: 40 }],
      { min_commission_rate: "0.05" },
    );
  });
});

describe("MsgEditValidator", () => {
  it("changes the moniker and keeps [do-not-modify] fields", () => {
    const h = setup();
    ok(h, 0, M.editValidator(h, 0, { moniker: "renamed" }));
    expect(validator(h, h.valoper(0)).description.moniker).toBe("renamed");
  });
  it("changes the commission after 24h within the max change rate", () => {
    const h = setup();
    h.block([], { advance: 86_400n });
    ok(h, 0, M.editValidator(h, 0, { rate: "110000000000000000" }));
    expect(validator(h, h.valoper(0)).commission.commissionRates.rate).toBe("110000000000000000");
  });
  runTable([
    { name: "commission change within 24h", signer: 0, msg: (h) => M.editValidator(h, 0, { rate: "110000000000000000" }), codespace: "staking", code: 12 },
    { name: "commission change above max change rate", signer: 0, msg: (h) => M.editValidator(h, 0, { rate: "150000000000000000" }), codespace: "staking", code: 15, advance: 86_400n },
    { name: "commission above max rate", signer: 0, msg: (h) => M.editValidator(h, 0, { rate: "250000000000000000" }), codespace: "staking", code: 11, advance: 86_400n },
    { name: "min self delegation decreased", signer: 0, msg: (h) => M.editValidator(h, 0, { min: "1" }), codespace: "staking", code: 17 },
    { name: "min self delegation above tokens", signer: 0, msg: (h) => M.editValidator(h, 0, { min: String(GV + 1n) }), codespace: "staking", code: 16 },
    { name: "unknown validator", signer: 4, msg: (h) => M.editValidator(h, 4, { moniker: "x" }), codespace: "staking", code: 3 },
  ]);
});

describe("MsgDelegate", () => {
  it("moves tokens into the bonded pool and issues shares at the validator's rate", () => {
    const h = setup();
    ok(h, 3, M.delegate(h, 3, h.valoper(0), 2_000_000n));
    const r = QueryDelegationResponse.decode(
      h.app.query("/cosmos.staking.v1beta1.Query/Delegation", QueryDelegationRequest.encode({ delegatorAddr: h.addrs[3]!, validatorAddr: h.valoper(0) }).finish()).value!,
    );
    expect(r.delegationResponse!.balance).toEqual({ denom: "ugcs", amount: "2000000" });
    expect(r.delegationResponse!.delegation.shares).toBe("2000000000000000000000000");
    expect(validator(h, h.valoper(0)).tokens).toBe(String(GV + 2_000_000n));
  });
  runTable([
    { name: "unknown validator", signer: 3, msg: (h) => M.delegate(h, 3, h.valoper(4), 100n), codespace: "staking", code: 3 },
    { name: "insufficient funds", signer: 3, msg: (h) => M.delegate(h, 3, h.valoper(0), FUNDS + 1n), codespace: "sdk", code: 5 },
    { name: "zero amount", signer: 3, msg: (h) => M.delegate(h, 3, h.valoper(0), 0n), codespace: "sdk", code: 18 },
    { name: "negative amount", signer: 3, msg: (h) => M.delegate(h, 3, h.valoper(0), "-5"), codespace: "sdk", code: 18 },
    { name: "wrong denom", signer: 3, msg: (h) => M.delegate(h, 3, h.valoper(0), 100n, "uatom"), codespace: "sdk", code: 18 },
    { name: "account address as validator", signer: 3, msg: (h) => M.delegate(h, 3, h.addrs[0]!, 100n), codespace: "sdk", code: 7 },
  ]);
});

describe("MsgUndelegate", () => {
  it("moves tokens bonded -> not bonded at once and back to the delegator when the block time passes unbonding_time", () => {
    const h = setup();
    ok(h, 3, M.delegate(h, 3, h.valoper(0), 2_000_000n));
    const before = h.balance(h.addrs[3]!);
    ok(h, 3, M.undelegate(h, 3, h.valoper(0), 500_000n));
    expect(h.staking.keeper.poolBalances(h.view()).notBonded).toBe(500_000n);
    expect(h.balance(h.addrs[3]!)).toBe(before);
    // 1000s unbonding time in the harness; 5s blocks.
    for (let i = 0; i < 10; i++) h.block([], { advance: 90n });
    expect(h.balance(h.addrs[3]!)).toBe(before);
    h.block([], { advance: 200n });
    expect(h.balance(h.addrs[3]!)).toBe(before + 500_000n);
    expect(h.staking.keeper.poolBalances(h.view()).notBonded).toBe(0n);
  });
  runTable([
    { name: "no delegation", signer: 3, msg: (h) => M.undelegate(h, 3, h.valoper(0), 100n), codespace: "staking", code: 19 },
    { name: "unknown validator", signer: 3, msg: (h) => M.undelegate(h, 3, h.valoper(4), 100n), codespace: "staking", code: 3 },
    { name: "more than delegated", signer: 0, msg: (h) => M.undelegate(h, 0, h.valoper(0), GV + 1n), codespace: "staking", code: 24 },
    { name: "wrong denom", signer: 0, msg: (h) => M.undelegate(h, 0, h.valoper(0), 100n, "uatom"), codespace: "sdk", code: 18 },
    { name: "zero amount", signer: 0, msg: (h) => M.undelegate(h, 0, h.valoper(0), 0n), codespace: "sdk", code: 18 },
  ]);
  describe("with max_entries 2", () => {
    runTable(
      [
        {
          name: "a third unbonding entry",
          prepare: (h) => {
            ok(h, 0, M.undelegate(h, 0, h.valoper(0), 10n));
            ok(h, 0, M.undelegate(h, 0, h.valoper(0), 10n));
          },
          signer: 0,
          msg: (h) => M.undelegate(h, 0, h.valoper(0), 10n),
          codespace: "staking",
          code: 27,
        },
      ],
      { max_entries: 2 },
    );
  });
});

describe("MsgBeginRedelegate", () => {
  it("moves shares at once and records an entry", () => {
    const h = setup();
    ok(h, 3, M.delegate(h, 3, h.valoper(0), 2_000_000n));
    ok(h, 3, M.redelegate(h, 3, h.valoper(0), h.valoper(1), 1_500_000n));
    expect(validator(h, h.valoper(0)).tokens).toBe(String(GV + 500_000n));
    expect(validator(h, h.valoper(1)).tokens).toBe(String(GV + 1_500_000n));
    const reds = QueryRedelegationsResponse.decode(
      h.app.query("/cosmos.staking.v1beta1.Query/Redelegations", QueryRedelegationsRequest.encode({ delegatorAddr: h.addrs[3]!, srcValidatorAddr: "", dstValidatorAddr: "" }).finish()).value!,
    );
    expect(reds.redelegationResponses).toHaveLength(1);
    expect(reds.redelegationResponses[0]!.entries[0]!.balance).toBe("1500000");
  });
  runTable([
    { name: "redelegation to self", signer: 0, msg: (h) => M.redelegate(h, 0, h.valoper(0), h.valoper(0), 100n), codespace: "staking", code: 29 },
    { name: "unknown destination", signer: 0, msg: (h) => M.redelegate(h, 0, h.valoper(0), h.valoper(4), 100n), codespace: "staking", code: 31 },
    { name: "unknown source", signer: 0, msg: (h) => M.redelegate(h, 0, h.valoper(4), h.valoper(0), 100n), codespace: "staking", code: 44 },
    { name: "no delegation", signer: 3, msg: (h) => M.redelegate(h, 3, h.valoper(0), h.valoper(1), 100n), codespace: "staking", code: 19 },
    { name: "more than delegated", signer: 0, msg: (h) => M.redelegate(h, 0, h.valoper(0), h.valoper(1), GV + 1n), codespace: "staking", code: 24 },
    { name: "wrong denom", signer: 0, msg: (h) => M.redelegate(h, 0, h.valoper(0), h.valoper(1), 100n, "uatom"), codespace: "sdk", code: 18 },
    {
      name: "transitive redelegation",
      prepare: (h) => {
        ok(h, 2, M.createValidator(h, 2, 5_000_000n));
        ok(h, 3, M.delegate(h, 3, h.valoper(0), 1_000n));
        ok(h, 3, M.redelegate(h, 3, h.valoper(0), h.valoper(1), 1_000n));
      },
      signer: 3,
      msg: (h) => M.redelegate(h, 3, h.valoper(1), h.valoper(2), 500n),
      codespace: "staking",
      code: 32,
    },
  ]);
  describe("with max_entries 1", () => {
    runTable(
      [
        {
          name: "a second redelegation entry",
          prepare: (h) => ok(h, 0, M.redelegate(h, 0, h.valoper(0), h.valoper(1), 10n)),
          signer: 0,
          msg: (h) => M.redelegate(h, 0, h.valoper(0), h.valoper(1), 10n),
          codespace: "staking",
          code: 33,
        },
      ],
      { max_entries: 1 },
    );
  });
});

describe("MsgCancelUnbondingDelegation", () => {
  const cancel = (h: StakingHarness, i: number, amount: bigint, height: bigint): Any => ({
    typeUrl: "/cosmos.staking.v1beta1.MsgCancelUnbondingDelegation",
    value: MsgCancelUnbondingDelegation.encode({ delegatorAddress: h.addrs[i]!, validatorAddress: h.valoper(0), amount: { denom: "ugcs", amount: amount.toString() }, creationHeight: height }).finish(),
  });
  it("re-bonds part of an unbonding entry from the not-bonded pool", () => {
    const h = setup();
    ok(h, 0, M.undelegate(h, 0, h.valoper(0), 1_000_000n));
    const height = h.height;
    ok(h, 0, cancel(h, 0, 400_000n, height));
    expect(validator(h, h.valoper(0)).tokens).toBe(String(GV - 600_000n));
    expect(h.staking.keeper.poolBalances(h.view()).notBonded).toBe(600_000n);
  });
  runTable([
    { name: "no unbonding", signer: 0, msg: (h) => cancel(h, 0, 1n, 1n), codespace: "staking", code: 26 },
    {
      name: "more than the entry",
      prepare: (h) => ok(h, 0, M.undelegate(h, 0, h.valoper(0), 10n)),
      signer: 0,
      msg: (h) => cancel(h, 0, 11n, h.height),
      codespace: "sdk",
      code: 18,
    },
  ]);
});

describe("MsgUnjail", () => {
  it("an operator under its minimum self delegation is jailed, leaves the set, and unjails after topping up", () => {
    const h = setup();
    ok(h, 0, M.editValidator(h, 0, { min: "8000000" }));
    const res = h.block([h.tx(0, [M.undelegate(h, 0, h.valoper(0), 3_000_000n)])]);
    expect(res.txResults[0]!.code, res.txResults[0]!.log).toBe(0);
    expect(validator(h, h.valoper(0)).jailed).toBe(true);
    expect(res.validatorUpdates).toEqual([{ pubKey: h.consKey(0).pubKey, power: 0n }]);
    expect(h.run(0, [M.unjail(h, 0)]).code).toBe(7);
    ok(h, 0, M.delegate(h, 0, h.valoper(0), 2_000_000n));
    const back = h.block([h.tx(0, [M.unjail(h, 0)])]);
    expect(back.txResults[0]!.code, back.txResults[0]!.log).toBe(0);
    expect(back.validatorUpdates).toEqual([{ pubKey: h.consKey(0).pubKey, power: 9n }]);
  });
  runTable([
    { name: "not jailed", signer: 0, msg: (h) => M.unjail(h, 0), codespace: "slashing", code: 5 },
    { name: "unknown validator", signer: 4, msg: (h) => M.unjail(h, 4), codespace: "slashing", code: 2 },
    {
      name: "no self delegation",
      prepare: (h) => ok(h, 0, M.undelegate(h, 0, h.valoper(0), GV)),
      signer: 0,
      msg: (h) => M.unjail(h, 0),
      codespace: "slashing",
      code: 6,
    },
  ]);
});
