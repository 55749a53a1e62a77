import type { Invariant } from "../../chain/app/module.js";
import type { GpuAssetsKeeper } from "./keeper.js";
import { GPU_ASSET_CLASS, nftIdOf } from "./keys.js";
import { AssetStatus, isOpenLoan } from "./types.js";

/**
 * No coins are escrowed (funding and repayment go account to account), so there is no escrow
 * balance to reconcile; the invariants cover the asset/NFT/loan bookkeeping.
 */
export function gpuAssetsInvariants(k: GpuAssetsKeeper): Invariant[] {
  return [
    {
      // Each asset has exactly one NFT, id = device-<asset id>, and the class holds nothing else.
      name: "asset-nft",
      check(ctx) {
        let n = 0n;
        for (const a of k.iterateAssets(ctx)) {
          n++;
          if (a.nftId !== nftIdOf(a.assetId)) return `asset ${a.assetId} has nft id ${a.nftId}`;
          if (!k.nft.getNft(ctx, GPU_ASSET_CLASS, a.nftId)) return `asset ${a.assetId} has no nft`;
        }
        const supply = k.nft.supply(ctx, GPU_ASSET_CLASS);
        if (supply !== n) return `${n} assets but class ${GPU_ASSET_CLASS} has ${supply} nfts`;
        return undefined;
      },
    },
    {
      // PLEDGED <=> one open loan pointing both ways; the pledger still holds the NFT.
      name: "pledges",
      check(ctx) {
        const open = new Map<bigint, bigint>();
        for (const l of k.iterateLoans(ctx)) {
          if (!isOpenLoan(l)) continue;
          if (open.has(l.assetId)) return `asset ${l.assetId} has two open loans`;
          open.set(l.assetId, l.loanId);
          const a = k.getAsset(ctx, l.assetId);
          if (!a) return `loan ${l.loanId} on missing asset ${l.assetId}`;
          if (a.status !== AssetStatus.ASSET_STATUS_PLEDGED || a.loanId !== l.loanId) return `open loan ${l.loanId} but asset ${a.assetId} is status ${a.status} loan ${a.loanId}`;
          const owner = k.nft.ownerOf(ctx, GPU_ASSET_CLASS, a.nftId);
          if (owner !== l.borrower) return `pledged asset ${a.assetId} is held by ${owner}, not the borrower ${l.borrower}`;
        }
        for (const a of k.iterateAssets(ctx)) {
          const pledged = a.status === AssetStatus.ASSET_STATUS_PLEDGED;
          if (pledged !== open.has(a.assetId)) return `asset ${a.assetId} status ${a.status} without a matching open loan`;
          if (!pledged && a.loanId !== 0n) return `free asset ${a.assetId} points at loan ${a.loanId}`;
        }
        return undefined;
      },
    },
    {
      name: "appraisal-history",
      check(ctx) {
        for (const a of k.iterateAssets(ctx)) {
          const h = k.getAppraisals(ctx, a.assetId);
          if (BigInt(h.length) !== a.appraisalCount) return `asset ${a.assetId} counts ${a.appraisalCount} appraisals, has ${h.length}`;
          for (let i = 0; i < h.length; i++) if (h[i]!.seq !== BigInt(i + 1)) return `asset ${a.assetId} appraisal ${i + 1} has seq ${h[i]!.seq}`;
        }
        return undefined;
      },
    },
  ];
}
