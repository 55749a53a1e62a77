import { pogcs } from "../../../proto/gen/pogcs.js";
import type { GrpcRoute } from "../routes.js";
import { optUint, page, routeMaker, uint } from "./kit.js";

const G = pogcs.gpuassets.v1;
const S = "pogcs.gpuassets.v1.Query";

const r = routeMaker(S);

/** REST paths of the gpuassets module; `at_time` (unix seconds) defaults to the last block time. */
export const GPUASSETS_ROUTES: GrpcRoute[] = [
  r("/pogcs/gpuassets/v1/params", "Params", G.QueryParamsRequest, G.QueryParamsResponse, () => ({})),
  r("/pogcs/gpuassets/v1/assets", "Assets", G.QueryAssetsRequest, G.QueryAssetsResponse, (_p, q) => ({ page: page(q) })),
  r("/pogcs/gpuassets/v1/assets/:asset_id", "Asset", G.QueryAssetRequest, G.QueryAssetResponse, (p) => ({ assetId: uint(p.asset_id, "asset_id") })),
  r("/pogcs/gpuassets/v1/assets/:asset_id/appraisals", "Appraisals", G.QueryAppraisalsRequest, G.QueryAppraisalsResponse, (p, q) => ({ assetId: uint(p.asset_id, "asset_id"), page: page(q) })),
  r("/pogcs/gpuassets/v1/assets/:asset_id/valuation", "Valuation", G.QueryValuationRequest, G.QueryValuationResponse, (p, q) => ({ assetId: uint(p.asset_id, "asset_id"), atTime: optUint(q, "at_time") })),
  r("/pogcs/gpuassets/v1/assets/:asset_id/loans", "Loans", G.QueryLoansRequest, G.QueryLoansResponse, (p, q) => ({ assetId: uint(p.asset_id, "asset_id"), openOnly: q.open_only === "true", atTime: optUint(q, "at_time"), page: page(q) })),
  r("/pogcs/gpuassets/v1/owners/:owner/assets", "AssetsByOwner", G.QueryAssetsByOwnerRequest, G.QueryAssetsResponse, (p, q) => ({ owner: p.owner, page: page(q) })),
  r("/pogcs/gpuassets/v1/loans", "Loans", G.QueryLoansRequest, G.QueryLoansResponse, (_p, q) => ({
    lender: q.lender ?? "", borrower: q.borrower ?? "", openOnly: q.open_only === "true", atTime: optUint(q, "at_time"), page: page(q),
  })),
  r("/pogcs/gpuassets/v1/loans/:loan_id", "Loan", G.QueryLoanRequest, G.QueryLoanResponse, (p, q) => ({ loanId: uint(p.loan_id, "loan_id"), atTime: optUint(q, "at_time") })),
  r("/pogcs/gpuassets/v1/appraisers", "Appraisers", G.QueryAppraisersRequest, G.QueryAppraisersResponse, () => ({})),
];
