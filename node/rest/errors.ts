/** gRPC status codes as grpc-gateway reports them in error bodies ({code, message, details}). */
export const GRPC = { OK: 0, INVALID_ARGUMENT: 3, NOT_FOUND: 5, INTERNAL: 13, UNIMPLEMENTED: 12, UNAVAILABLE: 14 } as const;

export const HTTP_OF_GRPC: Record<number, number> = { 0: 200, 3: 400, 5: 404, 12: 501, 13: 500, 14: 503 };

export class RestError extends Error {
  constructor(
    readonly grpcCode: number,
    message: string,
  ) {
    super(message);
    this.name = "RestError";
  }
}

/** Maps an app query failure (SDK codespace/code) to a gRPC status, as the SDK's gRPC gateway does. */
export function grpcCodeOfAppError(codespace: string, code: number): number {
  if (codespace === "sdk" && code === 22) return GRPC.NOT_FOUND;
  if (codespace === "sdk" && (code === 6 || code === 37)) return GRPC.UNIMPLEMENTED;
  if (codespace === "sdk" && (code === 7 || code === 10 || code === 18 || code === 26)) return GRPC.INVALID_ARGUMENT;
  return GRPC.INVALID_ARGUMENT;
}
