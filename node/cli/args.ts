/** Minimal flag parser: `--name value`, `--name=value`, `--flag` (boolean), repeated flags collect. */
export interface Parsed {
  positional: string[];
  flags: Map<string, string[]>;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export function parseArgs(argv: string[], booleans: readonly string[] = []): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      let value: string;
      if (eq > 0) value = a.slice(eq + 1);
      else if (booleans.includes(name) || name === "help") value = "true";
      else {
        const next = argv[i + 1];
        if (next === undefined || next.startsWith("--")) throw new UsageError(`flag --${name} needs a value`);
        value = next;
        i++;
      }
      flags.set(name, [...(flags.get(name) ?? []), value]);
    } else if (a === "-h") {
      flags.set("help", ["true"]);
    } else {
      positional.push(a);
    }
  }
  return { positional, flags };
}

export function flag(p: Parsed, name: string, def?: string): string | undefined {
  const v = p.flags.get(name);
  return v ? v[v.length - 1] : def;
}

export function flagAll(p: Parsed, name: string): string[] {
  return p.flags.get(name) ?? [];
}

export function bool(p: Parsed, name: string): boolean {
  return flag(p, name) === "true";
}

/** Refuses flags a command does not know, so a typo is an error and not a silent default. */
export function checkFlags(p: Parsed, known: readonly string[]): void {
  for (const k of p.flags.keys()) {
    if (k !== "help" && !known.includes(k)) throw new UsageError(`unknown flag --${k} (see --help)`);
  }
}
