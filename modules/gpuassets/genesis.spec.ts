import { describe, expect, it } from "vitest";
import { createGpuSpecKit, type GpuSpecKit } from "./spec-kit.js";
import { gpuMsg as g, type AnyMsg } from "./test-msgs.js";
import { AssetStatus } from "./types.js";

const coin = (n: bigint) => ({ denom: "ugcs", amount: n.toString() });

function ok(k: GpuSpecKit, m: AnyMsg): void {
  const r = k.run(m.typeUrl, m.value);
  expect(r.log).toBe("");
}

function exportBoth(k: GpuSpecKit) {
  const q = k.qctx();
  return { nft: k.nftModule.module.exportGenesis!(q), gpuassets: k.module.exportGenesis!(q) };
}

describe("gpuassets genesis", () => {
  it("default genesis creates the module-owned transferable class and is valid", () => {
    const k = createGpuSpecKit();
    const c = k.nftModule.keeper.getClass(k.qctx(), "gpu-asset")!;
    expect([c.module, c.admin, c.transferable]).toEqual(["gpuassets", "", true]);
    expect(k.invariantFailures()).toEqual([]);
  });

  it("export then import reproduces the state: assets, history, loans, appraisers, pledges still locked", () => {
    const k = createGpuSpecKit();
    const [A, L, X, O] = [k.addr(0), k.addr(1), k.addr(2), k.addr(3)];
    for (const id of [1n, 2n, 3n]) k.addDevice(id, A);
    k.fund(L, { denom: "ugcs", amount: 10_000_000n });
    ok(k, g.addAppraiser(k.gov, X));
    for (const id of [1n, 2n, 3n]) {
      ok(k, g.mint(A, id));
      ok(k, g.appraise(X, id, coin(1_000_000n)));
    }
    ok(k, g.insure(A, 1n, O, coin(900_000n), k.time + 1000n));
    ok(k, g.pledge(A, 1n, L, coin(100_000n), 500n));
    ok(k, g.fund(L, 1n));
    ok(k, g.pledge(A, 2n, L, coin(100_000n), 5n));
    ok(k, g.fund(L, 2n));
    k.time += 10n;
    ok(k, g.claim(L, 2n));
    ok(k, g.pledge(A, 3n, L, coin(5n), 5n));
    const first = exportBoth(k);
    const k2 = createGpuSpecKit(JSON.parse(JSON.stringify(first)));
    expect(exportBoth(k2)).toEqual(first);
    expect(k2.invariantFailures()).toEqual([]);
    expect(k2.keeper.getAsset(k2.qctx(), 2n)!.status).toBe(AssetStatus.ASSET_STATUS_DEFAULTED);
    expect(k2.keeper.getAsset(k2.qctx(), 1n)!.insurance!.insurer).toBe(O);
    // The guard is live in the imported app, and the loan sequence continues.
    k2.time = k.time;
    const send = g.nftSend(A, 1n, O);
    expect(k2.run(send.typeUrl, send.value).code).toBe(15);
    ok(k2, g.cancel(A, 3n));
    const r = k2.run(g.pledge(A, 3n, L, coin(5n), 5n).typeUrl, g.pledge(A, 3n, L, coin(5n), 5n).value);
    expect(r.code).toBe(0);
    expect(k2.keeper.getAsset(k2.qctx(), 3n)!.loanId).toBe(4n);
  });

  it("refuses an asset whose NFT is missing from nft genesis", () => {
    const k = createGpuSpecKit();
    k.addDevice(1n, k.addr(0));
    ok(k, g.mint(k.addr(0), 1n));
    const { gpuassets } = exportBoth(k);
    expect(() => createGpuSpecKit({ nft: undefined, gpuassets: JSON.parse(JSON.stringify(gpuassets)) })).toThrow(/missing from nft genesis/);
  });
});
