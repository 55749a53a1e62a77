/**
 * Errors of the node process (config, files, startup). Each has a stable code, a message that
 * says what went wrong and, where there is one, a `fix` line saying what to do; the CLI prints
 * `error [CODE]: message` then `  fix: ...` and exits non-zero.
 */
export class NodeError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fix?: string,
  ) {
    super(message);
    this.name = "NodeError";
  }
}

export function isNodeError(e: unknown): e is NodeError {
  return e instanceof NodeError;
}
