/**
 * The CometBFT event query language (`libs/pubsub/query/syntax` in CometBFT 0.38):
 *
 *   query     := condition { "AND" condition }
 *   condition := tag op operand | tag "EXISTS"
 *   tag       := [letter _] [letter digit . _ -]*          e.g. message.action, tx.height
 *   op        := "=" | "<" | "<=" | ">" | ">=" | "CONTAINS"
 *   operand   := 'string' | number | "TIME" rfc3339 | "DATE" yyyy-mm-dd
 *
 * Differences from CometBFT, all accepting more than it does: keywords (AND, CONTAINS, EXISTS,
 * TIME, DATE) are case-insensitive; numbers may be negative; TIME may carry fractional seconds.
 * As in CometBFT, strings have no escapes (a string ends at the next `'`), `<`-style operators
 * take only numbers and times, and CONTAINS takes only strings.
 *
 * Subscriptions (`matchesEvents`) use CometBFT's pubsub semantics: each condition must be met by
 * some value under its composite key `type.key`, anywhere in the event list.
 */
import type { AbciEvent } from "../../chain/events/types.js";
import { IndexerError } from "./errors.js";
import {
  compareDecimal,
  type Decimal,
  parseDateValue,
  parseDecimal,
  parseLeadingDecimal,
  parseTimestamp,
  yearOf,
} from "./values.js";

export type Operator = "=" | "<" | "<=" | ">" | ">=" | "CONTAINS" | "EXISTS";

export type Operand =
  | { readonly kind: "string"; readonly text: string }
  | { readonly kind: "number"; readonly text: string; readonly value: Decimal }
  | { readonly kind: "time"; readonly text: string; readonly nanos: bigint }
  | { readonly kind: "date"; readonly text: string; readonly nanos: bigint };

export interface Condition {
  /** Composite key `event_type.attribute_key`, e.g. `message.sender`. */
  readonly key: string;
  readonly op: Operator;
  /** Absent only for EXISTS. */
  readonly operand?: Operand;
}

export interface Query {
  readonly conditions: readonly Condition[];
}

/**
 * How an attribute value is read as a number. "strict": the whole value must be a number
 * (the kv indexers). "leading": the number at its start counts, so "100stake" is 100
 * (CometBFT's pubsub matcher).
 */
export type NumberParsing = "strict" | "leading";

// --- parser ---

const isTagStart = (c: string): boolean => /[\p{L}_]/u.test(c);
const isTagChar = (c: string): boolean => /[\p{L}\p{Nd}._-]/u.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/u.test(c);
const TIME_CHARS = /[0-9TZ:+.-]/;

const OPERAND_KINDS: Record<Exclude<Operator, "EXISTS">, ReadonlyArray<Operand["kind"]>> = {
  "=": ["number", "time", "date", "string"],
  "<": ["number", "time", "date"],
  "<=": ["number", "time", "date"],
  ">": ["number", "time", "date"],
  ">=": ["number", "time", "date"],
  CONTAINS: ["string"],
};

const KIND_LABEL: Record<Operand["kind"], string> = {
  number: "number",
  time: "TIME timestamp",
  date: "DATE datestamp",
  string: "'string'",
};

class Parser {
  private pos = 0;

  constructor(private readonly src: string) {}

  parse(): Query {
    if (this.src.trim() === "") {
      throw this.fail(0, "query is empty; it needs at least one condition such as tx.height=5");
    }
    const conditions = [this.condition()];
    for (;;) {
      this.skipSpace();
      if (this.pos >= this.src.length) return { conditions };
      const at = this.pos;
      const word = this.peekWord();
      if (word.toUpperCase() !== "AND") throw this.unexpected(at, "AND or end of query");
      this.pos += word.length;
      conditions.push(this.condition());
    }
  }

