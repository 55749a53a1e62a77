/** `pogcsd status`: what an operator checks first (RPC `status` + `net_info`). */
import { RpcClient } from "../client/rpc-client.js";
import { flag, checkFlags, type Parsed } from "./args.js";
import { DEFAULT_NODE, out, outputFlag } from "./io.js";

interface Status {
  node_info: { id: string; network: string; moniker: string; version: string };
  sync_info: { latest_block_height: string; latest_block_time: string; latest_block_hash: string; catching_up: boolean };
  validator_info: { address: string; voting_power: string };
}

export async function cmdStatus(p: Parsed): Promise<void> {
  checkFlags(p, ["node", "output"]);
  const output = outputFlag(p);
  const rpc = new RpcClient(flag(p, "node", DEFAULT_NODE)!);
  const [status, net] = await Promise.all([rpc.call<Status>("status"), rpc.call<{ n_peers: string; listening: boolean }>("net_info")]);
  if (output === "json") {
    out(JSON.stringify({ status, net_info: net }, null, 2));
    return;
  }
  const s = status.sync_info;
  const lines: Array<[string, string]> = [
    ["chain_id", status.node_info.network],
    ["moniker", status.node_info.moniker],
    ["node_id", status.node_info.id],
    ["latest_height", s.latest_block_height],
    ["latest_time", s.latest_block_time],
    ["catching_up", String(s.catching_up)],
    ["validator", status.validator_info.address],
    ["voting_power", status.validator_info.voting_power],
    ["peers", net.n_peers],
  ];
  out(lines.map(([k, v]) => `${`${k}:`.padEnd(15)}${v}`).join("\n"));
}
