import { INDEX_MARKER } from "../../chain/store/cache.js";
import type { Context } from "../../chain/app/context.js";
import { sha256 } from "../../chain/crypto/hash.js";
import { equalBytes } from "../../chain/crypto/bytes.js";
import { makeEvent } from "../../chain/events/types.js";
import {
  challengeSeed, generateMatrix, leafHash, matrixRow, multiplyRow, rowFromBytes, sampleRowIndices, selectionThreshold,
  selectionTicket, u64be, verificationCost, verifyMerkleProof,
} from "./challenge-math.js";
import { commitSignBytes } from "./sign-bytes.js";
import { ED25519_VERIFY_GAS, verifyEd25519 } from "./verify.js";
import { epochOf, isEpochStart } from "./epochs.js";
import type { DevicesKeeper } from "./keeper.js";
import { DEADLINE_QUEUE_PREFIX, DEVICES_STORE, SAMPLE_QUEUE_PREFIX, deadlineQueueKey, parseQueueKey, sampleQueueKey } from "./keys.js";
import { ChallengeStatus, DeviceClass, type Challenge } from "./types.js";
import type { DevicesParams } from "./params.js";
import { ErrChallengeLate, ErrChallengeState, ErrDeviceNotFound, ErrInvalidCommitSignature, ErrInvalidReveal, ErrNoChallenge } from "./errors.js";

const S = ChallengeStatus;
const NO_BEACON_TAG = new TextEncoder().encode("pogcs/no-beacon/v1\0");

/**
 * The block's beacon. Consensus always supplies one; without it (tests, replay tools) a value is
 * derived from chain id and height, which is predictable, so challenges are then not secure.
 */
export function blockBeacon(ctx: Context): Uint8Array {
  const r = ctx.block.extras?.randomness;
  if (r && r.length > 0) return r;
  return sha256(new Uint8Array([...NO_BEACON_TAG, ...new TextEncoder().encode(ctx.block.chainId), ...u64be(ctx.block.height)]));
}

export function decayScore(score: number, p: DevicesParams): number {
  return Math.floor((score * p.failNum) / p.failDen);
}

export function bumpScore(score: number, p: DevicesParams): number {
  return Math.min(1000, score + p.passBonus);
}

/** Gas of one reveal: k·n² multiply-adds plus the PRNG hashes that regenerate B and the sampled rows of A. */
export function revealGas(p: DevicesParams): bigint {
  const c = verificationCost(p.challengeN, p.challengeK);
  return (c.mulAdds * p.verifyGasPer1000MulAdds + 999n) / 1000n + c.hashes * p.prngGasPerHash;
}

/**
 * Epoch start: the beacon picks gpu/combined devices that are bonded and not flagged, each with
 * probability challenge_permille/1000 (ticket = sha256(beacon || id) < threshold); at most
 * max_challenges_per_epoch, the lowest tickets first.
 */
export function processEpochStart(k: DevicesKeeper, ctx: Context): void {
  const p = k.params(ctx);
  const h = ctx.block.height;
  if (!isEpochStart(h, p.epochLength)) return;
  const epoch = epochOf(h, p.epochLength);
  const beacon = blockBeacon(ctx);
  const threshold = selectionThreshold(p.challengePermille);
  const picked: Array<{ id: bigint; ticket: bigint }> = [];
  for (const cls of [DeviceClass.DEVICE_CLASS_GPU, DeviceClass.DEVICE_CLASS_COMBINED]) {
    for (const id of k.deviceIdsByClass(ctx, cls)) {
      const d = k.getDevice(ctx, id)!;
      if (d.flagged || d.bond < p.minDeviceBond || d.bond === 0n) continue;
      const ticket = selectionTicket(beacon, id);
      if (ticket < threshold) picked.push({ id, ticket });
    }
  }
  picked.sort((a, b) => (a.ticket < b.ticket ? -1 : a.ticket > b.ticket ? 1 : a.id < b.id ? -1 : 1));
  const chosen = picked.slice(0, Number(p.maxChallengesPerEpoch)).map((x) => x.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const id of chosen) {
    const c: Challenge = {
      deviceId: id, epoch, seed: challengeSeed(beacon, id, epoch), n: p.challengeN, k: p.challengeK, issuedHeight: h,
      commitDeadline: h + p.commitWindowBlocks, root: new Uint8Array(), commitHeight: 0n, sampleHeight: 0n, sampledRows: [],
      revealDeadline: 0n, status: S.CHALLENGE_STATUS_AWAITING_COMMIT, resolvedHeight: 0n, scoreAfter: 0,
    };
    k.setChallenge(ctx, c);
    ctx.kv(DEVICES_STORE).set(deadlineQueueKey(c.commitDeadline, id, epoch), INDEX_MARKER);
    ctx.emit(makeEvent("device_challenge", [["device_id", id.toString()], ["epoch", epoch.toString()], ["commit_deadline", c.commitDeadline.toString()]]));
  }
  k.setEpochRecord(ctx, { epoch, startHeight: h, beacon, challenged: chosen });
}

