/**
 * @pogcs/light-client/agent: the core plus what a device needs to take part (separate entry so
 * the core browser bundle stays small): device sign bytes and challenge maths, Cosmos
 * SIGN_MODE_DIRECT txs with secp256k1, and the `DeviceAgent`. No `node:` imports.
 */
export * from "./index.js";
export * from "./device-math.js";
export * from "./tx.js";
export * from "./agent.js";
