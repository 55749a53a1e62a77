import { NodeError } from "../errors.js";

/**
 * A NodeError caused by what the user typed (bad JSON, an unknown query path or message type):
 * printed like every NodeError (`error [CODE]: ...` + `  fix: ...`) but exits 2, as usage errors do.
 */
export class InputError extends NodeError {
  readonly exitCode = 2;
}

/** The exit code for a NodeError: 2 for input errors, 1 otherwise. */
export function exitCodeOf(e: unknown): number {
  return e instanceof InputError ? 2 : 1;
}
