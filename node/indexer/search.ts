/**
 * The search engine both indexers share. A "document" is a tx or a block, stored once as a
 * record (its indexed attributes grouped by event) and once per attribute as an index key
 * (see keys.ts). A search picks one cheap source of candidate positions, reads each
 * candidate's record (one read) and checks every condition against it.
 */
// Type-only: abstract-level is what `level` is built on (its own typings import it).
import type { AbstractLevel, AbstractSublevel } from "abstract-level";
import type { AbciEvent } from "../../chain/events/types.js";
import { IndexerError } from "./errors.js";
import { heightPos, keyPart, MAX_HEIGHT, posHeight, prefixEnd, readKeyPart } from "./keys.js";
import { type Condition, matchesValue, type Query } from "./query.js";
import { ceilDecimal, floorDecimal, isIntegerDecimal } from "./values.js";

/** Any LevelDB handle: a `Level` instance or one of its sublevels (any encodings). */
export type IndexDb = AbstractLevel<any, any, any>;

/**
 * A put for the caller's atomic commit batch. It names its encodings and, when the indexer
 * sits in a sublevel, that sublevel, so `root.batch(ops)` and `sublevel.batch(ops)` both write
 * it to the right place.
 */
export interface IndexPutOp {
  type: "put";
  key: string;
  value: string;
  keyEncoding: "utf8";
  valueEncoding: "utf8";
  sublevel?: AbstractSublevel<any, any, any, any>;
}

/**
 * How conditions on event attributes combine, for the kv indexers:
 * - "event": all of them must hold within one event (CometBFT 0.38 kv indexers, which key
 *   matches by hash and event sequence number);
 * - "any": each may hold in a different event of the same tx or block (CometBFT 0.34 without
 *   match_events).
 * Conditions on the implicit keys (tx.hash, tx.height, block.height, tm.event) are always
 * checked against the document itself.
 */
export type ConditionScope = "event" | "any";

/** Stored record: `e` holds one flat [ck, value, ck, value, ...] list per indexed event. */
export interface StoredRecord {
  h?: string;
  e: string[][];
}

export interface EngineSpec {
  recordPrefix: string;
  attrPrefix: string;
  heightKey: string;
  /** Keys answered by the document itself rather than its events. */
  implicitKeys: ReadonlySet<string>;
  /** Implicit key -> value of a document (tm.event, the height key, tx.hash). */
  implicit(pos: string, rec: StoredRecord): Map<string, string>;
  /** Direct position lookup (tx.hash) if the query allows one. */
  lookup?(conds: readonly Condition[]): Promise<string[] | undefined>;
}

const UTF8 = { keyEncoding: "utf8", valueEncoding: "utf8" } as const;
/** How many keys an equality condition is allowed to show before we call it "not selective". */
const PROBE_LIMIT = 64;

export function makePut(db: IndexDb, key: string, value: string): IndexPutOp {
  const op: IndexPutOp = { type: "put", key, value, ...UTF8 };
  // A root database has parent null; only sublevels need forwarding.
  if ((db as { parent?: unknown }).parent != null) op.sublevel = db as unknown as IndexPutOp["sublevel"];
  return op;
}

/**
 * The indexed composite keys of events, grouped per event: empty types and keys, `index: false`
 * attributes and the reserved implicit keys are left out, as are events left empty.
 */
export function indexedGroups(events: readonly AbciEvent[], reserved: ReadonlySet<string>): string[][] {
  const groups: string[][] = [];
  for (const ev of events) {
    if (ev.type === "") continue;
    const flat: string[] = [];
    for (const a of ev.attributes) {
      if (!a.index || a.key === "") continue;
      const ck = `${ev.type}.${a.key}`;
      if (reserved.has(ck)) continue;
      flat.push(ck, a.value);
    }
    if (flat.length > 0) groups.push(flat);
  }
  return groups;
}

