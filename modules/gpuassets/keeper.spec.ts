import { describe, expect, it } from "vitest";
import { Any } from "cosmjs-types/google/protobuf/any";
import { pogcs } from "../../proto/gen/pogcs.js";
import { toLong } from "../devices/long.js";
import { DeviceClass } from "../devices/types.js";
import { createGpuSpecKit, type GpuSpecKit } from "./spec-kit.js";
import { gpuMsg as g, type AnyMsg } from "./test-msgs.js";
import { GPU_ASSET_CLASS } from "./keys.js";
import { AssetStatus, LoanStatus } from "./types.js";
import { DEFAULT_GPUASSETS_PARAMS, paramsToProto, YEAR_SECONDS } from "./params.js";

import P = pogcs.gpuassets.v1;

const D = "ugcs";
const coin = (amount: bigint | string, denom = D) => ({ denom, amount: String(amount) });

function ok(k: GpuSpecKit, m: AnyMsg): Uint8Array | undefined {
  const r = k.run(m.typeUrl, m.value);
  expect(r.log).toBe("");
  expect(r.code).toBe(0);
  expect(k.invariantFailures()).toEqual([]);
  return r.value;
}

/** Owner A holds GPU device 1 (minted, appraised at 1_000_000), solar device 2; O holds GPU device 3. */
function setup() {
  const k = createGpuSpecKit();
  const [A, L, X, O] = [k.addr(0), k.addr(1), k.addr(2), k.addr(3)];
  k.addDevice(1n, A);
  k.addDevice(2n, A, DeviceClass.DEVICE_CLASS_SOLAR);
  k.addDevice(3n, O);
  k.addDevice(4n, A, DeviceClass.DEVICE_CLASS_COMBINED);
  k.fund(L, { denom: D, amount: 10_000_000n });
  k.fund(A, { denom: D, amount: 1_000_000n });
  ok(k, g.mint(A, 1n));
  ok(k, g.addAppraiser(k.gov, X));
  ok(k, g.appraise(X, 1n, coin(1_000_000n)));
  return { k, A, L, X, O };
}

const asset = (k: GpuSpecKit, id: bigint) => P.QueryAssetResponse.decode(k.query("/pogcs.gpuassets.v1.Query/Asset", P.QueryAssetRequest.encode({ assetId: toLong(id) }).finish()).value!).asset!;
const loanId = (v: Uint8Array | undefined) => BigInt(P.MsgPledgeResponse.decode(v!).loanId.toString());

