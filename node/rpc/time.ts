/** RFC3339 with nanoseconds, as CometBFT prints times (e.g. 2026-01-01T00:00:00.123456789Z). */
export function formatRfc3339(t: { seconds: bigint; nanos: number }): string {
  const ms = Number(t.seconds) * 1000;
  const iso = new Date(ms).toISOString(); // YYYY-MM-DDTHH:MM:SS.mmmZ
  const base = iso.slice(0, 19);
  if (t.nanos === 0) return `${base}Z`;
  const frac = t.nanos.toString().padStart(9, "0").replace(/0+$/, "");
  return `${base}.${frac}Z`;
}

const RE = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

export function parseRfc3339(s: string): { seconds: bigint; nanos: number } | undefined {
  const m = RE.exec(s ?? "");
  if (!m) return undefined;
  const ms = Date.parse(`${m[1]}T${m[2]}${m[4]}`);
  if (Number.isNaN(ms)) return undefined;
  const nanos = m[3] ? Number(m[3].slice(1).padEnd(9, "0")) : 0;
  return { seconds: BigInt(Math.floor(ms / 1000)), nanos };
}

/** Wall clock as a protobuf timestamp (node/ only: the state machine never reads the clock). */
export function nowTimestamp(): { seconds: bigint; nanos: number } {
  const ms = Date.now();
  return { seconds: BigInt(Math.floor(ms / 1000)), nanos: (ms % 1000) * 1_000_000 };
}
