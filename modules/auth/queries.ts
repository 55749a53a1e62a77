import {
  QueryAccountRequest, QueryAccountResponse, QueryAccountsRequest, QueryAccountsResponse,
  QueryParamsRequest, QueryParamsResponse, QueryModuleAccountByNameRequest, QueryModuleAccountByNameResponse,
  Bech32PrefixRequest, Bech32PrefixResponse, QueryAccountInfoRequest, QueryAccountInfoResponse,
} from "cosmjs-types/cosmos/auth/v1beta1/query";
import { PubKey as Secp256k1PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import type { QuerySpec } from "../../chain/app/module.js";
import { ErrKeyNotFound } from "../../chain/errors/index.js";
import { ACCOUNT_PREFIX } from "../../chain/codec/address.js";
import { decodeRequest } from "../shared/query-codec.js";
import { paginate } from "../shared/pagination.js";
import { encodeAccountAny } from "./account.js";
import { moduleAddress, type AccountKeeper } from "./keeper.js";

const S = "/cosmos.auth.v1beta1.Query";

export function authQueries(k: AccountKeeper): QuerySpec[] {
  return [
    {
      path: `${S}/Account`,
      handle(ctx, data) {
        const req = decodeRequest(QueryAccountRequest, data);
        const acc = k.getAccount(ctx, req.address);
        if (!acc) throw ErrKeyNotFound.raise(`rpc error: code = NotFound desc = account ${req.address} not found`);
        return QueryAccountResponse.encode({ account: encodeAccountAny(acc) }).finish();
      },
    },
    {
      path: `${S}/AccountInfo`,
      handle(ctx, data) {
        const req = decodeRequest(QueryAccountInfoRequest, data);
        const acc = k.getAccount(ctx, req.address);
        if (!acc) throw ErrKeyNotFound.raise(`rpc error: code = NotFound desc = account ${req.address} not found`);
        return QueryAccountInfoResponse.encode({
          info: {
            address: acc.address,
            pubKey: acc.pubKey
              ? { typeUrl: "/cosmos.crypto.secp256k1.PubKey", value: Secp256k1PubKey.encode({ key: acc.pubKey }).finish() }
              : undefined,
            accountNumber: acc.accountNumber,
            sequence: acc.sequence,
          },
        }).finish();
      },
    },
    {
      path: `${S}/Accounts`,
      handle(ctx, data) {
        const req = decodeRequest(QueryAccountsRequest, data);
        const { items, pagination } = paginate([...k.iterateAccounts(ctx)], req.pagination);
        return QueryAccountsResponse.encode({ accounts: items.map(encodeAccountAny), pagination }).finish();
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
      path: `${S}/ModuleAccountByName`,
      handle(ctx, data) {
        const req = decodeRequest(QueryModuleAccountByNameRequest, data);
        const acc = k.isModuleAccountName(req.name) ? k.getAccount(ctx, moduleAddress(req.name)) : undefined;
        if (!acc) throw ErrKeyNotFound.raise(`rpc error: code = NotFound desc = account ${req.name} not found`);
        return QueryModuleAccountByNameResponse.encode({ account: encodeAccountAny(acc) }).finish();
      },
    },
    {
      path: `${S}/Bech32Prefix`,
      handle(_ctx, data) {
        decodeRequest(Bech32PrefixRequest, data);
        return Bech32PrefixResponse.encode({ bech32Prefix: ACCOUNT_PREFIX }).finish();
      },
    },
  ];
}