describe("gpuassets keeper", () => {
  it("mints one NFT per compute device with the device's metadata, owned by the device owner", () => {
    const { k, A } = setup();
    const n = k.nftModule.keeper.getNft(k.qctx(), GPU_ASSET_CLASS, "device-1")!;
    expect(n.owner).toBe(A);
    const any = Any.decode(n.data);
    expect(any.typeUrl).toBe("/pogcs.gpuassets.v1.GpuAssetMetadata");
    const md = P.GpuAssetMetadata.decode(any.value);
    expect([md.gpuModel, md.gpuCount, md.makerId, md.fp32TflopsMilli.toString()]).toEqual(["RTX 4090", 2, "maker-1", "82600"]);
    ok(k, g.mint(A, 4n)); // combined class carries GPUs too
    const v = asset(k, 1n);
    expect(v.owner).toBe(A);
    expect(v.asset!.status).toBe(AssetStatus.ASSET_STATUS_FREE);
    expect(k.nftModule.keeper.getClass(k.qctx(), GPU_ASSET_CLASS)!.module).toBe("gpuassets");
  });

  it("keeps appraisal history and depreciates the last one by block time", () => {
    const { k, X } = setup();
    k.time += YEAR_SECONDS;
    k.height += 1n;
    ok(k, g.appraise(X, 1n, coin(2_000_000n), { method: "income" }));
    const h = P.QueryAppraisalsResponse.decode(k.query("/pogcs.gpuassets.v1.Query/Appraisals", P.QueryAppraisalsRequest.encode({ assetId: toLong(1n) }).finish()).value!);
    expect(h.appraisals.map((a: P.IAppraisal) => [a.seq!.toString(), a.value!.amount, a.method])).toEqual([["1", "1000000", "market-comparables"], ["2", "2000000", "income"]]);
    const at = k.time + YEAR_SECONDS / 2n;
    const v = P.QueryValuationResponse.decode(k.query("/pogcs.gpuassets.v1.Query/Valuation", P.QueryValuationRequest.encode({ assetId: toLong(1n), atTime: toLong(at) }).finish()).value!);
    expect(v.value!.amount).toBe("1800000");
    expect(v.maxPrincipal!.amount).toBe("1260000");
  });

  it("pledge, fund, transfer refused, redeem with interest, then free to move", () => {
    const { k, A, L, O } = setup();
    const id = loanId(ok(k, g.pledge(A, 1n, L, coin(700_000n), 1000n, 1000)));
    expect(asset(k, 1n).asset!.status).toBe(AssetStatus.ASSET_STATUS_PLEDGED);
    expect(k.run(g.nftSend(A, 1n, O).typeUrl, g.nftSend(A, 1n, O).value).code).toBe(15);
    ok(k, g.fund(L, id));
    expect(k.balance(A, D)).toBe(1_700_000n);
    expect(k.balance(L, D)).toBe(9_300_000n);
    k.time += YEAR_SECONDS / 10n;
    const paid = P.MsgRedeemResponse.decode(ok(k, g.redeem(A, 1n))!).paid!;
    expect(paid.amount).toBe("707000"); // 700000 * 10% * 0.1 year
    expect(k.balance(L, D)).toBe(10_007_000n);
    const l = k.keeper.getLoan(k.qctx(), id)!;
    expect(l.status).toBe(LoanStatus.LOAN_STATUS_REDEEMED);
    expect(asset(k, 1n).asset!.status).toBe(AssetStatus.ASSET_STATUS_FREE);
    ok(k, g.nftSend(A, 1n, O));
    expect(asset(k, 1n).owner).toBe(O);
  });

  it("a default after the due time moves the NFT to the lender, who may then move it", () => {
    const { k, A, L, O } = setup();
    const id = loanId(ok(k, g.pledge(A, 1n, L, coin(500_000n), 100n)));
    ok(k, g.fund(L, id));
    k.time += 99n;
    expect(k.run(g.claim(L, 1n).typeUrl, g.claim(L, 1n).value).code).toBe(22);
    k.time += 1n;
    ok(k, g.claim(L, 1n));
    const v = asset(k, 1n);
    expect(v.owner).toBe(L);
    expect(v.asset!.status).toBe(AssetStatus.ASSET_STATUS_DEFAULTED);
    expect(k.keeper.getLoan(k.qctx(), id)!.status).toBe(LoanStatus.LOAN_STATUS_DEFAULTED);
    expect(k.run(g.redeem(A, 1n).typeUrl, g.redeem(A, 1n).value).code).toBe(7);
    ok(k, g.nftSend(L, 1n, O));
  });

  it("an unfunded offer can be cancelled; the lender can then no longer fund it", () => {
    const { k, A, L } = setup();
    const id = loanId(ok(k, g.pledge(A, 1n, L, coin(1000n), 100n)));
    ok(k, g.cancel(A, 1n));
    expect(k.run(g.fund(L, id).typeUrl, g.fund(L, id).value).code).toBe(20);
    expect(asset(k, 1n).asset!.status).toBe(AssetStatus.ASSET_STATUS_FREE);
  });

  it("governance updates params (others cannot; invalid params refused); the LTV cap follows", () => {
    const { k, A, L } = setup();
    const p = { ...paramsToProto(DEFAULT_GPUASSETS_PARAMS), maxLtvBps: 8000 };
    const notGov = g.updateParams(A, p);
    expect(k.run(notGov.typeUrl, notGov.value).code).toBe(10);
    const bad = g.updateParams(k.gov, { ...p, floorBps: 10_001 });
    expect(k.run(bad.typeUrl, bad.value).code).toBe(34);
    ok(k, g.updateParams(k.gov, p));
    expect(k.keeper.params(k.qctx()).maxLtvBps).toBe(8000);
    ok(k, g.pledge(A, 1n, L, coin(800_000n), 100n));
  });

  it("governance manages appraisers; a removed appraiser can no longer appraise", () => {
    const { k, X } = setup();
    ok(k, g.removeAppraiser(k.gov, X));
    expect(k.run(g.appraise(X, 1n, coin(5n)).typeUrl, g.appraise(X, 1n, coin(5n)).value).code).toBe(8);
  });
});

/** code < 0: the sdk codespace (bank's insufficient funds), else gpuassets. */
type Case = [name: string, code: number, build: (s: ReturnType<typeof setup>) => AnyMsg, prepare?: (s: ReturnType<typeof setup>) => void];

const pledged = (s: ReturnType<typeof setup>) => {
  ok(s.k, g.pledge(s.A, 1n, s.L, coin(500_000n), 100n));
  ok(s.k, g.fund(s.L, 1n));
};
const offered = (s: ReturnType<typeof setup>) => void ok(s.k, g.pledge(s.A, 1n, s.L, coin(500_000n), 100n));

