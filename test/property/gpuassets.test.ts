/**
 * Random appraise / pledge / fund / cancel / redeem / claim-default / transfer / time-advance
 * sequences against a small model of the gpuassets rules (real nft keeper, store-backed fake
 * bank). After every step: the message succeeded exactly when the model says it should, NFT
 * owners, asset statuses and balances match the model, and every gpuassets and nft invariant holds.
 */
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { createGpuSpecKit } from "../../modules/gpuassets/spec-kit.js";
import { gpuMsg as g, type AnyMsg } from "../../modules/gpuassets/test-msgs.js";
import { computeAmountDue, computeDepreciatedValue, computeMaxPrincipal } from "../../modules/gpuassets/math.js";
import { DEFAULT_GPUASSETS_PARAMS as PARAMS, YEAR_SECONDS } from "../../modules/gpuassets/params.js";
import { AssetStatus } from "../../modules/gpuassets/types.js";
import { GPU_ASSET_CLASS, nftIdOf } from "../../modules/gpuassets/keys.js";

const D = "ugcs";
const START = 10_000_000_000_000n;
const ACTORS = 4;
const ASSETS = 3;

type Action =
  | { t: "appraise"; a: number; v: bigint }
  | { t: "pledge"; a: number; by: number; lender: number; p: bigint; due: bigint; rate: number }
  | { t: "fund" | "cancel" | "redeem" | "claim"; a: number; by: number }
  | { t: "transfer"; a: number; by: number; to: number }
  | { t: "wait"; dt: bigint };

/** -1 stands for the natural signer (the NFT owner, or the loan's lender), so the happy paths are hit often. */
const actor = fc.oneof({ weight: 3, arbitrary: fc.constant(-1) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: ACTORS - 1 }) });
const asset = fc.integer({ min: 0, max: ASSETS - 1 });
/** -1: the first asset with a loan (funded for redeem/claim, offered otherwise), else asset 0. */
const loanAsset = fc.oneof({ weight: 3, arbitrary: fc.constant(-1) }, { weight: 1, arbitrary: asset });
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ t: fc.constant("appraise" as const), a: asset, v: fc.bigInt({ min: 1n, max: START / 10n }) }) },
  {
    weight: 6,
    arbitrary: fc.record({
      // p: principal in basis points of the current value (above 7000 breaks the LTV cap).
      t: fc.constant("pledge" as const), a: asset, by: actor, lender: actor, p: fc.bigInt({ min: 1n, max: 9000n }),
      due: fc.oneof({ weight: 8, arbitrary: fc.bigInt({ min: 1n, max: 200n }) }, { weight: 1, arbitrary: fc.constant(0n) }, { weight: 1, arbitrary: fc.constant(6n * YEAR_SECONDS) }),
      rate: fc.constantFrom(0, 1000, 1000, 5000, 5000, 6000),
    }),
  },
  { weight: 8, arbitrary: fc.record({ t: fc.constantFrom("fund" as const, "fund" as const, "cancel" as const, "redeem" as const, "claim" as const, "claim" as const), a: loanAsset, by: actor }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant("transfer" as const), a: loanAsset, by: actor, to: actor }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant("wait" as const), dt: fc.oneof(fc.bigInt({ min: 1n, max: 600n }), fc.constant(YEAR_SECONDS / 3n)) }) },
);

interface MLoan { id: bigint; borrower: number; lender: number; p: bigint; rate: number; dur: bigint; funded: boolean; fundedAt: bigint; due: bigint }
interface MAsset { owner: number; status: number; loan?: MLoan; appraisal?: { v: bigint; at: bigint } }

