import { pogcs } from "../../../proto/gen/pogcs.js";
import { RestError, GRPC } from "../errors.js";
import type { Codec, GrpcRoute, Params } from "../routes.js";

/** A protobufjs static message class, seen as the gateway's Codec. */
interface PbType {
  fromObject(o: Record<string, unknown>): unknown;
  encode(m: never): { finish(): Uint8Array };
  decode(b: Uint8Array): unknown;
  toObject(m: never, o: Record<string, unknown>): unknown;
}

function pb(t: unknown): Codec {
  const T = t as PbType;
  return {
    fromPartial: (o: never) => T.fromObject(o as Record<string, unknown>),
    encode: (m: never) => T.encode(m),
    decode: (b: Uint8Array) => T.decode(b),
    toJSON: (m: never) => T.toObject(m, { longs: String, enums: String, bytes: String, defaults: true }),
  };
}

function uint(v: string | undefined, name: string): string {
  if (v === undefined || !/^[0-9]{1,20}$/.test(v)) throw new RestError(GRPC.INVALID_ARGUMENT, `${name} must be a non-negative integer`);
  return v;
}

function opt(q: Params, name: string): string | undefined {
  return q[name] === undefined || q[name] === "" ? undefined : uint(q[name], name);
}

function page(q: Params): Record<string, unknown> | undefined {
  if (q["page.offset"] === undefined && q["page.limit"] === undefined) return undefined;
  return { offset: opt(q, "page.offset") ?? "0", limit: opt(q, "page.limit") ?? "0" };
}

const G = pogcs.gpuassets.v1;
const S = "pogcs.gpuassets.v1.Query";

const r = (url: string, method: string, req: unknown, res: unknown, build: GrpcRoute["build"]): GrpcRoute => ({ url, path: `/${S}/${method}`, req: pb(req), res: pb(res), build });

/** REST paths of the gpuassets module; `at_time` (unix seconds) defaults to the last block time. */
export const GPUASSETS_ROUTES: GrpcRoute[] = [
  r("/pogcs/gpuassets/v1/params", "Params", G.QueryParamsRequest, G.QueryParamsResponse, () => ({})),
  r("/pogcs/gpuassets/v1/assets", "Assets", G.QueryAssetsRequest, G.QueryAssetsResponse, (_p, q) => ({ page: page(q) })),
  r("/pogcs/gpuassets/v1/assets/:asset_id", "Asset", G.QueryAssetRequest, G.QueryAssetResponse, (p) => ({ assetId: uint(p.asset_id, "asset_id") })),
  r("/pogcs/gpuassets/v1/assets/:asset_id/appraisals", "Appraisals", G.QueryAppraisalsRequest, G.QueryAppraisalsResponse, (p, q) => ({ assetId: uint(p.asset_id, "asset_id"), page: page(q) })),
  r("/pogcs/gpuassets/v1/assets/:asset_id/valuation", "Valuation", G.QueryValuationRequest, G.QueryValuationResponse, (p, q) => ({ assetId: uint(p.asset_id, "asset_id"), atTime: opt(q, "at_time") })),
  r("/pogcs/gpuassets/v1/assets/:asset_id/loans", "Loans", G.QueryLoansRequest, G.QueryLoansResponse, (p, q) => ({ assetId: uint(p.asset_id, "asset_id"), openOnly: q.open_only === "true", atTime: opt(q, "at_time"), page: page(q) })),
  r("/pogcs/gpuassets/v1/owners/:owner/assets", "AssetsByOwner", G.QueryAssetsByOwnerRequest, G.QueryAssetsResponse, (p, q) => ({ owner: p.owner, page: page(q) })),
  r("/pogcs/gpuassets/v1/loans", "Loans", G.QueryLoansRequest, G.QueryLoansResponse, (_p, q) => ({
    lender: q.lender ?? "", borrower: q.borrower ?? "", openOnly: q.open_only === "true", atTime: opt(q, "at_time"), page: page(q),
  })),
  r("/pogcs/gpuassets/v1/loans/:loan_id", "Loan", G.QueryLoanRequest, G.QueryLoanResponse, (p, q) => ({ loanId: uint(p.loan_id, "loan_id"), atTime: opt(q, "at_time") })),
  r("/pogcs/gpuassets/v1/appraisers", "Appraisers", G.QueryAppraisersRequest, G.QueryAppraisersResponse, () => ({})),
];
