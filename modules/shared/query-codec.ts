import { ErrInvalidRequest } from "../../chain/errors/index.js";

/** Decodes a gRPC request body; malformed bytes are the caller's error (code 18), not a crash. */
export function decodeRequest<T>(codec: { decode(b: Uint8Array): T }, data: Uint8Array): T {
  try {
    return codec.decode(data);
  } catch (e) {
    throw ErrInvalidRequest.raise(`cannot decode query request: ${(e as Error).message}`);
  }
}
