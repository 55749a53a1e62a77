import { pogcs } from "../../../proto/gen/pogcs.js";
import type { GrpcRoute, Params } from "../routes.js";
import { optUint, page, routeMaker, uint } from "./kit.js";

const Q = pogcs.pools.v1;
const S = "pogcs.pools.v1.Query";

const r = routeMaker(S);
const pool = (p: Params) => ({ poolId: uint(p.pool_id, "pool_id") });

/** REST paths of the pools module. Slot status takes `?at_time=<unix seconds>` to report expiry. */
export const POOLS_ROUTES: GrpcRoute[] = [
  r("/pogcs/pools/v1/params", "Params", Q.QueryParamsRequest, Q.QueryParamsResponse, () => ({})),
  r("/pogcs/pools/v1/pools", "Pools", Q.QueryPoolsRequest, Q.QueryPoolsResponse, (_p, q) => ({ page: page(q) })),
  r("/pogcs/pools/v1/pools/:pool_id", "Pool", Q.QueryPoolRequest, Q.QueryPoolResponse, pool),
  r("/pogcs/pools/v1/pools/:pool_id/members", "Members", Q.QueryMembersRequest, Q.QueryMembersResponse, (p, q) => ({ ...pool(p), page: page(q) })),
  r("/pogcs/pools/v1/pools/:pool_id/applications", "Applications", Q.QueryApplicationsRequest, Q.QueryApplicationsResponse, (p, q) => ({ ...pool(p), page: page(q) })),
  r("/pogcs/pools/v1/pools/:pool_id/withdrawals", "Withdrawals", Q.QueryWithdrawalsRequest, Q.QueryWithdrawalsResponse, (p, q) => ({ ...pool(p), page: page(q) })),
  r("/pogcs/pools/v1/investors/:investor/shares", "InvestorShares", Q.QueryInvestorSharesRequest, Q.QueryInvestorSharesResponse, (p) => ({ investor: p.investor })),
  // The denom url-encoded (gch%2Frtx4090%2F2026010105) or spelled out as path segments.
  r("/pogcs/pools/v1/slots/:denom", "SlotStatus", Q.QuerySlotStatusRequest, Q.QuerySlotStatusResponse, (p, q) => ({ denom: p.denom, atTime: optUint(q, "at_time") ?? "0" })),
  r("/pogcs/pools/v1/slots/gch/:cls/:hour", "SlotStatus", Q.QuerySlotStatusRequest, Q.QuerySlotStatusResponse, (p, q) => ({ denom: `gch/${p.cls}/${p.hour}`, atTime: optUint(q, "at_time") ?? "0" })),
  r("/pogcs/pools/v1/devices/:device_id/commitments", "DeviceCommitments", Q.QueryDeviceCommitmentsRequest, Q.QueryDeviceCommitmentsResponse, (p) => ({ deviceId: uint(p.device_id, "device_id") })),
];
