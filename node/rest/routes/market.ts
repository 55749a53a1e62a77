import { pogcs } from "../../../proto/gen/pogcs.js";
import { RestError, GRPC } from "../errors.js";
import type { GrpcRoute } from "../routes.js";
import { page, routeMaker, uint } from "./kit.js";

const STATUSES: Record<string, string> = {
  open: "CONTRACT_STATUS_OPEN", active: "CONTRACT_STATUS_ACTIVE", submitted: "CONTRACT_STATUS_SUBMITTED", voting: "CONTRACT_STATUS_VOTING",
  completed: "CONTRACT_STATUS_COMPLETED", expired: "CONTRACT_STATUS_EXPIRED", slashed: "CONTRACT_STATUS_SLASHED", cancelled: "CONTRACT_STATUS_CANCELLED",
};

/** `open` or `CONTRACT_STATUS_OPEN`. */
function status(v: string | undefined): string {
  const s = STATUSES[(v ?? "").toLowerCase()] ?? (Object.values(STATUSES).includes(v ?? "") ? v! : undefined);
  if (!s) throw new RestError(GRPC.INVALID_ARGUMENT, `status must be one of ${Object.keys(STATUSES).join(", ")}`);
  return s;
}

const Q = pogcs.market.v1;
const S = "pogcs.market.v1.Query";

const r = routeMaker(S);

/** REST paths of the market module (`/pogcs/market/v1/...`), served by its ABCI queries. */
export const MARKET_ROUTES: GrpcRoute[] = [
  r("/pogcs/market/v1/params", "Params", Q.QueryParamsRequest, Q.QueryParamsResponse, () => ({})),
  r("/pogcs/market/v1/contracts/:contract_id", "Contract", Q.QueryContractRequest, Q.QueryContractResponse, (p) => ({ contractId: uint(p.contract_id, "contract_id") })),
  r("/pogcs/market/v1/contracts/:contract_id/committee", "Committee", Q.QueryCommitteeRequest, Q.QueryCommitteeResponse, (p) => ({ contractId: uint(p.contract_id, "contract_id") })),
  r("/pogcs/market/v1/requesters/:requester/contracts", "ContractsByRequester", Q.QueryContractsByRequesterRequest, Q.QueryContractsResponse, (p, q) => ({ requester: p.requester, page: page(q) })),
  r("/pogcs/market/v1/providers/:provider/contracts", "ContractsByProvider", Q.QueryContractsByProviderRequest, Q.QueryContractsResponse, (p, q) => ({ provider: p.provider, page: page(q) })),
  r("/pogcs/market/v1/status/:status/contracts", "ContractsByStatus", Q.QueryContractsByStatusRequest, Q.QueryContractsResponse, (p, q) => ({ status: status(p.status), page: page(q) })),
  r("/pogcs/market/v1/positions/:nft_id", "Position", Q.QueryPositionRequest, Q.QueryPositionResponse, (p) => ({ nftId: p.nft_id })),
];
