import { Any } from "cosmjs-types/google/protobuf/any";
import { pogcs } from "../../proto/gen/pogcs.js";
import type { Context } from "../../chain/app/context.js";
import { makeEvent } from "../../chain/events/types.js";
import { isComputeClass } from "../devices/types.js";
import type { ReadCtx } from "./expected-keepers.js";
import { ErrAssetExists, ErrDeviceNotFound, ErrNotComputeDevice, ErrNotDeviceOwner, ErrTransferWhilePledged } from "./errors.js";
import type { GpuAssetsKeeper } from "./keeper.js";
import { GPUASSETS, GPU_ASSET_CLASS, assetIdOfNft, nftIdOf } from "./keys.js";
import { AssetStatus, metadataToProto, type GpuAsset, type GpuMetadata } from "./types.js";
import { validateAssetId } from "./validate.js";

export const METADATA_TYPE_URL = "/pogcs.gpuassets.v1.GpuAssetMetadata";

/** Creates the module-owned, transferable NFT class (genesis; skipped when imported by nft genesis). */
export function ensureGpuAssetClass(k: GpuAssetsKeeper, ctx: Context): void {
  if (k.nft.getClass(ctx, GPU_ASSET_CLASS)) return;
  k.nft.createModuleClass(ctx, GPUASSETS, {
    id: GPU_ASSET_CLASS, name: "GPU asset", symbol: "GPUA", transferable: true,
    description: "One NFT per registered GPU-carrying device: title reference, valuations, insurance, pledges",
  });
}

/** The NFT's data: the hardware metadata as a google.protobuf.Any (cosmos x/nft NFT.data). */
export function encodeMetadataAny(m: GpuMetadata): Uint8Array {
  const value = pogcs.gpuassets.v1.GpuAssetMetadata.encode(metadataToProto(m)).finish();
  return Any.encode({ typeUrl: METADATA_TYPE_URL, value }).finish();
}

/** Mints the asset NFT of a compute device to its registry owner, once per device. */
export function processMintGpuAsset(k: GpuAssetsKeeper, ctx: Context, owner: string, deviceId: bigint): GpuAsset {
  validateAssetId(deviceId);
  const d = k.devices.getDevice(ctx, deviceId);
  if (!d) throw ErrDeviceNotFound.raise(`device ${deviceId}`);
  if (!isComputeClass(d.deviceClass)) throw ErrNotComputeDevice.raise(`device ${deviceId} has class ${d.deviceClass}`);
  if (d.owner !== owner) throw ErrNotDeviceOwner.raise(`${owner} on device ${deviceId}`);
  if (k.getAsset(ctx, deviceId)) throw ErrAssetExists.raise(`device ${deviceId}`);
  const metadata: GpuMetadata = {
    deviceId, gpuModel: d.capacity.gpuModel, gpuCount: d.capacity.gpuCount, makerId: d.makerId, fp32TflopsMilli: d.capacity.fp32TflopsMilli, deviceClass: d.deviceClass,
  };
  const asset: GpuAsset = {
    assetId: deviceId, nftId: nftIdOf(deviceId), metadata, status: AssetStatus.ASSET_STATUS_FREE, loanId: 0n,
    mintedBy: owner, mintedTime: ctx.block.timeSeconds, mintedHeight: ctx.block.height, appraisalCount: 0n,
  };
  k.nft.mint(ctx, GPUASSETS, { classId: GPU_ASSET_CLASS, id: asset.nftId, owner, data: encodeMetadataAny(metadata) });
  k.setAsset(ctx, asset);
  ctx.emit(makeEvent("pogcs.gpuassets.v1.EventMintGpuAsset", [
    ["asset_id", deviceId.toString()], ["nft_id", asset.nftId], ["owner", owner], ["gpu_model", metadata.gpuModel], ["gpu_count", String(metadata.gpuCount)],
  ]));
  return asset;
}

/** nft transfer guard: a pledged asset's NFT does not move (message or module transfer). */
export function gpuAssetTransferGuard(k: GpuAssetsKeeper) {
  return (ctx: ReadCtx, t: { classId: string; id: string; from: string; to: string }): void => {
    if (t.classId !== GPU_ASSET_CLASS) return;
    const id = assetIdOfNft(t.id);
    if (id === undefined) return;
    const a = k.getAsset(ctx, id);
    if (a?.status === AssetStatus.ASSET_STATUS_PLEDGED) throw ErrTransferWhilePledged.raise(`asset ${id} backs loan ${a.loanId}`);
  };
}
