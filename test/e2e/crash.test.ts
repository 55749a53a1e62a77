/**
 * Crash safety: SIGKILL the node at random moments while the faucet keeps sending txs, restart
 * it on the same home, and check that no reported block is lost or rewritten and that balances,
 * sequence, fee collector and supply agree exactly with the txs the chain says it committed.
 */
import { describe, it, expect, afterAll } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ChildProcess } from "node:child_process";
import { startDevnet, FAUCET_FUNDS, type RunningDevnet } from "../../devnet/devnet.js";
import { signerFromMnemonic, type Secp256k1Signer } from "../../node/keyring/hd.js";
import { moduleAddress } from "../../modules/auth/keeper.js";
import { b64, getAccount, getBalance, getLedger, getSupplyAt, makeSendTx, rpc, sleep, txHash, waitForHeight } from "../support/chain-client.js";

const KILLS = 5;
const RECIPIENTS = [1, 2, 3].map(
  (i) => signerFromMnemonic("oyster design unusual machine spread century engine gravity focus cave carry slot", i, { prefix: "gcs" }).address,
);

interface Attempt {
  hash: string;
  to: string;
  amount: bigint;
  fee: bigint;
}

function waitExit(p: ChildProcess): Promise<void> {
  if (p.exitCode !== null || p.signalCode !== null) return Promise.resolve();
  return new Promise((r) => p.once("exit", () => r()));
}

