import { describe, expect, it } from "vitest";
import { assertMnemonic, generateMnemonic, normalizeMnemonic, validateMnemonic } from "./mnemonic.js";
import { KeyringError } from "./errors.js";

const FAUCET =
  "economy stock theory fatal elder harbor betray wasp final emotion task crumble siren bottom lizard educate guess current outdoor pair theory focus wife stone";

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof KeyringError ? `${e.code}: ${e.message}` : String(e);
  }
  return undefined;
}

describe("mnemonic", () => {
  it("generates valid, distinct 24-word mnemonics by default", () => {
    const a = generateMnemonic();
    const b = generateMnemonic();
    expect(a.split(" ")).toHaveLength(24);
    expect(validateMnemonic(a)).toBe(true);
    expect(assertMnemonic(a)).toBe(a);
    expect(a).not.toBe(b);
    expect(generateMnemonic(12).split(" ")).toHaveLength(12);
  });

  it("validates the faucet mnemonic and normalizes whitespace and case", () => {
    expect(validateMnemonic(FAUCET)).toBe(true);
    expect(normalizeMnemonic(`\n ${FAUCET.toUpperCase().replace(/ /g, "\t ")} \n`)).toBe(FAUCET);
    expect(validateMnemonic(`  ${FAUCET}  `)).toBe(true);
  });

  it("explains what is wrong", () => {
    expect(code(() => assertMnemonic(""))).toMatch(/INVALID_MNEMONIC: mnemonic is empty/);
    expect(code(() => assertMnemonic("abandon abandon"))).toMatch(/has 2 words/);
    expect(code(() => assertMnemonic(FAUCET.replace("wasp", "wasps")))).toMatch(/word #8.*spelling/);
    const words = FAUCET.split(" ");
    [words[2], words[3]] = [words[3]!, words[2]!];
    expect(code(() => assertMnemonic(words.join(" ")))).toMatch(/checksum/);
    expect(validateMnemonic(words.join(" "))).toBe(false);
  });
});
