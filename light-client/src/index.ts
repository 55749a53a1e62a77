/**
 * @pogcs/light-client: the core, with no node-only API (browsers, workers, Node 18+).
 * `@pogcs/light-client/node` adds the node:crypto verifier and a file store.
 */
export const LIGHT_CLIENT_VERSION = "0.1.0";

export * from "./types.js";
export { LIGHT_ERROR_CODES, LightClientError, isLightClientError, type LightErrorCode } from "./errors.js";
export { fromBase64, fromHex, toBase64, toHex } from "./bytes.js";
export { ed25519Address, hashHeader, hashValidatorSet, precommitSignBytes } from "./hashing.js";
export { merkleRoot } from "./merkle.js";
export { createNobleVerifier, type SignatureItem, type SignatureVerifier } from "./verifier-noble.js";
export { totalVotingPower, verifyCommitLight, verifyCommitLightTrusting } from "./commit.js";
export {
  isExpired,
  validateLightBlock,
  validateTrustLevel,
  verifyAdjacent,
  verifyNonAdjacent,
  type TrustedBlock,
  type VerifyOptions,
} from "./verify.js";
export {
  IAVL_SPEC,
  TENDERMINT_SPEC,
  decodeCommitmentProof,
  verifyExistence,
  verifyNonExistence,
  type CommitmentProof,
  type ExistenceProof,
  type NonExistenceProof,
  type ProofSpec,
} from "./ics23.js";
export { bankBalanceKey, decodeBech32Address, encodeBech32Address, verifyStoreProof, type ProofOp } from "./state-proof.js";
export { formatLightBlock, parseCommit, parseHeader, parseLightBlock, parseValidator } from "./json.js";
export { RpcProvider, type AbciQueryResult, type FetchLike, type Provider } from "./provider.js";
export { KeyValueStore, MemoryStore, type PersistedState, type TrustedStore } from "./store.js";
export {
  createRecordingEvidenceSender,
  createRpcEvidenceSender,
  evidenceToJson,
  type EvidenceSender,
  type LightClientAttackEvidence,
} from "./evidence.js";
export { LightClient, type LightClientOptions, type LightClientStatus } from "./client.js";
export { queryVerified, verifyBalance, type VerifiedBalance, type VerifiedValue } from "./queries.js";
export {
  CHALLENGE_STATUS,
  DEVICE_CLASS,
  DEVICES_STORE,
  POGCS_STORE,
  decodeChallenge,
  decodeDevice,
  decodeDeviceEpochResult,
  decodeDevicesParams,
  decodeEpochRecord,
  decodeReportBody,
  decodeReportRecord,
  deviceKeys,
  epochOf,
  epochStart,
  isComputeClass,
  pogcsKeys,
  verifyChallenge,
  verifyDevice,
  verifyDeviceAtLocation,
  verifyDeviceEpochResult,
  verifyDeviceReport,
  verifyDevicesParams,
  verifyEpochRecord,
  verifyPendingRewards,
  type ChallengeRecord,
  type DeviceCapacity,
  type DeviceEpochResult,
  type DeviceLocation,
  type DeviceRecord,
  type DevicesParams,
  type EpochRecord,
  type Proven,
  type ReportBody,
  type ReportRecord,
} from "./devices.js";
