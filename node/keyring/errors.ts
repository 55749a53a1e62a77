/**
 * Errors of the keyring and the validator/node key files. These are operator-facing (CLI, node
 * startup), not consensus errors, so they are not ChainErrors: each has a stable string `code`
 * for programs and a message that says what to do.
 */
export type KeyringErrorCode =
  | "INVALID_NAME"
  | "KEY_EXISTS"
  | "DUPLICATE_ADDRESS"
  | "KEY_NOT_FOUND"
  | "INVALID_MNEMONIC"
  | "INVALID_HD_INDEX"
  | "CORRUPT_KEY_FILE"
  | "KEY_FILE_EXISTS"
  | "KEY_FILE_NOT_FOUND"
  | "INVALID_KEY"
  | "IO";

export class KeyringError extends Error {
  constructor(
    readonly code: KeyringErrorCode,
    message: string,
    /** The file or directory concerned, when there is one. */
    readonly path?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "KeyringError";
  }
}

export function isKeyringError(err: unknown, code?: KeyringErrorCode): err is KeyringError {
  return err instanceof KeyringError && (code === undefined || err.code === code);
}
