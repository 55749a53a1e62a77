/** JSON-RPC 2.0 error codes as CometBFT uses them; always sent with HTTP 200 (CosmJS drops bodies of 4xx/5xx). */
export const PARSE_ERROR = -32700;
export const INVALID_REQUEST = -32600;
export const METHOD_NOT_FOUND = -32601;
export const INVALID_PARAMS = -32602;
export const INTERNAL_ERROR = -32603;
export const SERVER_ERROR = -32000;

const MESSAGES: Record<number, string> = {
  [PARSE_ERROR]: "Parse error. Invalid JSON",
  [INVALID_REQUEST]: "Invalid Request",
  [METHOD_NOT_FOUND]: "Method not found",
  [INVALID_PARAMS]: "Invalid params",
  [INTERNAL_ERROR]: "Internal error",
  [SERVER_ERROR]: "Server error",
};

export class RpcError extends Error {
  constructor(
    readonly code: number,
    readonly data: string,
  ) {
    super(MESSAGES[code] ?? "Server error");
    this.name = "RpcError";
  }
}

export const invalidParams = (data: string) => new RpcError(INVALID_PARAMS, data);
export const internalError = (data: string) => new RpcError(INTERNAL_ERROR, data);
