import { describe, expect, it } from "vitest";
import { FixtureChain, staticSet } from "../test/fixture-chain.js";
import { LightClient, type LightClientOptions, type LightClientWarning } from "./client.js";
import { createRecordingEvidenceSender } from "./evidence.js";
import { hashHeader } from "./hashing.js";
import { createNodeVerifier } from "./node.js";
import { MemoryStore } from "./store.js";
import type { LightBlock, Provider } from "./index.js";

/** Hostile witnesses: whatever their data makes fail is their fault; never a throw, never a halt. */
const verifier = createNodeVerifier();

async function clientFor(fc: FixtureChain, o: Partial<LightClientOptions> = {}): Promise<LightClient> {
  const c = await LightClient.create({ chainId: fc.chainId, primary: fc.provider(), verifier, ...o });
  await c.initialize({ height: 1n, hash: hashHeader(fc.block(1).signedHeader.header) });
  return c;
}

/** Syncs with one hostile witness (and optionally an honest one); returns what happened. */
async function syncWith(fc: FixtureChain, witness: Provider, o: Partial<LightClientOptions> & { honest?: boolean } = {}) {
  const warnings: LightClientWarning[] = [];
  const sender = createRecordingEvidenceSender();
  const store = new MemoryStore();
  const witnesses = o.honest ? [witness, fc.provider("honest")] : [witness];
  const c = await clientFor(fc, { witnesses, evidenceSender: sender, store, onWarning: (w) => warnings.push(w), ...o });
  const result = await c.sync().then(
    (lb) => ({ ok: true as const, height: lb.signedHeader.header.height }),
    (e: unknown) => ({ ok: false as const, error: e }),
  );
  return { c, result, warnings, sender, saved: await store.load() };
}

function withHeader(b: LightBlock, f: (h: LightBlock["signedHeader"]["header"]) => unknown): LightBlock {
  const header = { ...b.signedHeader.header };
  f(header);
  return { ...b, signedHeader: { ...b.signedHeader, header } };
}

describe("a hostile witness cannot stop or halt the client (A)", () => {
  const fc = new FixtureChain({ membersAt: staticSet(4, "hostile") }).build(20);

  const cases: Array<[string, (h: bigint) => LightBlock | undefined]> = [
    // parts.total NaN (json.ts Number()): hashing it threw RangeError out of sync, every time
    ["a header whose last_block_id.parts.total is NaN", (h) => (h === 20n ? withHeader(fc.block(20), (x) => (x.lastBlockId = { ...x.lastBlockId, partSetHeader: { ...x.lastBlockId.partSetHeader, total: NaN } })) : undefined)],
    ["a light block without a signed header (TypeError)", (h) => (h === 20n ? ({} as LightBlock) : undefined)],
    ["a header with a missing hash field (TypeError while hashing)", (h) => (h === 20n ? withHeader(fc.block(20), (x) => ((x as { appHash?: unknown }).appHash = undefined)) : undefined)],
    ["a conflicting block whose validator set is not a list", (h) => (h === 20n ? { ...fc.makeBlock(20n, fc.block(19), { appHash: new Uint8Array(32).fill(7) }), validatorSet: { validators: null as never } } : undefined)],
  ];
  for (const [name, serve] of cases) {
    it(`${name}: the witness is removed and reported, sync succeeds`, async () => {
      const r = await syncWith(fc, fc.provider("hostile", serve), { honest: true });
      expect(r.result).toEqual({ ok: true, height: 20n });
      expect(r.c.status).toBe("trusted");
      expect(r.c.witnessIds).toEqual(["honest"]);
      expect(r.warnings).toEqual([expect.objectContaining({ code: "witness_removed", witness: "hostile" })]);
    });
  }

  it("a witness throwing a RangeError from lightBlock() is skipped as not answering, not fatal", async () => {
    const w: Provider = { id: "thrower", lightBlock: async () => { throw new RangeError("Invalid time value"); }, validators: async () => ({ validators: [] }) };
    const r = await syncWith(fc, w, { honest: true });
    expect(r.result).toEqual({ ok: true, height: 20n });
  });

  it("the real block of another height is the witness's fault, not a fork: no evidence, no saved halt (b)", async () => {
    const r = await syncWith(fc, fc.provider("off-by-one", (h) => (h === 20n ? fc.block(19) : undefined)));
    expect(r.result).toEqual({ ok: true, height: 20n });
    expect(r.c.status).toBe("trusted");
    expect(r.saved?.halted).toBeUndefined();
    expect(r.sender.sent).toEqual([]);
    expect(r.warnings[0]).toMatchObject({ code: "witness_removed", witness: "off-by-one" });
    expect(r.warnings[0]!.message).toMatch(/height 19 when asked for 20/);
  });

  it("while walking the trace back, a block of another height is also refused (sequential trace)", async () => {
    const fork = fc.makeBlock(20n, fc.block(19), { appHash: new Uint8Array(32).fill(3) });
    const w = fc.provider("walker", (h) => (h === 20n ? fork : h === 2n ? fc.block(3) : undefined));
    const r = await syncWith(fc, w, { sequential: true });
    expect(r.result).toEqual({ ok: true, height: 20n });
    expect(r.c.status).toBe("trusted");
    expect(r.sender.sent).toEqual([]);
  });

  it("a header of another chain at the right height is refused as the witness's fault", async () => {
    const other = new FixtureChain({ chainId: "other-chain", membersAt: staticSet(4, "hostile"), startMs: fc.startMs }).build(20);
    const r = await syncWith(fc, fc.provider("other", (h) => other.block(h)));
    expect(r.result).toEqual({ ok: true, height: 20n });
    expect(r.warnings[0]!.message).toMatch(/chain "other-chain"/);
  });

  it("when the last witness is removed, it says so: no_witnesses warning and witnessStatus exhausted", async () => {
    const r = await syncWith(fc, fc.provider("liar", (h) => (h === 20n ? fc.block(18) : undefined)));
    expect(r.result.ok).toBe(true);
    expect(r.warnings.map((w) => w.code)).toEqual(["witness_removed", "no_witnesses"]);
    expect(r.c.witnessStatus).toBe("exhausted");
    const plain = await clientFor(fc);
    expect(plain.witnessStatus).toBe("none_configured");
    const ok = await clientFor(fc, { witnesses: [fc.provider("w")] });
    await ok.sync();
    expect(ok.witnessStatus).toBe("ok");
  });

  it("a real, verifiable fork still halts the client", async () => {
    const fork = fc.makeBlock(20n, fc.block(19), { appHash: new Uint8Array(32).fill(0xee) });
    const r = await syncWith(fc, fc.provider("forker", (h) => (h === 20n ? fork : undefined)));
    expect(r.result.ok).toBe(false);
    expect((r.result as { error: unknown }).error).toMatchObject({ code: "fork_detected" });
    expect(r.saved?.halted?.code).toBe("fork_detected");
  });

  it("a real fork halts even when sending the evidence fails", async () => {
    const fork = fc.makeBlock(20n, fc.block(19), { appHash: new Uint8Array(32).fill(0xed) });
    const failing = { send: async () => { throw new TypeError("evidence endpoint down"); } };
    const r = await syncWith(fc, fc.provider("forker", (h) => (h === 20n ? fork : undefined)), { evidenceSender: failing });
    expect((r.result as { error: unknown }).error).toMatchObject({ code: "fork_detected" });
    expect(r.c.status).toBe("halted");
  });
});
