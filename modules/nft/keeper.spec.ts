import { describe, it, expect } from "vitest";
import type { ReadCtx } from "../auth/keeper.js";
import { registerError } from "../../chain/errors/index.js";
import { createNftSpecKit, type NftSpecKit } from "./spec-kit.js";
import { ErrNotTransferable, ErrRentalActive, ErrTransferBlocked } from "./errors.js";

const ErrPledged = registerError("nft-spec-devices", 2, "gpu asset is pledged");

function withModuleClass(transferable: boolean): NftSpecKit {
  const k = createNftSpecKit();
  const r = k.atomic((ctx) => {
    k.capabilities.createModuleClass(ctx, "devices", { id: "gpu-asset", name: "GPU", transferable });
    k.capabilities.mint(ctx, "devices", { classId: "gpu-asset", id: "dev-1", owner: k.addr(1), uri: "ipfs://gpu" });
  });
  expect(r.code, r.log).toBe(0);
  return k;
}

describe("usage rights (ERC-4907)", () => {
  it("survive a transfer until block time reaches expiry, then userOf is empty and a new right may start", () => {
    const k = withModuleClass(true);
    const start = k.time;
    expect(k.atomic((ctx) => k.keeper.setUser(ctx, { account: k.addr(1) }, "gpu-asset", "dev-1", k.addr(5), start + 100n)).code).toBe(0);
    expect(k.atomic((ctx) => k.keeper.transfer(ctx, { account: k.addr(1) }, "gpu-asset", "dev-1", k.addr(2))).code).toBe(0);
    expect(k.capabilities.ownerOf(k.ctx(), "gpu-asset", "dev-1")).toBe(k.addr(2));
    expect(k.capabilities.userOf(k.ctx(), "gpu-asset", "dev-1")).toBe(k.addr(5));
    // The new owner cannot cut the rental short.
    const r = k.atomic((ctx) => k.keeper.setUser(ctx, { account: k.addr(2) }, "gpu-asset", "dev-1", k.addr(2), start + 200n));
    expect(ErrRentalActive.code).toBe(r.code);
    k.time = start + 99n;
    expect(k.capabilities.userOf(k.ctx(), "gpu-asset", "dev-1")).toBe(k.addr(5));
    k.time = start + 100n;
    expect(k.capabilities.userOf(k.ctx(), "gpu-asset", "dev-1")).toBeUndefined();
    expect(k.atomic((ctx) => k.keeper.setUser(ctx, { account: k.addr(2) }, "gpu-asset", "dev-1", k.addr(6), start + 300n)).code).toBe(0);
    expect(k.capabilities.userOf(k.ctx(), "gpu-asset", "dev-1")).toBe(k.addr(6));
  });

  it("can be granted by the owning module", () => {
    const k = withModuleClass(false);
    expect(k.atomic((ctx) => k.capabilities.setUser(ctx, "devices", "gpu-asset", "dev-1", k.addr(3), k.time + 5n)).code).toBe(0);
    expect(k.atomic((ctx) => k.capabilities.setUser(ctx, "amm", "gpu-asset", "dev-1", k.addr(3), k.time + 5n)).code).toBe(16);
  });
});

