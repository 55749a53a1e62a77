import { describe, it, expect } from "vitest";
import {
  QueryBalanceRequest, QueryBalanceResponse, QueryOwnerRequest, QueryOwnerResponse, QuerySupplyRequest, QuerySupplyResponse,
  QueryNFTsRequest, QueryNFTsResponse, QueryNFTRequest, QueryNFTResponse, QueryClassRequest, QueryClassResponse,
  QueryClassesRequest, QueryClassesResponse,
} from "cosmjs-types/cosmos/nft/v1beta1/query";
import { Any } from "cosmjs-types/google/protobuf/any";
import { pogcs } from "../../proto/gen/pogcs.js";
import { isChainError } from "../../chain/errors/index.js";
import { fromLong, toLong } from "../devices/long.js";
import { createNftSpecKit, type NftSpecKit } from "./spec-kit.js";
import { exportNftGenesis, initNftGenesis } from "./genesis.js";

const S = "/cosmos.nft.v1beta1.Query";
const V1 = pogcs.nft.v1;
const data = Any.encode({ typeUrl: "/x.Y", value: Uint8Array.of(1, 2) }).finish();

function setup(): NftSpecKit {
  const k = createNftSpecKit();
  const r = k.atomic((ctx) => {
    k.keeper.createClass(ctx, { id: "gpu", name: "GPU", symbol: "G", description: "d", uri: "u", uriHash: "h", data, admin: k.addr(0), module: "", transferable: true });
    k.capabilities.createModuleClass(ctx, "amm", { id: "lp-pos", transferable: true });
    for (const [c, id, o] of [["gpu", "a-1", 1], ["gpu", "a-2", 1], ["gpu", "a-3", 2], ["lp-pos", "p-1", 1]] as const) {
      k.keeper.mint(ctx, c === "gpu" ? { account: k.addr(0) } : { module: "amm" }, { classId: c, id, owner: k.addr(o), uri: `ipfs://${id}`, uriHash: "", data: id === "a-1" ? data : new Uint8Array() });
    }
    k.keeper.approve(ctx, k.addr(1), "gpu", "a-1", k.addr(3));
    k.keeper.setApprovalForAll(ctx, k.addr(1), k.addr(4), true);
    k.keeper.setUser(ctx, { account: k.addr(1) }, "gpu", "a-2", k.addr(5), k.time + 50n);
  });
  expect(r.code, r.log).toBe(0);
  return k;
}

describe("cosmos.nft.v1beta1.Query", () => {
  it("answers Balance, Owner, Supply, NFT, Class, Classes and NFTs with cosmjs-types encodings", () => {
    const k = setup();
    expect(QueryBalanceResponse.decode(k.query(`${S}/Balance`, QueryBalanceRequest.encode({ classId: "gpu", owner: k.addr(1) }).finish())).amount).toBe(2n);
    expect(QueryOwnerResponse.decode(k.query(`${S}/Owner`, QueryOwnerRequest.encode({ classId: "gpu", id: "a-3" }).finish())).owner).toBe(k.addr(2));
    expect(QueryOwnerResponse.decode(k.query(`${S}/Owner`, QueryOwnerRequest.encode({ classId: "gpu", id: "zz-9" }).finish())).owner).toBe("");
    expect(QuerySupplyResponse.decode(k.query(`${S}/Supply`, QuerySupplyRequest.encode({ classId: "gpu" }).finish())).amount).toBe(3n);
    const nft = QueryNFTResponse.decode(k.query(`${S}/NFT`, QueryNFTRequest.encode({ classId: "gpu", id: "a-1" }).finish())).nft!;
    expect(nft).toMatchObject({ classId: "gpu", id: "a-1", uri: "ipfs://a-1", data: { typeUrl: "/x.Y" } });
    const cls = QueryClassResponse.decode(k.query(`${S}/Class`, QueryClassRequest.encode({ classId: "gpu" }).finish())).class!;
    expect(cls).toMatchObject({ id: "gpu", name: "GPU", symbol: "G", description: "d", uri: "u", uriHash: "h" });
    const classes = QueryClassesResponse.decode(k.query(`${S}/Classes`, QueryClassesRequest.encode({}).finish()));
    expect(classes.classes.map((c) => c.id)).toEqual(["gpu", "lp-pos"]);
    const byOwner = QueryNFTsResponse.decode(k.query(`${S}/NFTs`, QueryNFTsRequest.encode({ classId: "", owner: k.addr(1) }).finish()));
    expect(byOwner.nfts.map((n) => `${n.classId}/${n.id}`)).toEqual(["gpu/a-1", "gpu/a-2", "lp-pos/p-1"]);
    const byBoth = QueryNFTsResponse.decode(k.query(`${S}/NFTs`, QueryNFTsRequest.encode({ classId: "gpu", owner: k.addr(1), pagination: { key: new Uint8Array(), offset: 0n, limit: 1n, countTotal: true, reverse: false } }).finish()));
    expect(byBoth.nfts.map((n) => n.id)).toEqual(["a-1"]);
    expect(byBoth.pagination?.total).toBe(2n);
    const byClass = QueryNFTsResponse.decode(k.query(`${S}/NFTs`, QueryNFTsRequest.encode({ classId: "gpu", owner: "" }).finish()));
    expect(byClass.nfts.map((n) => n.id)).toEqual(["a-1", "a-2", "a-3"]);
  });

  it("refuses unknown classes and NFTs with typed errors", () => {
    const k = setup();
    const code = (f: () => unknown) => {
      try {
        f();
        return "ok";
      } catch (e) {
        return isChainError(e) ? `${e.codespace}:${e.code}` : "crash";
      }
    };
    expect(code(() => k.query(`${S}/Class`, QueryClassRequest.encode({ classId: "nope" }).finish()))).toBe("nft:4");
    expect(code(() => k.query(`${S}/NFT`, QueryNFTRequest.encode({ classId: "gpu", id: "zz-9" }).finish()))).toBe("nft:6");
    expect(code(() => k.query(`${S}/NFTs`, QueryNFTsRequest.encode({ classId: "", owner: "" }).finish()))).toBe("sdk:18");
    expect(code(() => k.query(`${S}/Owner`, Uint8Array.of(0xff, 0xff)))).toBe("sdk:18");
  });
});

