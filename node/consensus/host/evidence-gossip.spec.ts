import { describe, it, expect } from "vitest";
import { onEvidenceMsg } from "./evidence-gossip.js";
import { EvidencePool } from "./evidence-pool.js";
import { encodeEvidence } from "./codec.js";
import { silentLogger } from "../../log/logger.js";
import { PREVOTE, type DuplicateVoteEvidence, type Vote } from "../types.js";

const v = (fill: number): Vote => ({
  type: PREVOTE, height: 5n, round: 0,
  blockId: { hash: new Uint8Array(32).fill(fill), partSetHeader: { total: 1, hash: new Uint8Array(32).fill(fill) } },
  timestamp: { seconds: 1n, nanos: 0 }, validatorAddress: new Uint8Array(20).fill(7), validatorIndex: 0, signature: new Uint8Array(64).fill(fill),
});
const ev: DuplicateVoteEvidence = { voteA: v(1), voteB: v(2), totalVotingPower: 10n, validatorPower: 10n, timestamp: { seconds: 1n, nanos: 0 } };

describe("evidence gossip", () => {
  it("drops evidence it already holds (pending or committed) before any signature check, and relays nothing", () => {
    for (const where of ["pending", "committed"] as const) {
      const pool = new EvidencePool();
      if (where === "pending") pool.add(ev);
      else pool.markCommitted([`${"07".repeat(20)}/5/0/${PREVOTE}`]);
      let verifies = 0;
      const relayed: string[] = [];
      const punished: string[] = [];
      const o = {
        chainId: "c",
        verify: () => (verifies++, true),
        log: silentLogger,
        p2p: { broadcast: (ch: string) => void relayed.push(ch), punish: (p: string) => void punished.push(p) } as never,
      };
      const validators = { validators: [{ address: new Uint8Array(20).fill(7), pubKey: new Uint8Array(32), votingPower: 10n }] };
      onEvidenceMsg(o, { tip: { height: 5n } as never, sets: { validators } as never, setsByHeight: new Map([[5n, validators as never]]), pool }, "peer", encodeEvidence(ev));
      expect([where, verifies, relayed, punished]).toEqual([where, 0, [], []]);
    }
  });
});
