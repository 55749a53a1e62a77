import { pogcs } from "../../proto/gen/pogcs.js";
import type { Context } from "../../chain/app/context.js";
import { fromUtf8, prefixEnd, utf8 } from "../../chain/crypto/bytes.js";
import { accAddress } from "../../chain/codec/address.js";
import { ErrLogic } from "../../chain/errors/index.js";
import type { GpuAssetsBank, GpuAssetsDevices, GpuAssetsNft, ReadCtx } from "./expected-keepers.js";
import { ErrAssetNotFound, ErrLoanNotFound } from "./errors.js";
import {
  APPRAISER_PREFIX, ASSET_PREFIX, CLOCK_KEY, GPUASSETS, GPU_ASSET_CLASS, LOAN_PREFIX, LOAN_SEQ_KEY, PARAMS_KEY,
  appraisalKey, appraisalPrefix, appraiserKey, assetKey, loanKey, readU64, u64,
} from "./keys.js";
import { DEFAULT_GPUASSETS_PARAMS, paramsFromProto, paramsToProto, type GpuAssetsParams } from "./params.js";
import {
  appraisalFromProto, appraisalToProto, assetFromProto, assetToProto, loanFromProto, loanToProto,
  type Appraisal, type GpuAsset, type Loan,
} from "./types.js";

import P = pogcs.gpuassets.v1;

/**
 * State access of the gpuassets module. Rules live in valuation.ts and lifecycle.ts; this file
 * only reads and writes records. NFT ownership is never copied here: the nft module is the truth.
 */
export class GpuAssetsKeeper {
  constructor(
    readonly devices: GpuAssetsDevices,
    readonly nft: GpuAssetsNft,
    readonly bank: GpuAssetsBank,
  ) {}

  params(ctx: ReadCtx): GpuAssetsParams {
    const raw = ctx.kv(GPUASSETS).get(PARAMS_KEY);
    return raw ? paramsFromProto(P.Params.decode(raw)) : DEFAULT_GPUASSETS_PARAMS;
  }

  setParams(ctx: Context, p: GpuAssetsParams): void {
    ctx.kv(GPUASSETS).set(PARAMS_KEY, P.Params.encode(paramsToProto(p)).finish());
  }

  /** Last block time seen by begin block (0 before the first asset exists). */
  clock(ctx: ReadCtx): bigint {
    const raw = ctx.kv(GPUASSETS).get(CLOCK_KEY);
    return raw ? readU64(raw) : 0n;
  }

  setClock(ctx: Context, t: bigint): void {
    ctx.kv(GPUASSETS).set(CLOCK_KEY, u64(t));
  }

  // ---- assets

  getAsset(ctx: ReadCtx, id: bigint): GpuAsset | undefined {
    const raw = ctx.kv(GPUASSETS).get(assetKey(id));
    return raw ? assetFromProto(P.GpuAsset.decode(raw)) : undefined;
  }

  requireAsset(ctx: ReadCtx, id: bigint): GpuAsset {
    const a = this.getAsset(ctx, id);
    if (!a) throw ErrAssetNotFound.raise(`asset ${id}`);
    return a;
  }

  setAsset(ctx: Context, a: GpuAsset): void {
    ctx.kv(GPUASSETS).set(assetKey(a.assetId), P.GpuAsset.encode(assetToProto(a)).finish());
  }

  hasAnyAsset(ctx: ReadCtx): boolean {
    for (const _ of ctx.kv(GPUASSETS).iterate(ASSET_PREFIX, prefixEnd(ASSET_PREFIX))) return true;
    return false;
  }

  *iterateAssets(ctx: ReadCtx): IterableIterator<GpuAsset> {
    for (const [, v] of ctx.kv(GPUASSETS).iterate(ASSET_PREFIX, prefixEnd(ASSET_PREFIX))) yield assetFromProto(P.GpuAsset.decode(v));
  }

