export * from "./types.js";
export * from "./errors.js";
export * from "./block-id.js";
export * from "./proposer.js";
export * from "./vote-set.js";
export * from "./timeouts.js";
export * from "./wal.js";
export * from "./engine.js";
