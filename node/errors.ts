/**
 * Errors of the node process (config, files, startup). Each has a stable code and a message that
 * says what to do; the CLI prints `error [CODE]: message` and exits non-zero.
 */
export class NodeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "NodeError";
  }
}

export function isNodeError(e: unknown): e is NodeError {
  return e instanceof NodeError;
}