  /** Current holder of the asset's NFT. */
  ownerOf(ctx: ReadCtx, a: GpuAsset): string {
    const o = this.nft.ownerOf(ctx, GPU_ASSET_CLASS, a.nftId);
    if (o === undefined) throw ErrLogic.raise(`asset ${a.assetId} has no nft ${a.nftId}`);
    return o;
  }

  // ---- appraisers

  isAppraiser(ctx: ReadCtx, addr: string): boolean {
    return ctx.kv(GPUASSETS).has(appraiserKey(addr));
  }

  setAppraiser(ctx: Context, addr: string, name: string): void {
    ctx.kv(GPUASSETS).set(appraiserKey(addr), utf8(name));
  }

  deleteAppraiser(ctx: Context, addr: string): void {
    ctx.kv(GPUASSETS).delete(appraiserKey(addr));
  }

  getAppraisers(ctx: ReadCtx): Array<{ address: string; name: string }> {
    const out: Array<{ address: string; name: string }> = [];
    for (const [k, v] of ctx.kv(GPUASSETS).iterate(APPRAISER_PREFIX, prefixEnd(APPRAISER_PREFIX))) out.push({ address: accAddress(k.subarray(1)), name: fromUtf8(v) });
    return out;
  }

  // ---- appraisals

  setAppraisal(ctx: Context, a: Appraisal): void {
    ctx.kv(GPUASSETS).set(appraisalKey(a.assetId, a.seq), P.Appraisal.encode(appraisalToProto(a)).finish());
  }

  getAppraisal(ctx: ReadCtx, asset: bigint, seq: bigint): Appraisal | undefined {
    const raw = ctx.kv(GPUASSETS).get(appraisalKey(asset, seq));
    return raw ? appraisalFromProto(P.Appraisal.decode(raw)) : undefined;
  }

  getAppraisals(ctx: ReadCtx, asset: bigint): Appraisal[] {
    const p = appraisalPrefix(asset);
    const out: Appraisal[] = [];
    for (const [, v] of ctx.kv(GPUASSETS).iterate(p, prefixEnd(p))) out.push(appraisalFromProto(P.Appraisal.decode(v)));
    return out;
  }

  lastAppraisal(ctx: ReadCtx, a: GpuAsset): Appraisal | undefined {
    return a.appraisalCount > 0n ? this.getAppraisal(ctx, a.assetId, a.appraisalCount) : undefined;
  }

  // ---- loans

  nextLoanId(ctx: Context): bigint {
    const raw = ctx.kv(GPUASSETS).get(LOAN_SEQ_KEY);
    const next = (raw ? readU64(raw) : 0n) + 1n;
    ctx.kv(GPUASSETS).set(LOAN_SEQ_KEY, u64(next));
    return next;
  }

  loanSeq(ctx: ReadCtx): bigint {
    const raw = ctx.kv(GPUASSETS).get(LOAN_SEQ_KEY);
    return raw ? readU64(raw) : 0n;
  }

  setLoanSeq(ctx: Context, n: bigint): void {
    ctx.kv(GPUASSETS).set(LOAN_SEQ_KEY, u64(n));
  }

  getLoan(ctx: ReadCtx, id: bigint): Loan | undefined {
    const raw = ctx.kv(GPUASSETS).get(loanKey(id));
    return raw ? loanFromProto(P.Loan.decode(raw)) : undefined;
  }

  requireLoan(ctx: ReadCtx, id: bigint): Loan {
    const l = this.getLoan(ctx, id);
    if (!l) throw ErrLoanNotFound.raise(`loan ${id}`);
    return l;
  }

  setLoan(ctx: Context, l: Loan): void {
    ctx.kv(GPUASSETS).set(loanKey(l.loanId), P.Loan.encode(loanToProto(l)).finish());
  }

  *iterateLoans(ctx: ReadCtx): IterableIterator<Loan> {
    for (const [, v] of ctx.kv(GPUASSETS).iterate(LOAN_PREFIX, prefixEnd(LOAN_PREFIX))) yield loanFromProto(P.Loan.decode(v));
  }
}