describe("property: gpuassets lifecycle", () => {
  it("random sequences follow the model and keep every invariant", () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 10, maxLength: 60 }), (actions) => {
        const k = createGpuSpecKit();
        const addr = (i: number) => k.addr(i);
        const appraiser = k.addr(9);
        const bal = Array.from({ length: ACTORS }, () => START);
        for (let i = 0; i < ACTORS; i++) k.fund(addr(i), { denom: D, amount: START });
        const assets: MAsset[] = [];
        for (let i = 0; i < ASSETS; i++) {
          k.addDevice(BigInt(i + 1), addr(i));
          expect(k.run(g.mint(addr(i), BigInt(i + 1)).typeUrl, g.mint(addr(i), BigInt(i + 1)).value).code).toBe(0);
          assets.push({ owner: i, status: AssetStatus.ASSET_STATUS_FREE });
        }
        expect(k.run(g.addAppraiser(k.gov, appraiser).typeUrl, g.addAppraiser(k.gov, appraiser).value).code).toBe(0);
        // Asset 3 starts unappraised, so "never appraised" refusals happen too.
        for (let i = 0; i < ASSETS - 1; i++) {
          expect(k.run(g.appraise(appraiser, BigInt(i + 1), { denom: D, amount: "1000000000" }).typeUrl, g.appraise(appraiser, BigInt(i + 1), { denom: D, amount: "1000000000" }).value).code).toBe(0);
          assets[i]!.appraisal = { v: 1_000_000_000n, at: k.time };
        }
        let loanSeq = 0n;
        const coin = (n: bigint) => ({ denom: D, amount: n.toString() });

        for (const x of actions) {
          if (x.t === "wait") {
            k.time += x.dt;
            continue;
          }
          const wantFunded = x.t === "redeem" || x.t === "claim";
          const a = x.a !== -1 ? x.a : Math.max(0, assets.findIndex((y) => y.loan !== undefined && y.loan.funded === wantFunded));
          const m = assets[a]!;
          const id = BigInt(a + 1);
          const now = k.time;
          const l = m.loan;
          let msg: AnyMsg;
          let expectOk: boolean;
          let apply = () => {};
          const by = !("by" in x) ? 0 : x.by !== -1 ? x.by : (x.t === "fund" || x.t === "claim") && l ? l.lender : m.owner;
          const other = (n: number) => (n !== -1 ? n : (m.owner + 1) % ACTORS);
          switch (x.t) {
            case "appraise":
              msg = g.appraise(appraiser, id, coin(x.v));
              expectOk = true;
              apply = () => void (m.appraisal = { v: x.v, at: now });
              break;
            case "pledge": {
              const lender = other(x.lender);
              const value = m.appraisal ? computeDepreciatedValue(m.appraisal.v, m.appraisal.at, now, PARAMS.depreciationBpsPerYear, PARAMS.floorBps) : 0n;
              const p = (value * x.p) / 10_000n + 1n;
              msg = g.pledge(addr(by), id, addr(lender), coin(p), x.due, x.rate);
              expectOk = by === m.owner && lender !== by && m.status !== AssetStatus.ASSET_STATUS_PLEDGED && x.due >= PARAMS.minLoanSeconds &&
                x.due <= PARAMS.maxLoanSeconds && x.rate <= PARAMS.maxInterestRateBps && !!m.appraisal && now - m.appraisal.at <= PARAMS.maxAppraisalAgeSeconds &&
                p <= computeMaxPrincipal(value, PARAMS.maxLtvBps);
              apply = () => {
                loanSeq += 1n;
                m.status = AssetStatus.ASSET_STATUS_PLEDGED;
                m.loan = { id: loanSeq, borrower: by, lender: lender, p, rate: x.rate, dur: x.due, funded: false, fundedAt: 0n, due: 0n };
              };
              break;
            }
            case "fund":
              msg = g.fund(addr(by), l?.id ?? loanSeq + 1n);
              expectOk = !!l && !l.funded && l.lender === by && bal[by]! >= l.p;
              apply = () => {
                bal[l!.lender]! -= l!.p;
                bal[l!.borrower]! += l!.p;
                Object.assign(l!, { funded: true, fundedAt: now, due: now + l!.dur });
              };
              break;
            case "cancel":
              msg = g.cancel(addr(by), id);
              expectOk = !!l && !l.funded && by === m.owner;
              apply = () => {
                m.status = AssetStatus.ASSET_STATUS_FREE;
                m.loan = undefined;
              };
              break;
            case "redeem": {
              msg = g.redeem(addr(by), id);
              const due = l ? computeAmountDue(l.p, l.rate, l.fundedAt, now) : 0n;
              expectOk = !!l && l.funded && by === m.owner && bal[by]! >= due;
              apply = () => {
                bal[by]! -= due;
                bal[l!.lender]! += due;
                m.status = AssetStatus.ASSET_STATUS_FREE;
                m.loan = undefined;
              };
              break;
            }
            case "claim":
              msg = g.claim(addr(by), id);
              expectOk = !!l && l.funded && l.lender === by && now >= l.due;
              apply = () => {
                m.owner = by;
                m.status = AssetStatus.ASSET_STATUS_DEFAULTED;
                m.loan = undefined;
              };
              break;
            case "transfer": {
              const to = other(x.to);
              msg = g.nftSend(addr(by), id, addr(to));
              expectOk = by === m.owner && m.status !== AssetStatus.ASSET_STATUS_PLEDGED;
              apply = () => void (m.owner = to);
              break;
            }
          }
          const r = k.run(msg.typeUrl, msg.value);
          expect(r.code === 0, `${JSON.stringify(x, (_, v) => (typeof v === "bigint" ? v.toString() : v))}: ${r.log}`).toBe(expectOk);
          if (expectOk) apply();
          if (x.t === "transfer" && m.status === AssetStatus.ASSET_STATUS_PLEDGED && by === m.owner) expect(r.code).toBe(15);
          for (let i = 0; i < ASSETS; i++) {
            expect(k.nftModule.keeper.ownerOf(k.qctx(), GPU_ASSET_CLASS, nftIdOf(BigInt(i + 1)))).toBe(addr(assets[i]!.owner));
            expect(k.keeper.getAsset(k.qctx(), BigInt(i + 1))!.status).toBe(assets[i]!.status);
          }
          for (let i = 0; i < ACTORS; i++) expect(k.balance(addr(i), D)).toBe(bal[i]);
          expect(k.invariantFailures()).toEqual([]);
        }
        // Money only moves between the actors.
        expect(bal.reduce((s, b) => s + b, 0n)).toBe(START * BigInt(ACTORS));
      }),
      { numRuns: 100, seed: 20260401 },
    );
  });
});
