import * as Q from "cosmjs-types/cosmos/slashing/v1beta1/query";
import type { QuerySpec } from "../../chain/app/module.js";
import { fromBech32 } from "../../chain/codec/address.js";
import { ErrKeyNotFound } from "../../chain/errors/index.js";
import { decodeRequest } from "../shared/query-codec.js";
import { paginate } from "../shared/pagination.js";
import { stakingStore as S } from "./store.js";
import { slashingParamsToProto } from "./params.js";
import { VALCONS_PREFIX } from "./types.js";

const SVC = "/cosmos.slashing.v1beta1.Query";

/** x/slashing queries, answered from the staking store (signing infos live there). */
export function slashingQueries(): QuerySpec[] {
  return [
    {
      path: `${SVC}/Params`,
      handle(ctx, data) {
        decodeRequest(Q.QueryParamsRequest, data);
        return Q.QueryParamsResponse.encode({ params: slashingParamsToProto(S.slashingParams(ctx)) }).finish();
      },
    },
    {
      path: `${SVC}/SigningInfo`,
      handle(ctx, data) {
        const req = decodeRequest(Q.QuerySigningInfoRequest, data);
        const cons = fromBech32(req.consAddress, VALCONS_PREFIX);
        const info = S.getSigningInfo(ctx, cons);
        if (!info) throw ErrKeyNotFound.raise(`rpc error: code = NotFound desc = SigningInfo not found for validator ${req.consAddress}`);
        return Q.QuerySigningInfoResponse.encode({ valSigningInfo: info }).finish();
      },
    },
    {
      path: `${SVC}/SigningInfos`,
      handle(ctx, data) {
        const req = decodeRequest(Q.QuerySigningInfosRequest, data);
        const { items, pagination } = paginate([...S.iterateSigningInfos(ctx)], req.pagination);
        return Q.QuerySigningInfosResponse.encode({ info: items, pagination }).finish();
      },
    },
  ];
}
