import { toHex } from "./bytes.js";
import { formatLightBlock, formatTime } from "./json.js";
import type { Provider } from "./provider.js";
import type { LightBlock, Timestamp, Validator } from "./types.js";

/**
 * LightClientAttackEvidence (CometBFT types/evidence.go), as the light client can build it: the
 * conflicting light block a witness (or the primary) served, the last height both chains agree on,
 * and the validators of the common set who signed the conflicting block.
 */
export interface LightClientAttackEvidence {
  conflictingBlock: LightBlock;
  commonHeight: bigint;
  byzantineValidators: Validator[];
  totalVotingPower: bigint;
  timestamp: Timestamp;
  /** The provider that served the conflicting block. */
  source: string;
}

/**
 * Delivers evidence to full nodes. The PoGCS node has no evidence RPC yet, so the default sender
 * only records; `rpcEvidenceSender` posts CometBFT's `broadcast_evidence` and reports failures
 * without throwing, so a missing endpoint never stops the halt.
 */
export interface EvidenceSender {
  send(evidence: LightClientAttackEvidence, to: Provider): Promise<{ ok: boolean; error?: string }>;
}

export function evidenceToJson(ev: LightClientAttackEvidence): Record<string, unknown> {
  return {
    type: "tendermint/LightClientAttackEvidence",
    value: {
      conflicting_block: formatLightBlock(ev.conflictingBlock),
      common_height: ev.commonHeight.toString(),
      byzantine_validators: ev.byzantineValidators.map((v) => ({ address: toHex(v.address).toUpperCase(), voting_power: v.votingPower.toString() })),
      total_voting_power: ev.totalVotingPower.toString(),
      timestamp: formatTime(ev.timestamp),
      source: ev.source,
    },
  };
}

export function createRecordingEvidenceSender(): EvidenceSender & { sent: Array<{ evidence: LightClientAttackEvidence; to: string }> } {
  const sent: Array<{ evidence: LightClientAttackEvidence; to: string }> = [];
  return {
    sent,
    async send(evidence, to) {
      sent.push({ evidence, to: to.id });
      return { ok: true };
    },
  };
}

export function createRpcEvidenceSender(): EvidenceSender {
  return {
    async send(evidence, to) {
      const call = (to as { call?: (m: string, p: Record<string, string>) => Promise<unknown> }).call;
      if (typeof call !== "function") return { ok: false, error: `${to.id} is not an RPC provider` };
      try {
        await call.call(to, "broadcast_evidence", { evidence: JSON.stringify(evidenceToJson(evidence)) });
        return { ok: true };
      } catch (e) {
        return { ok: false, error: (e as Error).message };
      }
    },
  };
}
