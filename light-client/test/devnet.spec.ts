import { bech32 } from "bech32";
import { spawnSync } from "node:child_process";
import { createHash, createPrivateKey, sign } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commitToVoteSignBytes, hashHeader as chainHashHeader, type Commit as ChainCommit, type Header as ChainHeader } from "../../chain/block/index.js";
import { CLI, FAUCET_FUNDS } from "../../devnet/devnet.js";
import { tempDevnet } from "../../test/support/devnet-fixture.js";
import { runCli } from "../src/cli.js";
import {
  LightClient,
  RpcProvider,
  createNobleVerifier,
  createNodeVerifier,
  createRecordingEvidenceSender,
  formatLightBlock,
  fromHex,
  hashHeader,
  parseCommit,
  parseHeader,
  toBase64,
  verifyBalance,
  type FetchLike,
  type LightClientOptions,
} from "../src/node.js";

/**
 * End to end against a real single-validator devnet (`startDevnet`): init from a hash, sync by
 * skipping, balances by proof, and each refusal provoked by a man in the middle of the RPC.
 */
let net: Awaited<ReturnType<typeof tempDevnet>>;
let rpc: string;
let chainId: string;

async function rpcGet(path: string): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  return ((await (await fetch(`${rpc}/${path}`)).json()) as { result: unknown }).result;
}

