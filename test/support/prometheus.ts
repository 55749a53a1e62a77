/**
 * A strict reader of the Prometheus text exposition format (0.0.4): every sample belongs to a
 * family declared by # TYPE, names and labels are well formed, values are numbers. Throws on any
 * violation, so a test that parses /metrics checks the format, not just a substring.
 */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+(\S+)(\s+-?\d+)?$/;
const LABEL = /\s*([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"\s*(,|$)/y;

export function parsePrometheus(text: string): Sample[] {
  const types = new Map<string, string>();
  const out: Sample[] = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    if (line.startsWith("#")) {
      const m = /^# (HELP|TYPE) (\S+) (.*)$/.exec(line);
      if (!m) throw new Error(`line ${i + 1}: bad comment: ${line}`);
      if (!NAME.test(m[2]!)) throw new Error(`line ${i + 1}: bad metric name ${m[2]}`);
      if (m[1] === "TYPE") {
        if (!["counter", "gauge", "histogram", "summary", "untyped"].includes(m[3]!)) throw new Error(`line ${i + 1}: bad type ${m[3]}`);
        types.set(m[2]!, m[3]!);
      }
      return;
    }
    const m = SAMPLE.exec(line);
    if (!m) throw new Error(`line ${i + 1}: bad sample: ${line}`);
    const name = m[1]!;
    const family = types.has(name) ? name : name.replace(/_(bucket|sum|count)$/, "");
    if (!types.has(family)) throw new Error(`line ${i + 1}: sample ${name} without # TYPE`);
    const labels: Record<string, string> = {};
    if (m[3]) {
      LABEL.lastIndex = 0;
      let pos = 0;
      while (pos < m[3].length) {
        LABEL.lastIndex = pos;
        const l = LABEL.exec(m[3]);
        if (!l) throw new Error(`line ${i + 1}: bad labels: ${m[3]}`);
        labels[l[1]!] = l[2]!;
        pos = LABEL.lastIndex;
      }
    }
    const value = m[4] === "+Inf" ? Infinity : m[4] === "-Inf" ? -Infinity : Number(m[4]);
    if (Number.isNaN(value) && m[4] !== "NaN") throw new Error(`line ${i + 1}: bad value ${m[4]}`);
    out.push({ name, labels, value });
  });
  return out;
}