describe("pogcs.nft.v1.Query", () => {
  it("answers UserOf (with and without at_time), Approved, IsApprovedForAll and ClassInfo", () => {
    const k = setup();
    const user = (atTime: bigint) => V1.QueryUserOfResponse.decode(k.query("/pogcs.nft.v1.Query/UserOf", V1.QueryUserOfRequest.encode({ classId: "gpu", id: "a-2", atTime: toLong(atTime) }).finish()));
    expect(user(0n).user).toBe(k.addr(5));
    expect(fromLong(user(0n).expires)).toBe(k.time + 50n);
    expect(user(k.time + 49n).user).toBe(k.addr(5));
    expect(user(k.time + 50n).user).toBe("");
    expect(V1.QueryApprovedResponse.decode(k.query("/pogcs.nft.v1.Query/Approved", V1.QueryApprovedRequest.encode({ classId: "gpu", id: "a-1" }).finish())).spender).toBe(k.addr(3));
    expect(V1.QueryIsApprovedForAllResponse.decode(k.query("/pogcs.nft.v1.Query/IsApprovedForAll", V1.QueryIsApprovedForAllRequest.encode({ owner: k.addr(1), operator: k.addr(4) }).finish())).approved).toBe(true);
    const info = V1.QueryClassInfoResponse.decode(k.query("/pogcs.nft.v1.Query/ClassInfo", V1.QueryClassInfoRequest.encode({ classId: "lp-pos" }).finish())).class!;
    expect({ module: info.module, admin: info.admin, transferable: info.transferable }).toEqual({ module: "amm", admin: "", transferable: true });
  });
});

describe("genesis", () => {
  it("exports and re-imports the same state", () => {
    const k = setup();
    const g = exportNftGenesis(k.keeper, k.ctx());
    expect(g.nfts).toHaveLength(4);
    const k2 = createNftSpecKit();
    expect(k2.atomic((ctx) => initNftGenesis(k2.keeper, ctx, JSON.parse(JSON.stringify(g)))).code).toBe(0);
    expect(exportNftGenesis(k2.keeper, k2.ctx())).toEqual(g);
    expect(k2.invariantFailures()).toEqual([]);
  });

  it("drops usage rights that ended before genesis", () => {
    const k = setup();
    const g = exportNftGenesis(k.keeper, k.ctx());
    const k2 = createNftSpecKit();
    k2.time = k.time + 50n;
    expect(k2.atomic((ctx) => initNftGenesis(k2.keeper, ctx, g)).code).toBe(0);
    expect(exportNftGenesis(k2.keeper, k2.ctx()).users).toEqual([]);
  });
});
