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

/** H3 cells in hex (8828308281fffff) or decimal. */
function h3Cell(v: string | undefined): string {
  if (v && /^(0x)?[0-9a-fA-F]{15,16}$/.test(v) && !/^[0-9]+$/.test(v)) return BigInt(`0x${v.replace(/^0x/, "")}`).toString();
  return uint(v, "h3_cell");
}

function page(q: Params): Record<string, unknown> | undefined {
  if (q["page.offset"] === undefined && q["page.limit"] === undefined) return undefined;
  return { offset: q["page.offset"] ? uint(q["page.offset"], "page.offset") : "0", limit: q["page.limit"] ? uint(q["page.limit"], "page.limit") : "0" };
}

const C = pogcs.carbon.v1;
const S = "pogcs.carbon.v1.Query";

const r = (url: string, method: string, req: unknown, res: unknown, build: GrpcRoute["build"]): GrpcRoute => ({ url, path: `/${S}/${method}`, req: pb(req), res: pb(res), build });

/** REST paths of the carbon module. Basket coins are bank balances (`/cosmos/bank/v1beta1/balances/...`); certificates are NFTs of class `carbon-cert`. */
export const CARBON_ROUTES: GrpcRoute[] = [
  r("/pogcs/carbon/v1/regions", "Regions", C.QueryRegionsRequest, C.QueryRegionsResponse, () => ({})),
  r("/pogcs/carbon/v1/emission_factors", "Regions", C.QueryRegionsRequest, C.QueryRegionsResponse, () => ({})),
  r("/pogcs/carbon/v1/cells/:h3_cell/region", "RegionOfCell", C.QueryRegionOfCellRequest, C.QueryRegionOfCellResponse, (p) => ({ h3Cell: h3Cell(p.h3_cell) })),
  r("/pogcs/carbon/v1/batches", "Batches", C.QueryBatchesRequest, C.QueryBatchesResponse, (_p, q) => ({ creditType: q.credit_type ?? "", page: page(q) })),
  r("/pogcs/carbon/v1/batches/:batch_id", "Batch", C.QueryBatchRequest, C.QueryBatchResponse, (p) => ({ batchId: p.batch_id })),
  r("/pogcs/carbon/v1/batches/:batch_id/holders", "BatchHolders", C.QueryBatchHoldersRequest, C.QueryBatchHoldersResponse, (p, q) => ({ batchId: p.batch_id, page: page(q) })),
  r("/pogcs/carbon/v1/serials/:credit_type/:serial", "Serial", C.QuerySerialRequest, C.QuerySerialResponse, (p) => ({ creditType: p.credit_type, serial: uint(p.serial, "serial") })),
  r("/pogcs/carbon/v1/balances/:address", "Balances", C.QueryBalancesRequest, C.QueryBalancesResponse, (p, q) => ({ address: p.address, page: page(q) })),
  r("/pogcs/carbon/v1/retirements", "Retirements", C.QueryRetirementsRequest, C.QueryRetirementsResponse, (_p, q) => ({ owner: q.owner ?? "", page: page(q) })),
  r("/pogcs/carbon/v1/retirements/:id", "Retirement", C.QueryRetirementRequest, C.QueryRetirementResponse, (p) => ({ id: uint(p.id, "id") })),
  r("/pogcs/carbon/v1/certificates/:certificate_id/trail", "CertificateTrail", C.QueryCertificateTrailRequest, C.QueryCertificateTrailResponse, (p) => ({ certificateId: p.certificate_id })),
  r("/pogcs/carbon/v1/baskets", "Baskets", C.QueryBasketsRequest, C.QueryBasketsResponse, () => ({})),
  r("/pogcs/carbon/v1/baskets/:basket_id", "Basket", C.QueryBasketRequest, C.QueryBasketResponse, (p) => ({ basketId: p.basket_id })),
  r("/pogcs/carbon/v1/reports/:device_id/:epoch", "IssuedReport", C.QueryIssuedReportRequest, C.QueryIssuedReportResponse, (p) => ({ deviceId: uint(p.device_id, "device_id"), epoch: uint(p.epoch, "epoch") })),
];
