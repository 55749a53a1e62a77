import type { BlockID, Commit } from "cosmjs-types/tendermint/types/types";
import type { ValidatorSet } from "../../chain/block/validator-set.js";
import type { Logger } from "../log/logger.js";
import { applyBlock, type ExecutionDeps } from "../execution/apply-block.js";
import { buildBlock, signSoloCommit } from "./build-block.js";
import { nowTimestamp } from "../rpc/time.js";

export interface ChainTip {
  height: bigint;
  lastBlockId: BlockID;
  lastCommit: Commit | undefined;
  lastTime: { seconds: bigint; nanos: number };
  appHash: Uint8Array;
  lastResultsHash: Uint8Array;
}

export interface ProducerOptions {
  chainId: string;
  intervalMs: number;
  createEmptyBlocks: boolean;
  maxBlockBytes: number;
  maxBlockGas: bigint;
  validators: ValidatorSet;
  consensusHash: Uint8Array;
  validatorAddress: Uint8Array;
  sign(msg: Uint8Array): Uint8Array;
  log: Logger;
  /** Called when producing fails: the node must stop rather than run on an unknown state. */
  onFatal(err: unknown): void;
}

function later(a: { seconds: bigint; nanos: number }, b: { seconds: bigint; nanos: number }): boolean {
  return a.seconds > b.seconds || (a.seconds === b.seconds && a.nanos > b.nanos);
}

/**
 * Single-validator block production (issue 1): every interval, take mempool txs, build the
 * block on the tip, sign its precommit, execute and persist. Block time is wall clock, kept
 * strictly increasing. Issue 2 replaces this with the BFT engine using the same applyBlock.
 */
export class SoloProducer {
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private producing: Promise<void> = Promise.resolve();

  constructor(
    private readonly deps: ExecutionDeps,
    private tip: ChainTip,
    private readonly o: ProducerOptions,
  ) {}

  get chainTip(): ChainTip {
    return this.tip;
  }

  start(): void {
    this.running = true;
    this.schedule();
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    await this.producing;
  }

  /** Blocks start every intervalMs (start to start), so execution time does not stretch the period. */
  private schedule(lastStart = performance.now()): void {
    if (!this.running) return;
    const wait = Math.max(0, this.o.intervalMs - (performance.now() - lastStart));
    this.timer = setTimeout(() => {
      const start = performance.now();
      this.producing = this.produceOnce()
        .then(() => this.schedule(start))
        .catch((e) => {
          this.running = false;
          this.o.onFatal(e);
        });
    }, wait);
  }

  /** Builds, executes and persists one block. */
  async produceOnce(): Promise<void> {
    const txs = this.deps.mempool.reap(Math.floor(this.o.maxBlockBytes * 0.9), this.o.maxBlockGas);
    if (txs.length === 0 && !this.o.createEmptyBlocks && this.tip.height > 0n) return;
    const height = this.tip.height + 1n;
    let time = nowTimestamp();
    if (!later(time, this.tip.lastTime)) {
      const n = this.tip.lastTime.nanos + 1_000_000;
      time = n >= 1e9 ? { seconds: this.tip.lastTime.seconds + 1n, nanos: n - 1e9 } : { seconds: this.tip.lastTime.seconds, nanos: n };
    }
    const { block, blockId, bytes } = buildBlock({
      chainId: this.o.chainId,
      height,
      time,
      lastBlockId: this.tip.lastBlockId,
      lastCommit: this.tip.lastCommit,
      txs,
      validators: this.o.validators,
      nextValidators: this.o.validators,
      consensusHash: this.o.consensusHash,
      appHash: this.tip.appHash,
      lastResultsHash: this.tip.lastResultsHash,
      proposer: this.o.validatorAddress,
    });
    const commit = signSoloCommit(this.o.chainId, height, blockId, time, this.o.validatorAddress, this.o.sign);
    const t0 = performance.now();
    const applied = await applyBlock(this.deps, block, blockId, commit, bytes.length);
    this.tip = {
      height,
      lastBlockId: blockId,
      lastCommit: commit,
      lastTime: time,
      appHash: applied.appHash,
      lastResultsHash: applied.lastResultsHash,
    };
    this.o.log.info("committed block", {
      height: height.toString(),
      txs: txs.length,
      ms: Math.round(performance.now() - t0),
      app_hash: Buffer.from(applied.appHash).toString("hex").toUpperCase().slice(0, 16),
    });
  }
}
