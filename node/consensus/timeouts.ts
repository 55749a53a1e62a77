import type { TimeoutConfig, TimeoutStep } from "./types.js";

/** timeoutX(r) = initTimeoutX + r * timeoutDelta (the paper, §"Timeouts"; CometBFT config). */
export function timeoutMs(cfg: TimeoutConfig, step: TimeoutStep, round: number): number {
  switch (step) {
    case "propose":
      return cfg.proposeMs + round * cfg.proposeDeltaMs;
    case "prevote":
      return cfg.prevoteMs + round * cfg.prevoteDeltaMs;
    case "precommit":
      return cfg.precommitMs + round * cfg.precommitDeltaMs;
    case "commit":
      return cfg.commitMs;
  }
}
