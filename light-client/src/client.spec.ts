import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FixtureChain, makeKeys, rotatingSet, staticSet, type FixtureKey } from "../test/fixture-chain.js";
import { createRecordingEvidenceSender } from "./evidence.js";
import { LightClient, type LightClientOptions } from "./client.js";
import { hashHeader } from "./hashing.js";
import { FileStore, createNodeVerifier } from "./node.js";
import { MemoryStore } from "./store.js";
import type { LightBlock, Provider } from "./index.js";
import { timestampToMs } from "./types.js";

const verifier = createNodeVerifier(); // fast in specs; the noble path is covered in hashing.spec and the bundle test

async function clientFor(fc: FixtureChain, o: Partial<LightClientOptions> = {}, trustHeight = 1n): Promise<LightClient> {
  const c = await LightClient.create({ chainId: fc.chainId, primary: fc.provider(), verifier, ...o });
  await c.initialize({ height: trustHeight, hash: hashHeader(fc.block(trustHeight).signedHeader.header) });
  return c;
}

const code = (c: string) => expect.objectContaining({ code: c });

describe("sequential and skipping verification on fixture chains", () => {
  it("sequential: verifies every height of a 4-validator chain with changing sets", async () => {
    const fc = new FixtureChain({ membersAt: rotatingSet(4, 3) }).build(25);
    const c = await clientFor(fc, { sequential: true });
    const seen: bigint[] = [];
    const c2 = await LightClient.create({ chainId: fc.chainId, primary: fc.provider(), verifier, sequential: true, onProgress: (p) => seen.push(p.height) });
    await c2.initialize({ height: 1n, hash: hashHeader(fc.block(1).signedHeader.header) });
    await c2.sync();
    expect(seen).toEqual(Array.from({ length: 24 }, (_, i) => BigInt(i + 2)));
    expect((await c.sync()).signedHeader.header.height).toBe(25n);
  });

  for (const n of [4, 21, 100]) {
    it(`skipping: a static ${n}-validator set jumps straight to the tip`, async () => {
      const fc = new FixtureChain({ membersAt: staticSet(n) }).build(60);
      const p = fc.provider();
      const c = await clientFor(fc, { primary: p });
      p.calls = 0;
      await c.sync();
      expect(c.trustedHeight).toBe(60n);
      expect(p.calls).toBe(1);
    });
  }

  it("skipping: bisects when the set has fully rotated (10 validators, a quarter replaced every 5 heights)", async () => {
    const fc = new FixtureChain({ membersAt: rotatingSet(10, 5) }).build(80);
    const steps: string[] = [];
    const c = await clientFor(fc, { onProgress: (p) => steps.push(`${p.step}:${p.height}`) });
    await c.sync();
    expect(c.trustedHeight).toBe(80n);
    expect(steps.filter((s) => s.startsWith("bisect")).length).toBeGreaterThan(0);
    expect(steps.filter((s) => s.startsWith("verified")).length).toBeLessThan(40);
    expect(steps[steps.length - 1]).toBe("verified:80");
  });

  it("skipping with 100 validators and changing sets reaches the tip; trust level 1 needs more steps", async () => {
    const fc = new FixtureChain({ membersAt: rotatingSet(100, 10) }).build(60);
    const a: bigint[] = [];
    const b: bigint[] = [];
    const c1 = await clientFor(fc, { onProgress: (p) => p.step === "verified" && a.push(p.height) });
    const c2 = await clientFor(fc, { trustLevel: { numerator: 1n, denominator: 1n }, onProgress: (p) => p.step === "verified" && b.push(p.height) });
    await c1.sync();
    await c2.sync();
    expect(c1.trustedHeight).toBe(60n);
    expect(c2.trustedHeight).toBe(60n);
    expect(b.length).toBeGreaterThan(a.length);
  });

  it("absent signers below 1/3 are fine; above 1/3 are refused with insufficient_voting_power", async () => {
    const ok = new FixtureChain({ membersAt: staticSet(9), absentAt: () => new Set([0, 1]) }).build(10);
    await expect((await clientFor(ok, { sequential: true })).sync()).resolves.toBeDefined();
    const bad = new FixtureChain({ membersAt: staticSet(9), absentAt: (h) => (h === 5n ? new Set([0, 1, 2]) : new Set()) }).build(10);
    await expect((await clientFor(bad, { sequential: true })).sync()).rejects.toThrow(code("insufficient_voting_power"));
  });

  it("verifyAtHeight below the trusted height follows hashes backwards", async () => {
    const fc = new FixtureChain({ membersAt: staticSet(4) }).build(30);
    const c = await clientFor(fc);
    await c.sync();
    const b = await c.verifyAtHeight(12n);
    expect(b.signedHeader.header.height).toBe(12n);
    const lying = fc.provider("liar", (h) => (h === 20n ? fc.makeBlock(20n, fc.block(19), { appHash: new Uint8Array(32) }) : undefined));
    const c2 = await LightClient.create({ chainId: fc.chainId, primary: lying, verifier });
    await c2.initialize({ height: 30n, hash: hashHeader(fc.block(30).signedHeader.header) });
    await expect(c2.verifyAtHeight(15n)).rejects.toThrow(code("header_tampered"));
  });
});