  private condition(): Condition {
    this.skipSpace();
    const tagAt = this.pos;
    const c = this.src[this.pos];
    if (c === undefined || !isTagStart(c)) throw this.unexpected(tagAt, "tag (such as tx.height)");
    const key = this.peekWord();
    if (key.toUpperCase() === "AND") throw this.fail(tagAt, "got keyword AND, wanted tag (such as tx.height)");
    this.pos += key.length;

    this.skipSpace();
    const opAt = this.pos;
    const op = this.operator();
    if (op === undefined) {
      throw this.unexpected(opAt, "operator (=, <, <=, >, >=, CONTAINS or EXISTS)");
    }
    if (op === "EXISTS") return { key, op };

    this.skipSpace();
    const argAt = this.pos;
    const operand = this.operand(OPERAND_KINDS[op]);
    if (!OPERAND_KINDS[op].includes(operand.kind)) {
      throw this.fail(argAt, `got ${KIND_LABEL[operand.kind]}, wanted ${wanted(OPERAND_KINDS[op])} after ${op}`);
    }
    return { key, op, operand };
  }

  private operator(): Operator | undefined {
    const c = this.src[this.pos];
    if (c === "=") {
      this.pos += 1;
      return "=";
    }
    if (c === "<" || c === ">") {
      const eq = this.src[this.pos + 1] === "=";
      this.pos += eq ? 2 : 1;
      return (eq ? `${c}=` : c) as Operator;
    }
    const word = this.peekWord().toUpperCase();
    if (word === "CONTAINS" || word === "EXISTS") {
      this.pos += word.length;
      return word;
    }
    return undefined;
  }

  private operand(kinds: ReadonlyArray<Operand["kind"]>): Operand {
    const at = this.pos;
    const c = this.src[at];
    if (c === "'") {
      const end = this.src.indexOf("'", at + 1);
      if (end < 0) throw this.fail(at, "unterminated string: missing closing '");
      this.pos = end + 1;
      return { kind: "string", text: this.src.slice(at + 1, end) };
    }
    if (isDigit(c) || (c === "-" && isDigit(this.src[at + 1]))) {
      const m = /^-?\d+(?:\.\d*)?/.exec(this.src.slice(at));
      const text = m?.[0] ?? "";
      const value = parseDecimal(text);
      if (value === undefined) throw this.fail(at, `invalid number ${JSON.stringify(text)}`);
      this.pos += text.length;
      return { kind: "number", text, value };
    }
    const word = this.peekWord();
    const upper = word.toUpperCase();
    if ((upper === "TIME" || upper === "DATE") && isSpace(this.src[at + word.length])) {
      this.pos += word.length;
      this.skipSpace();
      const valueAt = this.pos;
      while (this.pos < this.src.length && TIME_CHARS.test(this.src[this.pos] ?? "")) this.pos += 1;
      const text = this.src.slice(valueAt, this.pos);
      if (upper === "TIME") {
        const nanos = parseTimestamp(text);
        if (nanos === undefined) {
          throw this.fail(valueAt, `invalid TIME value ${JSON.stringify(text)}, want RFC 3339 like 2013-05-03T14:45:00Z`);
        }
        this.checkYear(valueAt, text);
        return { kind: "time", text, nanos };
      }
      const nanos = parseDateValue(text);
      if (nanos === undefined) {
        throw this.fail(valueAt, `invalid DATE value ${JSON.stringify(text)}, want YYYY-MM-DD like 2013-05-03`);
      }
      this.checkYear(valueAt, text);
      return { kind: "date", text, nanos };
    }
    throw this.unexpected(at, wanted(kinds));
  }

  private checkYear(at: number, text: string): void {
    const year = yearOf(text);
    if (year < 1900 || year > 2999) throw this.fail(at, `year ${year} out of range [1900, 2999]`);
  }

  private peekWord(): string {
    let end = this.pos;
    while (end < this.src.length && isTagChar(this.src[end] ?? "")) end += 1;
    return this.src.slice(this.pos, end);
  }

  private skipSpace(): void {
    while (isSpace(this.src[this.pos])) this.pos += 1;
  }

  private describe(at: number): string {
    const c = this.src[at];
    if (c === undefined) return "end of query";
    if (c === "'") return "string";
    if (isDigit(c) || (c === "-" && isDigit(this.src[at + 1]))) return "number";
    if (c === "=" || c === "<" || c === ">") return `operator ${c}`;
    if (isTagStart(c)) {
      let end = at;
      while (end < this.src.length && isTagChar(this.src[end] ?? "")) end += 1;
      return `word ${JSON.stringify(this.src.slice(at, end))}`;
    }
    return `character ${JSON.stringify(c)}`;
  }

  private unexpected(at: number, want: string): IndexerError {
    return this.fail(at, `got ${this.describe(at)}, wanted ${want}`);
  }

