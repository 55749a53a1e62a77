/**
 * Errors of the consensus engine. The engine never throws on a peer's message (bad messages are
 * dropped, equivocation becomes evidence); these are for host programming errors and bad inputs
 * from the host itself (an impossible validator set, a start height that does not fit the WAL).
 */
export class ConsensusError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ConsensusError";
  }

  static invalidValidatorSet(msg: string): ConsensusError {
    return new ConsensusError("CONSENSUS_INVALID_VALIDATOR_SET", msg);
  }

  static invalidInput(msg: string): ConsensusError {
    return new ConsensusError("CONSENSUS_INVALID_INPUT", msg);
  }
}