/** A provider serving the honest chain except one block replaced by `f`. */
function tampering(fc: FixtureChain, at: bigint, f: (b: LightBlock) => LightBlock): Provider {
  return fc.provider("tampering", (h) => (h === at ? f(fc.block(h)) : undefined));
}

describe("refusals, each with its own code", () => {
  const fc = new FixtureChain({ membersAt: staticSet(7) }).build(20);

  it("tampered header: header_tampered", async () => {
    const p = tampering(fc, 20n, (b) => ({ ...b, signedHeader: { ...b.signedHeader, header: { ...b.signedHeader.header, appHash: new Uint8Array(32).fill(9) } } }));
    await expect((await clientFor(fc, { primary: p })).sync()).rejects.toThrow(code("header_tampered"));
  });

  it("wrong trusted hash at initialisation: header_tampered", async () => {
    const c = await LightClient.create({ chainId: fc.chainId, primary: fc.provider(), verifier });
    await expect(c.initialize({ height: 1n, hash: new Uint8Array(32) })).rejects.toThrow(code("header_tampered"));
    expect(c.status).toBe("uninitialized");
  });

  it("bad signature: bad_signature (pure-JS batch path too)", async () => {
    const p = tampering(fc, 20n, (b) => {
      const sigs = b.signedHeader.commit.signatures.map((s) => ({ ...s, signature: s.signature.slice() }));
      sigs[1]!.signature[10]! ^= 0x40;
      return { ...b, signedHeader: { ...b.signedHeader, commit: { ...b.signedHeader.commit, signatures: sigs } } };
    });
    await expect((await clientFor(fc, { primary: p })).sync()).rejects.toThrow(code("bad_signature"));
    await expect((await clientFor(fc, { primary: p, verifier: undefined })).sync()).rejects.toThrow(code("bad_signature"));
  });

  it("forged validator set: validator_set_mismatch", async () => {
    const forged = makeKeys(7, "forger");
    const p = tampering(fc, 20n, (b) => ({
      ...b,
      validatorSet: { validators: b.validatorSet.validators.map((v, i) => ({ ...v, pubKey: forged[i]!.pubKey })) },
    }));
    await expect((await clientFor(fc, { primary: p })).sync()).rejects.toThrow(code("validator_set_mismatch"));
  });

  it("a chain signed by strangers (new set, new header hashes) cannot be trusted: insufficient_trusted_power at height+1", async () => {
    const strangers = new FixtureChain({ chainId: fc.chainId, membersAt: staticSet(7, "stranger"), startMs: fc.startMs }).build(20);
    const p = fc.provider("strangers", (h) => (h >= 2n ? strangers.block(h) : undefined));
    await expect((await clientFor(fc, { primary: p })).sync()).rejects.toThrow();
  });

  it("expired trusted state: trusted_state_expired", async () => {
    const trustedMs = timestampToMs(fc.block(1).signedHeader.header.time);
    const c = await clientFor(fc, { trustingPeriodMs: 60_000, now: () => trustedMs + 61_000 });
    await expect(c.sync()).rejects.toThrow(code("trusted_state_expired"));
  });

  it("header from the future beyond clock drift: header_from_future", async () => {
    const c = await clientFor(fc, { now: () => timestampToMs(fc.block(10).signedHeader.header.time) });
    await expect(c.sync()).rejects.toThrow(code("header_from_future"));
  });

  it("another chain id: invalid_header; bad trust level: invalid_argument", async () => {
    const other = new FixtureChain({ chainId: "other-1", membersAt: staticSet(7) }).build(3);
    const c = await LightClient.create({ chainId: fc.chainId, primary: other.provider(), verifier });
    await expect(c.initialize({ height: 1n, hash: hashHeader(other.block(1).signedHeader.header) })).rejects.toThrow(code("invalid_header"));
    await expect(LightClient.create({ chainId: "x", primary: fc.provider(), trustLevel: { numerator: 1n, denominator: 4n } })).rejects.toThrow(code("invalid_argument"));
  });

  it("a block at an already verified height that differs: header_tampered; a wrong height: provider_error", async () => {
    const c = await clientFor(fc);
    await c.verifyAtHeight(10n);
    await expect(c.verifyTarget(fc.makeBlock(10n, fc.block(9), { appHash: new Uint8Array(32) }))).rejects.toThrow(code("header_tampered"));
    await expect(c.verifyTarget(fc.block(10))).resolves.toBeDefined();
    const wrong = fc.provider("wrong-height", (h) => (h === 15n ? fc.block(16) : undefined));
    await expect((await clientFor(fc, { primary: wrong })).verifyAtHeight(15n)).rejects.toThrow(code("provider_error"));
  });

  it("not initialised: not_initialized", async () => {
    const c = await LightClient.create({ chainId: fc.chainId, primary: fc.provider(), verifier });
    await expect(c.sync()).rejects.toThrow(code("not_initialized"));
  });
});

