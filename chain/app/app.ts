import { SimulateResponse, SimulateRequest } from "cosmjs-types/cosmos/tx/v1beta1/service";
import type { CacheMultiStore, CommitMultiStore, CommitResult, ProofOp } from "../store/types.js";
import { createInfiniteGasMeter } from "../gas/meter.js";
import { DEFAULT_KV_GAS, type KVGasConfig } from "../gas/config.js";
import type { AnteDeps } from "../ante/types.js";
import { ChainError, ErrInvalidRequest, ErrUnknownRequest, ErrInvalidHeight, ErrLogic } from "../errors/index.js";
import type { AbciEvent } from "../events/types.js";
import type { BlockInfo, ValidatorUpdate } from "./context.js";
import { createContext } from "./create-context.js";
import { createQueryContext } from "./query-context.js";
import type { ModuleDefinition } from "./module.js";
import { Router } from "./router.js";
import { toHex } from "../crypto/bytes.js";
import { decodeTx } from "../tx/decode.js";
import { PubKey as Secp256k1PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import { signBytesFor } from "../ante/sig-verify.js";
import { SECP256K1_PUBKEY_TYPE } from "../ante/set-pubkey.js";
import { pogcs } from "../../proto/gen/pogcs.js";
import { runTx, type RunTxOutcome } from "./run-tx.js";
import { errorResult, type TxResult } from "./tx-result.js";

export interface AppOptions {
  chainId: string;
  /** Modules; unless `order` says otherwise, genesis, begin and end block run in this order. */
  modules: ModuleDefinition[];
  /** Module names per phase, declared once where the app is assembled. */
  order?: { genesis?: string[]; beginBlock?: string[]; endBlock?: string[] };
  cms: CommitMultiStore;
  ante: AnteDeps;
  kvGas?: KVGasConfig;
  /** Run every module invariant after each block and stop on a broken one (tests, devnets). */
  checkInvariantsEveryBlock?: boolean;
}

export interface FinalizeBlockResult {
  txResults: TxResult[];
  /** Validator set changes from end-block, in module order, last update per key wins. */
  validatorUpdates: ValidatorUpdate[];
  /** Events from begin/end block (CometBFT 0.38 finalize_block_events). */
  events: AbciEvent[];
  appHash: Uint8Array;
  commit: CommitResult;
}

export interface QueryResponse {
  code: number;
  codespace: string;
  log: string;
  height: bigint;
  key?: Uint8Array;
  value?: Uint8Array;
  proofOps?: ProofOp[];
}

export interface GenesisInput {
  chainId: string;
  initialHeight: bigint;
  timeSeconds: bigint;
  timeNanos: number;
  appState: Record<string, unknown>;
}

export const SIMULATE_PATH = "/cosmos.tx.v1beta1.Service/Simulate";
export const INVARIANTS_PATH = "/pogcs.app.v1.Query/Invariants";
export const MSG_TYPES_PATH = "/pogcs.app.v1.Query/MsgTypes";

/**
 * The deterministic state machine: genesis, CheckTx, Simulate, FinalizeBlock (+commit) and queries.
 * It holds no clock and does no I/O; node/ feeds it blocks and persists what commit returns.
 */
export class App {
  readonly router: Router;
  readonly chainId: string;
  private readonly modules: ModuleDefinition[];
  private readonly genesisOrder: ModuleDefinition[];
  private readonly beginOrder: ModuleDefinition[];
  private readonly endOrder: ModuleDefinition[];
  private readonly cms: CommitMultiStore;
  private readonly ante: AnteDeps;
  private readonly kvGas: KVGasConfig;
  private readonly checkInvariants: boolean;
  private checkState: CacheMultiStore;
  private last: BlockInfo;

  constructor(opts: AppOptions) {
    this.chainId = opts.chainId;
    this.modules = opts.modules;
    this.cms = opts.cms;
    this.ante = opts.ante;
    this.kvGas = opts.kvGas ?? DEFAULT_KV_GAS;
    this.checkInvariants = opts.checkInvariantsEveryBlock ?? false;
    this.router = new Router(opts.modules);
    const byName = (names: string[] | undefined): ModuleDefinition[] => {
      if (!names) return opts.modules;
      const missing = opts.modules.filter((m) => !names.includes(m.name)).map((m) => m.name);
      if (missing.length > 0 || names.length !== opts.modules.length) throw ErrLogic.raise(`module order must list every module once; missing ${missing.join(",")}`);
      return names.map((n) => opts.modules.find((m) => m.name === n)!);
    };
    this.genesisOrder = byName(opts.order?.genesis);
    this.beginOrder = byName(opts.order?.beginBlock);
    this.endOrder = byName(opts.order?.endBlock);
    const names = new Set(opts.modules.filter((m) => m.hasStore).map((m) => m.name));
    for (const n of names) if (!opts.cms.storeNames().includes(n)) throw ErrLogic.raise(`store for module ${n} is not mounted`);
    this.last = { chainId: opts.chainId, height: opts.cms.version, timeSeconds: 0n, timeNanos: 0, proposer: new Uint8Array() };
    this.checkState = this.cms.branch();
  }

  get lastBlock(): BlockInfo {
    return this.last;
  }

  get height(): bigint {
    return this.cms.version;
  }

  get appHash(): Uint8Array {
    return this.cms.appHash;
  }

  /** After a restart: the last committed block's time (the store already knows its height). */
  loadLastBlock(info: { height: bigint; timeSeconds: bigint; timeNanos: number; proposer: Uint8Array }): void {
    if (info.height !== this.cms.version) {
      throw ErrLogic.raise(`block store height ${info.height} does not match state version ${this.cms.version}`);
    }
    this.last = { chainId: this.chainId, ...info };
    this.checkState = this.cms.branch();
  }

  /** Validators the modules chose at genesis (empty: consensus keeps genesis.json's list). */
  genesisValidators: ValidatorUpdate[] = [];

  /** Applies genesis to the working state and returns its hash (the app hash of block 1's header). */
  initChain(g: GenesisInput): Uint8Array {
    if (g.chainId !== this.chainId) throw ErrInvalidRequest.raise(`genesis chain id ${g.chainId} != ${this.chainId}`);
    if (this.cms.version !== 0n) throw ErrLogic.raise("initChain on a non-empty state");
    const block: BlockInfo = { chainId: g.chainId, height: g.initialHeight - 1n, timeSeconds: g.timeSeconds, timeNanos: g.timeNanos, proposer: new Uint8Array() };
    const branch = this.cms.branch();
    const ctx = createContext({ block, mode: "genesis", store: branch, gasMeter: createInfiniteGasMeter() });
    for (const m of this.genesisOrder) {
      if (m.initGenesis) m.initGenesis(ctx, g.appState[m.name] ?? m.defaultGenesis?.());
    }
    this.genesisValidators = this.genesisOrder.flatMap((m) => m.genesisValidators?.(ctx) ?? []);
    branch.write();
    this.last = block;
    this.checkState = this.cms.branch();
    return this.cms.workingHash();
  }

  private nextBlockForCheck(): BlockInfo {
    return { ...this.last, height: this.last.height + 1n };
  }

  /** Mempool admission: ante checks only, against the check state that accumulates accepted txs. */
  checkTx(bytes: Uint8Array, mode: "check" | "recheck" = "check"): RunTxOutcome {
    return runTx(this.txEnv(), mode, this.nextBlockForCheck(), bytes, this.checkState);
  }

  /**
   * The signature checks CheckTx will make for `bytes` (public key, SIGN_MODE_DIRECT sign bytes,
   * signature), read from the check state without side effects, so the node can verify them on
   * other threads first. Empty when the tx cannot even be decoded; CheckTx then reports why.
   */
  signatureJobs(bytes: Uint8Array): Array<{ pubKey: Uint8Array; message: Uint8Array; signature: Uint8Array }> {
    try {
      const tx = decodeTx(bytes, (u) => this.router.msg(u));
      const ctx = createContext({ block: this.nextBlockForCheck(), mode: "check", store: this.checkState, gasMeter: createInfiniteGasMeter() });
      // A tx CheckTx will refuse anyway gets no pre-verification: each job carries the whole body,
      // so many signers times a large body would cost memory and time before any check ran.
      const limit = this.ante.params(ctx).txSigLimit;
      if (BigInt(tx.signers.length) > limit || BigInt(tx.raw.signatures.length) > limit) return [];
      return tx.signers.flatMap((addr, i) => {
        const acc = this.ante.accounts.getAccount(ctx, addr);
        const any = tx.authInfo.signerInfos[i]?.publicKey;
        const fromTx = any && any.typeUrl === SECP256K1_PUBKEY_TYPE ? Secp256k1PubKey.decode(any.value).key : undefined;
        const pubKey = acc?.pubKey ?? fromTx;
        const signature = tx.raw.signatures[i];
        if (!acc || !pubKey || !signature) return [];
        return [{ pubKey, message: signBytesFor(tx, i, this.chainId, acc.accountNumber, acc.sequence), signature }];
      });
    } catch {
      return [];
    }
  }

  /** Starts a fresh check state from the committed state (after each commit, before recheck). */
  resetCheckState(): void {
    this.checkState = this.cms.branch();
  }

  /** Runs a tx without signature checks on a throwaway branch; never touches state. */
  simulate(bytes: Uint8Array): RunTxOutcome {
    return runTx(this.txEnv(), "simulate", this.nextBlockForCheck(), bytes, this.cms.branch());
  }

  /** Executes a block and commits it; the caller persists `commit` atomically with the block. */
  finalizeBlock(block: BlockInfo, txs: readonly Uint8Array[]): FinalizeBlockResult {
    if (block.height !== this.cms.version + 1n) {
      throw ErrInvalidHeight.raise(`expected block ${this.cms.version + 1n}, got ${block.height}`);
    }
    const branch = this.cms.branch();
    const hookCtx = createContext({ block, mode: "block", store: branch, gasMeter: createInfiniteGasMeter() });
    for (const m of this.beginOrder) m.beginBlock?.(hookCtx);
    const txResults = txs.map((bytes) => {
      const out = runTx(this.txEnv(), "deliver", block, bytes, branch);
      return out.result;
    });
    const updates = new Map<string, ValidatorUpdate>();
    for (const m of this.endOrder) {
      const out = m.endBlock?.(hookCtx);
      for (const u of out?.validatorUpdates ?? []) updates.set(toHex(u.pubKey), u);
    }
    branch.write();
    const commit = this.cms.commit();
    this.last = block;
    this.checkState = this.cms.branch();
    if (this.checkInvariants) {
      const broken = this.runInvariants();
      if (broken.length > 0) throw ErrLogic.raise(`invariants broken at height ${block.height}: ${broken.join("; ")}`);
    }
    return { txResults, validatorUpdates: [...updates.values()], events: [...hookCtx.events], appHash: commit.appHash, commit };
  }

  /** Every module invariant against the latest committed state; returns the broken ones. */
  runInvariants(height: bigint = this.cms.version): string[] {
    const ctx = createQueryContext(this.cms, this.chainId, height);
    const broken: string[] = [];
    for (const m of this.modules) {
      for (const inv of m.invariants ?? []) {
        const msg = inv.check(ctx);
        if (msg !== undefined) broken.push(`${m.name}/${inv.name}: ${msg}`);
      }
    }
    return broken;
  }

  exportGenesis(): Record<string, unknown> {
    const ctx = createQueryContext(this.cms, this.chainId, this.cms.version);
    const out: Record<string, unknown> = {};
    for (const m of this.modules) if (m.exportGenesis) out[m.name] = m.exportGenesis(ctx);
    return out;
  }

  /**
   * ABCI query: gRPC paths (`/cosmos.bank.v1beta1.Query/Balance`), Simulate, and raw store
   * reads with proofs (`/store/<name>/key`). Errors come back as a code, never thrown.
   */
  query(path: string, data: Uint8Array, opts: { height?: bigint; prove?: boolean } = {}): QueryResponse {
    const latest = this.cms.version;
    const height = opts.height && opts.height > 0n ? opts.height : latest;
    try {
      if (height > latest) throw ErrInvalidHeight.raise(`cannot query with height in the future (${height}); latest is ${latest}`);
      if (latest === 0n) throw ErrInvalidHeight.raise("no committed state yet");
      if (path === SIMULATE_PATH) return { code: 0, codespace: "", log: "", height, value: this.simulateQuery(data) };
      if (path === INVARIANTS_PATH) {
        const broken = this.runInvariants(height);
        const checked = this.modules.reduce((n, m) => n + (m.invariants?.length ?? 0), 0);
        return { code: 0, codespace: "", log: "", height, value: pogcs.app.v1.QueryInvariantsResponse.encode({ broken, checked }).finish() };
      }
      if (path === MSG_TYPES_PATH) {
        return { code: 0, codespace: "", log: "", height, value: pogcs.app.v1.QueryMsgTypesResponse.encode({ typeUrls: this.router.msgTypeUrls() }).finish() };
      }
      const store = /^\/store\/([^/]+)\/key$/.exec(path);
      if (store) {
        const name = store[1]!;
        if (!this.cms.storeNames().includes(name)) throw ErrUnknownRequest.raise(`no such store: ${name}`);
        const r = this.cms.query(name, data, { height, prove: opts.prove ?? false });
        return { code: 0, codespace: "", log: "", height: r.height, key: data, value: r.value, proofOps: r.proofOps };
      }
      const spec = this.router.query(path);
      if (!spec) throw ErrUnknownRequest.raise(`unknown query path ${path}`);
      const value = spec.handle(createQueryContext(this.cms, this.chainId, height), data);
      return { code: 0, codespace: "", log: "", height, value };
    } catch (e) {
      const r = errorResult(e, 0n, 0n);
      return { code: r.code, codespace: r.codespace, log: r.log, height };
    }
  }

  private simulateQuery(data: Uint8Array): Uint8Array {
    let req: SimulateRequest;
    try {
      req = SimulateRequest.decode(data);
    } catch {
      throw ErrInvalidRequest.raise("cannot decode SimulateRequest");
    }
    if (req.txBytes.length === 0) throw ErrInvalidRequest.raise("empty tx_bytes (the deprecated `tx` field is not supported)");
    const out = this.simulate(req.txBytes);
    if (out.result.code !== 0) throw new ChainError(out.result.codespace, out.result.code, out.result.log);
    return SimulateResponse.encode({
      gasInfo: { gasWanted: out.result.gasWanted, gasUsed: out.result.gasUsed },
      result: {
        data: new Uint8Array(),
        log: "",
        events: out.result.events.map((e) => ({
          type: e.type,
          attributes: e.attributes.map((a) => ({ key: a.key, value: a.value, index: a.index })),
        })),
        msgResponses: out.msgResponses,
      },
    }).finish();
  }

  private txEnv() {
    return { router: this.router, ante: this.ante, kvGas: this.kvGas };
  }
}