/** Index puts for one document: its record and one key per distinct (ck, value). */
export function documentOps(db: IndexDb, spec: EngineSpec, pos: string, rec: StoredRecord): IndexPutOp[] {
  const ops = [makePut(db, spec.recordPrefix + pos, JSON.stringify(rec))];
  const seen = new Set<string>();
  for (const group of rec.e) {
    for (let i = 0; i < group.length; i += 2) {
      const key = spec.attrPrefix + keyPart(group[i] ?? "") + keyPart(group[i + 1] ?? "") + pos;
      if (seen.has(key)) continue;
      seen.add(key);
      ops.push(makePut(db, key, ""));
    }
  }
  return ops;
}

interface Bounds {
  lo: bigint;
  hi: bigint;
}

/** Inclusive integer height bounds implied by numeric conditions on the height key. */
function heightBounds(conds: readonly Condition[], heightKey: string): Bounds {
  let lo = 0n;
  let hi = MAX_HEIGHT;
  for (const c of conds) {
    const o = c.operand;
    if (c.key !== heightKey || o === undefined || o.kind === "string") continue;
    if (o.kind !== "number") return { lo: 1n, hi: 0n }; // a height is never a timestamp
    const x = o.value;
    switch (c.op) {
      case "=":
        if (!isIntegerDecimal(x)) return { lo: 1n, hi: 0n };
        lo = lo > floorDecimal(x) ? lo : floorDecimal(x);
        hi = hi < floorDecimal(x) ? hi : floorDecimal(x);
        break;
      case "<":
        hi = min(hi, ceilDecimal(x) - 1n);
        break;
      case "<=":
        hi = min(hi, floorDecimal(x));
        break;
      case ">":
        lo = max(lo, floorDecimal(x) + 1n);
        break;
      case ">=":
        lo = max(lo, ceilDecimal(x));
        break;
      default:
        break;
    }
  }
  return { lo, hi };
}

const min = (a: bigint, b: bigint): bigint => (a < b ? a : b);
const max = (a: bigint, b: bigint): bigint => (a > b ? a : b);

function posRange(prefix: string, b: Bounds): { gte: string; lt: string } {
  return {
    gte: prefix + heightPos(b.lo),
    lt: b.hi >= MAX_HEIGHT ? prefixEnd(prefix) : prefix + heightPos(b.hi + 1n),
  };
}

/** Checks every condition against one stored document. */
export function evaluate(
  conds: readonly Condition[],
  implicit: ReadonlyMap<string, string>,
  rec: StoredRecord,
  scope: ConditionScope,
): boolean {
  const onEvents: Condition[] = [];
  for (const c of conds) {
    const v = implicit.get(c.key);
    if (v === undefined) onEvents.push(c);
    else if (!matchesValue(c, v)) return false;
  }
  if (onEvents.length === 0) return true;
  const holdsIn = (c: Condition, group: string[]): boolean => {
    for (let i = 0; i < group.length; i += 2) {
      if (group[i] === c.key && matchesValue(c, group[i + 1] ?? "")) return true;
    }
    return false;
  };
  if (scope === "event") return rec.e.some((g) => onEvents.every((c) => holdsIn(c, g)));
  return onEvents.every((c) => rec.e.some((g) => holdsIn(c, g)));
}

async function countKeys(db: IndexDb, range: { gte: string; lt: string }, limit: number): Promise<number> {
  let n = 0;
  for await (const _ of db.keys<string>({ ...range, limit, keyEncoding: "utf8" })) n += 1;
  return n;
}

async function scanPositions(db: IndexDb, range: { gte: string; lt: string }, from: number): Promise<string[]> {
  const out: string[] = [];
  for await (const key of db.keys<string>({ ...range, keyEncoding: "utf8" })) out.push(key.slice(from));
  return out;
}

