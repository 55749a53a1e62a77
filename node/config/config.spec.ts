import { describe, it, expect } from "vitest";
import { defaultConfig, mergeConfig, parseGasPrices } from "./config.js";
import { NodeError } from "../errors.js";

describe("node config", () => {
  it("merges known settings and refuses unknown ones with a clear error", () => {
    const c = mergeConfig(defaultConfig("m"), { rpc: { laddr: "127.0.0.1:1" }, minimumGasPrices: "0.01ugcs" });
    expect(c.rpc.laddr).toBe("127.0.0.1:1");
    expect(c.rpc.maxBodyBytes).toBe(1_000_000);
    expect(() => mergeConfig(defaultConfig(), { rpcc: {} })).toThrow(/unknown setting "rpcc"/);
    expect(() => mergeConfig(defaultConfig(), { rpc: { lad: 1 } })).toThrow(NodeError);
  });

  it("parses decimal gas prices exactly", () => {
    expect(parseGasPrices("0.0025ugcs,1uatom")).toEqual([
      { denom: "ugcs", numerator: 25n, denominator: 10000n },
      { denom: "uatom", numerator: 1n, denominator: 1n },
    ]);
    expect(parseGasPrices("")).toEqual([]);
    expect(() => parseGasPrices("abc")).toThrow(/cannot parse gas price/);
  });
});
