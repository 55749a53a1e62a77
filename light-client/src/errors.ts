/**
 * Every refusal of the light client is a LightClientError with a stable string code; callers and
 * tests match on `code`, never on the message. The numbers are stable too, for logs and devices
 * that prefer integers.
 */
export const LIGHT_ERROR_CODES = {
  /** The header does not hash to the commit's block id, or to the hash the user trusted. */
  header_tampered: 1,
  /** A commit signature does not verify. */
  bad_signature: 2,
  /** The validator set does not hash to the header's validators_hash (a forged set). */
  validator_set_mismatch: 3,
  /** Fewer than +2/3 of the header's own validators signed it. */
  insufficient_voting_power: 4,
  /** Fewer than trustLevel of the trusted validators signed: skipping must bisect. */
  insufficient_trusted_power: 5,
  /** The trusted header is older than the trusting period. */
  trusted_state_expired: 6,
  /** A header is later than now + maxClockDrift. */
  header_from_future: 7,
  /** Time or height does not move forward, or a header is for another chain. */
  invalid_header: 8,
  /** A commit is malformed (shape, height, block id, signer order). */
  invalid_commit: 9,
  /** A state proof does not prove the claimed value (or absence) under the verified app hash. */
  invalid_proof: 10,
  /** A witness served a conflicting header that verifies: the client stops trusting. */
  fork_detected: 11,
  /** The client halted earlier (after a fork) and refuses to do anything until re-initialised. */
  client_halted: 12,
  /** A provider (full node RPC) failed or answered something unusable. */
  provider_error: 13,
  /** No trusted state yet: run init first. */
  not_initialized: 14,
  /** A bad argument: trust level out of [1/3, 1], malformed address, and so on. */
  invalid_argument: 15,
} as const;

export type LightErrorCode = keyof typeof LIGHT_ERROR_CODES;

export class LightClientError extends Error {
  readonly code: LightErrorCode;
  readonly codeNumber: number;
  /** Extra machine-readable context (evidence for fork_detected, the height that failed, ...). */
  readonly details: Record<string, unknown> | undefined;

  constructor(code: LightErrorCode, message: string, details?: Record<string, unknown>) {
    super(`${code}: ${message}`);
    this.name = "LightClientError";
    this.code = code;
    this.codeNumber = LIGHT_ERROR_CODES[code];
    this.details = details;
  }
}

export function isLightClientError(e: unknown, code?: LightErrorCode): e is LightClientError {
  return e instanceof LightClientError && (code === undefined || e.code === code);
}
