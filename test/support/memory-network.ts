import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PogcsNode } from "../../node/node.js";
import { initNetworkHomes, type GenesisAccount } from "../../node/home/init-home.js";
import { defaultConfig, type NodeConfig } from "../../node/config/config.js";
import { createLogger, silentLogger, type Logger } from "../../node/log/logger.js";
import { MemoryHub } from "./memory-p2p.js";

/** N in-process validators over the in-memory P2P, with short consensus timeouts. */
export async function memoryNetwork(
  n: number,
  opts: { chainId?: string; equivocate?: number[]; verbose?: boolean; accounts?: GenesisAccount[]; consensus?: Partial<NodeConfig["consensus"]> } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), "pogcs-memnet-"));
  const homes = Array.from({ length: n }, (_, i) => join(dir, `node${i}`));
  const config: NodeConfig = defaultConfig();
  config.consensus = { ...config.consensus, blockIntervalMs: 200, timeoutProposeMs: 400, timeoutPrevoteMs: 200, timeoutPrecommitMs: 200, timeoutCommitMs: 200, timeoutProposeDeltaMs: 100, timeoutPrevoteDeltaMs: 100, timeoutPrecommitDeltaMs: 100, ...opts.consensus };
  const { nodeIds, genesis } = initNetworkHomes({ homes, chainId: opts.chainId ?? "test-memnet", accounts: opts.accounts ?? [], config });
  const hub = new MemoryHub();
  const nodes: Array<PogcsNode | undefined> = [];
  const log = (i: number): Logger => (opts.verbose ? createLogger({ format: "plain", base: { v: i } }) : silentLogger);
  const startNode = async (i: number) => {
    const p2p = hub.create(nodeIds[i]!);
    const cfg = structuredClone(config);
    cfg.p2p.persistentPeers = nodeIds.filter((_, j) => j !== i).map((id) => `${id}@mem`);
    const node = await PogcsNode.open({ home: homes[i]!, config: cfg, p2p, log: log(i), equivocate: opts.equivocate?.includes(i) });
    nodes[i] = node;
    await node.startProducing();
    return node;
  };
  const stopNode = async (i: number) => {
    const node = nodes[i];
    nodes[i] = undefined;
    await node?.close();
  };
  await Promise.all(homes.map((_, i) => startNode(i)));
  return {
    dir,
    hub,
    nodes,
    nodeIds,
    genesis,
    startNode,
    stopNode,
    async close() {
      await Promise.all(nodes.map((_, i) => stopNode(i)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function waitFor(cond: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    if (await cond()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