  private fail(at: number, msg: string): IndexerError {
    return new IndexerError("query-syntax", `offset ${at}: ${msg}`);
  }
}

function wanted(kinds: ReadonlyArray<Operand["kind"]>): string {
  const labels = kinds.map((k) => KIND_LABEL[k]);
  return labels.length === 1 ? (labels[0] ?? "") : `${labels.slice(0, -1).join(", ")} or ${labels[labels.length - 1]}`;
}

/** Parses a query; throws IndexerError("query-syntax") with the character offset of the problem. */
export function parseQuery(text: string): Query {
  return new Parser(text).parse();
}

export function formatOperand(o: Operand): string {
  switch (o.kind) {
    case "string":
      return `'${o.text}'`;
    case "time":
      return `TIME ${o.text}`;
    case "date":
      return `DATE ${o.text}`;
    case "number":
      return o.text;
  }
}

/** Canonical text, as CometBFT's Query.String(): `a.b = 'x' AND c.d EXISTS`. */
export function formatQuery(q: Query): string {
  return q.conditions
    .map((c) => (c.operand ? `${c.key} ${c.op} ${formatOperand(c.operand)}` : `${c.key} ${c.op}`))
    .join(" AND ");
}

// --- matching ---

function holds(op: Operator, cmp: number): boolean {
  switch (op) {
    case "=":
      return cmp === 0;
    case "<":
      return cmp < 0;
    case "<=":
      return cmp <= 0;
    case ">":
      return cmp > 0;
    case ">=":
      return cmp >= 0;
    default:
      return false;
  }
}

/** Whether one attribute value satisfies one condition. */
export function matchesValue(c: Condition, value: string, numbers: NumberParsing = "strict"): boolean {
  const o = c.operand;
  if (c.op === "EXISTS" || o === undefined) return true;
  switch (o.kind) {
    case "string":
      return c.op === "CONTAINS" ? value.includes(o.text) : c.op === "=" && value === o.text;
    case "number": {
      const v = numbers === "strict" ? parseDecimal(value) : parseLeadingDecimal(value);
      return v !== undefined && holds(c.op, compareDecimal(v, o.value));
    }
    case "time":
    case "date": {
      const v = o.kind === "time" ? parseTimestamp(value) : parseDateValue(value);
      return v !== undefined && holds(c.op, v < o.nanos ? -1 : v > o.nanos ? 1 : 0);
    }
  }
}

/**
 * Flattens events to `type.key -> values` as CometBFT's event bus does; events with an empty
 * type and attributes with an empty key are dropped.
 */
export function flattenEvents(events: readonly AbciEvent[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const ev of events) {
    if (ev.type === "") continue;
    for (const a of ev.attributes) {
      if (a.key === "") continue;
      const ck = `${ev.type}.${a.key}`;
      const list = out.get(ck);
      if (list) list.push(a.value);
      else out.set(ck, [a.value]);
    }
  }
  return out;
}

/**
 * Pubsub matching for WebSocket subscriptions, as CometBFT 0.38 `query.Matches`:
 * every condition must be satisfied by at least one value under its composite key (values may
 * come from different events); `leading` number parsing ("100stake" is 100); a condition whose
 * key equals an event type (e.g. `transfer EXISTS`) is tested against the empty string; and an
 * empty event list matches nothing.
 *
 * CometBFT adds the implicit keys itself, and so must the caller, as extra events built with
 * `syntheticEvent` / `txSubscriptionEvents` / `blockSubscriptionEvents` (subscription.ts): `tm.event` ('Tx',
 * 'NewBlock', 'NewBlockEvents', 'NewBlockHeader', ...), and for a Tx `tx.hash` (upper-case
 * hex) and `tx.height` (decimal).
 */
export function matchesEvents(query: Query | string, events: readonly AbciEvent[]): boolean {
  const q = typeof query === "string" ? parseQuery(query) : query;
  const flat = flattenEvents(events);
  if (flat.size === 0) return false;
  const types = new Set<string>();
  for (const ck of flat.keys()) types.add(ck.slice(0, ck.lastIndexOf(".")));
  return q.conditions.every(
    (c) =>
      (flat.get(c.key) ?? []).some((v) => matchesValue(c, v, "leading")) ||
      (types.has(c.key) && matchesValue(c, "", "leading")),
  );
}
