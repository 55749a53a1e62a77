import { RestError, GRPC } from "../errors.js";
import type { Codec, GrpcRoute, Params } from "../routes.js";

/** Helpers shared by the PoGCS REST route tables (protobufjs codecs, path and query parsing). */

/** A protobufjs static message class, seen as the gateway's Codec. */
interface PbType {
  fromObject(o: Record<string, unknown>): unknown;
  encode(m: never): { finish(): Uint8Array };
  decode(b: Uint8Array): unknown;
  toObject(m: never, o: Record<string, unknown>): unknown;
}

export function pb(t: unknown): Codec {
  const T = t as PbType;
  return {
    fromPartial: (o: never) => T.fromObject(o as Record<string, unknown>),
    encode: (m: never) => T.encode(m),
    decode: (b: Uint8Array) => T.decode(b),
    toJSON: (m: never) => T.toObject(m, { longs: String, enums: String, bytes: String, defaults: true }),
  };
}

/** A uint64 path or query value, kept as its decimal string. */
export function uint(v: string | undefined, name: string): string {
  if (v === undefined || !/^[0-9]{1,20}$/.test(v)) throw new RestError(GRPC.INVALID_ARGUMENT, `${name} must be a non-negative integer`);
  return v;
}

/** An optional uint64 query value: absent or empty is undefined. */
export function optUint(q: Params, name: string): string | undefined {
  return q[name] === undefined || q[name] === "" ? undefined : uint(q[name], name);
}

/** `?page.offset=&page.limit=` as the modules' PageRequest; absent or empty fields are 0. */
export function page(q: Params): Record<string, unknown> | undefined {
  if (q["page.offset"] === undefined && q["page.limit"] === undefined) return undefined;
  return { offset: optUint(q, "page.offset") ?? "0", limit: optUint(q, "page.limit") ?? "0" };
}

/** H3 cells are usually written in hex (8828308281fffff); decimal is accepted too. */
export function h3Cell(v: string | undefined): string {
  if (v && /^(0x)?[0-9a-fA-F]{15,16}$/.test(v) && !/^[0-9]+$/.test(v)) return BigInt(`0x${v.replace(/^0x/, "")}`).toString();
  return uint(v, "h3_cell");
}

/** The route maker of one gRPC query service (`pogcs.<module>.v1.Query`). */
export function routeMaker(service: string) {
  return (url: string, method: string, req: unknown, res: unknown, build: GrpcRoute["build"]): GrpcRoute => ({
    url,
    path: `/${service}/${method}`,
    req: pb(req),
    res: pb(res),
    build,
  });
}
