/**
 * Errors of the p2p layer. They never reach consensus: a failed handshake or a bad frame closes one
 * connection. Each has a stable string `code`.
 */
export type P2PErrorCode =
  | "CONFIG"
  | "HANDSHAKE"
  | "CRYPTO"
  | "PROTOCOL"
  | "REFUSED"
  | "TIMEOUT"
  | "CLOSED";

export class P2PError extends Error {
  constructor(
    readonly code: P2PErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "P2PError";
  }
}

export function isP2PError(err: unknown, code?: P2PErrorCode): err is P2PError {
  return err instanceof P2PError && (code === undefined || err.code === code);
}
