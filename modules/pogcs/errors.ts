import { registerError } from "../../chain/errors/index.js";

export const POGCS = "pogcs";

export const ErrNoRewards = registerError(POGCS, 2, "no pending rewards");
export const ErrInvalidParams = registerError(POGCS, 3, "invalid pogcs params");
export const ErrInvalidGenesis = registerError(POGCS, 4, "invalid pogcs genesis");
export const ErrValidatorNotFound = registerError(POGCS, 5, "validator not in the power table");
export const ErrDeviceResultNotFound = registerError(POGCS, 6, "no settled result for this device and epoch");
