import * as $protobuf from "protobufjs";
import Long = require("long");
/** Namespace pogcs. */
export namespace pogcs {

    /** Namespace app. */
    namespace app {

        /** Namespace v1. */
        namespace v1 {

            /** Properties of a QueryInvariantsRequest. */
            interface IQueryInvariantsRequest {
            }

            /** Represents a QueryInvariantsRequest. */
            class QueryInvariantsRequest implements IQueryInvariantsRequest {

                /**
                 * Constructs a new QueryInvariantsRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.app.v1.IQueryInvariantsRequest);

                /**
                 * Creates a new QueryInvariantsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryInvariantsRequest instance
                 */
                public static create(properties?: pogcs.app.v1.IQueryInvariantsRequest): pogcs.app.v1.QueryInvariantsRequest;

                /**
                 * Encodes the specified QueryInvariantsRequest message. Does not implicitly {@link pogcs.app.v1.QueryInvariantsRequest.verify|verify} messages.
                 * @param m QueryInvariantsRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.app.v1.IQueryInvariantsRequest, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryInvariantsRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryInvariantsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.app.v1.QueryInvariantsRequest;

                /**
                 * Creates a QueryInvariantsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryInvariantsRequest
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.app.v1.QueryInvariantsRequest;

                /**
                 * Creates a plain object from a QueryInvariantsRequest message. Also converts values to other types if specified.
                 * @param m QueryInvariantsRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.app.v1.QueryInvariantsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryInvariantsRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryInvariantsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryInvariantsResponse. */
            interface IQueryInvariantsResponse {

                /** QueryInvariantsResponse broken */
                broken?: (string[]|null);

                /** QueryInvariantsResponse checked */
                checked?: (number|null);
            }

            /** Represents a QueryInvariantsResponse. */
            class QueryInvariantsResponse implements IQueryInvariantsResponse {

                /**
                 * Constructs a new QueryInvariantsResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.app.v1.IQueryInvariantsResponse);

                /** QueryInvariantsResponse broken. */
                public broken: string[];

                /** QueryInvariantsResponse checked. */
                public checked: number;

                /**
                 * Creates a new QueryInvariantsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryInvariantsResponse instance
                 */
                public static create(properties?: pogcs.app.v1.IQueryInvariantsResponse): pogcs.app.v1.QueryInvariantsResponse;

                /**
                 * Encodes the specified QueryInvariantsResponse message. Does not implicitly {@link pogcs.app.v1.QueryInvariantsResponse.verify|verify} messages.
                 * @param m QueryInvariantsResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.app.v1.IQueryInvariantsResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryInvariantsResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryInvariantsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.app.v1.QueryInvariantsResponse;

                /**
                 * Creates a QueryInvariantsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryInvariantsResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.app.v1.QueryInvariantsResponse;

                /**
                 * Creates a plain object from a QueryInvariantsResponse message. Also converts values to other types if specified.
                 * @param m QueryInvariantsResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.app.v1.QueryInvariantsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryInvariantsResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryInvariantsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryMsgTypesRequest. */
            interface IQueryMsgTypesRequest {
            }

            /** Represents a QueryMsgTypesRequest. */
            class QueryMsgTypesRequest implements IQueryMsgTypesRequest {

                /**
                 * Constructs a new QueryMsgTypesRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.app.v1.IQueryMsgTypesRequest);

                /**
                 * Creates a new QueryMsgTypesRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryMsgTypesRequest instance
                 */
                public static create(properties?: pogcs.app.v1.IQueryMsgTypesRequest): pogcs.app.v1.QueryMsgTypesRequest;

                /**
                 * Encodes the specified QueryMsgTypesRequest message. Does not implicitly {@link pogcs.app.v1.QueryMsgTypesRequest.verify|verify} messages.
                 * @param m QueryMsgTypesRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.app.v1.IQueryMsgTypesRequest, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryMsgTypesRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryMsgTypesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.app.v1.QueryMsgTypesRequest;

                /**
                 * Creates a QueryMsgTypesRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryMsgTypesRequest
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.app.v1.QueryMsgTypesRequest;

                /**
                 * Creates a plain object from a QueryMsgTypesRequest message. Also converts values to other types if specified.
                 * @param m QueryMsgTypesRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.app.v1.QueryMsgTypesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryMsgTypesRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryMsgTypesRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryMsgTypesResponse. */
            interface IQueryMsgTypesResponse {

                /** QueryMsgTypesResponse typeUrls */
                typeUrls?: (string[]|null);
            }

            /** Represents a QueryMsgTypesResponse. */
            class QueryMsgTypesResponse implements IQueryMsgTypesResponse {

                /**
                 * Constructs a new QueryMsgTypesResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.app.v1.IQueryMsgTypesResponse);

                /** QueryMsgTypesResponse typeUrls. */
                public typeUrls: string[];

                /**
                 * Creates a new QueryMsgTypesResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryMsgTypesResponse instance
                 */
                public static create(properties?: pogcs.app.v1.IQueryMsgTypesResponse): pogcs.app.v1.QueryMsgTypesResponse;

                /**
                 * Encodes the specified QueryMsgTypesResponse message. Does not implicitly {@link pogcs.app.v1.QueryMsgTypesResponse.verify|verify} messages.
                 * @param m QueryMsgTypesResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.app.v1.IQueryMsgTypesResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryMsgTypesResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryMsgTypesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.app.v1.QueryMsgTypesResponse;

                /**
                 * Creates a QueryMsgTypesResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryMsgTypesResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.app.v1.QueryMsgTypesResponse;

                /**
                 * Creates a plain object from a QueryMsgTypesResponse message. Also converts values to other types if specified.
                 * @param m QueryMsgTypesResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.app.v1.QueryMsgTypesResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryMsgTypesResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryMsgTypesResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }
}
