import { pogcs } from "../../proto/gen/pogcs.js";
import type { Context } from "../../chain/app/context.js";
import { ErrLogic } from "../../chain/errors/index.js";
import type { ReadCtx } from "./expected-keepers.js";
import type { GpuAssetsKeeper } from "./keeper.js";
import { GPU_ASSET_CLASS, nftIdOf } from "./keys.js";
import { ensureGpuAssetClass } from "./mint.js";
import { paramsFromJson, paramsToJson, type GpuAssetsParamsJson } from "./params.js";
import { appraisalFromProto, appraisalToProto, assetFromProto, assetToProto, loanFromProto, loanToProto } from "./types.js";
import { validateAddress, validateText } from "./validate.js";

import P = pogcs.gpuassets.v1;

type Json = Record<string, unknown>;

/** gpuassets genesis (snake_case JSON; uint64 as decimal strings, enums by name, bytes base64). */
export interface GpuAssetsGenesisJson {
  params?: GpuAssetsParamsJson;
  appraisers?: Array<{ address: string; name?: string }>;
  assets?: Json[];
  appraisals?: Json[];
  loans?: Json[];
  loan_seq?: string;
  clock?: string;
}

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

function mapKeys(v: unknown, f: (s: string) => string): unknown {
  if (Array.isArray(v)) return v.map((x) => mapKeys(x, f));
  if (v !== null && typeof v === "object" && !(v instanceof Uint8Array)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [f(k), mapKeys(x, f)]));
  return v;
}

interface PbType<T> {
  encode(m: T): { finish(): Uint8Array };
  decode(b: Uint8Array): T;
  fromObject(o: Json): T;
  toObject(m: T, o: Json): Json;
}

function toJson<T>(t: PbType<T>, m: unknown): Json {
  return mapKeys(t.toObject(t.decode(t.encode(m as T).finish()), { longs: String, enums: String, bytes: String, defaults: true }), snake) as Json;
}

function fromJson<T>(t: PbType<T>, j: Json): T {
  return t.fromObject(mapKeys(j, camel) as Json);
}

export function defaultGpuAssetsGenesis(): GpuAssetsGenesisJson {
  return { params: paramsToJson(paramsFromJson(undefined)), appraisers: [], assets: [], appraisals: [], loans: [], loan_seq: "0" };
}

/** Runs after nft genesis: the class and NFTs of exported assets are already there. */
export function initGpuAssetsGenesis(k: GpuAssetsKeeper, ctx: Context, g: GpuAssetsGenesisJson | undefined): void {
  k.setParams(ctx, paramsFromJson(g?.params));
  ensureGpuAssetClass(k, ctx);
  for (const a of g?.appraisers ?? []) {
    validateAddress(a.address, "appraiser");
    validateText("name", a.name ?? "", false);
    k.setAppraiser(ctx, a.address, a.name ?? "");
  }
  for (const j of g?.assets ?? []) {
    const a = assetFromProto(fromJson(P.GpuAsset as PbType<P.GpuAsset>, j));
    if (a.assetId <= 0n || a.nftId !== nftIdOf(a.assetId)) throw ErrLogic.raise(`genesis asset ${a.assetId}: nft id ${a.nftId}`);
    if (!k.nft.getNft(ctx, GPU_ASSET_CLASS, a.nftId)) throw ErrLogic.raise(`genesis asset ${a.assetId}: nft ${a.nftId} missing from nft genesis`);
    k.setAsset(ctx, a);
  }
  for (const j of g?.appraisals ?? []) k.setAppraisal(ctx, appraisalFromProto(fromJson(P.Appraisal as PbType<P.Appraisal>, j)));
  let maxLoan = 0n;
  for (const j of g?.loans ?? []) {
    const l = loanFromProto(fromJson(P.Loan as PbType<P.Loan>, j));
    if (l.loanId > maxLoan) maxLoan = l.loanId;
    k.setLoan(ctx, l);
  }
  const seq = BigInt(g?.loan_seq ?? "0");
  k.setLoanSeq(ctx, seq > maxLoan ? seq : maxLoan);
  if (g?.clock && BigInt(g.clock) > 0n) k.setClock(ctx, BigInt(g.clock));
}

export function exportGpuAssetsGenesis(k: GpuAssetsKeeper, ctx: ReadCtx): GpuAssetsGenesisJson {
  const assets = [...k.iterateAssets(ctx)];
  return {
    params: paramsToJson(k.params(ctx)),
    appraisers: k.getAppraisers(ctx),
    assets: assets.map((a) => toJson(P.GpuAsset as PbType<P.GpuAsset>, assetToProto(a))),
    appraisals: assets.flatMap((a) => k.getAppraisals(ctx, a.assetId)).map((x) => toJson(P.Appraisal as PbType<P.Appraisal>, appraisalToProto(x))),
    loans: [...k.iterateLoans(ctx)].map((l) => toJson(P.Loan as PbType<P.Loan>, loanToProto(l))),
    loan_seq: k.loanSeq(ctx).toString(),
    clock: k.clock(ctx).toString(),
  };
}
