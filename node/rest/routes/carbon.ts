import { pogcs } from "../../../proto/gen/pogcs.js";
import type { GrpcRoute } from "../routes.js";
import { h3Cell, page, routeMaker, uint } from "./kit.js";

const C = pogcs.carbon.v1;
const S = "pogcs.carbon.v1.Query";

const r = routeMaker(S);

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