const CASES: Case[] = [
  ["mint: unknown device", 4, (s) => g.mint(s.A, 99n)],
  ["mint: device without gpu", 5, (s) => g.mint(s.A, 2n)],
  ["mint: someone else's device", 6, (s) => g.mint(s.A, 3n)],
  ["mint: twice", 3, (s) => g.mint(s.A, 1n)],
  ["mint: device id 0", 35, (s) => g.mint(s.A, 0n)],
  ["mint: bad owner address", 37, () => g.mint("gcs1nope", 1n)],
  ["appraise: unknown asset", 2, (s) => g.appraise(s.X, 42n, coin(5n))],
  ["appraise: not an appraiser", 8, (s) => g.appraise(s.O, 1n, coin(5n))],
  ["appraise: zero value", 11, (s) => g.appraise(s.X, 1n, coin(0n))],
  ["appraise: negative value", 12, (s) => g.appraise(s.X, 1n, coin("-5"))],
  ["appraise: value overflow", 13, (s) => g.appraise(s.X, 1n, coin(1n << 128n))],
  ["appraise: bad denom", 14, (s) => g.appraise(s.X, 1n, coin(5n, "1x"))],
  ["appraise: empty method", 28, (s) => g.appraise(s.X, 1n, coin(5n), { method: "" })],
  ["appraise: short report hash", 29, (s) => g.appraise(s.X, 1n, coin(5n), { hash: new Uint8Array(31) })],
  ["appraise: own asset", 32, (s) => g.appraise(s.A, 1n, coin(5n)), (s) => void ok(s.k, g.addAppraiser(s.k.gov, s.A))],
  ["add appraiser: not gov", 10, (s) => g.addAppraiser(s.A, s.O)],
  ["add appraiser: twice", 9, (s) => g.addAppraiser(s.k.gov, s.X)],
  ["remove appraiser: unknown", 36, (s) => g.removeAppraiser(s.k.gov, s.O)],
  ["insurance: expired", 30, (s) => g.insure(s.A, 1n, s.O, coin(5n), s.k.time)],
  ["insurance: not owner", 7, (s) => g.insure(s.O, 1n, s.O, coin(5n), s.k.time + 10n)],
  ["pledge: not owner", 7, (s) => g.pledge(s.O, 1n, s.L, coin(5n), 100n)],
  ["pledge: unknown asset", 2, (s) => g.pledge(s.A, 7n, s.L, coin(5n), 100n)],
  ["pledge: lender is owner", 33, (s) => g.pledge(s.A, 1n, s.A, coin(5n), 100n)],
  ["pledge: zero principal", 11, (s) => g.pledge(s.A, 1n, s.L, coin(0n), 100n)],
  ["pledge: above LTV", 25, (s) => g.pledge(s.A, 1n, s.L, coin(700_001n), 100n)],
  ["pledge: other denom", 23, (s) => g.pledge(s.A, 1n, s.L, coin(5n, "uusdc"), 100n)],
  ["pledge: never appraised", 23, (s) => g.pledge(s.A, 4n, s.L, coin(5n), 100n), (s) => void ok(s.k, g.mint(s.A, 4n))],
  ["pledge: stale appraisal", 24, (s) => g.pledge(s.A, 1n, s.L, coin(5n), 100n), (s) => void (s.k.time += YEAR_SECONDS + 1n)],
  ["pledge: zero term", 26, (s) => g.pledge(s.A, 1n, s.L, coin(5n), 0n)],
  ["pledge: rate above cap", 27, (s) => g.pledge(s.A, 1n, s.L, coin(5n), 100n, 5001)],
  ["pledge: already pledged", 16, (s) => g.pledge(s.A, 1n, s.L, coin(5n), 100n), offered],
  ["fund: unknown loan", 18, (s) => g.fund(s.L, 9n)],
  ["fund: not the lender", 19, (s) => g.fund(s.O, 1n), offered],
  ["fund: lender short of funds", -5, (s) => g.fund(s.O, 1n), (s) => void ok(s.k, g.pledge(s.A, 1n, s.O, coin(500_000n), 100n))],
  ["fund: twice", 20, (s) => g.fund(s.L, 1n), pledged],
  ["transfer while offered", 15, (s) => g.nftSend(s.A, 1n, s.O), offered],
  ["transfer while funded", 15, (s) => g.nftSend(s.A, 1n, s.O), pledged],
  ["redeem: not pledged", 17, (s) => g.redeem(s.A, 1n)],
  ["redeem: offer not funded", 21, (s) => g.redeem(s.A, 1n), offered],
  ["redeem: not owner", 7, (s) => g.redeem(s.O, 1n), pledged],
  ["redeem: borrower short of funds", -5, (s) => g.redeem(s.A, 1n), (s) => {
    pledged(s);
    s.k.atomic((ctx) => s.k.keeper.bank.send(ctx, s.A, s.O, [{ denom: D, amount: 1_500_000n }]));
  }],
  ["claim: not pledged", 17, (s) => g.claim(s.L, 1n)],
  ["claim: before due", 22, (s) => g.claim(s.L, 1n), pledged],
  ["claim: not the lender", 19, (s) => g.claim(s.O, 1n), pledged],
  ["claim: offer not funded", 21, (s) => g.claim(s.L, 1n), offered],
  ["cancel: funded loan", 20, (s) => g.cancel(s.A, 1n), pledged],
  ["cancel: not pledged", 17, (s) => g.cancel(s.A, 1n)],
];

describe("gpuassets bad input: its own code, no state change", () => {
  for (const [name, code, build, prepare] of CASES) {
    it(name, () => {
      const s = setup();
      prepare?.(s);
      const before = s.k.dump();
      const m = build(s);
      const r = s.k.run(m.typeUrl, m.value);
      expect([r.codespace, r.code], r.log).toEqual(code < 0 ? ["sdk", -code] : ["gpuassets", code]);
      expect(s.k.dump()).toBe(before);
      expect(s.k.invariantFailures()).toEqual([]);
    });
  }
});
