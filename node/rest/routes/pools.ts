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

const Q = pogcs.pools.v1;
const S = "pogcs.pools.v1.Query";

const r = (url: string, method: string, req: unknown, res: unknown, build: GrpcRoute["build"]): GrpcRoute => ({ url, path: `/${S}/${method}`, req: pb(req), res: pb(res), build });
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
  r("/pogcs/pools/v1/slots/:denom", "SlotStatus", Q.QuerySlotStatusRequest, Q.QuerySlotStatusResponse, (p, q) => ({ denom: p.denom, atTime: opt(q, "at_time") ?? "0" })),
  r("/pogcs/pools/v1/slots/gch/:cls/:hour", "SlotStatus", Q.QuerySlotStatusRequest, Q.QuerySlotStatusResponse, (p, q) => ({ denom: `gch/${p.cls}/${p.hour}`, atTime: opt(q, "at_time") ?? "0" })),
  r("/pogcs/pools/v1/devices/:device_id/commitments", "DeviceCommitments", Q.QueryDeviceCommitmentsRequest, Q.QueryDeviceCommitmentsResponse, (p) => ({ deviceId: uint(p.device_id, "device_id") })),
];