/** Positions (ascending) of the documents that satisfy `query`. */
export async function searchPositions(
  db: IndexDb,
  spec: EngineSpec,
  query: Query,
  scope: ConditionScope,
): Promise<string[]> {
  const conds = query.conditions;
  const bounds = heightBounds(conds, spec.heightKey);
  if (bounds.lo > bounds.hi) return [];
  const onAttrs = conds.filter((c) => !spec.implicitKeys.has(c.key));

  let candidates = spec.lookup ? await spec.lookup(conds) : undefined;

  if (candidates === undefined) {
    const eqs = onAttrs.filter((c) => c.op === "=" && c.operand?.kind === "string");
    let best: { gte: string; lt: string; from: number } | undefined;
    let bestCount = Infinity;
    for (const c of eqs) {
      const base = spec.attrPrefix + keyPart(c.key) + keyPart(c.operand?.text ?? "");
      const range = { ...posRange(base, bounds), from: base.length };
      const n = await countKeys(db, range, PROBE_LIMIT);
      if (n === 0) return [];
      if (n < bestCount) {
        best = range;
        bestCount = n;
      }
    }
    if (best) candidates = await scanPositions(db, best, best.from);
  }

  const bounded = bounds.lo > 0n || bounds.hi < MAX_HEIGHT;
  if (candidates === undefined && !bounded && onAttrs.length > 0) {
    const c = onAttrs[0] as Condition;
    const prefix = spec.attrPrefix + keyPart(c.key);
    const found = new Set<string>();
    for await (const key of db.keys<string>({ gte: prefix, lt: prefixEnd(prefix), keyEncoding: "utf8" })) {
      const part = readKeyPart(key, prefix.length);
      if (part && matchesValue(c, part.value)) found.add(key.slice(part.next));
    }
    candidates = [...found].sort();
  }

  const matched: string[] = [];
  if (candidates === undefined) {
    // Only height bounds and implicit keys to go on: walk the records in the height range.
    const range = posRange(spec.recordPrefix, bounds);
    for await (const [key, value] of db.iterator<string, string>({ ...range, ...UTF8 })) {
      const pos = key.slice(spec.recordPrefix.length);
      const rec = JSON.parse(value) as StoredRecord;
      if (evaluate(conds, spec.implicit(pos, rec), rec, scope)) matched.push(pos);
    }
    return matched;
  }

  const inRange = candidates.filter((p) => {
    const h = posHeight(p);
    return h >= bounds.lo && h <= bounds.hi;
  });
  const values = await db.getMany<string, string>(
    inRange.map((p) => spec.recordPrefix + p),
    UTF8,
  );
  inRange.forEach((pos, i) => {
    const raw = values[i];
    if (raw === undefined) return;
    const rec = JSON.parse(raw) as StoredRecord;
    if (evaluate(conds, spec.implicit(pos, rec), rec, scope)) matched.push(pos);
  });
  return matched;
}

// --- pagination, as CometBFT's rpc/core (validatePage, validatePerPage) ---

export interface SearchOptions {
  /** 1-based; omitted means 1 without range checking, as CometBFT. */
  page?: number;
  /** Default 30, at most 100; values below 1 mean 30. */
  perPage?: number;
  /** "asc", "desc" or "" (the method's default order). */
  orderBy?: string;
}

export const DEFAULT_PER_PAGE = 30;
export const MAX_PER_PAGE = 100;

export function validateOrderBy(orderBy: string | undefined, defaultOrder: "asc" | "desc"): "asc" | "desc" {
  if (orderBy === undefined || orderBy === "") return defaultOrder;
  if (orderBy === "asc" || orderBy === "desc") return orderBy;
  throw new IndexerError("order-by", "expected order_by to be either `asc` or `desc` or empty");
}

/** The requested page of `sorted`, and the total it was cut from. */
export function paginate<T>(sorted: readonly T[], opts: SearchOptions): { total: number; page: T[] } {
  const total = sorted.length;
  let perPage = opts.perPage === undefined ? DEFAULT_PER_PAGE : Math.trunc(opts.perPage);
  if (!(perPage >= 1)) perPage = DEFAULT_PER_PAGE;
  if (perPage > MAX_PER_PAGE) perPage = MAX_PER_PAGE;
  let page = 1;
  if (opts.page !== undefined) {
    const pages = Math.max(1, Math.ceil(total / perPage));
    page = opts.page;
    if (!Number.isInteger(page) || page < 1 || page > pages) {
      throw new IndexerError("page", `page should be within [1, ${pages}] range, given ${page}`);
    }
  }
  const skip = (page - 1) * perPage;
  return { total, page: sorted.slice(skip, skip + perPage) };
}
