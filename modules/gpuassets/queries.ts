import type Long from "long";
import { pogcs } from "../../proto/gen/pogcs.js";
import type { QueryContext } from "../../chain/app/context.js";
import type { QuerySpec } from "../../chain/app/module.js";
import { decodeRequest } from "../shared/query-codec.js";
import { fromLong, toLong } from "../devices/long.js";
import { coinToProto } from "./amounts.js";
import type { GpuAssetsKeeper } from "./keeper.js";
import { GPU_ASSET_CLASS, assetIdOfNft } from "./keys.js";
import { computeAmountDue } from "./math.js";
import { paramsToProto } from "./params.js";
import { appraisalToProto, assetToProto, isOpenLoan, loanToProto, type GpuAsset, type Loan } from "./types.js";
import { computeValuation } from "./valuation.js";
import { validateAddress, validateAssetId } from "./validate.js";

import P = pogcs.gpuassets.v1;

const Q = "/pogcs.gpuassets.v1.Query";
const MAX_LIMIT = 1000n;

function page<T>(all: T[], req: P.IPageReq | null | undefined): { items: T[]; page: P.IPageResp } {
  const offset = fromLong(req?.offset);
  let limit = fromLong(req?.limit);
  if (limit === 0n) limit = 100n;
  if (limit > MAX_LIMIT) limit = MAX_LIMIT;
  const end = offset + limit;
  const items = all.slice(Number(offset), Number(end));
  return { items, page: { total: toLong(BigInt(all.length)), nextOffset: toLong(end < BigInt(all.length) ? end : 0n) } };
}

export function gpuAssetsQueries(k: GpuAssetsKeeper): QuerySpec[] {
  const at = (ctx: QueryContext, t: Long | number | null | undefined): bigint => {
    const v = fromLong(t);
    return v > 0n ? v : k.clock(ctx);
  };
  const view = (ctx: QueryContext, a: GpuAsset): P.IAssetView => ({ asset: assetToProto(a), owner: k.ownerOf(ctx, a) });
  const loanView = (l: Loan, t: bigint): P.ILoanView => ({
    loan: loanToProto(l),
    amountDue: l.status === P.LoanStatus.LOAN_STATUS_ACTIVE
      ? coinToProto({ denom: l.principal.denom, amount: computeAmountDue(l.principal.amount, l.interestRateBps, l.fundedTime, t) })
      : l.status === P.LoanStatus.LOAN_STATUS_OFFERED ? coinToProto(l.principal) : undefined,
  });
  return [
    {
      path: `${Q}/Params`,
      handle: (ctx) => P.QueryParamsResponse.encode({ params: paramsToProto(k.params(ctx)) }).finish(),
    },
    {
      path: `${Q}/Asset`,
      handle(ctx, data) {
        const req = decodeRequest(P.QueryAssetRequest, data);
        validateAssetId(fromLong(req.assetId));
        return P.QueryAssetResponse.encode({ asset: view(ctx, k.requireAsset(ctx, fromLong(req.assetId))) }).finish();
      },
    },
    {
      path: `${Q}/Assets`,
      handle(ctx, data) {
        const req = decodeRequest(P.QueryAssetsRequest, data);
        const { items, page: pg } = page([...k.iterateAssets(ctx)], req.page);
        return P.QueryAssetsResponse.encode({ assets: items.map((a) => view(ctx, a)), page: pg }).finish();
      },
    },
    {
      path: `${Q}/AssetsByOwner`,
      handle(ctx, data) {
        const req = decodeRequest(P.QueryAssetsByOwnerRequest, data);
        validateAddress(req.owner, "owner");
        const ids = k.nft.getNftsOfOwner(ctx, req.owner, GPU_ASSET_CLASS).map((n) => assetIdOfNft(n.id)).filter((x): x is bigint => x !== undefined);
        ids.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        const { items, page: pg } = page(ids, req.page);
        return P.QueryAssetsResponse.encode({ assets: items.map((id) => view(ctx, k.requireAsset(ctx, id))), page: pg }).finish();
      },
    },
    {
      path: `${Q}/Appraisals`,
      handle(ctx, data) {
        const req = decodeRequest(P.QueryAppraisalsRequest, data);
        validateAssetId(fromLong(req.assetId));
        k.requireAsset(ctx, fromLong(req.assetId));
        const { items, page: pg } = page(k.getAppraisals(ctx, fromLong(req.assetId)), req.page);
        return P.QueryAppraisalsResponse.encode({ appraisals: items.map(appraisalToProto), page: pg }).finish();
      },
    },
    {
      path: `${Q}/Valuation`,
      handle(ctx, data) {
        const req = decodeRequest(P.QueryValuationRequest, data);
        validateAssetId(fromLong(req.assetId));
        const t = at(ctx, req.atTime);
        const v = computeValuation(k, ctx, k.requireAsset(ctx, fromLong(req.assetId)), t);
        return P.QueryValuationResponse.encode({
          value: v ? coinToProto(v.value) : undefined, lastAppraisal: v ? appraisalToProto(v.last) : undefined, atTime: toLong(t),
          maxPrincipal: v ? coinToProto(v.maxPrincipal) : undefined,
        }).finish();
      },
    },
    {
      path: `${Q}/Loan`,
      handle(ctx, data) {
        const req = decodeRequest(P.QueryLoanRequest, data);
        return P.QueryLoanResponse.encode({ loan: loanView(k.requireLoan(ctx, fromLong(req.loanId)), at(ctx, req.atTime)) }).finish();
      },
    },
    {
      path: `${Q}/Loans`,
      handle(ctx, data) {
        const req = decodeRequest(P.QueryLoansRequest, data);
        if (req.lender !== "") validateAddress(req.lender, "lender");
        if (req.borrower !== "") validateAddress(req.borrower, "borrower");
        const asset = fromLong(req.assetId);
        const t = at(ctx, req.atTime);
        const all = [...k.iterateLoans(ctx)].filter(
          (l) => (asset === 0n || l.assetId === asset) && (req.lender === "" || l.lender === req.lender) && (req.borrower === "" || l.borrower === req.borrower) && (!req.openOnly || isOpenLoan(l)),
        );
        const { items, page: pg } = page(all, req.page);
        return P.QueryLoansResponse.encode({ loans: items.map((l) => loanView(l, t)), page: pg, atTime: toLong(t) }).finish();
      },
    },
    {
      path: `${Q}/Appraisers`,
      handle: (ctx) => P.QueryAppraisersResponse.encode({ appraisers: k.getAppraisers(ctx) }).finish(),
    },
  ];
}
