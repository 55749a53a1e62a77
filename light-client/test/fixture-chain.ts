import { createHash, createPrivateKey, createPublicKey, sign, type KeyObject } from "node:crypto";
import {
  BlockIdFlag,
  commitHash,
  commitToVoteSignBytes,
  createValidator,
  createValidatorSet,
  hashHeader,
  validatorSetHash,
  type BlockId,
  type Commit,
  type Header,
  type ValidatorSet,
} from "../../chain/block/index.js";
import type { LightBlock, Provider } from "../src/index.js";

/**
 * Test-only builder of valid chains of light blocks, signed with ed25519 keys we hold. Hashes and
 * sign bytes come from the node's chain/block, so every test also cross-checks the light client's
 * independent re-implementation. Signing uses node:crypto (fast); verification is the client's.
 */
export interface FixtureKey {
  pubKey: Uint8Array;
  address: Uint8Array;
  priv: KeyObject;
}

const PKCS8_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");

export function makeKey(tag: string): FixtureKey {
  const seed = createHash("sha256").update(tag).digest();
  const priv = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: "der", type: "pkcs8" });
  const spki = createPublicKey(priv).export({ format: "der", type: "spki" });
  const pubKey = new Uint8Array(spki.subarray(spki.length - 32));
  return { pubKey, address: createHash("sha256").update(pubKey).digest().subarray(0, 20), priv };
}

export function makeKeys(n: number, tag = "val"): FixtureKey[] {
  return Array.from({ length: n }, (_, i) => makeKey(`${tag}-${i}`));
}

export interface Member {
  key: FixtureKey;
  power: bigint;
}

export interface ChainSpec {
  chainId?: string;
  /** The validators (and powers) of each height. */
  membersAt: (height: bigint) => Member[];
  startMs?: number;
  intervalMs?: number;
  /** Validators (by index in the set) that do not sign height h. */
  absentAt?: (height: bigint) => Set<number>;
}

const sha = (s: string) => new Uint8Array(createHash("sha256").update(s).digest());

export class FixtureChain {
  readonly chainId: string;
  readonly blocks: LightBlock[] = [];
  private readonly keyByAddress = new Map<string, FixtureKey>();
  private readonly sets = new Map<bigint, ValidatorSet>();

  constructor(readonly spec: ChainSpec) {
    this.chainId = spec.chainId ?? "pogcs-fixture-1";
  }

  get startMs(): number {
    return this.spec.startMs ?? Date.now() - 3_600_000;
  }

  get tip(): bigint {
    return BigInt(this.blocks.length - 1);
  }

  setAt(h: bigint): ValidatorSet {
    let s = this.sets.get(h);
    if (!s) {
      const members = this.spec.membersAt(h);
      for (const m of members) this.keyByAddress.set(Buffer.from(m.key.address).toString("hex"), m.key);
      s = createValidatorSet(members.map((m) => createValidator(m.key.pubKey, m.power)));
      this.sets.set(h, s);
    }
    return s;
  }

  timeAt(h: bigint) {
    const ms = this.startMs + Number(h) * (this.spec.intervalMs ?? 1000);
    return { seconds: BigInt(Math.floor(ms / 1000)), nanos: (ms % 1000) * 1_000_000 };
  }

  /** Extends the chain to `height` (block 0 is a placeholder). */
  build(height: number): this {
    if (this.blocks.length === 0) this.blocks.push(undefined as unknown as LightBlock);
    while (this.blocks.length <= height) {
      const h = BigInt(this.blocks.length);
      const prev = h > 1n ? this.blocks[Number(h) - 1]! : undefined;
      this.blocks.push(this.makeBlock(h, prev, {}));
    }
    return this;
  }

