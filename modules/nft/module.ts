import type { ModuleDefinition } from "../../chain/app/module.js";
import type { Context } from "../../chain/app/context.js";
import { NFT } from "./keys.js";
import { NftKeeper } from "./keeper.js";
import { nftMsgs } from "./msgs.js";
import { nftQueries } from "./queries.js";
import { defaultNftGenesis, exportNftGenesis, initNftGenesis, type NftGenesisJson } from "./genesis.js";
import { nftInvariants } from "./invariants.js";

/**
 * What an owning module (amm positions, devices' GPU asset NFTs, carbon certificates) is handed:
 * its own class, mint/burn/move/usage rights in the name of `module` (checked against the class's
 * owning module at the lowest write), reads, and a transfer guard. No raw state writes.
 */
export interface NftCapabilities {
  createModuleClass(ctx: Context, module: string, c: { id: string; name?: string; symbol?: string; description?: string; uri?: string; uriHash?: string; data?: Uint8Array; transferable: boolean }): void;
  mint(ctx: Context, module: string, n: { classId: string; id: string; owner: string; uri?: string; uriHash?: string; data?: Uint8Array }): void;
  burn(ctx: Context, module: string, classId: string, id: string): void;
  transfer(ctx: Context, module: string, classId: string, id: string, to: string): void;
  setUser(ctx: Context, module: string, classId: string, id: string, user: string, expiresSeconds: bigint): void;
  userOf: NftKeeper["userOf"];
  ownerOf: NftKeeper["ownerOf"];
  getNft: NftKeeper["getNft"];
  getClass: NftKeeper["getClass"];
  getNftsOfClass: NftKeeper["getNftsOfClass"];
  getNftsOfOwner: NftKeeper["getNftsOfOwner"];
  supply: NftKeeper["supply"];
  registerTransferGuard: NftKeeper["registerTransferGuard"];
}

export interface NftModule {
  module: ModuleDefinition;
  /** The full keeper, for the app's own wiring and tests. */
  keeper: NftKeeper;
  capabilities: NftCapabilities;
}

export function createNftModule(): NftModule {
  const keeper = new NftKeeper();
  const module: ModuleDefinition = {
    name: NFT,
    hasStore: true,
    msgs: nftMsgs(keeper),
    queries: nftQueries(keeper),
    initGenesis: (ctx, state) => initNftGenesis(keeper, ctx, state as NftGenesisJson | undefined),
    exportGenesis: (ctx) => exportNftGenesis(keeper, ctx),
    defaultGenesis: defaultNftGenesis,
    invariants: nftInvariants(keeper),
  };
  const k = keeper;
  const capabilities: NftCapabilities = {
    createModuleClass: (ctx, module, c) =>
      k.createClass(ctx, { id: c.id, name: c.name ?? "", symbol: c.symbol ?? "", description: c.description ?? "", uri: c.uri ?? "", uriHash: c.uriHash ?? "", data: c.data ?? new Uint8Array(), admin: "", module, transferable: c.transferable }),
    mint: (ctx, module, n) => k.mint(ctx, { module }, { classId: n.classId, id: n.id, owner: n.owner, uri: n.uri ?? "", uriHash: n.uriHash ?? "", data: n.data ?? new Uint8Array() }),
    burn: (ctx, module, classId, id) => k.burn(ctx, { module }, classId, id),
    transfer: (ctx, module, classId, id, to) => k.transfer(ctx, { module }, classId, id, to),
    setUser: (ctx, module, classId, id, user, expiresSeconds) => k.setUser(ctx, { module }, classId, id, user, expiresSeconds),
    userOf: (ctx, classId, id) => k.userOf(ctx, classId, id),
    ownerOf: (ctx, classId, id) => k.ownerOf(ctx, classId, id),
    getNft: (ctx, classId, id) => k.getNft(ctx, classId, id),
    getClass: (ctx, classId) => k.getClass(ctx, classId),
    getNftsOfClass: (ctx, classId) => k.getNftsOfClass(ctx, classId),
    getNftsOfOwner: (ctx, owner, classId) => k.getNftsOfOwner(ctx, owner, classId),
    supply: (ctx, classId) => k.supply(ctx, classId),
    registerTransferGuard: (g) => k.registerTransferGuard(g),
  };
  return { module, keeper, capabilities };
}
