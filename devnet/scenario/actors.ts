/**
 * Who acts in the scenario: five simulated GPU devices (an in-process device-agent swarm with
 * eight GPUs each, so they report every epoch and can be unplugged), an investor, a buyer (also
 * the requester of demand contracts), a second buyer who purchases a position NFT, and the
 * validators' operator accounts (the checker committee). All keys derive from the devnet mnemonic.
 */
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { signerFromMnemonic } from "../../node/keyring/hd.js";
import { AGENT_CAPACITY, Swarm, type DeviceAgent } from "../agents/agent.js";
import type { Capacity } from "../../modules/devices/types.js";
import { ChainRpc, TxSender } from "../agents/chain.js";
import { ok } from "./chain.js";

export const SCENARIO_DEVICE_BASE = 100;
export const SCENARIO_CAPACITY = { ...AGENT_CAPACITY, gpuCount: 8 };
const ACCOUNT_HD_BASE = 5000;

export interface Actors {
  rpc: ChainRpc;
  chainId: string;
  swarm: Swarm;
  devices: DeviceAgent[];
  investor: TxSender;
  buyer: TxSender;
  buyer2: TxSender;
  operators: TxSender[];
  epochLength: bigint;
}

export async function setupActors(o: { rpcs: string[]; chainId: string; mnemonic: string; validators: number; devices?: number; capacity?: Capacity; log: (s: string) => void }): Promise<Actors> {
  const rpc = new ChainRpc(o.rpcs[0]!);
  const n = o.devices ?? 5;
  const specs = Array.from({ length: n }, (_, i) => ({ index: SCENARIO_DEVICE_BASE + i, mode: "honest" as const, validator: i % o.validators, capacity: o.capacity ?? SCENARIO_CAPACITY }));
  const swarm = await Swarm.create({ rpcs: o.rpcs, chainId: o.chainId, mnemonic: o.mnemonic, specs, log: (s) => o.log(`  [agents] ${s}`) });
  const acct = (i: number) => new TxSender(rpc, signerFromMnemonic(o.mnemonic, ACCOUNT_HD_BASE + i, { prefix: "gcs" }), o.chainId);
  const investor = acct(0);
  const buyer = acct(1);
  const buyer2 = acct(2);
  const operators = Array.from({ length: o.validators }, (_, i) => new TxSender(rpc, signerFromMnemonic(o.mnemonic, 1000 + i, { prefix: "gcs" }), o.chainId));
  // One faucet tx funds everyone (device owners included), before the swarm starts its own txs.
  const faucet = new TxSender(rpc, signerFromMnemonic(o.mnemonic, 0, { prefix: "gcs" }), o.chainId);
  const targets: Array<[string, bigint]> = [
    ...swarm.agents.map((a) => [a.owner, 60_000_000n] as [string, bigint]),
    [swarm.watcher.sender.address, 1_000_000n], [investor.address, 100_000_000n], [buyer.address, 100_000_000n], [buyer2.address, 100_000_000n],
    ...operators.map((s) => [s.address, 10_000_000n] as [string, bigint]),
  ];
  const msgs = targets.map(([to, amount]) => ({
    typeUrl: "/cosmos.bank.v1beta1.MsgSend",
    value: MsgSend.encode({ fromAddress: faucet.address, toAddress: to, amount: [{ denom: "ugcs", amount: amount.toString() }] }).finish(),
  }));
  ok(await faucet.send(msgs, { gas: 150_000n * BigInt(msgs.length) + 200_000n }), "faucet funding");
  await swarm.start();
  return { rpc, chainId: o.chainId, swarm, devices: swarm.agents, investor, buyer, buyer2, operators, epochLength: swarm.epochLength };
}
