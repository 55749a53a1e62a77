import { equal, toHex } from "./bytes.js";
import type { LightClient } from "./client.js";
import { totalVotingPower } from "./commit.js";
import { LightClientError, isLightClientError } from "./errors.js";
import type { LightClientAttackEvidence } from "./evidence.js";
import { hashHeader } from "./hashing.js";
import type { Provider } from "./provider.js";
import { BlockIdFlag, type LightBlock } from "./types.js";
import type { TrustedBlock } from "./verify.js";

/**
 * Fork detection (CometBFT light/detector.go): after a block is verified against the primary, every
 * witness is asked for the same height. A different header that the witness can also justify from
 * the common trusted block is an attack on one side: evidence is built and sent to both providers,
 * then the client halts. A witness that cannot justify its header is dropped as faulty.
 */
export interface DetectContext {
  client: LightClient;
  /** Verified blocks from the previously trusted one (index 0) to the target (last). */
  trace: TrustedBlock[];
  witnesses: Provider[];
  removeWitness(w: Provider): void;
  halt(ev: LightClientAttackEvidence, message: string): Promise<never>;
}

const sameHeader = (a: LightBlock, b: LightBlock) => equal(hashHeader(a.signedHeader.header), hashHeader(b.signedHeader.header));

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
  for (const w of [...ctx.witnesses]) {
    let wb: LightBlock;
    try {
      wb = await w.lightBlock(height);
    } catch {
      continue;
    }
    answered++;
    if (sameHeader(wb, target)) continue;
    // Find where the witness first leaves the primary's trace; the block before is common ground.
    let i = 1;
    let conflicting = wb;
    for (; i < ctx.trace.length; i++) {
      const p = ctx.trace[i]!.lightBlock;
      const x = i === ctx.trace.length - 1 ? wb : await w.lightBlock(p.signedHeader.header.height).catch(() => undefined);
      if (x === undefined || !sameHeader(x, p)) {
        conflicting = x ?? wb;
        break;
      }
    }
    const common = ctx.trace[i - 1]!;
    try {
      await ctx.client.verifySkipping(w, { ...common }, conflicting);
    } catch (e) {
      if (!isLightClientError(e)) throw e;
      ctx.removeWitness(w); // it lied but could not back the lie with trusted signatures
      continue;
    }
    const againstWitness = buildEvidence(conflicting, common, w.id);
    const primaryBlock = ctx.trace[i]!.lightBlock;
    const againstPrimary = buildEvidence(primaryBlock, common, ctx.client.primary.id);
    await ctx.client.evidenceSender.send(againstWitness, ctx.client.primary);
    await ctx.client.evidenceSender.send(againstPrimary, w);
    await ctx.halt(
      againstWitness,
      `witness ${w.id} and primary ${ctx.client.primary.id} serve different verifiable headers at height ${conflicting.signedHeader.header.height} (common height ${againstWitness.commonHeight})`,
    );
  }
  if (answered === 0 && ctx.witnesses.length > 0) {
    // Like CometBFT's ErrFailedHeaderCrossReferencing: unconfirmed headers are not trusted.
    throw new LightClientError("provider_error", `no witness answered for height ${height}; header not cross-checked`);
  }
}
