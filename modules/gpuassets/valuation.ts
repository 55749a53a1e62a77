import type { Context } from "../../chain/app/context.js";
import type { Coin } from "../../chain/codec/coins.js";
import { makeEvent } from "../../chain/events/types.js";
import { moduleAddress } from "../auth/keeper.js";
import type { ReadCtx } from "./expected-keepers.js";
import {
  ErrAppraiserExists, ErrAppraiserNotFound, ErrInsuranceExpired, ErrInvalidReportHash, ErrNotAppraiser, ErrNotAssetOwner,
  ErrSelfAppraisal, ErrUnauthorized,
} from "./errors.js";
import type { GpuAssetsKeeper } from "./keeper.js";
import { computeDepreciatedValue, computeMaxPrincipal } from "./math.js";
import { formatCoin } from "./amounts.js";
import type { Appraisal, GpuAsset } from "./types.js";

const EV = "pogcs.gpuassets.v1.";

/** Governance-gated messages are signed by the gov module account. */
export function requireGov(authority: string): void {
  if (authority !== moduleAddress("gov")) throw ErrUnauthorized.raise(`${authority} is not ${moduleAddress("gov")}`);
}

export function processAddAppraiser(k: GpuAssetsKeeper, ctx: Context, authority: string, appraiser: string, name: string): void {
  requireGov(authority);
  if (k.isAppraiser(ctx, appraiser)) throw ErrAppraiserExists.raise(appraiser);
  k.setAppraiser(ctx, appraiser, name);
  ctx.emit(makeEvent(`${EV}EventAddAppraiser`, [["appraiser", appraiser], ["name", name]]));
}

export function processRemoveAppraiser(k: GpuAssetsKeeper, ctx: Context, authority: string, appraiser: string): void {
  requireGov(authority);
  if (!k.isAppraiser(ctx, appraiser)) throw ErrAppraiserNotFound.raise(appraiser);
  k.deleteAppraiser(ctx, appraiser);
  ctx.emit(makeEvent(`${EV}EventRemoveAppraiser`, [["appraiser", appraiser]]));
}

export interface AppraiseInput {
  appraiser: string;
  assetId: bigint;
  value: Coin;
  method: string;
  reportUri: string;
  reportHash: Uint8Array;
}

/** Appends a valuation to the asset's history; the owner of the asset cannot appraise it. */
export function processAppraise(k: GpuAssetsKeeper, ctx: Context, i: AppraiseInput): bigint {
  if (i.reportHash.length !== 32) throw ErrInvalidReportHash.raise(`${i.reportHash.length} bytes`);
  if (!k.isAppraiser(ctx, i.appraiser)) throw ErrNotAppraiser.raise(i.appraiser);
  const a = k.requireAsset(ctx, i.assetId);
  if (k.ownerOf(ctx, a) === i.appraiser) throw ErrSelfAppraisal.raise(`${i.appraiser} owns asset ${i.assetId}`);
  const seq = a.appraisalCount + 1n;
  const rec: Appraisal = { ...i, seq, time: ctx.block.timeSeconds, height: ctx.block.height };
  k.setAppraisal(ctx, rec);
  k.setAsset(ctx, { ...a, appraisalCount: seq });
  ctx.emit(makeEvent(`${EV}EventAppraise`, [
    ["asset_id", i.assetId.toString()], ["seq", seq.toString()], ["appraiser", i.appraiser], ["value", formatCoin(i.value)], ["method", i.method],
  ]));
  return seq;
}

export interface InsuranceInput {
  owner: string;
  assetId: bigint;
  insurer: string;
  policyRef: string;
  coverage: Coin;
  expires: bigint;
}

/** The NFT owner records (or replaces) the asset's insurance reference; allowed while pledged. */
export function processSetInsurance(k: GpuAssetsKeeper, ctx: Context, i: InsuranceInput): void {
  const a = k.requireAsset(ctx, i.assetId);
  if (k.ownerOf(ctx, a) !== i.owner) throw ErrNotAssetOwner.raise(`${i.owner} on asset ${i.assetId}`);
  if (i.expires <= ctx.block.timeSeconds) throw ErrInsuranceExpired.raise(`expires ${i.expires} at block time ${ctx.block.timeSeconds}`);
  k.setAsset(ctx, { ...a, insurance: { insurer: i.insurer, policyRef: i.policyRef, coverage: i.coverage, expires: i.expires } });
  ctx.emit(makeEvent(`${EV}EventSetInsurance`, [
    ["asset_id", i.assetId.toString()], ["insurer", i.insurer], ["policy_ref", i.policyRef], ["coverage", formatCoin(i.coverage)], ["expires", i.expires.toString()],
  ]));
}

export interface Valuation {
  value: Coin;
  last: Appraisal;
  maxPrincipal: Coin;
}

/** The last appraisal depreciated to time `at` (math.ts), or undefined if never appraised. */
export function computeValuation(k: GpuAssetsKeeper, ctx: ReadCtx, a: GpuAsset, at: bigint): Valuation | undefined {
  const last = k.lastAppraisal(ctx, a);
  if (!last) return undefined;
  const p = k.params(ctx);
  const v = computeDepreciatedValue(last.value.amount, last.time, at, p.depreciationBpsPerYear, p.floorBps);
  return { value: { denom: last.value.denom, amount: v }, last, maxPrincipal: { denom: last.value.denom, amount: computeMaxPrincipal(v, p.maxLtvBps) } };
}
