import type { Context, QueryContext, ValidatorUpdate } from "./context.js";

/** A message type a module handles; registered once in the app's message router. */
export interface MsgSpec<T = unknown> {
  typeUrl: string;
  decode(bytes: Uint8Array): T;
  /** Bech32 account addresses that must sign, in order. */
  signers(msg: T): string[];
  /** Stateless checks (addresses, amounts); throws a ChainError. */
  validateBasic(msg: T): void;
  /** Legacy Amino JSON form, for SIGN_MODE_LEGACY_AMINO_JSON (Ledger, Keplr's amino signer). */
  aminoJson?(msg: T): { type: string; value: unknown };
  /** Executes against ctx; returns the Msg...Response (type URL and encoded bytes). */
  handle(ctx: Context, msg: T): { typeUrl: string; value: Uint8Array };
}

/** A gRPC-style query served over abci_query at `/<service>/<method>`. */
export interface QuerySpec {
  path: string;
  /** Decodes the request, answers from the context, returns the encoded response. */
  handle(ctx: QueryContext, request: Uint8Array): Uint8Array;
}

export interface Invariant {
  name: string;
  /** Returns a description of the broken rule, or undefined when it holds. */
  check(ctx: QueryContext): string | undefined;
}

/**
 * A module as the app assembles it (CONVENTIONS §1): name = store name = error codespace.
 * Keepers are built by the module's factory and handed to other modules as capabilities.
 */
export interface ModuleDefinition {
  name: string;
  /** Whether the module owns a KV store (and so a merkle tree in the app hash). */
  hasStore: boolean;
  msgs?: MsgSpec<any>[];
  queries?: QuerySpec[];
  initGenesis?(ctx: Context, state: unknown): void;
  exportGenesis?(ctx: QueryContext): unknown;
  /** Default genesis state for `pogcsd init`. */
  defaultGenesis?(): unknown;
  beginBlock?(ctx: Context): void;
  /** May return validator set changes; consensus applies them two heights later (H+2). */
  endBlock?(ctx: Context): void | { validatorUpdates?: ValidatorUpdate[] };
  /** Validators at genesis, for modules that own the validator set (staking). */
  genesisValidators?(ctx: Context): ValidatorUpdate[];
  invariants?: Invariant[];
}
