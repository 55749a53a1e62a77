export * from "./errors.js";
export * from "./mnemonic.js";
export * from "./hd.js";
export * from "./keyring.js";
export * from "./validator-key.js";
export { SECRET_DIR_MODE, SECRET_FILE_MODE } from "./secret-file.js";
