import type { QuerySpec } from "../../chain/app/module.js";
import { pogcs } from "../../proto/gen/pogcs.js";
import { decodeRequest } from "../shared/query-codec.js";
import { fromLong, toLong } from "../devices/long.js";
import { ErrUnknownPosition, ErrWrongStatus } from "./errors.js";
import type { MarketKeeper } from "./keeper.js";
import { parsePositionNftId, POSITION_CLASS } from "./keys.js";
import { marketParamsToProto } from "./params.js";
import { ALL_STATUSES, contractToProto, positionToProto } from "./types.js";
import { validateAccount } from "./validate.js";

import P = pogcs.market.v1;

const Q = "/pogcs.market.v1.Query";
const MAX_LIMIT = 1000n;

function page<T>(all: T[], req: P.IPageReq | null | undefined): { items: T[]; page: P.IPageResp } {
  const offset = fromLong(req?.offset);
  let limit = fromLong(req?.limit);
  if (limit === 0n || limit > MAX_LIMIT) limit = limit === 0n ? 100n : MAX_LIMIT;
  const end = offset + limit;
  const items = all.slice(Number(offset), Number(end));
  return { items, page: { total: toLong(BigInt(all.length)), nextOffset: toLong(end < BigInt(all.length) ? end : 0n) } };
}

/** Queries at /pogcs.market.v1.Query/<Method>; REST in node/rest/routes/market.ts. */
export function marketQueries(k: MarketKeeper): QuerySpec[] {
  const list = (ids: bigint[], ctx: Parameters<QuerySpec["handle"]>[0], req: P.IPageReq | null | undefined) => {
    const { items, page: pg } = page(ids, req);
    return P.QueryContractsResponse.encode({ contracts: items.map((id) => contractToProto(k.requireContract(ctx, id))), page: pg }).finish();
  };
  return [
    {
      path: `${Q}/Params`,
      handle: (ctx) => P.QueryParamsResponse.encode({ params: marketParamsToProto(k.params(ctx)) }).finish(),
    },
    {
      path: `${Q}/Contract`,
      handle(ctx, data) {
        const req = decodeRequest(P.QueryContractRequest, data);
        const c = k.requireContract(ctx, fromLong(req.contractId));
        return P.QueryContractResponse.encode({ contract: contractToProto(c), positions: k.positionsOf(ctx, c.id).map(positionToProto) }).finish();
      },
    },
    {
      path: `${Q}/ContractsByRequester`,
      handle(ctx, data) {
        const req = decodeRequest(P.QueryContractsByRequesterRequest, data);
        validateAccount(req.requester, "requester");
        return list(k.contractIdsByRequester(ctx, req.requester), ctx, req.page);
      },
    },
    {
      path: `${Q}/ContractsByProvider`,
      handle(ctx, data) {
        const req = decodeRequest(P.QueryContractsByProviderRequest, data);
        validateAccount(req.provider, "provider");
        return list(k.contractIdsByProvider(ctx, req.provider), ctx, req.page);
      },
    },
    {
      path: `${Q}/ContractsByStatus`,
      handle(ctx, data) {
        const req = decodeRequest(P.QueryContractsByStatusRequest, data);
        if (!ALL_STATUSES.includes(req.status)) throw ErrWrongStatus.raise(`unknown status ${req.status}`);
        return list(k.contractIdsByStatus(ctx, req.status), ctx, req.page);
      },
    },
    {
      path: `${Q}/Position`,
      handle(ctx, data) {
        const req = decodeRequest(P.QueryPositionRequest, data);
        const at = parsePositionNftId(req.nftId);
        const pos = at && k.getPosition(ctx, at.contractId, at.index);
        if (!pos) throw ErrUnknownPosition.raise(req.nftId);
        return P.QueryPositionResponse.encode({ position: positionToProto(pos), owner: k.deps.nft.ownerOf(ctx, POSITION_CLASS, pos.nftId) ?? "" }).finish();
      },
    },
    {
      path: `${Q}/Committee`,
      handle(ctx, data) {
        const req = decodeRequest(P.QueryCommitteeRequest, data);
        const c = k.requireContract(ctx, fromLong(req.contractId));
        return P.QueryCommitteeResponse.encode({
          drawSeed: c.drawSeed, committee: c.committee, votes: c.votes, spotChecker: c.spotChecker, phaseDeadline: toLong(c.phaseDeadline),
        }).finish();
      },
    },
  ];
}
