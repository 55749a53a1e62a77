/**
 * The whole PoGCS flow on a running devnet (nodes started with --test-clock, as `npm run devnet`
 * does): pools by each entry rule, hour slots, the AMM with LP NFTs, demand contracts with
 * position NFTs, a dispute, a timeout, an unplugged device, carbon, then slot expiry. Prints each
 * step and returns what it saw, so a test can check the same run.
 */
import { pogcs } from "../../proto/gen/pogcs.js";
import { advanceDevnetTime } from "../advance-time.js";
import { setupActors, type Actors } from "./actors.js";
import { QuerySupplyOfRequest, QuerySupplyOfResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { balance, msg, query, response, sleep } from "./chain.js";
import { runCarbon } from "./carbon-flow.js";
import { runMarket } from "./market-flow.js";
import { runPools, slotStatus } from "./pools-flow.js";

const A = pogcs.amm.v1;
const M = pogcs.market.v1;

async function supplyOf(a: Actors, denom: string): Promise<bigint> {
  const r = await query(a.rpc, "/cosmos.bank.v1beta1.Query/SupplyOf", QuerySupplyOfRequest, { denom }, QuerySupplyOfResponse);
  return BigInt(r?.amount?.amount ?? "0");
}

export interface ScenarioOptions {
  rpcs: string[];
  chainId: string;
  mnemonic: string;
  log?: (s: string) => void;
}

async function expire(a: Actors, rpcs: string[], m: Awaited<ReturnType<typeof runMarket>>, log: (s: string) => void) {
  const now = await a.rpc.blockTime();
  const jump = m.h1 + 3600n + 120n - now;
  const buyerBefore = await balance(a.rpc, a.buyer.address, "ugcs");
  log(`advancing every validator's clock by ${jump} s (past the end of hour ${m.s1.denom.split("/")[2]})`);
  await advanceDevnetTime(rpcs, Number(jump), 60_000);
  await sleep(1500);
  const st = await slotStatus(a, m.s1.denom);
  const supply = await supplyOf(a, m.s1.denom);
  const expiredAt = await a.rpc.blockTime();
  // Once swept, the pools module forgets the slot: the status query answers "unknown".
  const slotExpired = st ? st.expired : expiredAt >= m.h1 + 3600n;
  const buyerSlots = await balance(a.rpc, a.buyer.address, m.s1.denom);
  const pool = (await query(a.rpc, "/pogcs.amm.v1.Query/Pool", A.QueryPoolRequest, { slotDenom: m.s1.denom }, A.QueryPoolResponse))?.pool?.pool;
  log(`slot ${m.s1.denom}: expired=${slotExpired}, bank supply ${supply}, buyer holds ${buyerSlots}; AMM pool base reserve ${pool?.baseReserve}, expired=${pool?.expired}`);
  const c3 = await query(a.rpc, "/pogcs.market.v1.Query/Contract", M.QueryContractRequest, { contractId: m.c3.toString() }, M.QueryContractResponse);
  const refund = (await balance(a.rpc, a.buyer.address, "ugcs")) - buyerBefore;
  log(`contract ${m.c3} after its deadline: ${M.ContractStatus[c3?.contract?.status ?? 0]}, requester refunded ${refund} ugcs`);
  const owner = a.devices.find((d) => d.deviceId?.toString() === m.lpDevice)!;
  const rm = await owner.sender.send([msg("/pogcs.amm.v1.MsgRemoveLiquidity", { owner: owner.owner, positionId: m.lp.positionId, shares: m.lp.shares, minBase: "0", minQuote: "1", deadline: (now + jump + 3600n).toString() })]);
  const removed = rm.code === 0 ? response(rm, A.MsgRemoveLiquidityResponse) : undefined;
  log(`LP removed its position after expiry: ${removed ? `${removed.base} slots + ${removed.quote} ugcs` : `${rm.codespace}/${rm.code} ${rm.log}`}`);
  return { slotExpired, slotSupply: supply, buyerSlots, poolBase: pool?.baseReserve, poolExpired: pool?.expired, c3Status: c3?.contract?.status, refund, lpRemoved: removed ? { base: removed.base, quote: removed.quote } : undefined };
}

export async function runScenario(o: ScenarioOptions) {
  const log = o.log ?? ((s: string) => process.stdout.write(`${s}\n`));
  log("== setup: funding accounts, registering 5 GPU devices (8 GPUs each)");
  const a = await setupActors({ rpcs: o.rpcs, chainId: o.chainId, mnemonic: o.mnemonic, validators: o.rpcs.length, log });
  try {
    log(`devices ${a.devices.map((d) => d.deviceId).join(", ")} registered and bonded; epoch length ${a.epochLength} blocks`);
    log("== pools");
    const pools = await runPools(a, log);
    log("== slots, AMM and demand contracts");
    const winner = pools.randomDraw?.winners[0] ?? pools.members.random![0]!;
    const market = await runMarket(a, { stakeMembers: pools.members.stake!, randomWinner: winner }, log);
    log("== carbon: RECs, credits, a basket coin on the AMM, retirement");
    const issuer = a.devices.find((d) => d.deviceId?.toString() === pools.members.stake![1])!;
    const carbon = await runCarbon(a, issuer, log);
    log("== time passes");
    const expiry = await expire(a, o.rpcs, market, log);
    return { pools, market, carbon, expiry };
  } finally {
    a.swarm.stop();
  }
}
