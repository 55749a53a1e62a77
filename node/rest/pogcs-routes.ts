import { pogcs } from "../../proto/gen/pogcs.js";
import { RestError, GRPC } from "./errors.js";
import type { GrpcRoute } from "./routes.js";
import { h3Cell, page, routeMaker, uint } from "./routes/kit.js";
import { GPUASSETS_ROUTES } from "./routes/gpuassets.js";
import { POOLS_ROUTES } from "./routes/pools.js";
import { AMM_ROUTES } from "./routes/amm.js";
import { GOV_ROUTES } from "./routes/gov.js";
import { MARKET_ROUTES } from "./routes/market.js";
import { CARBON_ROUTES } from "./routes/carbon.js";

const D = pogcs.devices.v1;
const P = pogcs.pogcs.v1;

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

const DEV = "pogcs.devices.v1.Query";
const POW = "pogcs.pogcs.v1.Query";
const dev = routeMaker(DEV);
const pow = routeMaker(POW);

/** REST paths of the PoGCS modules (`/pogcs/<module>/v1/...`), served by their ABCI queries. */
export const POGCS_ROUTES: GrpcRoute[] = [
  dev("/pogcs/devices/v1/params", "Params", D.QueryParamsRequest, D.QueryParamsResponse, () => ({})),
  dev("/pogcs/devices/v1/makers", "Makers", D.QueryMakersRequest, D.QueryMakersResponse, () => ({})),
  dev("/pogcs/devices/v1/devices/:device_id", "Device", D.QueryDeviceRequest, D.QueryDeviceResponse, (p) => ({ deviceId: uint(p.device_id, "device_id") })),
  dev("/pogcs/devices/v1/devices/:device_id/history", "DeviceHistory", D.QueryDeviceHistoryRequest, D.QueryDeviceHistoryResponse, (p, q) => ({ deviceId: uint(p.device_id, "device_id"), page: page(q) })),
  dev("/pogcs/devices/v1/owners/:owner/devices", "DevicesByOwner", D.QueryDevicesByOwnerRequest, D.QueryDevicesResponse, (p, q) => ({ owner: p.owner, page: page(q) })),
  dev("/pogcs/devices/v1/cells/:h3_cell/devices", "DevicesByCell", D.QueryDevicesByCellRequest, D.QueryDevicesResponse, (p, q) => ({ h3Cell: h3Cell(p.h3_cell), page: page(q) })),
  dev("/pogcs/devices/v1/classes/:class/devices", "DevicesByClass", D.QueryDevicesByClassRequest, D.QueryDevicesResponse, (p, q) => ({ class: deviceClass(p.class), page: page(q) })),
  dev("/pogcs/devices/v1/challenges/:device_id/:epoch", "Challenge", D.QueryChallengeRequest, D.QueryChallengeResponse, (p) => ({ deviceId: uint(p.device_id, "device_id"), epoch: uint(p.epoch, "epoch") })),
  dev("/pogcs/devices/v1/epoch", "EpochInfo", D.QueryEpochInfoRequest, D.QueryEpochInfoResponse, () => ({ current: true })),
  dev("/pogcs/devices/v1/epochs/:epoch", "EpochInfo", D.QueryEpochInfoRequest, D.QueryEpochInfoResponse, (p) => ({ epoch: uint(p.epoch, "epoch") })),
  pow("/pogcs/pogcs/v1/params", "Params", P.QueryParamsRequest, P.QueryParamsResponse, () => ({})),
  pow("/pogcs/pogcs/v1/validators/power", "ValidatorPowers", P.QueryValidatorPowersRequest, P.QueryValidatorPowersResponse, () => ({})),
  pow("/pogcs/pogcs/v1/validators/:operator/power", "ValidatorPower", P.QueryValidatorPowerRequest, P.QueryValidatorPowerResponse, (p) => ({ operator: p.operator })),
  pow("/pogcs/pogcs/v1/rewards/:address", "PendingRewards", P.QueryPendingRewardsRequest, P.QueryPendingRewardsResponse, (p) => ({ address: p.address })),
  pow("/pogcs/pogcs/v1/ledger", "Ledger", P.QueryLedgerRequest, P.QueryLedgerResponse, () => ({})),
  pow("/pogcs/pogcs/v1/devices/:device_id/rewards/:epoch", "DeviceRewards", P.QueryDeviceRewardsRequest, P.QueryDeviceRewardsResponse, (p) => ({ deviceId: uint(p.device_id, "device_id"), epoch: uint(p.epoch, "epoch") })),
  ...GPUASSETS_ROUTES,
  ...POOLS_ROUTES,
  ...AMM_ROUTES,
  ...GOV_ROUTES,
  ...MARKET_ROUTES,
  ...CARBON_ROUTES,
];
