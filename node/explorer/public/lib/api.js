// Where the page reads from: RPC (same origin: JSON-RPC, /websocket, /explorer/api/*) and the
// Cosmos REST server (its port comes from /explorer/config.json).
let config = { chainId: "", moniker: "", restPort: null, denom: { display: "GCS", base: "ugcs", decimals: 6 } };

export async function loadConfig() {
  try {
    const r = await fetch("/explorer/config.json");
    if (r.ok) config = { ...config, ...(await r.json()) };
  } catch { /* keep defaults */ }
  return config;
}

export const getConfig = () => config;

export function restBase() {
  const q = new URLSearchParams(location.search).get("rest");
  if (q) return q.replace(/\/$/, "");
  if (!config.restPort) return null;
  return `${location.protocol}//${location.hostname}:${config.restPort}`;
}

/**
 * GET a REST path. Never throws: `{ ok: true, data }`, or `{ ok: false, status, message }` where
 * status 0 means unreachable and 404/501 mean the route does not exist (yet) on this node.
 */
export async function rest(path, timeoutMs = 8000) {
  const base = restBase();
  if (!base) return { ok: false, status: 0, message: "REST server disabled on this node" };
  return getJson(base + path, timeoutMs);
}

/** Same-origin JSON (explorer endpoints). */
export const local = (path, timeoutMs = 8000) => getJson(path, timeoutMs);

async function getJson(url, timeoutMs) {
  const ctl = new AbortController();
  const t = setTimeout(() => ctl.abort(), timeoutMs);
  try {
    const r = await fetch(url, { signal: ctl.signal });
    let body = null;
    try { body = await r.json(); } catch { /* not JSON */ }
    if (!r.ok) return { ok: false, status: r.status, message: body?.message ?? r.statusText };
    return { ok: true, status: r.status, data: body };
  } catch (e) {
    return { ok: false, status: 0, message: e?.name === "AbortError" ? "timed out" : String(e?.message ?? e) };
  } finally {
    clearTimeout(t);
  }
}

/** The first of several candidate REST paths that answers (modules whose routes may still move). */
export async function restFirst(paths) {
  let last = { ok: false, status: 404, message: "no route" };
  for (const p of paths) {
    const r = await rest(p);
    if (r.ok) return { ...r, path: p };
    if (r.status === 0) return r;
    last = r;
  }
  return last;
}

/** A missing route (404 Not Found / 501 Not Implemented) is "no data yet", not an error. */
export const isMissing = (r) => !r.ok && (r.status === 404 || r.status === 501);

let rpcId = 0;
/** JSON-RPC 2.0 call on the node's RPC (same origin). Throws on an RPC error. */
export async function rpc(method, params = {}) {
  const r = await fetch("/", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ jsonrpc: "2.0", id: ++rpcId, method, params }) });
  const j = await r.json();
  if (j.error) throw new Error(`${method}: ${j.error.message}${j.error.data ? ` (${j.error.data})` : ""}`);
  return j.result;
}
