/**
 * Deterministic keys of the simulated devices, DEVNET ONLY.
 *
 * The devnet maker's ed25519 private key is derived from the devnet mnemonic (which devnet.json
 * publishes), so anyone holding devnet.json can certify devices: fine for a local simulation,
 * never for a real network, where a maker's key lives in the maker's HSM and the maker registry
 * is set by genesis/governance.
 */
import { ed25519 } from "@noble/curves/ed25519";
import { sha256 } from "@noble/hashes/sha256";
import { mnemonicToSeed, signerFromMnemonic, type Secp256k1Signer } from "../../node/keyring/hd.js";
import { makeH3Cell } from "../../modules/devices/h3.js";

export const DEVNET_MAKER_ID = "devnet-maker";
export const DEVNET_MAKER_NAME = "Devnet simulated maker (key derived from the devnet mnemonic; devnet only)";
/** HD indexes under the faucet mnemonic: validators' operators use 1000+i (devnet.ts). */
export const OWNER_HD_BASE = 2000;
export const WATCHER_HD_INDEX = 3000;

export interface EdKey {
  priv: Uint8Array;
  pub: Uint8Array;
}

const enc = new TextEncoder();
const seeds = new Map<string, Uint8Array>();

function seedOf(mnemonic: string): Uint8Array {
  let s = seeds.get(mnemonic);
  if (!s) {
    s = mnemonicToSeed(mnemonic);
    seeds.set(mnemonic, s);
  }
  return s;
}

function derive(mnemonic: string, tag: string, index: number): EdKey {
  const idx = new Uint8Array(4);
  new DataView(idx.buffer).setUint32(0, index);
  const priv = sha256(new Uint8Array([...enc.encode(`${tag}\0`), ...seedOf(mnemonic), ...idx]));
  return { priv, pub: ed25519.getPublicKey(priv) };
}

/** The devnet maker key: sha256("pogcs/devnet-maker/v1\0" || bip39 seed || u32 0). */
export function devnetMakerKey(mnemonic: string): EdKey {
  return derive(mnemonic, "pogcs/devnet-maker/v1", 0);
}

/** The maker entry for the devices genesis (all four classes). */
export function devnetMakerGenesis(mnemonic: string): { id: string; name: string; pubkey: string; classes: string[] } {
  return { id: DEVNET_MAKER_ID, name: DEVNET_MAKER_NAME, pubkey: Buffer.from(devnetMakerKey(mnemonic).pub).toString("hex"), classes: ["solar", "storage", "gpu", "combined"] };
}

/** Device i's ed25519 key: sha256("pogcs/devnet-device/v1\0" || bip39 seed || u32 i). */
export function deviceKey(mnemonic: string, i: number): EdKey {
  return derive(mnemonic, "pogcs/devnet-device/v1", i);
}

/** The account that owns (registers, bonds, pays for) device i. */
export function ownerSigner(mnemonic: string, i: number): Secp256k1Signer {
  return signerFromMnemonic(mnemonic, OWNER_HD_BASE + i, { prefix: "gcs" });
}

export function watcherSigner(mnemonic: string): Secp256k1Signer {
  return signerFromMnemonic(mnemonic, WATCHER_HD_INDEX, { prefix: "gcs" });
}

/** A distinct resolution-8 H3 cell per device (i in base 7 over the 8 digits), so density never bites. */
export function deviceCell(i: number): bigint {
  const digits: number[] = [];
  let x = i;
  for (let d = 0; d < 8; d++) {
    digits.unshift(x % 7);
    x = Math.floor(x / 7);
  }
  return makeH3Cell(20 + (x % 90), digits);
}
