/**
 * @pogcs/light-client. Issue 1 only creates the package; header, commit and proof
 * verification arrive with issue 4 (see README "What works today").
 */
export const LIGHT_CLIENT_VERSION = "0.1.0";
