import { equal, toHex } from "./bytes.js";
import type { LightClient } from "./client.js";
import { totalVotingPower } from "./commit.js";
import { LightClientError } from "./errors.js";
import type { LightClientAttackEvidence } from "./evidence.js";
import { hashHeader } from "./hashing.js";
import { isMalformedAnswer, type Provider } from "./provider.js";
import { BlockIdFlag, type LightBlock } from "./types.js";
import type { TrustedBlock } from "./verify.js";

/**
 * Fork detection (CometBFT light/detector.go): after a block is verified against the primary, every
 * witness is asked for the same height. A different header that the witness can also justify from
 * the common trusted block is an attack on one side: evidence is built and sent to both providers,
 * then the client halts. A witness that cannot justify its header, answers for another height or
 * chain, or serves data that cannot be parsed or hashed is dropped as faulty; one that does not
 * answer (network, timeout) is skipped. No witness error ever escapes as anything but a removal.
 */
export interface DetectContext {
  client: LightClient;
  /** Verified blocks from the previously trusted one (index 0) to the target (last). */
  trace: TrustedBlock[];
  witnesses: Provider[];
  /** Drops a witness that served unusable or unjustifiable data; `reason` is for logs. */
  removeWitness(w: Provider, reason: string): void;
  halt(ev: LightClientAttackEvidence, message: string): Promise<never>;
}

const sameHeader = (a: LightBlock, b: LightBlock) => equal(hashHeader(a.signedHeader.header), hashHeader(b.signedHeader.header));

/** A witness fault: its data, not the primary's chain, is wrong; the witness is removed. */
class BadWitness {
  constructor(readonly reason: string) {}
}

const describe = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/**
 * The witness's block at `height`, refused (as the witness's fault) when it is for another height
 * or chain: a real block of another height must never pass as a conflicting header (CometBFT's
 * provider checks the same). `undefined` when the witness did not answer (network, timeout).
 */
async function witnessBlock(w: Provider, height: bigint, chainId: string): Promise<LightBlock | undefined> {
  let lb: LightBlock;
  try {
    lb = await w.lightBlock(height);
  } catch (e) {
    if (isMalformedAnswer(e)) throw new BadWitness(describe(e));
    return undefined; // no answer: not evidence of anything
  }
  const h = lb?.signedHeader?.header;
  if (h === undefined || h.height !== height) throw new BadWitness(`answered height ${String(h?.height)} when asked for ${height}`);
  if (h.chainId !== chainId) throw new BadWitness(`answered a header of chain ${JSON.stringify(h.chainId)}, not ${chainId}`);
  return lb;
}
function buildEvidence(conflicting: LightBlock, common: TrustedBlock, source: string): LightClientAttackEvidence {
  const commonVals = common.nextValidators ?? common.lightBlock.validatorSet;
  const signers = new Set(
    conflicting.signedHeader.commit.signatures.filter((s) => s.blockIdFlag === BlockIdFlag.Commit).map((s) => toHex(s.validatorAddress)),
  );
  return {
    conflictingBlock: conflicting,
    commonHeight: common.lightBlock.signedHeader.header.height,
    byzantineValidators: commonVals.validators.filter((v) => signers.has(toHex(v.address))),
    totalVotingPower: totalVotingPower(commonVals),
    timestamp: common.lightBlock.signedHeader.header.time,
    source,
  };
}

export async function detectFork(ctx: DetectContext): Promise<void> {
  const target = ctx.trace[ctx.trace.length - 1]!.lightBlock;
  const height = target.signedHeader.header.height;
  let answered = 0;
  let removed = 0;
  for (const w of [...ctx.witnesses]) {
    let found: { conflicting: LightBlock; i: number } | undefined;
    try {
      const wb = await witnessBlock(w, height, ctx.client.chainId);
      if (wb === undefined) continue;
      found = await conflictAgainst(ctx, w, wb);
    } catch (e) {
      // Whatever the witness's data made fail (a malformed field, a wrong height, a header that
      // cannot be hashed or verified) is that witness's fault: drop it, never fail the sync.
      ctx.removeWitness(w, e instanceof BadWitness ? e.reason : describe(e));
      removed++;
      continue;
    }
    answered++;
    if (found === undefined) continue;
    const { conflicting, i } = found;
    const common = ctx.trace[i - 1]!;
    const againstWitness = buildEvidence(conflicting, common, w.id);
    const primaryBlock = ctx.trace[i]!.lightBlock;
    const againstPrimary = buildEvidence(primaryBlock, common, ctx.client.primary.id);
    // Best effort: a sender (or a provider behind it) that fails must not keep the client from halting.
    await ctx.client.evidenceSender.send(againstWitness, ctx.client.primary).catch(() => undefined);
    await ctx.client.evidenceSender.send(againstPrimary, w).catch(() => undefined);
    await ctx.halt(
      againstWitness,
      `witness ${w.id} and primary ${ctx.client.primary.id} serve different verifiable headers at height ${conflicting.signedHeader.header.height} (common height ${againstWitness.commonHeight})`,
    );
  }
  if (answered === 0 && ctx.witnesses.length - removed > 0) {
    // Like CometBFT's ErrFailedHeaderCrossReferencing: unconfirmed headers are not trusted while
    // witnesses remain. (Witnesses all removed: the client warns "no_witnesses" instead.)
    throw new LightClientError("provider_error", `no witness answered for height ${height}; header not cross-checked`);
  }
}

/**
 * Compares the witness's block `wb` at the target height with the primary's trace. Undefined when
 * they agree; otherwise the first diverging block, once the witness has justified it from the
 * common trusted block (anything the witness cannot justify throws: a faulty witness).
 */
async function conflictAgainst(ctx: DetectContext, w: Provider, wb: LightBlock): Promise<{ conflicting: LightBlock; i: number } | undefined> {
  const target = ctx.trace[ctx.trace.length - 1]!.lightBlock;
  if (sameHeader(wb, target)) return undefined;
  // Find where the witness first leaves the primary's trace; the block before is common ground.
  let i = 1;
  let conflicting = wb;
  for (; i < ctx.trace.length; i++) {
    const p = ctx.trace[i]!.lightBlock;
    const x = i === ctx.trace.length - 1 ? wb : await witnessBlock(w, p.signedHeader.header.height, ctx.client.chainId);
    if (x === undefined || !sameHeader(x, p)) {
      conflicting = x ?? wb;
      break;
    }
  }
  const common = ctx.trace[i - 1]!;
  try {
    await ctx.client.verifySkipping(w, { ...common }, conflicting);
  } catch (e) {
    throw new BadWitness(`it lied but could not back the lie with trusted signatures (${describe(e)})`);
  }
  return { conflicting, i };
}