async function waitHeight(min: number): Promise<void> {
  for (;;) {
    const s = await rpcGet("status");
    if (Number(s.sync_info.latest_block_height) >= min) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function hashAt(h: number): Promise<Uint8Array> {
  return fromHex((await rpcGet(`commit?height=${h}`)).signed_header.commit.block_id.hash)!;
}

/** A fetch that lets a test rewrite one RPC method's JSON answer. */
function mitm(method: string, edit: (result: any, url: string) => void): FetchLike { // eslint-disable-line @typescript-eslint/no-explicit-any
  return async (url, init) => {
    const res = await fetch(url, init);
    const body = (await res.json()) as { result?: unknown };
    if (new URL(url).pathname === `/${method}` && body.result) edit(body.result, url);
    return { ok: res.ok, status: res.status, json: async () => body };
  };
}

async function client(o: Partial<LightClientOptions> = {}, fetchFn?: FetchLike): Promise<LightClient> {
  const c = await LightClient.create({ chainId, primary: new RpcProvider(rpc, { fetch: fetchFn }), verifier: createNodeVerifier(), ...o });
  await c.initialize({ height: 1n, hash: await hashAt(1) });
  return c;
}

const code = (c: string) => expect.objectContaining({ code: c });

beforeAll(async () => {
  net = await tempDevnet();
  rpc = net.info.validators[0]!.rpc;
  chainId = net.info.chainId;
  await waitHeight(6);
});
afterAll(async () => net?.close());

describe("light client against a real devnet", () => {
  it("initialises from a trusted hash and syncs from genesis to the tip by skipping (pure JS)", async () => {
    const steps: string[] = [];
    const c = await client({ verifier: createNobleVerifier(), onProgress: (p) => steps.push(`${p.step}:${p.height}`) });
    const tip = Number((await rpcGet("status")).sync_info.latest_block_height);
    const lb = await c.sync();
    expect(Number(lb.signedHeader.header.height)).toBeGreaterThanOrEqual(tip);
    expect(steps).toEqual([`verified:${lb.signedHeader.header.height}`]); // one skip: the set never changes
    expect(hashHeader(lb.signedHeader.header)).toEqual(await hashAt(Number(lb.signedHeader.header.height)));
  });

  it("verifies balances by proof: present, absent, and after a transfer changed the state", async () => {
    const c = await client();
    await c.sync();
    const b = await verifyBalance(c, net.info.faucet.address, net.info.denom);
    expect(b).toMatchObject({ present: true, amount: BigInt(FAUCET_FUNDS), denom: "ugcs" });
    const fresh = bech32.encode("gcs", bech32.toWords(createHash("sha256").update("nobody").digest().subarray(0, 20)));
    expect(await verifyBalance(c, fresh, "ugcs")).toMatchObject({ present: false, amount: 0n });
    expect((await verifyBalance(c, net.info.faucet.address, "uother")).present).toBe(false);

    // Send 12345ugcs to the fresh address with the node's own CLI, then prove both balances.
    const home = join(net.dir, "cli-keys");
    const run = (args: string[], input?: string) => {
      const r = spawnSync(process.execPath, ["--import", "tsx", CLI, ...args, "--home", home], { input, encoding: "utf8", cwd: join(__dirname, "..", "..") });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    };
    run(["keys", "add", "faucet", "--recover"], net.info.faucet.mnemonic + "\n");
    const sent = run(["tx", "bank", "send", "faucet", fresh, "12345ugcs", "--node", rpc]);
    const txHeight = BigInt(/height\D*(\d+)/.exec(sent)![1]!);
    // State after block txHeight is proven by header txHeight+1: follow until the client trusts it.
    while (c.trustedHeight <= txHeight + 1n) {
      await new Promise((r) => setTimeout(r, 150));
      await c.sync();
    }
    expect((await verifyBalance(c, fresh, "ugcs", txHeight - 1n)).present).toBe(false);
    expect(await verifyBalance(c, fresh, "ugcs")).toMatchObject({ present: true, amount: 12345n });
    expect((await verifyBalance(c, net.info.faucet.address, "ugcs")).amount).toBe(BigInt(FAUCET_FUNDS) - 12345n - 5000n);
  });

  it("a wrong proof (value changed or proof bytes flipped) is refused: invalid_proof", async () => {
    const liar = mitm("abci_query", (r) => {
      r.response.value = toBase64(new TextEncoder().encode("999999999999999999"));
    });
    const c = await client({}, liar);
    await c.sync();
    await expect(verifyBalance(c, net.info.faucet.address, "ugcs")).rejects.toThrow(code("invalid_proof"));
    const flip = mitm("abci_query", (r) => {
      const d = Buffer.from(r.response.proofOps.ops[1].data, "base64");
      d[d.length - 2]! ^= 1;
      r.response.proofOps.ops[1].data = d.toString("base64");
    });
    const c2 = await client({}, flip);
    await c2.sync();
    await expect(verifyBalance(c2, net.info.faucet.address, "ugcs")).rejects.toThrow(code("invalid_proof"));
    const hide = mitm("abci_query", (r) => {
      r.response.value = null;
    });
    const c3 = await client({}, hide);
    await c3.sync();
    await expect(verifyBalance(c3, net.info.faucet.address, "ugcs")).rejects.toThrow(code("invalid_proof"));
  });

  it("a tampered header is refused: header_tampered", async () => {
    const c = await client({}, mitm("commit", (r, url) => {
      if (!url.includes("height=1")) r.signed_header.header.app_hash = "00".repeat(32);
    }));
    await expect(c.sync()).rejects.toThrow(code("header_tampered"));
  });

  it("a bad signature is refused: bad_signature", async () => {
    const c = await client({}, mitm("commit", (r, url) => {
      if (url.includes("height=1")) return;
      const s = Buffer.from(r.signed_header.commit.signatures[0].signature, "base64");
      s[3]! ^= 1;
      r.signed_header.commit.signatures[0].signature = s.toString("base64");
    }));
    await expect(c.sync()).rejects.toThrow(code("bad_signature"));
  });

  it("a forged validator set is refused: validator_set_mismatch", async () => {
    const forged = createHash("sha256").update("forged").digest().toString("base64");
    const c = await client({}, mitm("validators", (r, url) => {
      if (!url.includes("height=1&")) r.validators[0].pub_key.value = forged;
    }));
    await expect(c.sync()).rejects.toThrow(code("validator_set_mismatch"));
  });

  it("an expired trusted state is refused: trusted_state_expired", async () => {
    const c = await client({ trustingPeriodMs: 3_600_000, now: () => Date.now() + 2 * 3_600_000 });
    await expect(c.sync()).rejects.toThrow(code("trusted_state_expired"));
  });

  it("a lying witness (fake RPC serving a conflicting header signed with the validator key) halts the client", async () => {
    const target = 5;
    const keyJson = JSON.parse(readFileSync(join(net.dir, "node0", "config", "priv_validator_key.json"), "utf8"));
    const seed = Buffer.from(keyJson.priv_key.value, "base64").subarray(0, 32);
    const priv = createPrivateKey({ key: Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), seed]), format: "der", type: "pkcs8" });
    const real = await rpcGet(`commit?height=${target}`);
    const header = parseHeader(real.signed_header.header);
    header.appHash = new Uint8Array(32).fill(0xab);
    const commit = parseCommit(real.signed_header.commit);
    commit.blockId = { ...commit.blockId, hash: chainHashHeader(header as ChainHeader)! };
    commit.signatures[0]!.signature = new Uint8Array(sign(null, commitToVoteSignBytes(chainId, commit as ChainCommit, 0), priv));
    const forged = formatLightBlock({ signedHeader: { header, commit }, validatorSet: { validators: [] } }).signed_header;
    const server: Server = createServer(async (req, res) => {
      const url = new URL(req.url!, "http://x");
      let body: unknown;
      if (url.pathname === "/commit" && url.searchParams.get("height") === String(target)) {
        body = { jsonrpc: "2.0", id: -1, result: { signed_header: forged, canonical: true } };
      } else body = await (await fetch(`${rpc}${req.url}`)).json();
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(body));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as { port: number }).port;
    try {
      const witness = new RpcProvider(`http://127.0.0.1:${port}`);
      const sender = createRecordingEvidenceSender();
      const c = await client({ witnesses: [witness], evidenceSender: sender });
      await expect(c.verifyAtHeight(BigInt(target))).rejects.toThrow(code("fork_detected"));
      expect(c.status).toBe("halted");
      expect(sender.sent.find((s) => s.to === rpc)!.evidence).toMatchObject({ commonHeight: 1n });
      await expect(c.sync()).rejects.toThrow(code("client_halted"));
    } finally {
      server.close();
    }
  });

  it("the pogcs-light CLI: init, sync, verify-balance, status, errors", async () => {
    const home = join(net.dir, "light-home");
    const lines: string[] = [];
    const out = (s: string) => lines.push(s);
    const hash = Buffer.from(await hashAt(2)).toString("hex");
    expect(await runCli(["init", "--home", home, "--rpc", rpc, "--height", "2", "--hash", hash], out)).toBe(0);
    expect(lines.pop()).toMatch(/^trusted pogcs-devnet-1 height 2 hash/);
    expect(await runCli(["sync", "--home", home, "--pure-js"], out)).toBe(0);
    expect(lines.some((l) => l.startsWith("verified "))).toBe(true);
    expect(lines.pop()).toMatch(/^synced 2 -> \d+ in \d+ ms/);
    expect(await runCli(["verify-balance", net.info.faucet.address, "--home", home], out)).toBe(0);
    expect(lines.pop()).toMatch(/^\d+ ugcs at height \d+ \(proven present/);
    expect(await runCli(["status", "--home", home], out)).toBe(0);
    expect(lines.pop()).toMatch(/^status trusted; trusted height \d+ hash [0-9A-F]{64}$/);
    await expect(runCli(["init", "--home", join(net.dir, "lh2"), "--rpc", rpc, "--height", "2", "--hash", "00".repeat(32)], out)).rejects.toThrow(
      code("header_tampered"),
    );
    // The agent needs a relayer account; without one it is a usage error (exit 2 through main).
    await expect(runCli(["agent", "run", "--home", home], out)).rejects.toThrow(/needs --relayer-mnemonic-file/);
    await expect(runCli(["agent", "fly", "--home", home], out)).rejects.toThrow(/subcommand/);
  });
});
