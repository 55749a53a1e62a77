/** BIP-39 mnemonics (English wordlist), as `gaiad keys add` and CosmJS use. */
import {
  generateMnemonic as bip39Generate,
  validateMnemonic as bip39Validate,
} from "@scure/bip39";
import { wordlist } from "@scure/bip39/wordlists/english";
import { KeyringError } from "./errors.js";

export type MnemonicLength = 12 | 15 | 18 | 21 | 24;

/**
 * Canonical form: Unicode NFKD, lowercase, single spaces, trimmed. Only this form is valid and
 * it is the exact string fed to the BIP-39 seed function (so pasting with extra spaces or
 * newlines derives the same keys).
 */
export function normalizeMnemonic(mnemonic: string): string {
  return mnemonic.normalize("NFKD").trim().toLowerCase().split(/\s+/).join(" ");
}

/** A fresh mnemonic from the platform CSPRNG (crypto.getRandomValues); 24 words = 256 bits. */
export function generateMnemonic(words: MnemonicLength = 24): string {
  const strength = (words / 3) * 32;
  if (![128, 160, 192, 224, 256].includes(strength)) {
    throw new KeyringError("INVALID_MNEMONIC", `mnemonic length must be 12, 15, 18, 21 or 24 words, got ${words}`);
  }
  return bip39Generate(wordlist, strength);
}

/** True when the (normalized) mnemonic has a valid length, English words and checksum. */
export function validateMnemonic(mnemonic: string): boolean {
  if (typeof mnemonic !== "string") return false;
  return bip39Validate(normalizeMnemonic(mnemonic), wordlist);
}

/** The normalized mnemonic, or a KeyringError("INVALID_MNEMONIC") that says what is wrong. */
export function assertMnemonic(mnemonic: string): string {
  if (typeof mnemonic !== "string" || mnemonic.trim() === "") {
    throw new KeyringError("INVALID_MNEMONIC", "mnemonic is empty; pass 12 or 24 BIP-39 English words");
  }
  const m = normalizeMnemonic(mnemonic);
  const words = m.split(" ");
  if (![12, 15, 18, 21, 24].includes(words.length)) {
    throw new KeyringError(
      "INVALID_MNEMONIC",
      `mnemonic has ${words.length} words; a BIP-39 mnemonic has 12, 15, 18, 21 or 24`,
    );
  }
  const unknown = words.filter((w) => !wordlist.includes(w));
  if (unknown.length > 0) {
    throw new KeyringError(
      "INVALID_MNEMONIC",
      `mnemonic has ${unknown.length} word(s) not in the BIP-39 English wordlist (word #${
        words.indexOf(unknown[0]!) + 1
      }); check the spelling`,
    );
  }
  if (!bip39Validate(m, wordlist)) {
    throw new KeyringError("INVALID_MNEMONIC", "mnemonic checksum is wrong; check the word order and that no word is missing");
  }
  return m;
}
