export * from "./types.js";
export * from "./errors.js";
export { createCacheMultiStore, CacheKVStore } from "./cache.js";
export { computeAppHash, createStoreProof, type StoreRoot } from "./commit-info.js";
export {
  createCommitMultiStore,
  type CommitMultiStoreOptions,
  type CommitMultiStoreWithHistory,
} from "./commit-multistore.js";
