import { ErrLogic } from "../errors/index.js";
import type { MsgSpec, QuerySpec, ModuleDefinition } from "./module.js";

/**
 * Message and query routes of all modules, each registered once. A duplicate type URL or path
 * is a wiring bug and stops startup.
 */
export class Router {
  private readonly msgs = new Map<string, { spec: MsgSpec<unknown>; module: string }>();
  private readonly queries = new Map<string, QuerySpec>();

  constructor(modules: readonly ModuleDefinition[]) {
    for (const m of modules) {
      for (const spec of m.msgs ?? []) {
        if (this.msgs.has(spec.typeUrl)) throw ErrLogic.raise(`duplicate message route ${spec.typeUrl}`);
        this.msgs.set(spec.typeUrl, { spec, module: m.name });
      }
      for (const q of m.queries ?? []) {
        if (this.queries.has(q.path)) throw ErrLogic.raise(`duplicate query route ${q.path}`);
        this.queries.set(q.path, q);
      }
    }
  }

  msg(typeUrl: string): MsgSpec<unknown> | undefined {
    return this.msgs.get(typeUrl)?.spec;
  }

  moduleOf(typeUrl: string): string {
    return this.msgs.get(typeUrl)?.module ?? "";
  }

  query(path: string): QuerySpec | undefined {
    return this.queries.get(path);
  }

  queryPaths(): string[] {
    return [...this.queries.keys()].sort();
  }

  msgTypeUrls(): string[] {
    return [...this.msgs.keys()].sort();
  }
}
