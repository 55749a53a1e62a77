import { ErrInvalidRequest } from "../errors/index.js";

/**
 * `MsgSpec.decode` for a protobuf codec: malformed bytes become ErrInvalidRequest (sdk code 18,
 * "cannot decode message: ...") instead of a bare exception.
 */
export function msgDecoder<T>(codec: { decode(b: Uint8Array): T }): (b: Uint8Array) => T {
  return (b) => {
    try {
      return codec.decode(b);
    } catch (e) {
      throw ErrInvalidRequest.raise(`cannot decode message: ${(e as Error).message}`);
    }
  };
}
