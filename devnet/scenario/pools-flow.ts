/**
 * Scenario part 1: three device pools, one per entry rule (stake, random draw by the beacon,
 * condition), an investor deposit, then hour-slot commitments of the admitted devices.
 */
import { pogcs } from "../../proto/gen/pogcs.js";
import type { DeviceAgent } from "../agents/agent.js";
import type { Actors } from "./actors.js";
import { StepError, balance, blockEvents, msg, nextEpoch, ok, query, response } from "./chain.js";

const P = pogcs.pools.v1;
const T = "/pogcs.pools.v1.";

export interface PoolsOutcome {
  stakePool: bigint;
  randomPool: bigint;
  conditionPool: bigint;
  members: Record<string, string[]>;
  randomDraw: { seed: string; applicants: string[]; winners: string[]; height: number } | undefined;
  investorShares: string;
}

export async function createPool(a: Actors, name: string, seats: number, entryRule: Record<string, unknown>): Promise<bigint> {
  const out = ok(await a.investor.send([msg(`${T}MsgCreatePool`, { creator: a.investor.address, name, kind: P.PoolKind.POOL_KIND_COMPUTE, quoteDenom: "ugcs", seats, revenueShareBps: 1000, entryRule })]), `create pool ${name}`);
  return BigInt(response(out, P.MsgCreatePoolResponse).poolId.toString());
}

export async function members(a: Actors, poolId: bigint): Promise<string[]> {
  const r = await query(a.rpc, "/pogcs.pools.v1.Query/Members", P.QueryMembersRequest, { poolId: poolId.toString() }, P.QueryMembersResponse);
  return (r?.members ?? []).map((m: pogcs.pools.v1.IMember) => String(m.deviceId));
}

async function apply(d: DeviceAgent, poolId: bigint): Promise<void> {
  ok(await d.sender.send([msg(`${T}MsgApplyDevice`, { owner: d.owner, poolId: poolId.toString(), deviceId: d.deviceId!.toString() })]), `device ${d.deviceId} applies to pool ${poolId}`);
}

/** Applies and waits for epoch ends until admitted (a condition pool reads the last epoch's report). */
export async function admit(a: Actors, d: DeviceAgent, poolId: bigint, log: (s: string) => void): Promise<void> {
  for (let tries = 0; tries < 4; tries++) {
    if ((await members(a, poolId)).includes(d.deviceId!.toString())) return;
    await apply(d, poolId);
    await nextEpoch(a.rpc, a.epochLength);
    if ((await members(a, poolId)).includes(d.deviceId!.toString())) return;
    log(`  device ${d.deviceId} not admitted to pool ${poolId} yet; applying again next epoch`);
  }
  throw new StepError(`device ${d.deviceId} never admitted to pool ${poolId}`);
}

export async function runPools(a: Actors, log: (s: string) => void): Promise<PoolsOutcome> {
  const [d0, d1, d2, d3, d4] = a.devices as [DeviceAgent, DeviceAgent, DeviceAgent, DeviceAgent, DeviceAgent];
  const stakePool = await createPool(a, "stake pool", 2, { stake: { minBond: "5000000" } });
  const randomPool = await createPool(a, "lottery pool", 1, { random: {} });
  const conditionPool = await createPool(a, "green-only pool", 4, { condition: { minGreenPermille: 700, minUptimePermille: 900, classes: [pogcs.devices.v1.DeviceClass.DEVICE_CLASS_GPU], maxDevicesInCell: 1 } });
  log(`pools created: stake #${stakePool} (bond >= 5 GCS, 2 seats), random #${randomPool} (1 seat), condition #${conditionPool} (green >= 70%, uptime >= 90%)`);

  // Everyone applies in the same epoch; the random pool has two applicants for one seat.
  const from = await a.rpc.height();
  await Promise.all([apply(d0, stakePool), apply(d1, stakePool), apply(d2, randomPool), apply(d3, randomPool)]);
  await nextEpoch(a.rpc, a.epochLength);
  const to = await a.rpc.height();
  const draws = await blockEvents(a.rpc, from, to, "pools_random_draw");
  const draw = draws.find((e) => e.attrs.pool_id === randomPool.toString());
  const randomDraw = draw ? { seed: draw.attrs.seed ?? "", applicants: (draw.attrs.applicants ?? "").split(","), winners: (draw.attrs.winners ?? "").split(","), height: draw.height } : undefined;
  if (randomDraw) log(`random draw at height ${randomDraw.height}: seed ${randomDraw.seed.slice(0, 16)}..., applicants ${randomDraw.applicants.join(",")} -> winner ${randomDraw.winners.join(",")}`);
  await admit(a, d4, conditionPool, log);

  const m: Record<string, string[]> = {};
  for (const [name, id] of [["stake", stakePool], ["random", randomPool], ["condition", conditionPool]] as const) m[name] = await members(a, id);
  log(`members: stake ${m.stake!.join(",")} | random ${m.random!.join(",")} | condition ${m.condition!.join(",")}`);

  const dep = ok(await a.investor.send([msg(`${T}MsgDeposit`, { investor: a.investor.address, poolId: stakePool.toString(), amount: "20000000" })]), "investor deposit");
  const investorShares = response(dep, P.MsgDepositResponse).shares;
  log(`investor deposited 20 GCS into pool #${stakePool} for ${investorShares} shares`);
  return { stakePool, randomPool, conditionPool, members: m, randomDraw, investorShares };
}

/** A device commits `units` GPU-hours of `hourStart`; returns the slot denom and the owner's balance of it. */
export async function commitCapacity(a: Actors, d: DeviceAgent, hourStart: bigint, units: bigint): Promise<{ denom: string; balance: bigint }> {
  const out = ok(await d.sender.send([msg(`${T}MsgCommitCapacity`, { owner: d.owner, deviceId: d.deviceId!.toString(), hourStart: hourStart.toString(), units: units.toString() })]), `device ${d.deviceId} commits ${units} GPU-hours`);
  const denom = response(out, P.MsgCommitCapacityResponse).denom;
  return { denom, balance: await balance(a.rpc, d.owner, denom) };
}

export async function slotStatus(a: Actors, denom: string): Promise<pogcs.pools.v1.QuerySlotStatusResponse | undefined> {
  return query(a.rpc, "/pogcs.pools.v1.Query/SlotStatus", P.QuerySlotStatusRequest, { denom }, P.QuerySlotStatusResponse);
}
