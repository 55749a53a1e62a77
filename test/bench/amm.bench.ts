/**
 * AMM benchmarks:
 *  1. pure maths operations per second (computeSwapExactIn, computeSwapExactOut, add liquidity,
 *     remove liquidity, TWAP accumulate + read) against a baseline measured in the same run: the
 *     bare bigint multiply-divide loop that each of them is built from;
 *  2. swaps per second through the whole block pipeline (signed txs, ante chain, msg handler, bank,
 *     pool write, end block, commit) of the in-process full app, against bank sends per second
 *     through the same pipeline. Txs are signed before timing; invariants are off.
 * Env: BENCH_AMM_OPS (default 200000), BENCH_AMM_TXS (default 2000).
 */
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { pogcs } from "../../proto/gen/pogcs.js";
import { computeAddLiquidity, computeRemoveLiquidity, computeSwapExactIn, computeSwapExactOut } from "../../modules/amm/curve.js";
import { applyPrice, computeObservation, computeTwap, createAccumulator } from "../../modules/amm/twap.js";
import { slotDenom } from "../../modules/pools/slots.js";
import { POOLS_MODULE_ACCOUNT } from "../../modules/pools/keeper.js";
import { CommitmentStatus } from "../../modules/pools/types.js";
import { createFullApp, type FullApp } from "../support/pogcs-app.js";
import { envNumber, fmt, type BenchResult } from "./lib.js";

const B = "amm";
const GENESIS = 1_767_225_600n;

/** Runs fn n times and returns operations per second; `sink` defeats dead-code elimination. */
let sink = 0n;
function opsPerSecond(n: number, fn: (i: number) => bigint): number {
  for (let i = 0; i < Math.min(n, 2000); i++) sink ^= fn(i); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < n; i++) sink ^= fn(i);
  return n / ((performance.now() - t0) / 1000);
}

function maths(n: number): BenchResult {
  const rb = 123_456_789_012n;
  const rq = 987_654_321_098_765n;
  const pool = { base: rb, quote: rq, shares: 10_000_000_000_000n };
  const amounts = Array.from({ length: 1024 }, (_, i) => 1_000n + BigInt(i) * 7_919n);
  const baseline = opsPerSecond(n, (i) => (rq * amounts[i & 1023]!) / (rb + amounts[i & 1023]!));
  const rows: Array<[string, number]> = [
    ["computeSwapExactIn", opsPerSecond(n, (i) => computeSwapExactIn(rq, rb, amounts[i & 1023]! * 1000n, 30n).amountOut)],
    ["computeSwapExactOut", opsPerSecond(n, (i) => computeSwapExactOut(rq, rb, amounts[i & 1023]!, 30n).amountIn)],
    ["computeAddLiquidity", opsPerSecond(n, (i) => computeAddLiquidity(pool, amounts[i & 1023]!, amounts[i & 1023]! * 8000n).shares)],
    ["computeRemoveLiquidity", opsPerSecond(n, (i) => computeRemoveLiquidity(pool, amounts[i & 1023]! * 100n).quote)],
  ];
  let acc = createAccumulator(GENESIS, 10n ** 18n);
  const start = computeObservation(acc, GENESIS);
  rows.push(["TWAP applyPrice + computeTwap", opsPerSecond(n, (i) => {
    acc = applyPrice(acc, acc.lastTime + 1n, 10n ** 18n + amounts[i & 1023]!);
    return computeTwap(start, computeObservation(acc, acc.lastTime));
  })]);
  const out: BenchResult = [{ bench: B, name: "baseline: bare bigint mul/div ops/s", value: fmt(baseline) }];
  for (const [name, rate] of rows) out.push({ bench: B, name: `${name} ops/s`, value: `${fmt(rate)} (${fmt((100 * rate) / baseline, 1)}% of the baseline)` });
  return out;
}

