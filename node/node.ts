import { createHash } from "node:crypto";
import { createTestClock, testClockAllowed, type TestClock } from "./test-clock.js";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createCommitMultiStore } from "../chain/store/commit-multistore.js";
import { createValidatorSet, type ValidatorSet, type Validator } from "../chain/block/validator-set.js";
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
import { consensusParamsHash } from "./producer/build-block.js";
import { ConsensusHost, type ChainTip } from "./consensus/host/host.js";
import type { P2P } from "./p2p/types.js";
import { createTcpP2P } from "./p2p/tcp.js";
import { DEFAULT_CHANNEL_LIMITS, type PeerId } from "./p2p/types.js";
import { verifyEd25519 } from "./keyring/validator-key.js";
import { createNodeSecp256k1Verifier, type CachingVerifier } from "./crypto/secp256k1.js";
import { installNodeCrypto } from "./crypto/install.js";
import { VerifyPool } from "./crypto/verify-pool.js";
import type { AddResult } from "./mempool/mempool.js";
import { createLogger, type Logger } from "./log/logger.js";
import { NodeError } from "./errors.js";
import { equalBytes } from "../chain/crypto/bytes.js";
import type { ExecutionDeps } from "./execution/apply-block.js";
import { createPsqlSink, validateTxIndexConfig, type PsqlFollower } from "./indexer/psql/index.js";

/** The real p2p network (node/p2p, TCP + Noise XX) for `pogcsd start`. */
export function createNetwork(home: string, config: NodeConfig, log?: Logger): P2P {
  const genesis = loadGenesis(join(home, "config", "genesis.json"));
  const raw = JSON.parse(readFileSync(join(home, "config", NODE_KEY_FILE), "utf8")) as { priv_key: { value: string } };
  const seed = new Uint8Array(Buffer.from(raw.priv_key.value, "base64").subarray(0, 32));
  return createTcpP2P(
    {
      nodeKeySeed: seed,
      listenAddr: config.p2p.laddr,
      persistentPeers: config.p2p.persistentPeers,
      maxPeers: config.p2p.maxPeers,
      pex: config.p2p.pex,
      chainId: genesis.chainId,
      moniker: config.moniker,
      limits: DEFAULT_CHANNEL_LIMITS,
    },
    { logger: log?.child({ module: "p2p" }), statusIntervalMs: 2000, dialBackoffMaxMs: 2000 },
  );
}

export interface NodeOptions {
  home: string;
  /** Overrides on top of config.json (tests, devnet). */
  config?: NodeConfig;
  log?: Logger;
  /** The p2p network (tests inject an in-process one); default: none for a lone validator. */
  p2p?: P2P;
  /** Test only: sign conflicting prevotes (refused unless the chain id starts with pogcs-devnet or test). */
  equivocate?: boolean;
  /** TEST ONLY: a clock the `unsafe_advance_time` RPC moves forward (devnet/test chain ids only). */
  testClock?: boolean;
}

/**
 * A full node: storage, state machine, mempool, block production. The RPC server is attached
 * by node/rpc. `open` loads everything and replays nothing: state and blocks are always at the
 * same height because they are written in one batch.
 */