describe("crash safety under SIGKILL while txs flow", () => {
  const dir = mkdtempSync(join(tmpdir(), "pogcs-crash-"));
  let net: RunningDevnet | undefined;

  afterAll(async () => {
    if (net) {
      for (const p of net.processes) if (p.exitCode === null && p.signalCode === null) p.kill("SIGKILL");
      await Promise.all(net.processes.map(waitExit));
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it(`survives ${KILLS} kills with exact balances, no lost blocks and unchanged supply`, { timeout: 90_000 }, async () => {
    const t0 = Date.now();
    net = await startDevnet({ home: dir, blockIntervalMs: 300, log: () => {} });
    const chainId = net.info.chainId;
    const faucet: Secp256k1Signer = signerFromMnemonic(net.info.faucet.mnemonic, 0, { prefix: "gcs" });
    const feeCollector = moduleAddress("fee_collector");
    let url = net.info.validators[0]!.rpc;
    const supply0 = (await getLedger(url)).genesisSupply;
    const { accountNumber } = await getAccount(url, faucet.address);
    const attempts = new Map<string, Attempt>();
    let n = 0;
    const delays: number[] = [];
    const stats: string[] = [];

    for (let k = 0; k < KILLS; k++) {
      // --- load: sequential signed sends + a height watcher, until the node dies ---
      let dead = false;
      let lastSeen = { height: 0, hash: "" };
      let seq = (await getAccount(url, faucet.address)).sequence;
      const sender = (async () => {
        while (!dead) {
          const i = n++;
          const to = RECIPIENTS[i % RECIPIENTS.length]!;
          const amount = 1000n + BigInt(i);
          const fee = 5000n + BigInt(i % 7);
          const tx = makeSendTx(faucet, { chainId, accountNumber, sequence: seq, to, amount, fee });
          const hash = txHash(tx);
          // Recorded before sending: a tx may be committed even if its reply is lost.
          attempts.set(hash, { hash, to, amount, fee });
          try {
            const r = await rpc(url, "broadcast_tx_sync", { tx: b64(tx) });
            if (r.code === 0) seq++;
            else if (r.code === 32) seq = (await getAccount(url, faucet.address)).sequence; // resync
            else throw new Error(`unexpected CheckTx code ${r.code}: ${r.log}`);
          } catch (e) {
            if (dead || /fetch failed|ECONNREFUSED|ECONNRESET|socket/i.test(String((e as Error).message) + String((e as Error).cause ?? ""))) return;
            throw e;
          }
          await sleep(5);
        }
      })();
      const watcher = (async () => {
        while (!dead) {
          try {
            const s = await rpc(url, "status");
            const h = Number(s.sync_info.latest_block_height);
            if (h > lastSeen.height) lastSeen = { height: h, hash: s.sync_info.latest_block_hash };
          } catch {
            return;
          }
          await sleep(30);
        }
      })();

      const delay = 500 + Math.floor(Math.random() * 1500);
      delays.push(delay);
      await sleep(delay);
      const victim = net.processes[0]!;
      const seenBeforeKill = { ...lastSeen };
      victim.kill("SIGKILL");
      await waitExit(victim);
      dead = true;
      await Promise.all([sender, watcher]);
      expect(victim.signalCode).toBe("SIGKILL");
      // Heights the watcher saw in flight right before the kill were reported before it, too.
      if (lastSeen.height > seenBeforeKill.height) Object.assign(seenBeforeKill, lastSeen);

      // --- restart on the same home ---
      net = await startDevnet({ home: dir, blockIntervalMs: 300, log: () => {} });
      url = net.info.validators[0]!.rpc;
      const status = await rpc(url, "status");
      const h = Number(status.sync_info.latest_block_height);
      expect(h, `kill ${k + 1} (after ${delay} ms): height after restart`).toBeGreaterThanOrEqual(seenBeforeKill.height);
      if (seenBeforeKill.height > 0) {
        // The last block reported before the kill is still there, unchanged.
        const b = await rpc(url, "block", { height: String(seenBeforeKill.height) });
        expect(b.block_id.hash, `kill ${k + 1}: block ${seenBeforeKill.height} rewritten`).toBe(seenBeforeKill.hash);
      }
      const info = await rpc(url, "abci_info");
      expect(Number(info.response.last_block_height)).toBeGreaterThanOrEqual(h);

      // --- state must match exactly the committed txs ---
      await checkState(url, k + 1);
    }

    // Blocks keep coming after the last restart, and they link to their parents.
    const h0 = Number((await rpc(url, "status")).sync_info.latest_block_height);
    await waitForHeight(url, h0 + 3, 10_000);
    const b1 = await rpc(url, "block", { height: String(h0 + 1) });
    const b0 = await rpc(url, "block", { height: String(h0) });
    expect(b1.block.header.last_block_id).toEqual(b0.block_id);
    // And txs still go through.
    const { sequence } = await getAccount(url, faucet.address);
    const tx = makeSendTx(faucet, { chainId, accountNumber, sequence, to: RECIPIENTS[0]!, amount: 1n, fee: 5000n });
    const c = await rpc(url, "broadcast_tx_commit", { tx: b64(tx) });
    expect(c.tx_result.code).toBe(0);
    attempts.set(txHash(tx), { hash: txHash(tx), to: RECIPIENTS[0]!, amount: 1n, fee: 5000n });
    await checkState(url, KILLS + 1);
    expect(Date.now() - t0).toBeLessThan(80_000);
    // For reproduction, the kill delays are in the test output on failure.
    expect(delays).toHaveLength(KILLS);
    console.log(`crash test: kill delays ${delays.join(",")} ms\n${stats.join("\n")}`);
    // The load was real: txs were committed in every round.
    expect(Number(/(\d+) committed/.exec(stats[stats.length - 1]!)![1])).toBeGreaterThan(50);

    async function checkState(url: string, round: number): Promise<void> {
      const where = `round ${round} (kill delays ${delays.join(",")} ms)`;
      // Committed txs, as tx_search sees them.
      const committed: Array<Attempt & { code: number; height: number }> = [];
      const hashes = [...attempts.keys()];
      for (let i = 0; i < hashes.length; i += 25) {
        const part = hashes.slice(i, i + 25);
        const found = await Promise.all(part.map((h) => rpc(url, "tx_search", { query: `tx.hash='${h}'` })));
        for (const [j, r] of found.entries()) {
          expect(Number(r.total_count)).toBeLessThanOrEqual(1);
          if (r.txs.length === 1) {
            const a = attempts.get(part[j]!)!;
            committed.push({ ...a, code: r.txs[0].tx_result.code, height: Number(r.txs[0].height) });
          }
        }
      }
      // Cross-check the index against the blocks themselves: every tx in a block is indexed.
      const height = Number((await rpc(url, "status")).sync_info.latest_block_height);
      const inBlocks = new Set<string>();
      for (let max = height; max >= 1; max -= 20) {
        const bc = await rpc(url, "blockchain", { minHeight: String(Math.max(1, max - 19)), maxHeight: String(max) });
        for (const m of bc.block_metas) {
          if (m.num_txs === "0") continue;
          const b = await rpc(url, "block", { height: m.header.height });
          for (const t of b.block.data.txs) inBlocks.add(txHash(new Uint8Array(Buffer.from(t, "base64"))));
        }
      }
      const indexed = new Set(committed.filter((c) => c.height <= height).map((c) => c.hash));
      const ours = [...inBlocks].filter((h) => attempts.has(h));
      expect(ours.length, `${where}: txs in blocks vs attempts`).toBe(inBlocks.size);
      expect(new Set(ours), `${where}: tx index vs block contents`).toEqual(indexed);

      let spent = 0n;
      let fees = 0n;
      const received = new Map<string, bigint>();
      for (const c of committed) {
        fees += c.fee;
        spent += c.fee;
        if (c.code === 0) {
          spent += c.amount;
          received.set(c.to, (received.get(c.to) ?? 0n) + c.amount);
        }
      }
      const acc = await getAccount(url, faucet.address);
      expect(acc.sequence, `${where}: faucet sequence = committed txs`).toBe(BigInt(committed.length));
      expect(await getBalance(url, faucet.address), `${where}: faucet balance`).toBe(BigInt(FAUCET_FUNDS) - spent);
      for (const r of RECIPIENTS) expect(await getBalance(url, r), `${where}: recipient ${r}`).toBe(received.get(r) ?? 0n);
      // Each block, pogcs takes the fee collector's balance (burning a share, paying out the rest),
      // and mints the emission: supply = genesis + emitted - burned, fees = collected + left over.
      const ledger = await getLedger(url);
      expect(ledger.feesCollected + (await getBalance(url, feeCollector)), `${where}: fees`).toBe(fees);
      expect(await getSupplyAt(url, ledger.height), `${where}: supply`).toBe(supply0 + ledger.emitted - ledger.burned);
      stats.push(`round ${round}: height ${height}, ${attempts.size} attempted, ${committed.length} committed`);
    }
  });
});
