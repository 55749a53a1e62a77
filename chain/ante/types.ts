import type { Context } from "../app/context.js";
import type { DecodedTx } from "../tx/decode.js";
import type { Coin } from "../codec/coins.js";

/** The slice of an account the ante chain reads and writes. */
export interface AnteAccount {
  address: string;
  pubKey: Uint8Array | undefined;
  accountNumber: bigint;
  sequence: bigint;
}

/** Capabilities the ante chain needs from auth and bank (modules/ implements them). */
export interface AnteAccounts {
  getAccount(ctx: Context, address: string): AnteAccount | undefined;
  setAccount(ctx: Context, account: AnteAccount): void;
}

export interface AnteFees {
  /** Moves `fee` from `payer` to the fee collector; throws ErrInsufficientFunds. */
  deductFee(ctx: Context, payer: string, fee: Coin[]): void;
}

/** secp256k1 ECDSA over sha256(message), 64-byte r||s; injected so node/ can use node:crypto. */
export interface Secp256k1Verifier {
  verify(pubKey33: Uint8Array, message: Uint8Array, signature64: Uint8Array): boolean;
}

/** A decimal gas price as an exact fraction: amount = numerator / denominator per gas unit. */
export interface GasPrice {
  denom: string;
  numerator: bigint;
  denominator: bigint;
}

export interface AnteParams {
  maxMemoCharacters: bigint;
  txSigLimit: bigint;
  txSizeCostPerByte: bigint;
  sigVerifyCostSecp256k1: bigint;
}

export interface AnteDeps {
  accounts: AnteAccounts;
  fees: AnteFees;
  verifier: Secp256k1Verifier;
  params(ctx: Context): AnteParams;
  /** The validator's local minimum gas prices, enforced in CheckTx only (as in the SDK). */
  minGasPrices: GasPrice[];
}

/** State threaded through one run of the chain. */
export interface AnteRun {
  ctx: Context;
  tx: DecodedTx;
  simulate: boolean;
  deps: AnteDeps;
  /** Signer accounts, loaded by set-pubkey and used by later steps. */
  signerAccounts: AnteAccount[];
}

/** One decorator: checks or mutates, throws a ChainError to reject the tx. */
export type AnteStep = (run: AnteRun) => void;
