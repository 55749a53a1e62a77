/**
 * Typed errors with stable codes per codespace (Cosmos SDK `errorsmod` style).
 * Only `codespace` + `code` are consensus; `message` is for humans.
 */
export class ChainError extends Error {
  constructor(
    readonly codespace: string,
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = "ChainError";
  }

  /** Same codespace and code, more context in the message (like errorsmod.Wrap). */
  wrap(context: string): ChainError {
    return new ChainError(this.codespace, this.code, `${context}: ${this.message}`);
  }
}

/** A registered error kind; `raise(msg)` builds a ChainError to throw. */
export interface ErrorKind {
  readonly codespace: string;
  readonly code: number;
  readonly description: string;
  raise(detail?: string): ChainError;
  is(err: unknown): boolean;
}

const registered = new Map<string, ErrorKind>();

/** A wiring mistake found while the process starts (duplicate or reserved error code). */
export class RegistrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RegistrationError";
  }
}

/** Registers (codespace, code) once; a duplicate is a programming error caught at startup. */
export function registerError(codespace: string, code: number, description: string): ErrorKind {
  const id = `${codespace}:${code}`;
  if (registered.has(id)) throw new RegistrationError(`duplicate error registration ${id}`);
  if (code <= 1 && !(codespace === "undefined" && code === 1)) {
    throw new RegistrationError(`error code ${code} is reserved (codespace ${codespace})`);
  }
  const kind: ErrorKind = {
    codespace,
    code,
    description,
    raise(detail?: string) {
      return new ChainError(codespace, code, detail ? `${detail}: ${description}` : description);
    },
    is(err: unknown) {
      return err instanceof ChainError && err.codespace === codespace && err.code === code;
    },
  };
  registered.set(id, kind);
  return kind;
}

export function isChainError(err: unknown): err is ChainError {
  return err instanceof ChainError;
}

export function listRegisteredErrors(): ErrorKind[] {
  return [...registered.values()].sort((a, b) =>
    a.codespace === b.codespace ? a.code - b.code : a.codespace < b.codespace ? -1 : 1,
  );
}