describe("transfer guard", () => {
  it("blocks message and module transfers while pledged, and lets them through after", () => {
    const k = withModuleClass(true);
    const pledged = new Set<string>(["dev-1"]);
    k.capabilities.registerTransferGuard((_ctx: ReadCtx, t) => {
      if (t.classId === "gpu-asset" && pledged.has(t.id)) throw ErrPledged.raise(`${t.id} from ${t.from}`);
    });
    const byHolder = k.atomic((ctx) => k.keeper.transfer(ctx, { account: k.addr(1) }, "gpu-asset", "dev-1", k.addr(2)));
    expect(byHolder).toMatchObject({ codespace: "nft-spec-devices", code: 2 });
    const byModule = k.atomic((ctx) => k.capabilities.transfer(ctx, "devices", "gpu-asset", "dev-1", k.addr(2)));
    expect(byModule.code).toBe(2);
    expect(k.capabilities.ownerOf(k.ctx(), "gpu-asset", "dev-1")).toBe(k.addr(1));
    pledged.delete("dev-1");
    expect(k.atomic((ctx) => k.keeper.transfer(ctx, { account: k.addr(1) }, "gpu-asset", "dev-1", k.addr(2))).code).toBe(0);
    expect(k.capabilities.ownerOf(k.ctx(), "gpu-asset", "dev-1")).toBe(k.addr(2));
    expect(k.invariantFailures()).toEqual([]);
    expect(ErrTransferBlocked.codespace).toBe("nft");
  });
});

describe("module-owned classes", () => {
  it("only the owning module mints, burns and moves a non-transferable NFT; holders cannot send it", () => {
    const k = withModuleClass(false);
    expect(k.atomic((ctx) => k.capabilities.mint(ctx, "amm", { classId: "gpu-asset", id: "dev-2", owner: k.addr(1) })).code).toBe(16);
    expect(k.atomic((ctx) => k.keeper.mint(ctx, { account: k.addr(1) }, { classId: "gpu-asset", id: "dev-2", owner: k.addr(1), uri: "", uriHash: "", data: new Uint8Array() })).code).toBe(16);
    expect(k.atomic((ctx) => k.keeper.transfer(ctx, { account: k.addr(1) }, "gpu-asset", "dev-1", k.addr(2))).code).toBe(ErrNotTransferable.code);
    expect(k.atomic((ctx) => k.capabilities.transfer(ctx, "amm", "gpu-asset", "dev-1", k.addr(2))).code).toBe(16);
    expect(k.atomic((ctx) => k.capabilities.transfer(ctx, "devices", "gpu-asset", "dev-1", k.addr(2))).code).toBe(0);
    expect(k.capabilities.ownerOf(k.ctx(), "gpu-asset", "dev-1")).toBe(k.addr(2));
    expect(k.atomic((ctx) => k.capabilities.burn(ctx, "amm", "gpu-asset", "dev-1")).code).toBe(16);
    expect(k.atomic((ctx) => k.capabilities.burn(ctx, "devices", "gpu-asset", "dev-1")).code).toBe(0);
    expect(k.capabilities.getNft(k.ctx(), "gpu-asset", "dev-1")).toBeUndefined();
    expect(k.invariantFailures()).toEqual([]);
  });

  it("a class has exactly one of admin or module", () => {
    const k = createNftSpecKit();
    const base = { id: "two-owners", name: "", symbol: "", description: "", uri: "", uriHash: "", data: new Uint8Array(), transferable: true };
    expect(k.atomic((ctx) => k.keeper.createClass(ctx, { ...base, admin: k.addr(0), module: "devices" })).codespace).toBe("sdk");
    expect(k.atomic((ctx) => k.keeper.createClass(ctx, { ...base, admin: "", module: "" })).codespace).toBe("sdk");
  });
});

describe("invariants", () => {
  it("report a broken owner index and a wrong supply", () => {
    const k = withModuleClass(true);
    expect(k.invariantFailures()).toEqual([]);
    const kv = k.ctx().kv("nft");
    const ownerRow = [...kv.iterate(Uint8Array.of(0x03), Uint8Array.of(0x04))][0]!;
    kv.delete(ownerRow[0]);
    expect(k.invariantFailures()).toEqual(["1 nfts but 0 owner index entries"]);
    kv.set(ownerRow[0], ownerRow[1]);
    const supplyRow = [...kv.iterate(Uint8Array.of(0x04), Uint8Array.of(0x05))][0]!;
    kv.set(supplyRow[0], new TextEncoder().encode("2"));
    expect(k.invariantFailures()).toEqual(["supply of class gpu-asset is 2 but it has 1 nfts"]);
  });
});
