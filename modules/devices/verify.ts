/** CometBFT/SDK price of one ed25519 verification (x/auth SigVerifyCostED25519). */
export const ED25519_VERIFY_GAS = 590n;

/** Device signatures use the chain's ed25519 hook (pure JS by default, node:crypto in the node). */
export { verifyEd25519 } from "../../chain/crypto/ed25519.js";