export class PogcsNode {
  readonly startedAt = Date.now();
  /** Set by `--test-clock`: consensus time that `unsafe_advance_time` moves forward. */
  testClock: TestClock | undefined;
  private host!: ConsensusHost;
  p2p: P2P | undefined;
  private fatal: unknown;
  private readonly pool: VerifyPool;
  private admission: Promise<unknown> = Promise.resolve();
  /** The optional PostgreSQL event sink (config txIndex.indexer = "psql"). */
  psqlSink: PsqlFollower | undefined;

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
    this.pool = new VerifyPool(config.verifyWorkers > 0 ? config.verifyWorkers : undefined, (err) =>
      log.warn("signature worker failed; CheckTx verifies its signatures on the main thread", { err: err.message }),
    );
  }

  /**
   * Admits a tx: its signatures are verified on the worker pool (in parallel with other txs),
   * then CheckTx runs on this thread in arrival order, answering signatures from the cache.
   * Arrival order is kept so a sender's consecutive txs are checked in sequence order.
   */
  submitTx(tx: Uint8Array, gossip = true, from?: PeerId): Promise<AddResult> {
    // Cheap refusals first: a tx the mempool will refuse unseen gets no signature work.
    const hash = Mempool.hashOf(tx);
    const jobs = this.mempool.refusesCheaply(tx, hash) ? [] : this.app.signatureJobs(tx);
    const verified = this.pool.verify(jobs);
    const result = this.admission.then(async () => {
      const ok = await verified;
      ok.forEach((good, i) => {
        if (good) this.verifier.markVerified(jobs[i]!.pubKey, jobs[i]!.message, jobs[i]!.signature);
      });
      const r = this.mempool.add(tx, hash);
      if (gossip && r.result.code === 0) this.p2p?.broadcast("tx", tx, from);
      return r;
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
    validateTxIndexConfig(config.txIndex);
    const genesis = loadGenesis(join(home, "config", "genesis.json"));
    const validatorKey = loadValidatorKey(join(home, "config", PRIV_VALIDATOR_KEY_FILE));
    const nodeKey = loadNodeKey(join(home, "config", NODE_KEY_FILE));
    mkdirSync(join(home, "data"), { recursive: true, mode: 0o700 });
    let db: NodeDb;
    try {
      db = await openNodeDb(join(home, "data", "node.db"));
    } catch (e) {
      throw new NodeError("DB_LOCKED", `cannot open ${join(home, "data", "node.db")}: ${(e as Error).message}`, `another pogcsd is probably running with --home ${home}: stop it first, or start this one with another --home`);
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
      checkGenesisValidators(genesis.validators, pogcs.app.genesisValidators);
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
    if (opts.equivocate && !/^(pogcs-devnet|test)/.test(genesis.chainId)) {
      await db.root.close();
      throw new NodeError("EQUIVOCATE_REFUSED", `--test-equivocate is refused on chain ${genesis.chainId}: only chain ids starting with pogcs-devnet or test`);
    }
    if (opts.testClock) {
      if (!testClockAllowed(genesis.chainId)) {
        await db.root.close();
        throw new NodeError("TEST_CLOCK_REFUSED", `--test-clock is refused on chain ${genesis.chainId}: only chain ids starting with pogcs-devnet or test`);
      }
      node.testClock = createTestClock();
    }
    node.p2p = opts.p2p;
    await node.initConsensus(opts.equivocate ?? false);
    node.attachPsqlSink();
    return node;
  }

  private async initConsensus(equivocate: boolean): Promise<void> {
    const me = this.validators.validators.some((v) => equalBytes(v.address, this.validatorKey.address));
    if (!me) this.log.warn("this node's validator key is not in the validator set; it follows the chain without signing");
    const deps: ExecutionDeps = {
      app: this.app, db: this.db, blocks: this.blocks, txIndexer: this.txIndexer,
      blockIndexer: this.blockIndexer, mempool: this.mempool, bus: this.bus,
    };
    const c = this.config.consensus;
    this.host = new ConsensusHost({
      chainId: this.genesis.chainId,
      genesisTime: this.genesis.time,
      genesisValidators: this.validators.validators,
      genesisAppHash: this.genesisAppHash,
      maxBlockBytes: this.genesis.maxBlockBytes,
      maxBlockGas: this.genesis.maxBlockGas,
      consensusHash: consensusParamsHash(this.genesis.maxBlockBytes, this.genesis.maxBlockGas),
      exec: deps,
      privValidator: { address: this.validatorKey.address, pubKey: this.validatorKey.pubKey, sign: (m) => this.validatorKey.sign(m) },
      verify: verifyEd25519,
      clock: this.testClock?.now,
      p2p: this.p2p,
      expectPeers: this.p2p !== undefined && (this.config.p2p.persistentPeers.length > 0 || this.validators.validators.length > 1),
      walPath: join(this.home, "data", "cs.wal"),
      timeouts: {
        proposeMs: c.timeoutProposeMs,
        proposeDeltaMs: c.timeoutProposeDeltaMs,
        prevoteMs: c.timeoutPrevoteMs,
        prevoteDeltaMs: c.timeoutPrevoteDeltaMs,
        precommitMs: c.timeoutPrecommitMs,
        precommitDeltaMs: c.timeoutPrecommitDeltaMs,
        commitMs: c.timeoutCommitMs > 0 ? c.timeoutCommitMs : c.blockIntervalMs,
      },
      maxClockDriftMs: c.maxClockDriftMs,
      equivocate,
      log: this.log.child({ module: "consensus" }),
      onFatal: (e) => {
        this.fatal = e;
        this.log.error("consensus stopped", { error: (e as Error)?.stack ?? String(e) });
      },
    });
    await this.host.init();
    if (this.p2p) {
      // Txs admitted here are gossiped so whichever validator proposes next can include them, and
      // relayed once to our other peers (a tx already in the mempool or its cache is not re-sent).
      // Copies arriving from several peers are dropped before their signatures are verified.
      const recent = new Set<string>();
      this.p2p.on("tx", (from, tx) => {
        const k = createHash("sha256").update(tx).digest("base64");
        if (recent.has(k)) return;
        recent.add(k);
        if (recent.size > 50_000) recent.delete(recent.values().next().value!);
        void this.submitTx(tx, true, from).catch(() => undefined);
      });
    }
  }

  /** Starts copying committed blocks into PostgreSQL when configured; never waits on the database. */
  private attachPsqlSink(): void {
    const t = this.config.txIndex;
    if (t.indexer !== "psql") return;
    const sink = createPsqlSink({ conn: t.psqlConn, chainId: this.genesis.chainId, source: this.blocks, log: this.log, firstHeight: this.genesis.initialHeight });
    this.bus.subscribe((e) => {
      if (e.kind === "NewBlock") sink.notify();
    });
    this.psqlSink = sink;
    sink.start();
  }

  get isHealthy(): boolean {
    return this.fatal === undefined;
  }

  get fatalError(): unknown {
    return this.fatal;
  }

  get tip(): ChainTip {
    return this.host.chainTip;
  }

  get consensus(): ConsensusHost {
    return this.host;
  }

  /** Starts consensus (after block sync when peers are expected) and the p2p network. */
  async startProducing(): Promise<void> {
    await this.host.start();
    await this.p2p?.start();
  }

  async close(): Promise<void> {
    await this.host.stop();
    await this.p2p?.stop().catch(() => undefined);
    await this.admission;
    await this.pool.close();
    await this.psqlSink?.close();
    await this.db.root.close();
  }
}

/**
 * When the app chooses the genesis validators (staking's genesis validators), they must be the
 * ones genesis.json lists (same keys, same powers), or consensus would start from a set the state
 * machine does not know. CometBFT takes the app's set; we refuse the mismatch instead, clearly.
 */
function checkGenesisValidators(fromFile: readonly Validator[], fromApp: readonly { pubKey: Uint8Array; power: bigint }[]): void {
  if (fromApp.length === 0) return;
  const key = (pk: Uint8Array, p: bigint) => `${Buffer.from(pk).toString("base64")}:${p}`;
  const a = fromFile.map((v) => key(v.pubKey, v.votingPower)).sort();
  const b = fromApp.filter((u) => u.power > 0n).map((u) => key(u.pubKey, u.power)).sort();
  if (a.join(",") !== b.join(",")) {
    throw new NodeError(
      "GENESIS_VALIDATORS_MISMATCH",
      `genesis.json validators (${a.join(", ")}) differ from the staking genesis validators (${b.join(", ")}); make their keys and powers (self-delegation / 10^6) agree`,
    );
  }
}
