import type { PageRequest, PageResponse } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import { ErrInvalidRequest } from "../../chain/errors/index.js";

export const DEFAULT_PAGE_LIMIT = 100n;
export const MAX_PAGE_LIMIT = 1000n;

/**
 * Cosmos-style offset pagination over an already key-ordered list. `key` pagination is served
 * as an opaque offset (the next_key we hand out is the decimal offset), which clients treat as opaque.
 */
export function paginate<T>(all: T[], req: PageRequest | undefined): { items: T[]; pagination: PageResponse } {
  let offset = req?.offset ?? 0n;
  if (req?.key && req.key.length > 0) {
    const s = new TextDecoder().decode(req.key);
    if (!/^[0-9]+$/.test(s)) throw ErrInvalidRequest.raise("invalid pagination key");
    offset = BigInt(s);
  }
  let limit = req?.limit && req.limit > 0n ? req.limit : DEFAULT_PAGE_LIMIT;
  if (limit > MAX_PAGE_LIMIT) limit = MAX_PAGE_LIMIT;
  const start = Number(offset);
  const end = start + Number(limit);
  const items = all.slice(start, end);
  const nextKey = end < all.length ? new TextEncoder().encode(String(end)) : new Uint8Array();
  return { items, pagination: { nextKey, total: req?.countTotal ? BigInt(all.length) : 0n } };
}
