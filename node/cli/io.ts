import { resolve } from "node:path";
import { flag, UsageError, type Parsed } from "./args.js";

export const DEFAULT_NODE = "http://127.0.0.1:26657";

export function out(s: string): void {
  process.stdout.write(s + "\n");
}

/** --home, else $POGCSD_HOME, else ./.pogcsd. */
export function home(p: Parsed): string {
  return resolve(flag(p, "home") ?? process.env.POGCSD_HOME ?? ".pogcsd");
}

/** --output text|json (default text). */
export function outputFlag(p: Parsed): "text" | "json" {
  const o = flag(p, "output", "text")!;
  if (o !== "text" && o !== "json") throw new UsageError(`--output must be text or json, got ${o}`);
  return o;
}
