/**
 * `pogcsd query grpc|paths|msg-types|staking validators`: generic ABCI queries with the REST
 * gateway's request/response codecs (node/rest/routes.ts GRPC_ROUTES, node/rest/pogcs-routes.ts).
 */
import { QueryValidatorsRequest, QueryValidatorsResponse } from "cosmjs-types/cosmos/staking/v1beta1/query";
import { bondStatusToJSON } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { GetTxRequest, GetTxResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { GRPC_ROUTES, type Codec } from "../rest/routes.js";
import { POGCS_ROUTES } from "../rest/pogcs-routes.js";
import { pb } from "../rest/routes/kit.js";
import { toGatewayJson } from "../rest/json.js";
import { RpcClient, type AbciFailure } from "../client/rpc-client.js";
import { NodeError } from "../errors.js";
import { pogcs } from "../../proto/gen/pogcs.js";
import { flag, checkFlags, UsageError, type Parsed } from "./args.js";
import { InputError } from "./input-error.js";
import { camelKeys, checkFields, encodableTypeUrls, parseJsonArg } from "./msg-json.js";
import { DEFAULT_NODE, out, outputFlag } from "./io.js";

interface QueryRoute {
  path: string;
  req: Codec;
  res: Codec;
}

/** Paths the node answers that have no REST route: the app's own queries and GetTx. */
const EXTRA: QueryRoute[] = [
  { path: "/pogcs.app.v1.Query/MsgTypes", req: pb(pogcs.app.v1.QueryMsgTypesRequest), res: pb(pogcs.app.v1.QueryMsgTypesResponse) },
  { path: "/pogcs.app.v1.Query/Invariants", req: pb(pogcs.app.v1.QueryInvariantsRequest), res: pb(pogcs.app.v1.QueryInvariantsResponse) },
  { path: "/cosmos.tx.v1beta1.Service/GetTx", req: GetTxRequest as unknown as Codec, res: GetTxResponse as unknown as Codec },
];

/** Every query path the CLI can encode, first route wins for a path listed twice. */
export const QUERY_ROUTES: ReadonlyMap<string, QueryRoute> = (() => {
  const m = new Map<string, QueryRoute>();
  for (const r of [...GRPC_ROUTES, ...POGCS_ROUTES, ...EXTRA]) if (!m.has(r.path)) m.set(r.path, r);
  return m;
})();

/** A query the app refused: its codespace, code and log, with what to check. */
function queryFailed(path: string, f: AbciFailure): NodeError {
  return new NodeError("QUERY_FAILED", `${path} failed: codespace=${f.codespace} code=${f.code}: ${f.log}`, "check the request fields and the height; `pogcsd query grpc --help` shows the request format");
}

function heightFlag(p: Parsed): bigint | undefined {
  const h = flag(p, "height");
  if (h === undefined) return undefined;
  if (!/^[0-9]{1,19}$/.test(h)) throw new UsageError(`--height expects a block height, got ${h}`);
  return BigInt(h);
}

/** The request object -> bytes: cosmjs-types via fromJSON (proto JSON), protobufjs via fromObject. */
function encodeRequest(route: QueryRoute, json: Record<string, unknown>): Uint8Array {
  const withJson = route.req as Codec & { fromJSON?(o: unknown): unknown };
  const empty = route.req.fromPartial({} as never) as object;
  const fields = [...new Set([...Object.keys(empty), ...Object.keys(route.req.toJSON(empty as never) as object)])];
  checkFields("REQUEST_INVALID", `the ${route.path} request`, json, fields);
  try {
    const msg = typeof withJson.fromJSON === "function" ? withJson.fromJSON(json) : route.req.fromPartial(json as never);
    return route.req.encode(msg as never).finish();
  } catch (e) {
    throw new InputError("REQUEST_INVALID", `${route.path}: cannot encode the request: ${(e as Error).message}`, "give 64-bit integers as strings, bytes as base64 and enums by name");
  }
}

/** Levenshtein distance, for "did you mean" (paths are short). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

async function cmdGrpc(p: Parsed): Promise<void> {
  checkFlags(p, ["node", "height"]);
  const [, , path, json] = p.positional;
  if (!path) throw new UsageError("query grpc needs a PATH, e.g. /cosmos.bank.v1beta1.Query/Balance");
  if (p.positional.length > 4) throw new UsageError("query grpc takes PATH and one JSON argument (quote the JSON)");
  const route = QUERY_ROUTES.get(path);
  if (!route) {
    const near = [...QUERY_ROUTES.keys()].map((k) => [k, distance(k.toLowerCase(), path.toLowerCase())] as const).filter(([, d]) => d <= 3).sort((a, b) => a[1] - b[1]).slice(0, 3).map(([k]) => k);
    throw new InputError(
      "QUERY_PATH_UNKNOWN",
      `no query path ${JSON.stringify(path)}${near.length ? ` (similar: ${near.join(", ")})` : ""}`,
      "`pogcsd query paths` lists every known path, e.g. /cosmos.bank.v1beta1.Query/Balance or /pogcs.amm.v1.Query/Pool",
    );
  }
  const req = json === undefined ? {} : parseJsonArg(json, "the request");
  if (req === null || typeof req !== "object" || Array.isArray(req)) {
    throw new InputError("JSON_INVALID", "the request must be a JSON object", `e.g. '{"address": "gcs1...", "denom": "ugcs"}'`);
  }
  const rpc = new RpcClient(flag(p, "node", DEFAULT_NODE)!);
  const bytes = await rpc.query(path, encodeRequest(route, camelKeys(req) as Record<string, unknown>), { height: heightFlag(p), onError: (f) => queryFailed(path, f) });
  out(JSON.stringify(toGatewayJson(route.res.toJSON(route.res.decode(bytes) as never)), null, 2));
}

async function cmdPaths(p: Parsed): Promise<void> {
  checkFlags(p, ["node"]);
  out([...QUERY_ROUTES.keys()].sort().join("\n"));
}

async function cmdMsgTypes(p: Parsed): Promise<void> {
  checkFlags(p, ["node"]);
  out(encodableTypeUrls().join("\n"));
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join("  ")).join("\n");
}

async function cmdStaking(p: Parsed): Promise<void> {
  checkFlags(p, ["node", "height", "output"]);
  const what = p.positional[2];
  if (what !== "validators") throw new UsageError("supported: query staking validators");
  const rpc = new RpcClient(flag(p, "node", DEFAULT_NODE)!);
  const req = QueryValidatorsRequest.encode({ status: "", pagination: { key: new Uint8Array(), offset: 0n, limit: 10_000n, countTotal: false, reverse: false } }).finish();
  const path = "/cosmos.staking.v1beta1.Query/Validators";
  const r = QueryValidatorsResponse.decode(await rpc.query(path, req, { height: heightFlag(p), onError: (f) => queryFailed(path, f) }));
  if (outputFlag(p) === "json") {
    out(JSON.stringify(toGatewayJson(QueryValidatorsResponse.toJSON(r)), null, 2));
    return;
  }
  const rows = [["MONIKER", "VALOPER", "STATUS", "TOKENS", "JAILED"]];
  for (const v of r.validators) {
    rows.push([v.description?.moniker || "-", v.operatorAddress, bondStatusToJSON(v.status).replace(/^BOND_STATUS_/, ""), v.tokens, String(v.jailed)]);
  }
  out(table(rows));
}

/** `query <sub>` handlers beyond `bank balances`. */
export const QUERY_SUBCOMMANDS: Record<string, (p: Parsed) => Promise<void>> = {
  grpc: cmdGrpc,
  paths: cmdPaths,
  "msg-types": cmdMsgTypes,
  staking: cmdStaking,
};
