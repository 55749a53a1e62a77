import { describe, it, expect } from "vitest";
import { registerError, ChainError, RegistrationError, listRegisteredErrors } from "./error.js";
import { ErrInsufficientFunds, ErrWrongSequence } from "./sdk.js";

describe("typed errors", () => {
  it("keep the SDK's numbers that wallets match on", () => {
    expect([ErrInsufficientFunds.code, ErrWrongSequence.code]).toEqual([5, 32]);
    const e = ErrInsufficientFunds.raise("1ugcs is smaller than 2ugcs");
    expect(e).toBeInstanceOf(ChainError);
    expect(e.message).toBe("1ugcs is smaller than 2ugcs: insufficient funds");
    expect(ErrInsufficientFunds.is(e)).toBe(true);
    expect(ErrWrongSequence.is(e)).toBe(false);
  });

  it("refuse a duplicate or reserved registration at startup", () => {
    registerError("spec-test", 2, "first");
    expect(() => registerError("spec-test", 2, "again")).toThrow(RegistrationError);
    expect(() => registerError("spec-test", 1, "reserved")).toThrow(RegistrationError);
    expect(listRegisteredErrors().some((k) => k.codespace === "spec-test" && k.code === 2)).toBe(true);
  });
});
