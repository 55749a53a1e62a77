import {
  QueryBalanceRequest, QueryBalanceResponse, QueryAllBalancesRequest, QueryAllBalancesResponse,
  QuerySpendableBalancesRequest, QuerySpendableBalancesResponse, QuerySpendableBalanceByDenomRequest,
  QuerySpendableBalanceByDenomResponse, QueryTotalSupplyRequest, QueryTotalSupplyResponse,
  QuerySupplyOfRequest, QuerySupplyOfResponse, QueryParamsRequest, QueryParamsResponse,
  QueryDenomMetadataRequest, QueryDenomMetadataResponse, QueryDenomsMetadataRequest, QueryDenomsMetadataResponse,
} from "cosmjs-types/cosmos/bank/v1beta1/query";
import type { QuerySpec } from "../../chain/app/module.js";
import { coinToProto, validateDenom } from "../../chain/codec/coins.js";
import { parseAccAddress } from "../../chain/codec/address.js";
import { ErrKeyNotFound } from "../../chain/errors/index.js";
import { decodeRequest } from "../shared/query-codec.js";
import { paginate } from "../shared/pagination.js";
import type { BankKeeper } from "./keeper.js";

const S = "/cosmos.bank.v1beta1.Query";

export function bankQueries(k: BankKeeper): QuerySpec[] {
  return [
    {
      path: `${S}/Balance`,
      handle(ctx, data) {
        const req = decodeRequest(QueryBalanceRequest, data);
        parseAccAddress(req.address);
        validateDenom(req.denom);
        const amount = k.getBalance(ctx, req.address, req.denom);
        return QueryBalanceResponse.encode({ balance: coinToProto({ denom: req.denom, amount }) }).finish();
      },
    },
    {
      path: `${S}/AllBalances`,
      handle(ctx, data) {
        const req = decodeRequest(QueryAllBalancesRequest, data);
        const { items, pagination } = paginate(k.getAllBalances(ctx, req.address), req.pagination);
        return QueryAllBalancesResponse.encode({ balances: items.map(coinToProto), pagination }).finish();
      },
    },
    {
      // No vesting or locks yet: everything held is spendable.
      path: `${S}/SpendableBalances`,
      handle(ctx, data) {
        const req = decodeRequest(QuerySpendableBalancesRequest, data);
        const { items, pagination } = paginate(k.getAllBalances(ctx, req.address), req.pagination);
        return QuerySpendableBalancesResponse.encode({ balances: items.map(coinToProto), pagination }).finish();
      },
    },
    {
      path: `${S}/SpendableBalanceByDenom`,
      handle(ctx, data) {
        const req = decodeRequest(QuerySpendableBalanceByDenomRequest, data);
        parseAccAddress(req.address);
        validateDenom(req.denom);
        const amount = k.getBalance(ctx, req.address, req.denom);
        return QuerySpendableBalanceByDenomResponse.encode({ balance: coinToProto({ denom: req.denom, amount }) }).finish();
      },
    },
    {
      path: `${S}/TotalSupply`,
      handle(ctx, data) {
        const req = decodeRequest(QueryTotalSupplyRequest, data);
        const { items, pagination } = paginate(k.getTotalSupply(ctx), req.pagination);
        return QueryTotalSupplyResponse.encode({ supply: items.map(coinToProto), pagination }).finish();
      },
    },
    {
      path: `${S}/SupplyOf`,
      handle(ctx, data) {
        const req = decodeRequest(QuerySupplyOfRequest, data);
        validateDenom(req.denom);
        return QuerySupplyOfResponse.encode({ amount: coinToProto({ denom: req.denom, amount: k.getSupply(ctx, req.denom) }) }).finish();
      },
    },
    {
      path: `${S}/Params`,
      handle(ctx, data) {
        decodeRequest(QueryParamsRequest, data);
        return QueryParamsResponse.encode({ params: k.params(ctx) }).finish();
      },
    },
    {
      path: `${S}/DenomMetadata`,
      handle(ctx, data) {
        const req = decodeRequest(QueryDenomMetadataRequest, data);
        const m = k.getDenomMetadata(ctx, req.denom);
        if (!m) throw ErrKeyNotFound.raise(`rpc error: code = NotFound desc = client metadata for denom ${req.denom}`);
        return QueryDenomMetadataResponse.encode({ metadata: m }).finish();
      },
    },
    {
      path: `${S}/DenomsMetadata`,
      handle(ctx, data) {
        const req = decodeRequest(QueryDenomsMetadataRequest, data);
        const { items, pagination } = paginate(k.getAllDenomMetadata(ctx), req.pagination);
        return QueryDenomsMetadataResponse.encode({ metadatas: items, pagination }).finish();
      },
    },
  ];
}