/** The block at `h` re-made with a different app hash and signed by `signers` (a fork). */
function forkedBlock(fc: FixtureChain, h: bigint, signers?: FixtureKey[]): LightBlock {
  return fc.makeBlock(h, fc.block(h - 1n), { appHash: new Uint8Array(32).fill(0xee) }, signers);
}

describe("fork detection with witnesses", () => {
  it("an honest witness agrees; the client trusts the tip", async () => {
    const fc = new FixtureChain({ membersAt: staticSet(4) }).build(20);
    const c = await clientFor(fc, { witnesses: [fc.provider("witness")] });
    await c.sync();
    expect(c.status).toBe("trusted");
  });

  it("a lying witness whose conflicting header is signed by the validators: evidence, then halted", async () => {
    const fc = new FixtureChain({ membersAt: staticSet(4, "fork") }).build(20);
    const fake = forkedBlock(fc, 20n);
    const witness = fc.provider("lying-witness", (h) => (h === 20n ? fake : undefined));
    const sender = createRecordingEvidenceSender();
    const store = new MemoryStore();
    const c = await clientFor(fc, { witnesses: [witness], evidenceSender: sender, store });
    const err = await c.sync().catch((e) => e);
    expect(err).toMatchObject({ code: "fork_detected" });
    expect(c.status).toBe("halted");
    expect(sender.sent.map((s) => s.to).sort()).toEqual(["fixture", "lying-witness"]);
    const ev = sender.sent.find((s) => s.to === "fixture")!.evidence;
    expect(ev.commonHeight).toBe(1n);
    expect(ev.conflictingBlock.signedHeader.header.appHash).toEqual(fake.signedHeader.header.appHash);
    expect(ev.byzantineValidators).toHaveLength(4);
    await expect(c.sync()).rejects.toThrow(code("client_halted"));
    const reloaded = await LightClient.create({ chainId: fc.chainId, primary: fc.provider(), verifier, store });
    expect(reloaded.status).toBe("halted");
    await expect(reloaded.verifyAtHeight(5n)).rejects.toThrow(code("client_halted"));
    expect(reloaded.trustedHeight).toBe(1n);
  });

  it("sequential mode finds the first diverging height as the conflict, after the common block", async () => {
    const fc = new FixtureChain({ membersAt: staticSet(4, "fork2") }).build(12);
    const forks = new Map<bigint, LightBlock>();
    let prev = fc.block(8);
    for (let h = 9n; h <= 12n; h++) {
      prev = fc.makeBlock(h, prev, { appHash: new Uint8Array(32).fill(Number(h)) });
      forks.set(h, prev);
    }
    const witness = fc.provider("w", (h) => forks.get(h));
    const sender = createRecordingEvidenceSender();
    const c = await clientFor(fc, { witnesses: [witness], sequential: true, evidenceSender: sender });
    await expect(c.sync()).rejects.toThrow(code("fork_detected"));
    expect(sender.sent[0]!.evidence.commonHeight).toBe(8n);
    expect(sender.sent[0]!.evidence.conflictingBlock.signedHeader.header.height).toBe(9n);
  });

  it("a witness lying with signatures it cannot back is dropped, and the client keeps trusting", async () => {
    const fc = new FixtureChain({ membersAt: staticSet(4, "fork3") }).build(20);
    const bogus = forkedBlock(fc, 20n);
    const sigs = bogus.signedHeader.commit.signatures.map((s) => ({ ...s, signature: s.signature.slice() }));
    sigs.forEach((s) => (s.signature[0]! ^= 1));
    const witness = fc.provider("garbage", (h) => (h === 20n ? { ...bogus, signedHeader: { ...bogus.signedHeader, commit: { ...bogus.signedHeader.commit, signatures: sigs } } } : undefined));
    const c = await clientFor(fc, { witnesses: [witness, fc.provider("honest")] });
    await c.sync();
    expect(c.status).toBe("trusted");
    expect(c.trustedHeight).toBe(20n);
  });

  it("no witness answering leaves the header untrusted (provider_error)", async () => {
    const fc = new FixtureChain({ membersAt: staticSet(4) }).build(5);
    const down: Provider = { id: "down", lightBlock: () => Promise.reject(new Error("ECONNREFUSED")), validators: () => Promise.reject(new Error("x")) };
    const c = await clientFor(fc, { witnesses: [down] });
    await expect(c.sync()).rejects.toThrow(code("provider_error"));
    expect(c.trustedHeight).toBe(1n);
  });
});

describe("trusted state stores", () => {
  const dir = mkdtempSync(join(tmpdir(), "lc-store-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("a file store survives a restart and the client continues from it", async () => {
    const fc = new FixtureChain({ membersAt: rotatingSet(8, 4) }).build(40);
    const store = new FileStore(join(dir, "state.json"));
    const c = await clientFor(fc, { store });
    await c.verifyAtHeight(25n);
    const again = await LightClient.create({ chainId: fc.chainId, primary: fc.provider(), verifier, store });
    expect(again.trustedHeight).toBe(25n);
    await again.sync();
    expect(again.trustedHeight).toBe(40n);
    expect(hashHeader(again.trustedBlock!.signedHeader.header)).toEqual(hashHeader(fc.block(40).signedHeader.header));
  });
});
