import { pogcs } from "../../proto/gen/pogcs.js";
import { RestError, GRPC } from "./errors.js";
import type { Codec, GrpcRoute, Params } from "./routes.js";
import { GPUASSETS_ROUTES } from "./routes/gpuassets.js";
import { POOLS_ROUTES } from "./routes/pools.js";
import { AMM_ROUTES } from "./routes/amm.js";
import { GOV_ROUTES } from "./routes/gov.js";
import { MARKET_ROUTES } from "./routes/market.js";
import { CARBON_ROUTES } from "./routes/carbon.js";

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

const D = pogcs.devices.v1;
const P = pogcs.pogcs.v1;

function uint(v: string | undefined, name: string): string {
  if (v === undefined || !/^[0-9]{1,20}$/.test(v)) throw new RestError(GRPC.INVALID_ARGUMENT, `${name} must be a non-negative integer`);
  return v;
}

/** H3 cells are usually written in hex (8828308281fffff); decimal is accepted too. */
function h3Cell(v: string | undefined): string {
  if (v && /^(0x)?[0-9a-fA-F]{15,16}$/.test(v) && !/^[0-9]+$/.test(v)) return BigInt(`0x${v.replace(/^0x/, "")}`).toString();
  return uint(v, "h3_cell");
}

function page(q: Params): Record<string, unknown> | undefined {
  if (q["page.offset"] === undefined && q["page.limit"] === undefined) return undefined;
  return { offset: q["page.offset"] ? uint(q["page.offset"], "page.offset") : "0", limit: q["page.limit"] ? uint(q["page.limit"], "page.limit") : "0" };
}

const CLASSES: Record<string, string> = {
  solar: "DEVICE_CLASS_SOLAR",
  storage: "DEVICE_CLASS_STORAGE",
  gpu: "DEVICE_CLASS_GPU",
  combined: "DEVICE_CLASS_COMBINED",
};

function deviceClass(v: string | undefined): string {
  const c = CLASSES[(v ?? "").toLowerCase()] ?? (Object.values(CLASSES).includes(v ?? "") ? v! : undefined);
  if (!c) throw new RestError(GRPC.INVALID_ARGUMENT, `class must be one of ${Object.keys(CLASSES).join(", ")}`);
  return c;
}

const r = (url: string, service: string, method: string, req: unknown, res: unknown, build: GrpcRoute["build"]): GrpcRoute => ({
  url,
  path: `/${service}/${method}`,
  req: pb(req),
  res: pb(res),
  build,
});

const DEV = "pogcs.devices.v1.Query";
const POW = "pogcs.pogcs.v1.Query";

/** REST paths of the PoGCS modules (`/pogcs/<module>/v1/...`), served by their ABCI queries. */
export const POGCS_ROUTES: GrpcRoute[] = [
  r("/pogcs/devices/v1/params", DEV, "Params", D.QueryParamsRequest, D.QueryParamsResponse, () => ({})),
  r("/pogcs/devices/v1/makers", DEV, "Makers", D.QueryMakersRequest, D.QueryMakersResponse, () => ({})),
  r("/pogcs/devices/v1/devices/:device_id", DEV, "Device", D.QueryDeviceRequest, D.QueryDeviceResponse, (p) => ({ deviceId: uint(p.device_id, "device_id") })),
  r("/pogcs/devices/v1/devices/:device_id/history", DEV, "DeviceHistory", D.QueryDeviceHistoryRequest, D.QueryDeviceHistoryResponse, (p, q) => ({ deviceId: uint(p.device_id, "device_id"), page: page(q) })),
  r("/pogcs/devices/v1/owners/:owner/devices", DEV, "DevicesByOwner", D.QueryDevicesByOwnerRequest, D.QueryDevicesResponse, (p, q) => ({ owner: p.owner, page: page(q) })),
  r("/pogcs/devices/v1/cells/:h3_cell/devices", DEV, "DevicesByCell", D.QueryDevicesByCellRequest, D.QueryDevicesResponse, (p, q) => ({ h3Cell: h3Cell(p.h3_cell), page: page(q) })),
  r("/pogcs/devices/v1/classes/:class/devices", DEV, "DevicesByClass", D.QueryDevicesByClassRequest, D.QueryDevicesResponse, (p, q) => ({ class: deviceClass(p.class), page: page(q) })),
  r("/pogcs/devices/v1/challenges/:device_id/:epoch", DEV, "Challenge", D.QueryChallengeRequest, D.QueryChallengeResponse, (p) => ({ deviceId: uint(p.device_id, "device_id"), epoch: uint(p.epoch, "epoch") })),
  r("/pogcs/devices/v1/epoch", DEV, "EpochInfo", D.QueryEpochInfoRequest, D.QueryEpochInfoResponse, () => ({ current: true })),
  r("/pogcs/devices/v1/epochs/:epoch", DEV, "EpochInfo", D.QueryEpochInfoRequest, D.QueryEpochInfoResponse, (p) => ({ epoch: uint(p.epoch, "epoch") })),
  r("/pogcs/pogcs/v1/params", POW, "Params", P.QueryParamsRequest, P.QueryParamsResponse, () => ({})),
  r("/pogcs/pogcs/v1/validators/power", POW, "ValidatorPowers", P.QueryValidatorPowersRequest, P.QueryValidatorPowersResponse, () => ({})),
  r("/pogcs/pogcs/v1/validators/:operator/power", POW, "ValidatorPower", P.QueryValidatorPowerRequest, P.QueryValidatorPowerResponse, (p) => ({ operator: p.operator })),
  r("/pogcs/pogcs/v1/rewards/:address", POW, "PendingRewards", P.QueryPendingRewardsRequest, P.QueryPendingRewardsResponse, (p) => ({ address: p.address })),
  r("/pogcs/pogcs/v1/ledger", POW, "Ledger", P.QueryLedgerRequest, P.QueryLedgerResponse, () => ({})),
  r("/pogcs/pogcs/v1/devices/:device_id/rewards/:epoch", POW, "DeviceRewards", P.QueryDeviceRewardsRequest, P.QueryDeviceRewardsResponse, (p) => ({ deviceId: uint(p.device_id, "device_id"), epoch: uint(p.epoch, "epoch") })),
  ...GPUASSETS_ROUTES,
  ...POOLS_ROUTES,
  ...AMM_ROUTES,
  ...GOV_ROUTES,
  ...MARKET_ROUTES,
  ...CARBON_ROUTES,
];
