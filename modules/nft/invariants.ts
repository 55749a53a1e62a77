import type { Invariant } from "../../chain/app/module.js";
import type { NftKeeper } from "./keeper.js";

/** Owner index = NFT records (one entry each, same owner); supply per class = count of its NFTs. */
export function nftInvariants(k: NftKeeper): Invariant[] {
  return [
    {
      name: "owner-index",
      check(ctx) {
        const owners = new Map<string, string>();
        for (const n of k.iterateAllNfts(ctx)) {
          if (!k.getClass(ctx, n.classId)) return `nft ${n.classId}/${n.id} has no class`;
          owners.set(`${n.classId}\u0000${n.id}`, n.owner);
        }
        let entries = 0;
        for (const e of k.iterateOwnerIndex(ctx)) {
          entries++;
          const owner = owners.get(`${e.classId}\u0000${e.id}`);
          if (owner === undefined) return `owner index lists missing nft ${e.classId}/${e.id} for ${e.owner}`;
          if (owner !== e.owner) return `owner index lists ${e.owner} for ${e.classId}/${e.id} owned by ${owner}`;
        }
        if (entries !== owners.size) return `${owners.size} nfts but ${entries} owner index entries`;
        return undefined;
      },
    },
    {
      name: "class-supply",
      check(ctx) {
        const counts = new Map<string, bigint>();
        for (const n of k.iterateAllNfts(ctx)) counts.set(n.classId, (counts.get(n.classId) ?? 0n) + 1n);
        for (const { classId, supply } of k.iterateSupplies(ctx)) {
          const c = counts.get(classId) ?? 0n;
          if (c !== supply) return `supply of class ${classId} is ${supply} but it has ${c} nfts`;
          counts.delete(classId);
        }
        for (const [classId, c] of counts) return `class ${classId} has ${c} nfts with no supply recorded`;
        return undefined;
      },
    },
  ];
}