function openChallenge(k: DevicesKeeper, ctx: Context, deviceId: bigint, epoch: bigint, want: number): Challenge {
  const c = k.getChallenge(ctx, deviceId, epoch);
  if (!c) throw ErrNoChallenge.raise(`device ${deviceId} epoch ${epoch}`);
  if (c.status === S.CHALLENGE_STATUS_FAILED_LATE) throw ErrChallengeLate.raise(`device ${deviceId} epoch ${epoch}`);
  if (c.status !== want) throw ErrChallengeState.raise(`status ${c.status}`);
  return c;
}

/** The device commits to the Merkle root of C's rows, signed by its key, before the commit deadline. */
export function processChallengeCommit(k: DevicesKeeper, ctx: Context, deviceId: bigint, epoch: bigint, root: Uint8Array, signature: Uint8Array): void {
  const c = openChallenge(k, ctx, deviceId, epoch, S.CHALLENGE_STATUS_AWAITING_COMMIT);
  if (ctx.block.height > c.commitDeadline) throw ErrChallengeLate.raise(`commit deadline ${c.commitDeadline}`);
  if (root.length !== 32) throw ErrInvalidReveal.raise("root must be 32 bytes");
  const d = k.getDevice(ctx, deviceId);
  if (!d) throw ErrDeviceNotFound.raise(`device ${deviceId}`);
  ctx.gasMeter.consume(ED25519_VERIFY_GAS, "ed25519 challenge commit");
  if (!verifyEd25519(signature, commitSignBytes(ctx.block.chainId, deviceId, epoch, root), d.pubkey)) throw ErrInvalidCommitSignature.raise();
  const p = k.params(ctx);
  const store = ctx.kv(DEVICES_STORE);
  store.delete(deadlineQueueKey(c.commitDeadline, deviceId, epoch));
  const sampleHeight = ctx.block.height + p.sampleDelayBlocks;
  store.set(sampleQueueKey(sampleHeight, deviceId, epoch), INDEX_MARKER);
  k.setChallenge(ctx, { ...c, root, commitHeight: ctx.block.height, sampleHeight, status: S.CHALLENGE_STATUS_AWAITING_SAMPLE });
}

/** Begin block: the beacon of a block after each commit draws the rows to reveal. */
export function processSampling(k: DevicesKeeper, ctx: Context): void {
  const p = k.params(ctx);
  const store = ctx.kv(DEVICES_STORE);
  const due = [...store.iterate(SAMPLE_QUEUE_PREFIX, sampleQueueKey(ctx.block.height + 1n, 0n, 0n))].map(([key]) => key.slice());
  const beacon = blockBeacon(ctx);
  for (const key of due) {
    store.delete(key);
    const { device, epoch } = parseQueueKey(key);
    const c = k.getChallenge(ctx, device, epoch);
    if (!c || c.status !== S.CHALLENGE_STATUS_AWAITING_SAMPLE) continue;
    const sampledRows = sampleRowIndices(beacon, c.seed, c.root, c.n, c.k);
    const revealDeadline = ctx.block.height + p.revealWindowBlocks;
    store.set(deadlineQueueKey(revealDeadline, device, epoch), INDEX_MARKER);
    k.setChallenge(ctx, { ...c, sampledRows, revealDeadline, status: S.CHALLENGE_STATUS_AWAITING_REVEAL });
    ctx.emit(makeEvent("device_challenge_rows", [["device_id", device.toString()], ["epoch", epoch.toString()], ["rows", sampledRows.join(",")]]));
  }
}

