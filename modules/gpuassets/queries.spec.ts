import { pogcsAminoJson } from "../../proto/registry.js";
import { describe, expect, it } from "vitest";
import { pogcs } from "../../proto/gen/pogcs.js";
import { toLong } from "../devices/long.js";
import { createGpuSpecKit, type GpuSpecKit } from "./spec-kit.js";
import { gpuMsg as g, type AnyMsg } from "./test-msgs.js";
import { YEAR_SECONDS } from "./params.js";

import P = pogcs.gpuassets.v1;

const Q = "/pogcs.gpuassets.v1.Query";
const coin = (n: bigint) => ({ denom: "ugcs", amount: n.toString() });

function ok(k: GpuSpecKit, m: AnyMsg): void {
  expect(k.run(m.typeUrl, m.value).log).toBe("");
}

function q<T>(k: GpuSpecKit, method: string, req: Uint8Array, res: { decode(b: Uint8Array): T }): T {
  const r = k.query(`${Q}/${method}`, req);
  expect(r.log).toBe("");
  return res.decode(r.value!);
}

function setup() {
  const k = createGpuSpecKit();
  const [A, B, L, X] = [k.addr(0), k.addr(1), k.addr(2), k.addr(3)];
  k.addDevice(1n, A);
  k.addDevice(2n, B);
  k.addDevice(3n, A);
  k.fund(L, { denom: "ugcs", amount: 10_000_000n });
  ok(k, g.addAppraiser(k.gov, X, "Appraiser X"));
  for (const [id, o] of [[1n, A], [2n, B], [3n, A]] as const) ok(k, g.mint(o, id));
  ok(k, g.appraise(X, 1n, coin(1_000_000n)));
  ok(k, g.pledge(A, 1n, L, coin(500_000n), YEAR_SECONDS, 1000));
  ok(k, g.fund(L, 1n));
  // Begin block would record the clock; here the kit writes it.
  k.atomic((ctx) => k.keeper.setClock(ctx, k.time + YEAR_SECONDS / 2n));
  return { k, A, B, L, X };
}

describe("gpuassets queries", () => {
  it("lists assets by owner (through nft ownership), all assets, appraisers and params", () => {
    const { k, A, B } = setup();
    const byA = q(k, "AssetsByOwner", P.QueryAssetsByOwnerRequest.encode({ owner: A }).finish(), P.QueryAssetsResponse);
    expect(byA.assets.map((v: P.IAssetView) => v.asset!.assetId!.toString())).toEqual(["1", "3"]);
    ok(k, g.nftSend(A, 3n, B));
    const byB = q(k, "AssetsByOwner", P.QueryAssetsByOwnerRequest.encode({ owner: B }).finish(), P.QueryAssetsResponse);
    expect(byB.assets.map((v: P.IAssetView) => v.asset!.assetId!.toString())).toEqual(["2", "3"]);
    const all = q(k, "Assets", P.QueryAssetsRequest.encode({ page: { offset: toLong(1n), limit: toLong(1n) } }).finish(), P.QueryAssetsResponse);
    expect([all.assets.length, all.page!.total!.toString(), all.page!.nextOffset!.toString()]).toEqual([1, "3", "2"]);
    expect(q(k, "Appraisers", P.QueryAppraisersRequest.encode({}).finish(), P.QueryAppraisersResponse).appraisers[0]!.name).toBe("Appraiser X");
    expect(q(k, "Params", P.QueryParamsRequest.encode({}).finish(), P.QueryParamsResponse).params!.maxLtvBps).toBe(7000);
  });

  it("valuation and amount due default to the recorded clock, or use at_time", () => {
    const { k, L } = setup();
    const v = q(k, "Valuation", P.QueryValuationRequest.encode({ assetId: toLong(1n) }).finish(), P.QueryValuationResponse);
    expect(v.value!.amount).toBe("900000");
    expect(v.atTime!.toString()).toBe((k.time + YEAR_SECONDS / 2n).toString());
    const loans = q(k, "Loans", P.QueryLoansRequest.encode({ lender: L, openOnly: true }).finish(), P.QueryLoansResponse);
    expect(loans.loans.map((l: P.ILoanView) => l.amountDue!.amount)).toEqual(["525000"]);
    const at = q(k, "Loan", P.QueryLoanRequest.encode({ loanId: toLong(1n), atTime: toLong(k.time + YEAR_SECONDS) }).finish(), P.QueryLoanResponse);
    expect(at.loan!.amountDue!.amount).toBe("550000");
    expect(q(k, "Loans", P.QueryLoansRequest.encode({ assetId: toLong(2n) }).finish(), P.QueryLoansResponse).loans).toEqual([]);
  });

  it("unknown asset or loan answer with their codes", () => {
    const { k } = setup();
    expect(k.query(`${Q}/Asset`, P.QueryAssetRequest.encode({ assetId: toLong(9n) }).finish()).code).toBe(2);
    expect(k.query(`${Q}/Loan`, P.QueryLoanRequest.encode({ loanId: toLong(9n) }).finish()).code).toBe(18);
  });

  it("every message signs with the shared generic amino form pogcs/gpuassets/Msg... (snake_case fields)", () => {
    const { k, A, L, X } = setup();
    const samples: AnyMsg[] = [
      g.mint(A, 1n), g.addAppraiser(k.gov, X), g.removeAppraiser(k.gov, X), g.appraise(X, 1n, coin(5n)), g.insure(A, 1n, X, coin(5n), 9n),
      g.pledge(A, 1n, L, coin(5n), 5n), g.cancel(A, 1n), g.fund(L, 1n), g.redeem(A, 1n), g.claim(L, 1n),
    ];
    const specs = k.module.msgs!;
    expect(specs.length).toBe(samples.length + 1);
    for (const s of samples) {
      const spec = specs.find((x) => x.typeUrl === s.typeUrl)!;
      expect(spec.aminoJson).toBeUndefined();
      const a = pogcsAminoJson(s.typeUrl, s.value)!;
      expect(a.type).toBe(`pogcs/gpuassets/${s.typeUrl.split(".").pop()}`);
      for (const key of Object.keys(a.value as object)) expect(key).toMatch(/^[a-z_]+$/);
    }
  });
});
