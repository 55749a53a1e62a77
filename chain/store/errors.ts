import { registerError } from "../errors/index.js";

/** The `store` codespace: failures of the versioned state store. */
export const STORE = "store";

export const ErrVersionPruned = registerError(STORE, 2, "version pruned");
export const ErrVersionNotFound = registerError(STORE, 3, "version not found");
export const ErrUnknownStore = registerError(STORE, 4, "unknown store");
export const ErrInvalidKey = registerError(STORE, 5, "invalid key: must be non-empty");
export const ErrNilValue = registerError(STORE, 6, "value is nil");
export const ErrCorruptRows = registerError(STORE, 7, "persisted store rows are corrupt or incomplete");
export const ErrInvalidStoreName = registerError(STORE, 8, "invalid store name");
