import type { Context } from "../../chain/app/context.js";
import { makeEvent } from "../../chain/events/types.js";

/** Emits a typed market event `pogcs.market.v1.<name>`. */
export function emitMarket(ctx: Context, name: string, attrs: Array<[string, string | bigint | number | boolean]>): void {
  ctx.emit(makeEvent(`pogcs.market.v1.${name}`, attrs.map(([k, v]) => [k, String(v)])));
}
