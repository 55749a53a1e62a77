export * from "./error.js";
export * from "./sdk.js";
