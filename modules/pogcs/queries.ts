import type { QuerySpec } from "../../chain/app/module.js";
import { parseAccAddress, parseValAddress } from "../../chain/codec/address.js";
import { pogcs } from "../../proto/gen/pogcs.js";
import { decodeRequest } from "../shared/query-codec.js";
import { fromLong } from "../devices/long.js";
import { storedToProto, type PogcsKeeper } from "./keeper.js";
import { emissionToProto, pogcsParamsToProto } from "./params.js";
import { ledgerToProto } from "./ledger.js";
import { ErrDeviceResultNotFound, ErrValidatorNotFound } from "./errors.js";

import P = pogcs.pogcs.v1;

export const POGCS_QUERY = "/pogcs.pogcs.v1.Query";

export function pogcsQueries(k: PogcsKeeper): QuerySpec[] {
  return [
    {
      path: `${POGCS_QUERY}/Params`,
      handle(ctx, data) {
        decodeRequest(P.QueryParamsRequest, data);
        return P.QueryParamsResponse.encode({ params: pogcsParamsToProto(k.params(ctx)), emission: emissionToProto(k.emission(ctx)) }).finish();
      },
    },
    {
      path: `${POGCS_QUERY}/ValidatorPower`,
      handle(ctx, data) {
        const req = decodeRequest(P.QueryValidatorPowerRequest, data);
        parseValAddress(req.operator);
        const row = k.getPower(ctx, req.operator);
        if (!row) throw ErrValidatorNotFound.raise(req.operator);
        return P.QueryValidatorPowerResponse.encode({ power: storedToProto(row) }).finish();
      },
    },
    {
      path: `${POGCS_QUERY}/ValidatorPowers`,
      handle(ctx, data) {
        decodeRequest(P.QueryValidatorPowersRequest, data);
        const rows = k.powerTable(ctx);
        const total = rows.reduce((s, r) => s + r.power, 0n);
        return P.QueryValidatorPowersResponse.encode({ powers: rows.map(storedToProto), total: total.toString() }).finish();
      },
    },
    {
      path: `${POGCS_QUERY}/PendingRewards`,
      handle(ctx, data) {
        const req = decodeRequest(P.QueryPendingRewardsRequest, data);
        parseAccAddress(req.address);
        return P.QueryPendingRewardsResponse.encode({ amount: k.pending(ctx, req.address).toString(), denom: k.emission(ctx).denom }).finish();
      },
    },
    {
      path: `${POGCS_QUERY}/Ledger`,
      handle(ctx, data) {
        decodeRequest(P.QueryLedgerRequest, data);
        return P.QueryLedgerResponse.encode({ ledger: ledgerToProto(k.ledger(ctx)) }).finish();
      },
    },
    {
      path: `${POGCS_QUERY}/DeviceRewards`,
      handle(ctx, data) {
        const req = decodeRequest(P.QueryDeviceRewardsRequest, data);
        const r = k.getDeviceResult(ctx, fromLong(req.deviceId), fromLong(req.epoch));
        if (!r) throw ErrDeviceResultNotFound.raise();
        return P.QueryDeviceRewardsResponse.encode({ result: r }).finish();
      },
    },
  ];
}
