import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { ics23, iavlSpec, tendermintSpec, verifyMembership, verifyNonMembership } from "@confio/ics23";
import { tempDevnet } from "../support/devnet-fixture.js";
import { balanceKey } from "../../modules/bank/keys.js";
import { parseAccAddress } from "../../chain/codec/address.js";

type Net = Awaited<ReturnType<typeof tempDevnet>>;

async function rpc<T>(url: string, method: string, params: Record<string, unknown>): Promise<T> {
  const r = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }) });
  const j = (await r.json()) as { result: T; error?: unknown };
  if (j.error) throw new Error(JSON.stringify(j.error));
  return j.result;
}

interface QueryResult {
  response: { code: number; value: string | null; height: string; proofOps: { ops: Array<{ type: string; key: string; data: string }> } | null };
}

const b = (s: string) => new Uint8Array(Buffer.from(s, "base64"));

/** Verifies an abci_query proof (iavl op, then simple-map op) against an app hash, as a light client would. */
function verify(appHash: Uint8Array, key: Uint8Array, value: Uint8Array | undefined, ops: Array<{ type: string; key: string; data: string }>): boolean {
  if (ops.length !== 2 || ops[0]!.type !== "ics23:iavl" || ops[1]!.type !== "ics23:simple") return false;
  const sub = ics23.CommitmentProof.decode(b(ops[0]!.data));
  const storeProof = ics23.CommitmentProof.decode(b(ops[1]!.data));
  const storeRoot = storeProof.exist?.value;
  if (!storeRoot) return false;
  const okStore = verifyMembership(storeProof, tendermintSpec, appHash, b(ops[1]!.key), storeRoot);
  const okSub = value ? verifyMembership(sub, iavlSpec, storeRoot, key, value) : verifyNonMembership(sub, iavlSpec, storeRoot, key);
  return okStore && okSub;
}

async function nextHeaderAppHash(url: string, height: number): Promise<Uint8Array> {
  for (let i = 0; i < 100; i++) {
    const s = await rpc<{ sync_info: { latest_block_height: string } }>(url, "status", {});
    if (Number(s.sync_info.latest_block_height) > height) {
      const blk = await rpc<{ block: { header: { app_hash: string } } }>(url, "block", { height: String(height + 1) });
      return new Uint8Array(Buffer.from(blk.block.header.app_hash, "hex"));
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("no next block");
}

describe("abci_query prove=true", () => {
  let net: Net;
  let url: string;
  beforeAll(async () => {
    net = await tempDevnet({ blockIntervalMs: 300 });
    url = net.info.validators[0]!.rpc;
  });
  afterAll(async () => net?.close());

  it("proves a present balance and an absent one against the next header's app hash", async () => {
    const present = balanceKey(parseAccAddress(net.info.faucet.address), "ugcs");
    const absent = balanceKey(parseAccAddress(net.info.faucet.address), "unobtainium");
    const q1 = await rpc<QueryResult>(url, "abci_query", { path: "/store/bank/key", data: Buffer.from(present).toString("hex"), prove: true });
    const h = Number(q1.response.height);
    expect(q1.response.code).toBe(0);
    expect(Buffer.from(q1.response.value!, "base64").toString()).toBe("1000000000000000");
    const q2 = await rpc<QueryResult>(url, "abci_query", { path: "/store/bank/key", data: Buffer.from(absent).toString("hex"), prove: true, height: String(h) });
    expect(q2.response.value).toBeNull();
    const appHash = await nextHeaderAppHash(url, h);
    expect(verify(appHash, present, b(q1.response.value!), q1.response.proofOps!.ops)).toBe(true);
    expect(verify(appHash, absent, undefined, q2.response.proofOps!.ops)).toBe(true);
    // A different value, or a claim that the present key is absent, does not verify.
    expect(verify(appHash, present, new TextEncoder().encode("1"), q1.response.proofOps!.ops)).toBe(false);
    expect(verify(appHash, present, undefined, q1.response.proofOps!.ops)).toBe(false);
    const wrongRoot = new Uint8Array(appHash);
    wrongRoot[0]! ^= 1;
    expect(verify(wrongRoot, present, b(q1.response.value!), q1.response.proofOps!.ops)).toBe(false);
  });

  it("queries a past height with its own proof and refuses a future one", async () => {
    const key = balanceKey(parseAccAddress(net.info.faucet.address), "ugcs");
    const q = await rpc<QueryResult>(url, "abci_query", { path: "/store/bank/key", data: Buffer.from(key).toString("hex"), prove: true, height: "1" });
    expect(q.response.height).toBe("1");
    const appHash = await nextHeaderAppHash(url, 1);
    expect(verify(appHash, key, b(q.response.value!), q.response.proofOps!.ops)).toBe(true);
    const f = await rpc<{ response: { code: number; log: string } }>(url, "abci_query", { path: "/store/bank/key", data: "00", height: "99999999" });
    expect(f.response.code).not.toBe(0);
    expect(f.response.log).toMatch(/future|height/i);
  });
});
