import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { ResponseFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
import { createCommitMultiStore } from "../chain/store/commit-multistore.js";
import { createValidatorSet, type ValidatorSet } from "../chain/block/validator-set.js";
import { lastResultsHash } from "../chain/block/data-hash.js";
import { createPogcsApp, STORE_NAMES, type PogcsApp } from "../modules/app/create-app.js";
import type { App } from "../chain/app/app.js";
import { loadConfig, parseGasPrices, type NodeConfig } from "./config/config.js";
import { loadGenesis, type ParsedGenesis } from "./genesis/genesis-file.js";
import { loadValidatorKey, loadNodeKey, PRIV_VALIDATOR_KEY_FILE, NODE_KEY_FILE, type ValidatorKey, type NodeKey } from "./keyring/validator-key.js";
import { openNodeDb, type NodeDb } from "./storage/db.js";
import { BlockStore } from "./blockstore/block-store.js";
import { TxIndexer } from "./indexer/tx-indexer.js";
import { BlockIndexer } from "./indexer/block-indexer.js";
import { Mempool } from "./mempool/mempool.js";
import { EventBus } from "./events/bus.js";
import { SoloProducer, type ChainTip } from "./producer/producer.js";
import { consensusParamsHash, emptyCommit } from "./producer/build-block.js";
import { createNodeSecp256k1Verifier, type CachingVerifier } from "./crypto/secp256k1.js";
import { installNodeCrypto } from "./crypto/install.js";
import { VerifyPool } from "./crypto/verify-pool.js";
import type { AddResult } from "./mempool/mempool.js";
import { createLogger, type Logger } from "./log/logger.js";
import { NodeError } from "./errors.js";
import { equalBytes } from "../chain/crypto/bytes.js";
import type { ExecutionDeps } from "./execution/apply-block.js";

export interface NodeOptions {
  home: string;
  /** Overrides on top of config.json (tests, devnet). */
  config?: NodeConfig;
  log?: Logger;
}

/**
 * A full node: storage, state machine, mempool, block production. The RPC server is attached
 * by node/rpc. `open` loads everything and replays nothing: state and blocks are always at the
 * same height because they are written in one batch.
 */
export class PogcsNode {
  readonly startedAt = Date.now();
  private producer!: SoloProducer;
  private fatal: unknown;
  private readonly pool: VerifyPool;
  private admission: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly home: string,
    readonly config: NodeConfig,
    readonly genesis: ParsedGenesis,
    readonly validatorKey: ValidatorKey,
    readonly nodeKey: NodeKey,
    readonly db: NodeDb,
    readonly pogcs: PogcsApp,
    readonly blocks: BlockStore,
    readonly txIndexer: TxIndexer,
    readonly blockIndexer: BlockIndexer,
    readonly mempool: Mempool,
    readonly bus: EventBus,
    readonly validators: ValidatorSet,
    readonly verifier: CachingVerifier,
    readonly log: Logger,
    readonly genesisAppHash: Uint8Array,
  ) {
    this.pool = new VerifyPool(config.verifyWorkers > 0 ? config.verifyWorkers : undefined);
  }

  /**
   * Admits a tx: its signatures are verified on the worker pool (in parallel with other txs),
   * then CheckTx runs on this thread in arrival order, answering signatures from the cache.
   * Arrival order is kept so a sender's consecutive txs are checked in sequence order.
   */
  submitTx(tx: Uint8Array): Promise<AddResult> {
    const jobs = this.app.signatureJobs(tx);
    const verified = this.pool.verify(jobs);
    const result = this.admission.then(async () => {
      const ok = await verified;
      ok.forEach((good, i) => {
        if (good) this.verifier.markVerified(jobs[i]!.pubKey, jobs[i]!.message, jobs[i]!.signature);
      });
      return this.mempool.add(tx);
    });
    this.admission = result.catch(() => undefined);
    return result;
  }

  get app(): App {
    return this.pogcs.app;
  }

  static async open(opts: NodeOptions): Promise<PogcsNode> {
    installNodeCrypto();
    const home = opts.home;
    const config = opts.config ?? loadConfig(home);
    const log = opts.log ?? createLogger({ base: { module: "node", moniker: config.moniker } });
    const genesis = loadGenesis(join(home, "config", "genesis.json"));
    const validatorKey = loadValidatorKey(join(home, "config", PRIV_VALIDATOR_KEY_FILE));
    const nodeKey = loadNodeKey(join(home, "config", NODE_KEY_FILE));
    mkdirSync(join(home, "data"), { recursive: true, mode: 0o700 });
    let db: NodeDb;
    try {
      db = await openNodeDb(join(home, "data", "node.db"));
    } catch (e) {
      throw new NodeError("DB_LOCKED", `cannot open ${join(home, "data", "node.db")}: ${(e as Error).message}. Is another pogcsd using this home?`);
    }
    const rows: Array<[Uint8Array, Uint8Array]> = [];
    for await (const [k, v] of db.state.iterator()) rows.push([k, v]);
    const cms = createCommitMultiStore({ storeNames: STORE_NAMES, keepRecent: config.pruningKeepRecent, rows });
    const verifier = createNodeSecp256k1Verifier();
    const pogcs = createPogcsApp({
      chainId: genesis.chainId,
      cms,
      verifier,
      minGasPrices: parseGasPrices(config.minimumGasPrices),
      checkInvariantsEveryBlock: config.checkInvariants,
    });
    const blocks = new BlockStore(db);
    await blocks.open();
    if (blocks.height !== cms.version) {
      throw new NodeError("STATE_MISMATCH", `block store is at height ${blocks.height} but state at ${cms.version}; the data directory is corrupt`);
    }
    let genesisAppHash: Uint8Array;
    if (blocks.height === 0n) {
      genesisAppHash = pogcs.app.initChain({
        chainId: genesis.chainId,
        initialHeight: genesis.initialHeight,
        timeSeconds: genesis.time.seconds,
        timeNanos: genesis.time.nanos,
        appState: genesis.doc.app_state,
      });
    } else {
      const last = await blocks.getBlock(blocks.height);
      if (!last) throw new NodeError("STATE_MISMATCH", `block ${blocks.height} is missing from the block store`);
      const h = last.block.header;
      pogcs.app.loadLastBlock({ height: h.height, timeSeconds: h.time.seconds, timeNanos: h.time.nanos, proposer: h.proposerAddress });
      genesisAppHash = (await blocks.getBlock(1n))!.block.header.appHash;
    }
    const validators = createValidatorSet(genesis.validators);
    const node = new PogcsNode(
      home, config, genesis, validatorKey, nodeKey, db, pogcs, blocks,
      new TxIndexer(db.txIndex), new BlockIndexer(db.blockIndex),
      new Mempool(pogcs.app, config.mempool), new EventBus(), validators, verifier, log, genesisAppHash,
    );
    await node.initProducer();
    return node;
  }

  private async initProducer(): Promise<void> {
    const tip = await this.loadTip();
    if (!this.validators.validators.some((v) => equalBytes(v.address, this.validatorKey.address))) {
      this.log.warn("this node's validator key is not in the validator set; it will not produce blocks");
    }
    const deps: ExecutionDeps = {
      app: this.app, db: this.db, blocks: this.blocks, txIndexer: this.txIndexer,
      blockIndexer: this.blockIndexer, mempool: this.mempool, bus: this.bus,
    };
    this.producer = new SoloProducer(deps, tip, {
      chainId: this.genesis.chainId,
      intervalMs: this.config.consensus.blockIntervalMs,
      createEmptyBlocks: this.config.consensus.createEmptyBlocks,
      maxBlockBytes: this.genesis.maxBlockBytes,
      maxBlockGas: this.genesis.maxBlockGas,
      validators: this.validators,
      consensusHash: consensusParamsHash(this.genesis.maxBlockBytes, this.genesis.maxBlockGas),
      validatorAddress: this.validatorKey.address,
      sign: (m) => this.validatorKey.sign(m),
      log: this.log.child({ module: "producer" }),
      onFatal: (e) => {
        this.fatal = e;
        this.log.error("block production stopped", { error: (e as Error)?.stack ?? String(e) });
      },
    });
  }

  private async loadTip(): Promise<ChainTip> {
    const h = this.blocks.height;
    if (h === 0n) {
      return {
        height: 0n,
        lastBlockId: emptyCommit().blockId,
        lastCommit: undefined,
        lastTime: this.genesis.time,
        appHash: this.genesisAppHash,
        lastResultsHash: lastResultsHash([]),
      };
    }
    const last = (await this.blocks.getBlock(h))!;
    const commit = await this.blocks.getCommit(h);
    const results = (await this.blocks.getResults(h)) ?? ResponseFinalizeBlock.fromPartial({});
    return {
      height: h,
      lastBlockId: last.meta.blockId,
      lastCommit: commit,
      lastTime: last.block.header.time,
      appHash: this.app.appHash,
      lastResultsHash: lastResultsHash(results.txResults.map((r) => ({ code: r.code, data: r.data, gasWanted: r.gasWanted, gasUsed: r.gasUsed }))),
    };
  }

  get isHealthy(): boolean {
    return this.fatal === undefined;
  }

  get fatalError(): unknown {
    return this.fatal;
  }

  get tip(): ChainTip {
    return this.producer.chainTip;
  }

  startProducing(): void {
    this.producer.start();
  }

  /** Produces one block now (tests). */
  async produceBlock(): Promise<void> {
    await this.producer.produceOnce();
  }

  async close(): Promise<void> {
    await this.producer.stop();
    await this.admission;
    await this.pool.close();
    await this.db.root.close();
  }
}