/** A slot backed by a pools commitment, liquidity added by signer 1; returns the slot denom. */
function preparePool(f: FullApp): string {
  const hour = GENESIS + 2n * 86_400n;
  const denom = slotDenom("rtx4090", hour);
  const lp = f.signers[1]!.address;
  const units = 10n ** 15n;
  f.direct((ctx) => {
    const pk = f.pogcs.poolsKeeper;
    pk.setCommitment(ctx, { id: 1n, deviceId: 1n, owner: lp, denom, hourStart: hour, units, remaining: units, status: CommitmentStatus.COMMITMENT_STATUS_ACTIVE, createdHeight: 1n, burned: 0n });
    pk.setLedger(ctx, hour, { denom, minted: units, burned: 0n });
    f.pogcs.keepers.bank.mint(ctx, POOLS_MODULE_ACCOUNT, [{ denom, amount: units }]);
    f.pogcs.keepers.bank.sendFromModuleToAccount(ctx, POOLS_MODULE_ACCOUNT, lp, [{ denom, amount: units }]);
  });
  const add = pogcs.amm.v1.MsgAddLiquidity.encode({ provider: lp, slotDenom: denom, baseMax: (units / 2n).toString(), quoteMax: (10n ** 14n).toString(), minShares: "1", deadline: Number(GENESIS + 10n ** 6n) as never }).finish();
  const r = f.block([f.tx(1, [{ typeUrl: "/pogcs.amm.v1.MsgAddLiquidity", value: add }])]).txResults[0]!;
  if (r.code !== 0) throw new Error(`add liquidity failed: ${r.log}`);
  return denom;
}

function timeBlocks(f: FullApp, txs: Uint8Array[], perBlock: number): number {
  let ms = 0;
  for (let i = 0; i < txs.length; i += perBlock) {
    const t0 = performance.now();
    const out = f.block(txs.slice(i, i + perBlock));
    ms += performance.now() - t0;
    const bad = out.txResults.find((r) => r.code !== 0);
    if (bad) throw new Error(`tx failed: ${bad.codespace}/${bad.code} ${bad.log}`);
  }
  return txs.length / (ms / 1000);
}

function pipeline(n: number): BenchResult {
  const perBlock = 100;
  const traders = [2, 3, 4, 5];
  const f = createFullApp({ validators: 1, accounts: 5, checkInvariants: false });
  const denom = preparePool(f);
  const swaps: Uint8Array[] = [];
  const sends: Uint8Array[] = [];
  for (let i = 0; i < n; i++) {
    const s = traders[i % traders.length]!;
    const addr = f.signers[s]!.address;
    const swap = pogcs.amm.v1.MsgSwapExactIn.encode({ trader: addr, slotDenom: denom, denomIn: "ugcs", amountIn: "1000000", minAmountOut: "1", deadline: Number(GENESIS + 10n ** 6n) as never }).finish();
    swaps.push(f.tx(s, [{ typeUrl: "/pogcs.amm.v1.MsgSwapExactIn", value: swap }], 1_000_000n));
  }
  for (let i = 0; i < n; i++) {
    const s = traders[i % traders.length]!;
    const send = MsgSend.encode({ fromAddress: f.signers[s]!.address, toAddress: f.signers[1]!.address, amount: [{ denom: "ugcs", amount: "1000" }] }).finish();
    sends.push(f.tx(s, [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: send }], 1_000_000n));
  }
  // Interleaved order would change the sequences; run all swaps first, then all sends.
  const swapRate = timeBlocks(f, swaps, perBlock);
  const sendRate = timeBlocks(f, sends, perBlock);
  return [
    { bench: B, name: `bank sends/s through the block pipeline (${fmt(n)} txs, ${perBlock} per block)`, value: fmt(sendRate) },
    { bench: B, name: `amm swaps/s through the block pipeline (${fmt(n)} txs, ${perBlock} per block)`, value: `${fmt(swapRate)} (${fmt((100 * swapRate) / sendRate, 0)}% of bank sends/s)` },
  ];
}

export async function run(): Promise<BenchResult> {
  const out: BenchResult = [];
  for (const row of maths(envNumber("BENCH_AMM_OPS", 200_000))) {
    out.push(row);
    console.log(`${row.name}: ${row.value}`);
  }
  for (const row of pipeline(envNumber("BENCH_AMM_TXS", 2000))) {
    out.push(row);
    console.log(`${row.name}: ${row.value}`);
  }
  if (sink === -1n) console.log("unreachable");
  return out;
}
