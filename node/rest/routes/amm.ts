import { pogcs } from "../../../proto/gen/pogcs.js";
import { RestError, GRPC } from "../errors.js";
import type { GrpcRoute, Params } from "../routes.js";
import { optUint, page, routeMaker, uint } from "./kit.js";

/**
 * Slot denoms hold slashes, so a pool's URL names class and hour: /pools/<class>/<yyyymmddhh>. A
 * carbon basket coin's timeless pool is /pools/carbon/<basket_id> (a basket id starts with a
 * letter, an hour never does).
 */
function slot(p: Params): string {
  if (p.slot_class === "carbon" && p.hour && /^[a-z][a-z0-9]{2,31}$/.test(p.hour)) return `carbon/${p.hour}`;
  if (!p.slot_class || !/^[a-z0-9]{1,16}$/.test(p.slot_class)) throw new RestError(GRPC.INVALID_ARGUMENT, "slot_class must be 1-16 of [a-z0-9]");
  if (!p.hour || !/^[0-9]{10}$/.test(p.hour)) throw new RestError(GRPC.INVALID_ARGUMENT, "hour must be yyyymmddhh (UTC)");
  return `gch/${p.slot_class}/${p.hour}`;
}

const A = pogcs.amm.v1;
const S = "pogcs.amm.v1.Query";

const r = routeMaker(S);

/** REST paths of the amm module; times default to the module clock (the last block's time). */
export const AMM_ROUTES: GrpcRoute[] = [
  r("/pogcs/amm/v1/params", "Params", A.QueryParamsRequest, A.QueryParamsResponse, () => ({})),
  r("/pogcs/amm/v1/classes", "Classes", A.QueryClassesRequest, A.QueryClassesResponse, () => ({})),
  r("/pogcs/amm/v1/classes/:slot_class/pools", "PoolsByClass", A.QueryPoolsByClassRequest, A.QueryPoolsByClassResponse, (p, q) => ({ slotClass: p.slot_class, page: page(q) })),
  r("/pogcs/amm/v1/classes/:slot_class/price_index", "PriceIndex", A.QueryPriceIndexRequest, A.QueryPriceIndexResponse, (p, q) => ({ slotClass: p.slot_class, windowSeconds: optUint(q, "window_seconds") ?? "3600" })),
  r("/pogcs/amm/v1/pools/:slot_class/:hour", "Pool", A.QueryPoolRequest, A.QueryPoolResponse, (p) => ({ slotDenom: slot(p) })),
  r("/pogcs/amm/v1/pools/:slot_class/:hour/quote", "Quote", A.QueryQuoteRequest, A.QueryQuoteResponse, (p, q) => ({
    slotDenom: slot(p), denomIn: q.denom_in ?? "", amount: q.amount ?? "", exactOut: q.exact_out === "true", atTime: optUint(q, "at_time"),
  })),
  r("/pogcs/amm/v1/positions/:position_id", "Position", A.QueryPositionRequest, A.QueryPositionResponse, (p) => ({ positionId: uint(p.position_id, "position_id") })),
  r("/pogcs/amm/v1/owners/:owner/positions", "PositionsByOwner", A.QueryPositionsByOwnerRequest, A.QueryPositionsByOwnerResponse, (p, q) => ({ owner: p.owner, page: page(q) })),
];
