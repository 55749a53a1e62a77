import {
  QueryBalanceRequest, QueryBalanceResponse, QueryOwnerRequest, QueryOwnerResponse, QuerySupplyRequest, QuerySupplyResponse,
  QueryNFTsRequest, QueryNFTsResponse, QueryNFTRequest, QueryNFTResponse, QueryClassRequest, QueryClassResponse,
  QueryClassesRequest, QueryClassesResponse,
} from "cosmjs-types/cosmos/nft/v1beta1/query";
import type { Class as CosmosClass, NFT as CosmosNFT } from "cosmjs-types/cosmos/nft/v1beta1/nft";
import { Any } from "cosmjs-types/google/protobuf/any";
import { pogcs } from "../../proto/gen/pogcs.js";
import type { QuerySpec } from "../../chain/app/module.js";
import { ErrInvalidRequest } from "../../chain/errors/index.js";
import { decodeRequest } from "../shared/query-codec.js";
import { paginate } from "../shared/pagination.js";
import { fromLong, toLong } from "../devices/long.js";
import type { Nft, NftClass, NftKeeper } from "./keeper.js";
import { validateAddress, validateClassId, validateNftId } from "./keeper.js";

const S = "/cosmos.nft.v1beta1.Query";
const P = "/pogcs.nft.v1.Query";
const V1 = pogcs.nft.v1;

function anyOf(data: Uint8Array): Any | undefined {
  return data.length > 0 ? Any.decode(data) : undefined;
}

export function toCosmosClass(c: NftClass): CosmosClass {
  return { id: c.id, name: c.name, symbol: c.symbol, description: c.description, uri: c.uri, uriHash: c.uriHash, data: anyOf(c.data) };
}

export function toCosmosNft(n: Nft): CosmosNFT {
  return { classId: n.classId, id: n.id, uri: n.uri, uriHash: n.uriHash, data: anyOf(n.data) };
}

export function nftQueries(k: NftKeeper): QuerySpec[] {
  return [
    {
      path: `${S}/Balance`,
      handle(ctx, data) {
        const req = decodeRequest(QueryBalanceRequest, data);
        validateClassId(req.classId);
        validateAddress(req.owner, "owner");
        return QueryBalanceResponse.encode({ amount: k.balance(ctx, req.owner, req.classId) }).finish();
      },
    },
    {
      path: `${S}/Owner`,
      handle(ctx, data) {
        const req = decodeRequest(QueryOwnerRequest, data);
        validateClassId(req.classId);
        validateNftId(req.id);
        return QueryOwnerResponse.encode({ owner: k.ownerOf(ctx, req.classId, req.id) ?? "" }).finish();
      },
    },
    {
      path: `${S}/Supply`,
      handle(ctx, data) {
        const req = decodeRequest(QuerySupplyRequest, data);
        validateClassId(req.classId);
        return QuerySupplyResponse.encode({ amount: k.supply(ctx, req.classId) }).finish();
      },
    },
    {
      // Like the SDK: by owner (optionally within a class) or by class; one of them is required.
      path: `${S}/NFTs`,
      handle(ctx, data) {
        const req = decodeRequest(QueryNFTsRequest, data);
        if (req.classId !== "") validateClassId(req.classId);
        if (req.owner !== "") validateAddress(req.owner, "owner");
        let all: Nft[];
        if (req.owner !== "") all = k.getNftsOfOwner(ctx, req.owner, req.classId === "" ? undefined : req.classId);
        else if (req.classId !== "") all = k.getNftsOfClass(ctx, req.classId);
        else throw ErrInvalidRequest.raise("must provide at least one of classID or owner");
        const { items, pagination } = paginate(all, req.pagination);
        return QueryNFTsResponse.encode({ nfts: items.map(toCosmosNft), pagination }).finish();
      },
    },
    {
      path: `${S}/NFT`,
      handle(ctx, data) {
        const req = decodeRequest(QueryNFTRequest, data);
        validateClassId(req.classId);
        validateNftId(req.id);
        return QueryNFTResponse.encode({ nft: toCosmosNft(k.requireNft(ctx, req.classId, req.id)) }).finish();
      },
    },
    {
      path: `${S}/Class`,
      handle(ctx, data) {
        const req = decodeRequest(QueryClassRequest, data);
        validateClassId(req.classId);
        return QueryClassResponse.encode({ class: toCosmosClass(k.requireClass(ctx, req.classId)) }).finish();
      },
    },
    {
      path: `${S}/Classes`,
      handle(ctx, data) {
        const req = decodeRequest(QueryClassesRequest, data);
        const { items, pagination } = paginate(k.getClasses(ctx), req.pagination);
        return QueryClassesResponse.encode({ classes: items.map(toCosmosClass), pagination }).finish();
      },
    },
    {
      path: `${P}/UserOf`,
      handle(ctx, data) {
        const req = decodeRequest(V1.QueryUserOfRequest, data);
        validateClassId(req.classId);
        validateNftId(req.id);
        const u = k.getUsageRight(ctx, req.classId, req.id);
        const at = fromLong(req.atTime);
        if (!u || (at > 0n && at >= u.expires)) return V1.QueryUserOfResponse.encode({}).finish();
        return V1.QueryUserOfResponse.encode({ user: u.user, expires: toLong(u.expires) }).finish();
      },
    },
    {
      path: `${P}/Approved`,
      handle(ctx, data) {
        const req = decodeRequest(V1.QueryApprovedRequest, data);
        validateClassId(req.classId);
        validateNftId(req.id);
        return V1.QueryApprovedResponse.encode({ spender: k.getApproved(ctx, req.classId, req.id) ?? "" }).finish();
      },
    },
    {
      path: `${P}/IsApprovedForAll`,
      handle(ctx, data) {
        const req = decodeRequest(V1.QueryIsApprovedForAllRequest, data);
        validateAddress(req.owner, "owner");
        validateAddress(req.operator, "operator");
        return V1.QueryIsApprovedForAllResponse.encode({ approved: k.isApprovedForAll(ctx, req.owner, req.operator) }).finish();
      },
    },
    {
      path: `${P}/ClassInfo`,
      handle(ctx, data) {
        const req = decodeRequest(V1.QueryClassInfoRequest, data);
        validateClassId(req.classId);
        return V1.QueryClassInfoResponse.encode({ class: k.requireClass(ctx, req.classId) }).finish();
      },
    },
  ];
}
