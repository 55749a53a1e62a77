import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { PogcsNode } from "../node.js";
import { listGeoDevices, loadCellGeometry } from "./devices-geo.js";

/** The page's files: plain HTML, CSS and ES modules, served as they are (no build step). */
export const EXPLORER_PUBLIC = join(dirname(fileURLToPath(import.meta.url)), "public");

const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  svg: "image/svg+xml",
};
/** `name.ext` or `dir/name.ext` with lower-case letters, digits and dashes: no way out of public/. */
const FILE = /^(?:[a-z0-9-]+\/)?[a-z0-9-]+\.(html|js|css|svg)$/;

/**
 * The explorer on the RPC server (same origin as `/websocket` and the URI RPC calls):
 *   GET /explorer, /explorer/       the page (index.html)
 *   GET /explorer/<file>            its modules and stylesheet
 *   GET /explorer/config.json       chain id and the REST port the page reads PoGCS queries from
 *   GET /explorer/api/devices       every device with the centre and outline of its H3 cell
 */
export async function registerExplorer(app: FastifyInstance, node: PogcsNode): Promise<void> {
  const send = async (name: string, reply: FastifyReply) => {
    const m = FILE.exec(name);
    if (!m) return reply.code(404).type("text/plain").send("not found");
    try {
      const body = await readFile(join(EXPLORER_PUBLIC, name));
      return reply.type(TYPES[m[1]!]!).header("cache-control", "no-cache").send(body);
    } catch {
      return reply.code(404).type("text/plain").send("not found");
    }
  };
  app.get("/explorer", async (_req, reply) => send("index.html", reply));
  app.get("/explorer/", async (_req, reply) => send("index.html", reply));
  app.get("/explorer/*", async (req, reply) => send((req.params as { "*": string })["*"], reply));

  app.get("/explorer/config.json", async (_req, reply) => {
    const rest = node.config.rest.laddr;
    return reply.header("cache-control", "no-cache").send({
      chainId: node.genesis.chainId,
      moniker: node.config.moniker,
      /** The page builds the REST base URL from its own host name and this port; null when REST is off. */
      restPort: rest ? Number(rest.split(":").pop()) : null,
      denom: { display: "GCS", base: "ugcs", decimals: 6 },
    });
  });

  app.get("/explorer/api/devices", async (_req, reply) => {
    const geo = await loadCellGeometry();
    const out = listGeoDevices((path, data) => node.app.query(path, data), geo);
    return reply.header("cache-control", "no-cache").send(out);
  });
}