function resolve(k: DevicesKeeper, ctx: Context, c: Challenge, status: number): Challenge {
  const p = k.params(ctx);
  const d = k.getDevice(ctx, c.deviceId);
  let score = 0;
  if (d) {
    score = status === S.CHALLENGE_STATUS_PASSED ? bumpScore(d.score, p) : decayScore(d.score, p);
    k.setDevice(ctx, { ...d, score });
  }
  const out = { ...c, status, resolvedHeight: ctx.block.height, scoreAfter: score };
  k.setChallenge(ctx, out);
  ctx.emit(makeEvent("device_challenge_result", [["device_id", c.deviceId.toString()], ["epoch", c.epoch.toString()], ["status", String(status)], ["score", String(score)]]));
  return out;
}

export interface RevealRow {
  index: number;
  values: Uint8Array;
  proof: Uint8Array[];
}

/**
 * Checks the k sampled rows: each Merkle proof against the committed root, and each row against
 * A_i·B recomputed here (k·n² multiply-adds, charged as gas first). A malformed reveal is refused
 * (the device may resend before the deadline); a well-formed wrong one is a failed challenge.
 */
export function processChallengeReveal(k: DevicesKeeper, ctx: Context, deviceId: bigint, epoch: bigint, rows: RevealRow[]): { passed: boolean; score: number } {
  const c = openChallenge(k, ctx, deviceId, epoch, S.CHALLENGE_STATUS_AWAITING_REVEAL);
  if (ctx.block.height > c.revealDeadline) throw ErrChallengeLate.raise(`reveal deadline ${c.revealDeadline}`);
  if (rows.length !== c.sampledRows.length) throw ErrInvalidReveal.raise(`expected ${c.sampledRows.length} rows`);
  const parsed = rows.map((r, i) => {
    if (r.index !== c.sampledRows[i]) throw ErrInvalidReveal.raise(`row ${i} must be index ${c.sampledRows[i]}`);
    if (r.values.length !== c.n * 4) throw ErrInvalidReveal.raise(`row ${r.index} must carry ${c.n} words`);
    if (r.proof.length !== Math.log2(c.n)) throw ErrInvalidReveal.raise(`row ${r.index} proof must have ${Math.log2(c.n)} siblings`);
    return rowFromBytes(r.values);
  });
  ctx.gasMeter.consume(revealGas(k.params(ctx)), "challenge reveal verification");
  let passed = parsed.every((row) => row !== undefined);
  passed &&= rows.every((r) => verifyMerkleProof(c.root, r.index, leafHash(r.index, r.values), r.proof, c.n));
  if (passed) {
    const b = generateMatrix(c.seed, "B", c.n);
    passed = rows.every((r, i) => equalBytesU32(multiplyRow(matrixRow(c.seed, "A", r.index, c.n), b), parsed[i]!));
  }
  ctx.kv(DEVICES_STORE).delete(deadlineQueueKey(c.revealDeadline, deviceId, epoch));
  const out = resolve(k, ctx, c, passed ? S.CHALLENGE_STATUS_PASSED : S.CHALLENGE_STATUS_FAILED_WRONG);
  return { passed, score: out.scoreAfter };
}

function equalBytesU32(a: Uint32Array, b: Uint32Array): boolean {
  return equalBytes(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
}

/** End block: challenges whose commit or reveal deadline is this block or earlier fail as late. */
export function processDeadlines(k: DevicesKeeper, ctx: Context): void {
  const store = ctx.kv(DEVICES_STORE);
  const due = [...store.iterate(DEADLINE_QUEUE_PREFIX, deadlineQueueKey(ctx.block.height + 1n, 0n, 0n))].map(([key]) => key.slice());
  for (const key of due) {
    store.delete(key);
    const { device, epoch } = parseQueueKey(key);
    const c = k.getChallenge(ctx, device, epoch);
    if (!c) continue;
    if (c.status === S.CHALLENGE_STATUS_AWAITING_COMMIT || c.status === S.CHALLENGE_STATUS_AWAITING_REVEAL) resolve(k, ctx, c, S.CHALLENGE_STATUS_FAILED_LATE);
  }
}