  /** A block at h on top of `prev` (or the chain's h-1), with header fields overridden. */
  makeBlock(h: bigint, prev: LightBlock | undefined, override: Partial<Header>, signers?: FixtureKey[]): LightBlock {
    const set = this.setAt(h);
    const header: Header = {
      version: { block: 11n, app: 0n },
      chainId: this.chainId,
      height: h,
      time: this.timeAt(h),
      lastBlockId: prev ? prev.signedHeader.commit.blockId : { hash: new Uint8Array(0), partSetHeader: { total: 0, hash: new Uint8Array(0) } },
      lastCommitHash: prev ? commitHash(prev.signedHeader.commit as Commit) : new Uint8Array(0),
      dataHash: sha(""),
      validatorsHash: validatorSetHash(set),
      nextValidatorsHash: validatorSetHash(this.setAt(h + 1n)),
      consensusHash: sha("consensus"),
      appHash: sha(`app-${h}`),
      lastResultsHash: sha(""),
      evidenceHash: sha(""),
      proposerAddress: set.validators[0]!.address,
      ...override,
    };
    const blockId: BlockId = { hash: hashHeader(header)!, partSetHeader: { total: 1, hash: sha(`parts-${h}-${Buffer.from(hashHeader(header)!).toString("hex")}`) } };
    return { signedHeader: { header, commit: this.signCommit(header, blockId, set, signers) }, validatorSet: set };
  }

  signCommit(header: Header, blockId: BlockId, set: ValidatorSet, signers?: FixtureKey[]): Commit {
    const absent = this.spec.absentAt?.(header.height) ?? new Set<number>();
    const allowed = signers ? new Set(signers.map((k) => Buffer.from(k.address).toString("hex"))) : undefined;
    const ts = { seconds: header.time.seconds, nanos: header.time.nanos + 1000 };
    const commit: Commit = {
      height: header.height,
      round: 0,
      blockId,
      signatures: set.validators.map((v, i) => {
        const a = Buffer.from(v.address).toString("hex");
        const signs = !absent.has(i) && (allowed === undefined || allowed.has(a));
        return signs
          ? { blockIdFlag: BlockIdFlag.Commit, validatorAddress: v.address, timestamp: ts, signature: new Uint8Array(64) }
          : { blockIdFlag: BlockIdFlag.Absent, validatorAddress: new Uint8Array(0), timestamp: { seconds: -62135596800n, nanos: 0 }, signature: new Uint8Array(0) };
      }),
    };
    commit.signatures.forEach((s, i) => {
      if (s.blockIdFlag !== BlockIdFlag.Commit) return;
      const key = this.keyByAddress.get(Buffer.from(s.validatorAddress).toString("hex"))!;
      s.signature = new Uint8Array(sign(null, commitToVoteSignBytes(this.chainId, commit, i), key.priv));
    });
    return commit;
  }

  /** Drops blocks and cached sets below `height` (long-running followers keep memory flat). */
  prune(height: bigint): void {
    for (let h = 1; h < Number(height); h++) this.blocks[h] = undefined as unknown as LightBlock;
    for (const h of this.sets.keys()) if (h < height) this.sets.delete(h);
  }

  block(h: bigint | number): LightBlock {
    const b = this.blocks[Number(h)];
    if (!b) throw new Error(`fixture has no block ${h}`);
    return b;
  }

  /** An in-memory provider; `override` can substitute blocks (a lying node). */
  provider(id = "fixture", override?: (h: bigint) => LightBlock | undefined): Provider & { calls: number } {
    const p = {
      id,
      calls: 0,
      lightBlock: async (height?: bigint) => {
        p.calls++;
        const h = height ?? this.tip;
        return override?.(h) ?? this.block(h);
      },
      validators: async (height: bigint) => this.setAt(height),
    };
    return p;
  }
}

/** A constant set of n validators with equal power. */
export function staticSet(n: number, tag = "val"): (h: bigint) => Member[] {
  const keys = makeKeys(n, tag);
  return () => keys.map((key) => ({ key, power: 10n }));
}

/**
 * A set of n validators where every `epoch` heights a quarter of the set is replaced by fresh keys,
 * so after four epochs nobody of the old set is left and skipping must bisect.
 */
export function rotatingSet(n: number, epoch: number, tag = "rot"): (h: bigint) => Member[] {
  const cache = new Map<number, FixtureKey>();
  const key = (i: number) => {
    let k = cache.get(i);
    if (!k) cache.set(i, (k = makeKey(`${tag}-${i}`)));
    return k;
  };
  const q = Math.max(1, Math.floor(n / 4));
  return (h) => {
    const e = Math.floor(Number(h) / epoch);
    const start = e * q;
    return Array.from({ length: n }, (_, i) => ({ key: key(start + i), power: BigInt(10 + ((start + i) % 7)) }));
  };
}
