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

    /** Namespace devices. */
    namespace devices {

        /** Namespace v1. */
        namespace v1 {

            /** Properties of a PageReq. */
            interface IPageReq {

                /** PageReq offset */
                offset?: (Long|null);

                /** PageReq limit */
                limit?: (Long|null);
            }

            /** Represents a PageReq. */
            class PageReq implements IPageReq {

                /**
                 * Constructs a new PageReq.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IPageReq);

                /** PageReq offset. */
                public offset: Long;

                /** PageReq limit. */
                public limit: Long;

                /**
                 * Creates a new PageReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PageReq instance
                 */
                public static create(properties?: pogcs.devices.v1.IPageReq): pogcs.devices.v1.PageReq;

                /**
                 * Encodes the specified PageReq message. Does not implicitly {@link pogcs.devices.v1.PageReq.verify|verify} messages.
                 * @param m PageReq message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IPageReq, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PageReq message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns PageReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.PageReq;

                /**
                 * Creates a PageReq message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns PageReq
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.PageReq;

                /**
                 * Creates a plain object from a PageReq message. Also converts values to other types if specified.
                 * @param m PageReq
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.PageReq, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PageReq to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for PageReq
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a PageResp. */
            interface IPageResp {

                /** PageResp total */
                total?: (Long|null);

                /** PageResp nextOffset */
                nextOffset?: (Long|null);
            }

            /** Represents a PageResp. */
            class PageResp implements IPageResp {

                /**
                 * Constructs a new PageResp.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IPageResp);

                /** PageResp total. */
                public total: Long;

                /** PageResp nextOffset. */
                public nextOffset: Long;

                /**
                 * Creates a new PageResp instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PageResp instance
                 */
                public static create(properties?: pogcs.devices.v1.IPageResp): pogcs.devices.v1.PageResp;

                /**
                 * Encodes the specified PageResp message. Does not implicitly {@link pogcs.devices.v1.PageResp.verify|verify} messages.
                 * @param m PageResp message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IPageResp, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PageResp message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns PageResp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.PageResp;

                /**
                 * Creates a PageResp message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns PageResp
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.PageResp;

                /**
                 * Creates a plain object from a PageResp message. Also converts values to other types if specified.
                 * @param m PageResp
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.PageResp, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PageResp to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for PageResp
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryParamsRequest. */
            interface IQueryParamsRequest {
            }

            /** Represents a QueryParamsRequest. */
            class QueryParamsRequest implements IQueryParamsRequest {

                /**
                 * Constructs a new QueryParamsRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IQueryParamsRequest);

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsRequest instance
                 */
                public static create(properties?: pogcs.devices.v1.IQueryParamsRequest): pogcs.devices.v1.QueryParamsRequest;

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link pogcs.devices.v1.QueryParamsRequest.verify|verify} messages.
                 * @param m QueryParamsRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IQueryParamsRequest, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.QueryParamsRequest;

                /**
                 * Creates a QueryParamsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryParamsRequest
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.QueryParamsRequest;

                /**
                 * Creates a plain object from a QueryParamsRequest message. Also converts values to other types if specified.
                 * @param m QueryParamsRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.QueryParamsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryParamsRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryParamsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryParamsResponse. */
            interface IQueryParamsResponse {

                /** QueryParamsResponse params */
                params?: (pogcs.devices.v1.IParams|null);
            }

            /** Represents a QueryParamsResponse. */
            class QueryParamsResponse implements IQueryParamsResponse {

                /**
                 * Constructs a new QueryParamsResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IQueryParamsResponse);

                /** QueryParamsResponse params. */
                public params?: (pogcs.devices.v1.IParams|null);

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsResponse instance
                 */
                public static create(properties?: pogcs.devices.v1.IQueryParamsResponse): pogcs.devices.v1.QueryParamsResponse;

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link pogcs.devices.v1.QueryParamsResponse.verify|verify} messages.
                 * @param m QueryParamsResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IQueryParamsResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.QueryParamsResponse;

                /**
                 * Creates a QueryParamsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryParamsResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.QueryParamsResponse;

                /**
                 * Creates a plain object from a QueryParamsResponse message. Also converts values to other types if specified.
                 * @param m QueryParamsResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.QueryParamsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryParamsResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryParamsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryMakersRequest. */
            interface IQueryMakersRequest {
            }

            /** Represents a QueryMakersRequest. */
            class QueryMakersRequest implements IQueryMakersRequest {

                /**
                 * Constructs a new QueryMakersRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IQueryMakersRequest);

                /**
                 * Creates a new QueryMakersRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryMakersRequest instance
                 */
                public static create(properties?: pogcs.devices.v1.IQueryMakersRequest): pogcs.devices.v1.QueryMakersRequest;

                /**
                 * Encodes the specified QueryMakersRequest message. Does not implicitly {@link pogcs.devices.v1.QueryMakersRequest.verify|verify} messages.
                 * @param m QueryMakersRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IQueryMakersRequest, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryMakersRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryMakersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.QueryMakersRequest;

                /**
                 * Creates a QueryMakersRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryMakersRequest
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.QueryMakersRequest;

                /**
                 * Creates a plain object from a QueryMakersRequest message. Also converts values to other types if specified.
                 * @param m QueryMakersRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.QueryMakersRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryMakersRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryMakersRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryMakersResponse. */
            interface IQueryMakersResponse {

                /** QueryMakersResponse makers */
                makers?: (pogcs.devices.v1.IMaker[]|null);
            }

            /** Represents a QueryMakersResponse. */
            class QueryMakersResponse implements IQueryMakersResponse {

                /**
                 * Constructs a new QueryMakersResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IQueryMakersResponse);

                /** QueryMakersResponse makers. */
                public makers: pogcs.devices.v1.IMaker[];

                /**
                 * Creates a new QueryMakersResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryMakersResponse instance
                 */
                public static create(properties?: pogcs.devices.v1.IQueryMakersResponse): pogcs.devices.v1.QueryMakersResponse;

                /**
                 * Encodes the specified QueryMakersResponse message. Does not implicitly {@link pogcs.devices.v1.QueryMakersResponse.verify|verify} messages.
                 * @param m QueryMakersResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IQueryMakersResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryMakersResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryMakersResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.QueryMakersResponse;

                /**
                 * Creates a QueryMakersResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryMakersResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.QueryMakersResponse;

                /**
                 * Creates a plain object from a QueryMakersResponse message. Also converts values to other types if specified.
                 * @param m QueryMakersResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.QueryMakersResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryMakersResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryMakersResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryDeviceRequest. */
            interface IQueryDeviceRequest {

                /** QueryDeviceRequest deviceId */
                deviceId?: (Long|null);
            }

            /** Represents a QueryDeviceRequest. */
            class QueryDeviceRequest implements IQueryDeviceRequest {

                /**
                 * Constructs a new QueryDeviceRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IQueryDeviceRequest);

                /** QueryDeviceRequest deviceId. */
                public deviceId: Long;

                /**
                 * Creates a new QueryDeviceRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryDeviceRequest instance
                 */
                public static create(properties?: pogcs.devices.v1.IQueryDeviceRequest): pogcs.devices.v1.QueryDeviceRequest;

                /**
                 * Encodes the specified QueryDeviceRequest message. Does not implicitly {@link pogcs.devices.v1.QueryDeviceRequest.verify|verify} messages.
                 * @param m QueryDeviceRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IQueryDeviceRequest, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryDeviceRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryDeviceRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.QueryDeviceRequest;

                /**
                 * Creates a QueryDeviceRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryDeviceRequest
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.QueryDeviceRequest;

                /**
                 * Creates a plain object from a QueryDeviceRequest message. Also converts values to other types if specified.
                 * @param m QueryDeviceRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.QueryDeviceRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryDeviceRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryDeviceRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryDeviceResponse. */
            interface IQueryDeviceResponse {

                /** QueryDeviceResponse device */
                device?: (pogcs.devices.v1.IDevice|null);

                /** QueryDeviceResponse densityCount */
                densityCount?: (Long|null);

                /** QueryDeviceResponse densityCap */
                densityCap?: (number|null);
            }

            /** Represents a QueryDeviceResponse. */
            class QueryDeviceResponse implements IQueryDeviceResponse {

                /**
                 * Constructs a new QueryDeviceResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IQueryDeviceResponse);

                /** QueryDeviceResponse device. */
                public device?: (pogcs.devices.v1.IDevice|null);

                /** QueryDeviceResponse densityCount. */
                public densityCount: Long;

                /** QueryDeviceResponse densityCap. */
                public densityCap: number;

                /**
                 * Creates a new QueryDeviceResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryDeviceResponse instance
                 */
                public static create(properties?: pogcs.devices.v1.IQueryDeviceResponse): pogcs.devices.v1.QueryDeviceResponse;

                /**
                 * Encodes the specified QueryDeviceResponse message. Does not implicitly {@link pogcs.devices.v1.QueryDeviceResponse.verify|verify} messages.
                 * @param m QueryDeviceResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IQueryDeviceResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryDeviceResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryDeviceResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.QueryDeviceResponse;

                /**
                 * Creates a QueryDeviceResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryDeviceResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.QueryDeviceResponse;

                /**
                 * Creates a plain object from a QueryDeviceResponse message. Also converts values to other types if specified.
                 * @param m QueryDeviceResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.QueryDeviceResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryDeviceResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryDeviceResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryDevicesByOwnerRequest. */
            interface IQueryDevicesByOwnerRequest {

                /** QueryDevicesByOwnerRequest owner */
                owner?: (string|null);

                /** QueryDevicesByOwnerRequest page */
                page?: (pogcs.devices.v1.IPageReq|null);
            }

            /** Represents a QueryDevicesByOwnerRequest. */
            class QueryDevicesByOwnerRequest implements IQueryDevicesByOwnerRequest {

                /**
                 * Constructs a new QueryDevicesByOwnerRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IQueryDevicesByOwnerRequest);

                /** QueryDevicesByOwnerRequest owner. */
                public owner: string;

                /** QueryDevicesByOwnerRequest page. */
                public page?: (pogcs.devices.v1.IPageReq|null);

                /**
                 * Creates a new QueryDevicesByOwnerRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryDevicesByOwnerRequest instance
                 */
                public static create(properties?: pogcs.devices.v1.IQueryDevicesByOwnerRequest): pogcs.devices.v1.QueryDevicesByOwnerRequest;

                /**
                 * Encodes the specified QueryDevicesByOwnerRequest message. Does not implicitly {@link pogcs.devices.v1.QueryDevicesByOwnerRequest.verify|verify} messages.
                 * @param m QueryDevicesByOwnerRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IQueryDevicesByOwnerRequest, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryDevicesByOwnerRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryDevicesByOwnerRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.QueryDevicesByOwnerRequest;

                /**
                 * Creates a QueryDevicesByOwnerRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryDevicesByOwnerRequest
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.QueryDevicesByOwnerRequest;

                /**
                 * Creates a plain object from a QueryDevicesByOwnerRequest message. Also converts values to other types if specified.
                 * @param m QueryDevicesByOwnerRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.QueryDevicesByOwnerRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryDevicesByOwnerRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryDevicesByOwnerRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryDevicesByCellRequest. */
            interface IQueryDevicesByCellRequest {

                /** QueryDevicesByCellRequest h3Cell */
                h3Cell?: (Long|null);

                /** QueryDevicesByCellRequest page */
                page?: (pogcs.devices.v1.IPageReq|null);
            }

            /** Represents a QueryDevicesByCellRequest. */
            class QueryDevicesByCellRequest implements IQueryDevicesByCellRequest {

                /**
                 * Constructs a new QueryDevicesByCellRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IQueryDevicesByCellRequest);

                /** QueryDevicesByCellRequest h3Cell. */
                public h3Cell: Long;

                /** QueryDevicesByCellRequest page. */
                public page?: (pogcs.devices.v1.IPageReq|null);

                /**
                 * Creates a new QueryDevicesByCellRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryDevicesByCellRequest instance
                 */
                public static create(properties?: pogcs.devices.v1.IQueryDevicesByCellRequest): pogcs.devices.v1.QueryDevicesByCellRequest;

                /**
                 * Encodes the specified QueryDevicesByCellRequest message. Does not implicitly {@link pogcs.devices.v1.QueryDevicesByCellRequest.verify|verify} messages.
                 * @param m QueryDevicesByCellRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IQueryDevicesByCellRequest, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryDevicesByCellRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryDevicesByCellRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.QueryDevicesByCellRequest;

                /**
                 * Creates a QueryDevicesByCellRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryDevicesByCellRequest
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.QueryDevicesByCellRequest;

                /**
                 * Creates a plain object from a QueryDevicesByCellRequest message. Also converts values to other types if specified.
                 * @param m QueryDevicesByCellRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.QueryDevicesByCellRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryDevicesByCellRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryDevicesByCellRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryDevicesByClassRequest. */
            interface IQueryDevicesByClassRequest {

                /** QueryDevicesByClassRequest class */
                "class"?: (pogcs.devices.v1.DeviceClass|null);

                /** QueryDevicesByClassRequest page */
                page?: (pogcs.devices.v1.IPageReq|null);
            }

            /** Represents a QueryDevicesByClassRequest. */
            class QueryDevicesByClassRequest implements IQueryDevicesByClassRequest {

                /**
                 * Constructs a new QueryDevicesByClassRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IQueryDevicesByClassRequest);

                /** QueryDevicesByClassRequest class. */
                public class: pogcs.devices.v1.DeviceClass;

                /** QueryDevicesByClassRequest page. */
                public page?: (pogcs.devices.v1.IPageReq|null);

                /**
                 * Creates a new QueryDevicesByClassRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryDevicesByClassRequest instance
                 */
                public static create(properties?: pogcs.devices.v1.IQueryDevicesByClassRequest): pogcs.devices.v1.QueryDevicesByClassRequest;

                /**
                 * Encodes the specified QueryDevicesByClassRequest message. Does not implicitly {@link pogcs.devices.v1.QueryDevicesByClassRequest.verify|verify} messages.
                 * @param m QueryDevicesByClassRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IQueryDevicesByClassRequest, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryDevicesByClassRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryDevicesByClassRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.QueryDevicesByClassRequest;

                /**
                 * Creates a QueryDevicesByClassRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryDevicesByClassRequest
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.QueryDevicesByClassRequest;

                /**
                 * Creates a plain object from a QueryDevicesByClassRequest message. Also converts values to other types if specified.
                 * @param m QueryDevicesByClassRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.QueryDevicesByClassRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryDevicesByClassRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryDevicesByClassRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryDevicesResponse. */
            interface IQueryDevicesResponse {

                /** QueryDevicesResponse devices */
                devices?: (pogcs.devices.v1.IDevice[]|null);

                /** QueryDevicesResponse page */
                page?: (pogcs.devices.v1.IPageResp|null);
            }

            /** Represents a QueryDevicesResponse. */
            class QueryDevicesResponse implements IQueryDevicesResponse {

                /**
                 * Constructs a new QueryDevicesResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IQueryDevicesResponse);

                /** QueryDevicesResponse devices. */
                public devices: pogcs.devices.v1.IDevice[];

                /** QueryDevicesResponse page. */
                public page?: (pogcs.devices.v1.IPageResp|null);

                /**
                 * Creates a new QueryDevicesResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryDevicesResponse instance
                 */
                public static create(properties?: pogcs.devices.v1.IQueryDevicesResponse): pogcs.devices.v1.QueryDevicesResponse;

                /**
                 * Encodes the specified QueryDevicesResponse message. Does not implicitly {@link pogcs.devices.v1.QueryDevicesResponse.verify|verify} messages.
                 * @param m QueryDevicesResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IQueryDevicesResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryDevicesResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryDevicesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.QueryDevicesResponse;

                /**
                 * Creates a QueryDevicesResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryDevicesResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.QueryDevicesResponse;

                /**
                 * Creates a plain object from a QueryDevicesResponse message. Also converts values to other types if specified.
                 * @param m QueryDevicesResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.QueryDevicesResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryDevicesResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryDevicesResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an EpochHistoryEntry. */
            interface IEpochHistoryEntry {

                /** EpochHistoryEntry epoch */
                epoch?: (Long|null);

                /** EpochHistoryEntry report */
                report?: (pogcs.devices.v1.IReportRecord|null);

                /** EpochHistoryEntry challenge */
                challenge?: (pogcs.devices.v1.IChallenge|null);
            }

            /** Represents an EpochHistoryEntry. */
            class EpochHistoryEntry implements IEpochHistoryEntry {

                /**
                 * Constructs a new EpochHistoryEntry.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IEpochHistoryEntry);

                /** EpochHistoryEntry epoch. */
                public epoch: Long;

                /** EpochHistoryEntry report. */
                public report?: (pogcs.devices.v1.IReportRecord|null);

                /** EpochHistoryEntry challenge. */
                public challenge?: (pogcs.devices.v1.IChallenge|null);

                /**
                 * Creates a new EpochHistoryEntry instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EpochHistoryEntry instance
                 */
                public static create(properties?: pogcs.devices.v1.IEpochHistoryEntry): pogcs.devices.v1.EpochHistoryEntry;

                /**
                 * Encodes the specified EpochHistoryEntry message. Does not implicitly {@link pogcs.devices.v1.EpochHistoryEntry.verify|verify} messages.
                 * @param m EpochHistoryEntry message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IEpochHistoryEntry, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EpochHistoryEntry message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns EpochHistoryEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.EpochHistoryEntry;

                /**
                 * Creates an EpochHistoryEntry message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns EpochHistoryEntry
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.EpochHistoryEntry;

                /**
                 * Creates a plain object from an EpochHistoryEntry message. Also converts values to other types if specified.
                 * @param m EpochHistoryEntry
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.EpochHistoryEntry, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EpochHistoryEntry to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for EpochHistoryEntry
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryDeviceHistoryRequest. */
            interface IQueryDeviceHistoryRequest {

                /** QueryDeviceHistoryRequest deviceId */
                deviceId?: (Long|null);

                /** QueryDeviceHistoryRequest page */
                page?: (pogcs.devices.v1.IPageReq|null);
            }

            /** Represents a QueryDeviceHistoryRequest. */
            class QueryDeviceHistoryRequest implements IQueryDeviceHistoryRequest {

                /**
                 * Constructs a new QueryDeviceHistoryRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IQueryDeviceHistoryRequest);

                /** QueryDeviceHistoryRequest deviceId. */
                public deviceId: Long;

                /** QueryDeviceHistoryRequest page. */
                public page?: (pogcs.devices.v1.IPageReq|null);

                /**
                 * Creates a new QueryDeviceHistoryRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryDeviceHistoryRequest instance
                 */
                public static create(properties?: pogcs.devices.v1.IQueryDeviceHistoryRequest): pogcs.devices.v1.QueryDeviceHistoryRequest;

                /**
                 * Encodes the specified QueryDeviceHistoryRequest message. Does not implicitly {@link pogcs.devices.v1.QueryDeviceHistoryRequest.verify|verify} messages.
                 * @param m QueryDeviceHistoryRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IQueryDeviceHistoryRequest, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryDeviceHistoryRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryDeviceHistoryRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.QueryDeviceHistoryRequest;

                /**
                 * Creates a QueryDeviceHistoryRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryDeviceHistoryRequest
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.QueryDeviceHistoryRequest;

                /**
                 * Creates a plain object from a QueryDeviceHistoryRequest message. Also converts values to other types if specified.
                 * @param m QueryDeviceHistoryRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.QueryDeviceHistoryRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryDeviceHistoryRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryDeviceHistoryRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryDeviceHistoryResponse. */
            interface IQueryDeviceHistoryResponse {

                /** QueryDeviceHistoryResponse score */
                score?: (number|null);

                /** QueryDeviceHistoryResponse flagged */
                flagged?: (boolean|null);

                /** QueryDeviceHistoryResponse entries */
                entries?: (pogcs.devices.v1.IEpochHistoryEntry[]|null);

                /** QueryDeviceHistoryResponse page */
                page?: (pogcs.devices.v1.IPageResp|null);
            }

            /** Represents a QueryDeviceHistoryResponse. */
            class QueryDeviceHistoryResponse implements IQueryDeviceHistoryResponse {

                /**
                 * Constructs a new QueryDeviceHistoryResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IQueryDeviceHistoryResponse);

                /** QueryDeviceHistoryResponse score. */
                public score: number;

                /** QueryDeviceHistoryResponse flagged. */
                public flagged: boolean;

                /** QueryDeviceHistoryResponse entries. */
                public entries: pogcs.devices.v1.IEpochHistoryEntry[];

                /** QueryDeviceHistoryResponse page. */
                public page?: (pogcs.devices.v1.IPageResp|null);

                /**
                 * Creates a new QueryDeviceHistoryResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryDeviceHistoryResponse instance
                 */
                public static create(properties?: pogcs.devices.v1.IQueryDeviceHistoryResponse): pogcs.devices.v1.QueryDeviceHistoryResponse;

                /**
                 * Encodes the specified QueryDeviceHistoryResponse message. Does not implicitly {@link pogcs.devices.v1.QueryDeviceHistoryResponse.verify|verify} messages.
                 * @param m QueryDeviceHistoryResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IQueryDeviceHistoryResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryDeviceHistoryResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryDeviceHistoryResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.QueryDeviceHistoryResponse;

                /**
                 * Creates a QueryDeviceHistoryResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryDeviceHistoryResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.QueryDeviceHistoryResponse;

                /**
                 * Creates a plain object from a QueryDeviceHistoryResponse message. Also converts values to other types if specified.
                 * @param m QueryDeviceHistoryResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.QueryDeviceHistoryResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryDeviceHistoryResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryDeviceHistoryResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryChallengeRequest. */
            interface IQueryChallengeRequest {

                /** QueryChallengeRequest deviceId */
                deviceId?: (Long|null);

                /** QueryChallengeRequest epoch */
                epoch?: (Long|null);
            }

            /** Represents a QueryChallengeRequest. */
            class QueryChallengeRequest implements IQueryChallengeRequest {

                /**
                 * Constructs a new QueryChallengeRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IQueryChallengeRequest);

                /** QueryChallengeRequest deviceId. */
                public deviceId: Long;

                /** QueryChallengeRequest epoch. */
                public epoch: Long;

                /**
                 * Creates a new QueryChallengeRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryChallengeRequest instance
                 */
                public static create(properties?: pogcs.devices.v1.IQueryChallengeRequest): pogcs.devices.v1.QueryChallengeRequest;

                /**
                 * Encodes the specified QueryChallengeRequest message. Does not implicitly {@link pogcs.devices.v1.QueryChallengeRequest.verify|verify} messages.
                 * @param m QueryChallengeRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IQueryChallengeRequest, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryChallengeRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryChallengeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.QueryChallengeRequest;

                /**
                 * Creates a QueryChallengeRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryChallengeRequest
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.QueryChallengeRequest;

                /**
                 * Creates a plain object from a QueryChallengeRequest message. Also converts values to other types if specified.
                 * @param m QueryChallengeRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.QueryChallengeRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryChallengeRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryChallengeRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryChallengeResponse. */
            interface IQueryChallengeResponse {

                /** QueryChallengeResponse challenge */
                challenge?: (pogcs.devices.v1.IChallenge|null);
            }

            /** Represents a QueryChallengeResponse. */
            class QueryChallengeResponse implements IQueryChallengeResponse {

                /**
                 * Constructs a new QueryChallengeResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IQueryChallengeResponse);

                /** QueryChallengeResponse challenge. */
                public challenge?: (pogcs.devices.v1.IChallenge|null);

                /**
                 * Creates a new QueryChallengeResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryChallengeResponse instance
                 */
                public static create(properties?: pogcs.devices.v1.IQueryChallengeResponse): pogcs.devices.v1.QueryChallengeResponse;

                /**
                 * Encodes the specified QueryChallengeResponse message. Does not implicitly {@link pogcs.devices.v1.QueryChallengeResponse.verify|verify} messages.
                 * @param m QueryChallengeResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IQueryChallengeResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryChallengeResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryChallengeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.QueryChallengeResponse;

                /**
                 * Creates a QueryChallengeResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryChallengeResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.QueryChallengeResponse;

                /**
                 * Creates a plain object from a QueryChallengeResponse message. Also converts values to other types if specified.
                 * @param m QueryChallengeResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.QueryChallengeResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryChallengeResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryChallengeResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryEpochInfoRequest. */
            interface IQueryEpochInfoRequest {

                /** QueryEpochInfoRequest epoch */
                epoch?: (Long|null);

                /** QueryEpochInfoRequest current */
                current?: (boolean|null);
            }

            /** Represents a QueryEpochInfoRequest. */
            class QueryEpochInfoRequest implements IQueryEpochInfoRequest {

                /**
                 * Constructs a new QueryEpochInfoRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IQueryEpochInfoRequest);

                /** QueryEpochInfoRequest epoch. */
                public epoch: Long;

                /** QueryEpochInfoRequest current. */
                public current: boolean;

                /**
                 * Creates a new QueryEpochInfoRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryEpochInfoRequest instance
                 */
                public static create(properties?: pogcs.devices.v1.IQueryEpochInfoRequest): pogcs.devices.v1.QueryEpochInfoRequest;

                /**
                 * Encodes the specified QueryEpochInfoRequest message. Does not implicitly {@link pogcs.devices.v1.QueryEpochInfoRequest.verify|verify} messages.
                 * @param m QueryEpochInfoRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IQueryEpochInfoRequest, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryEpochInfoRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryEpochInfoRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.QueryEpochInfoRequest;

                /**
                 * Creates a QueryEpochInfoRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryEpochInfoRequest
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.QueryEpochInfoRequest;

                /**
                 * Creates a plain object from a QueryEpochInfoRequest message. Also converts values to other types if specified.
                 * @param m QueryEpochInfoRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.QueryEpochInfoRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryEpochInfoRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryEpochInfoRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryEpochInfoResponse. */
            interface IQueryEpochInfoResponse {

                /** QueryEpochInfoResponse currentEpoch */
                currentEpoch?: (Long|null);

                /** QueryEpochInfoResponse epochLength */
                epochLength?: (Long|null);

                /** QueryEpochInfoResponse record */
                record?: (pogcs.devices.v1.IEpochRecord|null);
            }

            /** Represents a QueryEpochInfoResponse. */
            class QueryEpochInfoResponse implements IQueryEpochInfoResponse {

                /**
                 * Constructs a new QueryEpochInfoResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IQueryEpochInfoResponse);

                /** QueryEpochInfoResponse currentEpoch. */
                public currentEpoch: Long;

                /** QueryEpochInfoResponse epochLength. */
                public epochLength: Long;

                /** QueryEpochInfoResponse record. */
                public record?: (pogcs.devices.v1.IEpochRecord|null);

                /**
                 * Creates a new QueryEpochInfoResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryEpochInfoResponse instance
                 */
                public static create(properties?: pogcs.devices.v1.IQueryEpochInfoResponse): pogcs.devices.v1.QueryEpochInfoResponse;

                /**
                 * Encodes the specified QueryEpochInfoResponse message. Does not implicitly {@link pogcs.devices.v1.QueryEpochInfoResponse.verify|verify} messages.
                 * @param m QueryEpochInfoResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IQueryEpochInfoResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryEpochInfoResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryEpochInfoResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.QueryEpochInfoResponse;

                /**
                 * Creates a QueryEpochInfoResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryEpochInfoResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.QueryEpochInfoResponse;

                /**
                 * Creates a plain object from a QueryEpochInfoResponse message. Also converts values to other types if specified.
                 * @param m QueryEpochInfoResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.QueryEpochInfoResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryEpochInfoResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryEpochInfoResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** DeviceClass enum. */
            enum DeviceClass {
                DEVICE_CLASS_UNSPECIFIED = 0,
                DEVICE_CLASS_SOLAR = 1,
                DEVICE_CLASS_STORAGE = 2,
                DEVICE_CLASS_GPU = 3,
                DEVICE_CLASS_COMBINED = 4
            }

            /** Properties of a Maker. */
            interface IMaker {

                /** Maker id */
                id?: (string|null);

                /** Maker name */
                name?: (string|null);

                /** Maker pubkey */
                pubkey?: (Uint8Array|null);

                /** Maker classes */
                classes?: (pogcs.devices.v1.DeviceClass[]|null);
            }

            /** Represents a Maker. */
            class Maker implements IMaker {

                /**
                 * Constructs a new Maker.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IMaker);

                /** Maker id. */
                public id: string;

                /** Maker name. */
                public name: string;

                /** Maker pubkey. */
                public pubkey: Uint8Array;

                /** Maker classes. */
                public classes: pogcs.devices.v1.DeviceClass[];

                /**
                 * Creates a new Maker instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Maker instance
                 */
                public static create(properties?: pogcs.devices.v1.IMaker): pogcs.devices.v1.Maker;

                /**
                 * Encodes the specified Maker message. Does not implicitly {@link pogcs.devices.v1.Maker.verify|verify} messages.
                 * @param m Maker message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IMaker, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Maker message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns Maker
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.Maker;

                /**
                 * Creates a Maker message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Maker
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.Maker;

                /**
                 * Creates a plain object from a Maker message. Also converts values to other types if specified.
                 * @param m Maker
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.Maker, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Maker to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Maker
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CapacitySpecs. */
            interface ICapacitySpecs {

                /** CapacitySpecs solarPeakW */
                solarPeakW?: (Long|null);

                /** CapacitySpecs storageWh */
                storageWh?: (Long|null);

                /** CapacitySpecs gpuModel */
                gpuModel?: (string|null);

                /** CapacitySpecs gpuCount */
                gpuCount?: (number|null);

                /** CapacitySpecs fp32TflopsMilli */
                fp32TflopsMilli?: (Long|null);
            }

            /** Represents a CapacitySpecs. */
            class CapacitySpecs implements ICapacitySpecs {

                /**
                 * Constructs a new CapacitySpecs.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.ICapacitySpecs);

                /** CapacitySpecs solarPeakW. */
                public solarPeakW: Long;

                /** CapacitySpecs storageWh. */
                public storageWh: Long;

                /** CapacitySpecs gpuModel. */
                public gpuModel: string;

                /** CapacitySpecs gpuCount. */
                public gpuCount: number;

                /** CapacitySpecs fp32TflopsMilli. */
                public fp32TflopsMilli: Long;

                /**
                 * Creates a new CapacitySpecs instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CapacitySpecs instance
                 */
                public static create(properties?: pogcs.devices.v1.ICapacitySpecs): pogcs.devices.v1.CapacitySpecs;

                /**
                 * Encodes the specified CapacitySpecs message. Does not implicitly {@link pogcs.devices.v1.CapacitySpecs.verify|verify} messages.
                 * @param m CapacitySpecs message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.ICapacitySpecs, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CapacitySpecs message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns CapacitySpecs
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.CapacitySpecs;

                /**
                 * Creates a CapacitySpecs message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns CapacitySpecs
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.CapacitySpecs;

                /**
                 * Creates a plain object from a CapacitySpecs message. Also converts values to other types if specified.
                 * @param m CapacitySpecs
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.CapacitySpecs, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CapacitySpecs to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CapacitySpecs
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a LocationAddress. */
            interface ILocationAddress {

                /** LocationAddress h3Cell */
                h3Cell?: (Long|null);

                /** LocationAddress index */
                index?: (number|null);
            }

            /** Represents a LocationAddress. */
            class LocationAddress implements ILocationAddress {

                /**
                 * Constructs a new LocationAddress.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.ILocationAddress);

                /** LocationAddress h3Cell. */
                public h3Cell: Long;

                /** LocationAddress index. */
                public index: number;

                /**
                 * Creates a new LocationAddress instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns LocationAddress instance
                 */
                public static create(properties?: pogcs.devices.v1.ILocationAddress): pogcs.devices.v1.LocationAddress;

                /**
                 * Encodes the specified LocationAddress message. Does not implicitly {@link pogcs.devices.v1.LocationAddress.verify|verify} messages.
                 * @param m LocationAddress message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.ILocationAddress, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a LocationAddress message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns LocationAddress
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.LocationAddress;

                /**
                 * Creates a LocationAddress message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns LocationAddress
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.LocationAddress;

                /**
                 * Creates a plain object from a LocationAddress message. Also converts values to other types if specified.
                 * @param m LocationAddress
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.LocationAddress, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this LocationAddress to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for LocationAddress
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Device. */
            interface IDevice {

                /** Device id */
                id?: (Long|null);

                /** Device owner */
                owner?: (string|null);

                /** Device makerId */
                makerId?: (string|null);

                /** Device pubkey */
                pubkey?: (Uint8Array|null);

                /** Device class */
                "class"?: (pogcs.devices.v1.DeviceClass|null);

                /** Device capacity */
                capacity?: (pogcs.devices.v1.ICapacitySpecs|null);

                /** Device location */
                location?: (pogcs.devices.v1.ILocationAddress|null);

                /** Device registeredHeight */
                registeredHeight?: (Long|null);

                /** Device bond */
                bond?: (string|null);

                /** Device validator */
                validator?: (string|null);

                /** Device score */
                score?: (number|null);

                /** Device lastNonce */
                lastNonce?: (Long|null);

                /** Device flagged */
                flagged?: (boolean|null);

                /** Device flaggedHeight */
                flaggedHeight?: (Long|null);
            }

            /** Represents a Device. */
            class Device implements IDevice {

                /**
                 * Constructs a new Device.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IDevice);

                /** Device id. */
                public id: Long;

                /** Device owner. */
                public owner: string;

                /** Device makerId. */
                public makerId: string;

                /** Device pubkey. */
                public pubkey: Uint8Array;

                /** Device class. */
                public class: pogcs.devices.v1.DeviceClass;

                /** Device capacity. */
                public capacity?: (pogcs.devices.v1.ICapacitySpecs|null);

                /** Device location. */
                public location?: (pogcs.devices.v1.ILocationAddress|null);

                /** Device registeredHeight. */
                public registeredHeight: Long;

                /** Device bond. */
                public bond: string;

                /** Device validator. */
                public validator: string;

                /** Device score. */
                public score: number;

                /** Device lastNonce. */
                public lastNonce: Long;

                /** Device flagged. */
                public flagged: boolean;

                /** Device flaggedHeight. */
                public flaggedHeight: Long;

                /**
                 * Creates a new Device instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Device instance
                 */
                public static create(properties?: pogcs.devices.v1.IDevice): pogcs.devices.v1.Device;

                /**
                 * Encodes the specified Device message. Does not implicitly {@link pogcs.devices.v1.Device.verify|verify} messages.
                 * @param m Device message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IDevice, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Device message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns Device
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.Device;

                /**
                 * Creates a Device message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Device
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.Device;

                /**
                 * Creates a plain object from a Device message. Also converts values to other types if specified.
                 * @param m Device
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.Device, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Device to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Device
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a ReportBody. */
            interface IReportBody {

                /** ReportBody chainId */
                chainId?: (string|null);

                /** ReportBody deviceId */
                deviceId?: (Long|null);

                /** ReportBody epoch */
                epoch?: (Long|null);

                /** ReportBody energyProducedWh */
                energyProducedWh?: (Long|null);

                /** ReportBody energyConsumedWh */
                energyConsumedWh?: (Long|null);

                /** ReportBody greenWh */
                greenWh?: (Long|null);

                /** ReportBody gpuSeconds */
                gpuSeconds?: (Long|null);

                /** ReportBody uptimePermille */
                uptimePermille?: (number|null);

                /** ReportBody nonce */
                nonce?: (Long|null);
            }

            /** Represents a ReportBody. */
            class ReportBody implements IReportBody {

                /**
                 * Constructs a new ReportBody.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IReportBody);

                /** ReportBody chainId. */
                public chainId: string;

                /** ReportBody deviceId. */
                public deviceId: Long;

                /** ReportBody epoch. */
                public epoch: Long;

                /** ReportBody energyProducedWh. */
                public energyProducedWh: Long;

                /** ReportBody energyConsumedWh. */
                public energyConsumedWh: Long;

                /** ReportBody greenWh. */
                public greenWh: Long;

                /** ReportBody gpuSeconds. */
                public gpuSeconds: Long;

                /** ReportBody uptimePermille. */
                public uptimePermille: number;

                /** ReportBody nonce. */
                public nonce: Long;

                /**
                 * Creates a new ReportBody instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReportBody instance
                 */
                public static create(properties?: pogcs.devices.v1.IReportBody): pogcs.devices.v1.ReportBody;

                /**
                 * Encodes the specified ReportBody message. Does not implicitly {@link pogcs.devices.v1.ReportBody.verify|verify} messages.
                 * @param m ReportBody message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IReportBody, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReportBody message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns ReportBody
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.ReportBody;

                /**
                 * Creates a ReportBody message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ReportBody
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.ReportBody;

                /**
                 * Creates a plain object from a ReportBody message. Also converts values to other types if specified.
                 * @param m ReportBody
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.ReportBody, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ReportBody to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for ReportBody
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a ReportRecord. */
            interface IReportRecord {

                /** ReportRecord body */
                body?: (pogcs.devices.v1.IReportBody|null);

                /** ReportRecord bodyHash */
                bodyHash?: (Uint8Array|null);

                /** ReportRecord height */
                height?: (Long|null);
            }

            /** Represents a ReportRecord. */
            class ReportRecord implements IReportRecord {

                /**
                 * Constructs a new ReportRecord.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IReportRecord);

                /** ReportRecord body. */
                public body?: (pogcs.devices.v1.IReportBody|null);

                /** ReportRecord bodyHash. */
                public bodyHash: Uint8Array;

                /** ReportRecord height. */
                public height: Long;

                /**
                 * Creates a new ReportRecord instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReportRecord instance
                 */
                public static create(properties?: pogcs.devices.v1.IReportRecord): pogcs.devices.v1.ReportRecord;

                /**
                 * Encodes the specified ReportRecord message. Does not implicitly {@link pogcs.devices.v1.ReportRecord.verify|verify} messages.
                 * @param m ReportRecord message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IReportRecord, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReportRecord message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns ReportRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.ReportRecord;

                /**
                 * Creates a ReportRecord message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ReportRecord
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.ReportRecord;

                /**
                 * Creates a plain object from a ReportRecord message. Also converts values to other types if specified.
                 * @param m ReportRecord
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.ReportRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ReportRecord to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for ReportRecord
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** ChallengeStatus enum. */
            enum ChallengeStatus {
                CHALLENGE_STATUS_UNSPECIFIED = 0,
                CHALLENGE_STATUS_AWAITING_COMMIT = 1,
                CHALLENGE_STATUS_AWAITING_SAMPLE = 2,
                CHALLENGE_STATUS_AWAITING_REVEAL = 3,
                CHALLENGE_STATUS_PASSED = 4,
                CHALLENGE_STATUS_FAILED_LATE = 5,
                CHALLENGE_STATUS_FAILED_WRONG = 6
            }

            /** Properties of a Challenge. */
            interface IChallenge {

                /** Challenge deviceId */
                deviceId?: (Long|null);

                /** Challenge epoch */
                epoch?: (Long|null);

                /** Challenge seed */
                seed?: (Uint8Array|null);

                /** Challenge n */
                n?: (number|null);

                /** Challenge k */
                k?: (number|null);

                /** Challenge issuedHeight */
                issuedHeight?: (Long|null);

                /** Challenge commitDeadline */
                commitDeadline?: (Long|null);

                /** Challenge root */
                root?: (Uint8Array|null);

                /** Challenge commitHeight */
                commitHeight?: (Long|null);

                /** Challenge sampleHeight */
                sampleHeight?: (Long|null);

                /** Challenge sampledRows */
                sampledRows?: (number[]|null);

                /** Challenge revealDeadline */
                revealDeadline?: (Long|null);

                /** Challenge status */
                status?: (pogcs.devices.v1.ChallengeStatus|null);

                /** Challenge resolvedHeight */
                resolvedHeight?: (Long|null);

                /** Challenge scoreAfter */
                scoreAfter?: (number|null);
            }

            /** Represents a Challenge. */
            class Challenge implements IChallenge {

                /**
                 * Constructs a new Challenge.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IChallenge);

                /** Challenge deviceId. */
                public deviceId: Long;

                /** Challenge epoch. */
                public epoch: Long;

                /** Challenge seed. */
                public seed: Uint8Array;

                /** Challenge n. */
                public n: number;

                /** Challenge k. */
                public k: number;

                /** Challenge issuedHeight. */
                public issuedHeight: Long;

                /** Challenge commitDeadline. */
                public commitDeadline: Long;

                /** Challenge root. */
                public root: Uint8Array;

                /** Challenge commitHeight. */
                public commitHeight: Long;

                /** Challenge sampleHeight. */
                public sampleHeight: Long;

                /** Challenge sampledRows. */
                public sampledRows: number[];

                /** Challenge revealDeadline. */
                public revealDeadline: Long;

                /** Challenge status. */
                public status: pogcs.devices.v1.ChallengeStatus;

                /** Challenge resolvedHeight. */
                public resolvedHeight: Long;

                /** Challenge scoreAfter. */
                public scoreAfter: number;

                /**
                 * Creates a new Challenge instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Challenge instance
                 */
                public static create(properties?: pogcs.devices.v1.IChallenge): pogcs.devices.v1.Challenge;

                /**
                 * Encodes the specified Challenge message. Does not implicitly {@link pogcs.devices.v1.Challenge.verify|verify} messages.
                 * @param m Challenge message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IChallenge, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Challenge message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns Challenge
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.Challenge;

                /**
                 * Creates a Challenge message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Challenge
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.Challenge;

                /**
                 * Creates a plain object from a Challenge message. Also converts values to other types if specified.
                 * @param m Challenge
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.Challenge, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Challenge to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Challenge
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an Unbonding. */
            interface IUnbonding {

                /** Unbonding deviceId */
                deviceId?: (Long|null);

                /** Unbonding owner */
                owner?: (string|null);

                /** Unbonding amount */
                amount?: (string|null);

                /** Unbonding completionHeight */
                completionHeight?: (Long|null);
            }

            /** Represents an Unbonding. */
            class Unbonding implements IUnbonding {

                /**
                 * Constructs a new Unbonding.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IUnbonding);

                /** Unbonding deviceId. */
                public deviceId: Long;

                /** Unbonding owner. */
                public owner: string;

                /** Unbonding amount. */
                public amount: string;

                /** Unbonding completionHeight. */
                public completionHeight: Long;

                /**
                 * Creates a new Unbonding instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Unbonding instance
                 */
                public static create(properties?: pogcs.devices.v1.IUnbonding): pogcs.devices.v1.Unbonding;

                /**
                 * Encodes the specified Unbonding message. Does not implicitly {@link pogcs.devices.v1.Unbonding.verify|verify} messages.
                 * @param m Unbonding message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IUnbonding, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Unbonding message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns Unbonding
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.Unbonding;

                /**
                 * Creates an Unbonding message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Unbonding
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.Unbonding;

                /**
                 * Creates a plain object from an Unbonding message. Also converts values to other types if specified.
                 * @param m Unbonding
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.Unbonding, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Unbonding to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Unbonding
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an EpochRecord. */
            interface IEpochRecord {

                /** EpochRecord epoch */
                epoch?: (Long|null);

                /** EpochRecord startHeight */
                startHeight?: (Long|null);

                /** EpochRecord beacon */
                beacon?: (Uint8Array|null);

                /** EpochRecord challenged */
                challenged?: (Long[]|null);
            }

            /** Represents an EpochRecord. */
            class EpochRecord implements IEpochRecord {

                /**
                 * Constructs a new EpochRecord.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IEpochRecord);

                /** EpochRecord epoch. */
                public epoch: Long;

                /** EpochRecord startHeight. */
                public startHeight: Long;

                /** EpochRecord beacon. */
                public beacon: Uint8Array;

                /** EpochRecord challenged. */
                public challenged: Long[];

                /**
                 * Creates a new EpochRecord instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EpochRecord instance
                 */
                public static create(properties?: pogcs.devices.v1.IEpochRecord): pogcs.devices.v1.EpochRecord;

                /**
                 * Encodes the specified EpochRecord message. Does not implicitly {@link pogcs.devices.v1.EpochRecord.verify|verify} messages.
                 * @param m EpochRecord message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IEpochRecord, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EpochRecord message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns EpochRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.EpochRecord;

                /**
                 * Creates an EpochRecord message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns EpochRecord
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.EpochRecord;

                /**
                 * Creates a plain object from an EpochRecord message. Also converts values to other types if specified.
                 * @param m EpochRecord
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.EpochRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EpochRecord to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for EpochRecord
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Params. */
            interface IParams {

                /** Params epochLength */
                epochLength?: (Long|null);

                /** Params reportGraceBlocks */
                reportGraceBlocks?: (Long|null);

                /** Params bondDenom */
                bondDenom?: (string|null);

                /** Params minDeviceBond */
                minDeviceBond?: (string|null);

                /** Params unbondingBlocks */
                unbondingBlocks?: (Long|null);

                /** Params doubleReportSlashPermille */
                doubleReportSlashPermille?: (number|null);

                /** Params doubleReportRewardPermille */
                doubleReportRewardPermille?: (number|null);

                /** Params gPenaltyEpochs */
                gPenaltyEpochs?: (Long|null);

                /** Params challengePermille */
                challengePermille?: (number|null);

                /** Params challengeN */
                challengeN?: (number|null);

                /** Params challengeK */
                challengeK?: (number|null);

                /** Params commitWindowBlocks */
                commitWindowBlocks?: (Long|null);

                /** Params revealWindowBlocks */
                revealWindowBlocks?: (Long|null);

                /** Params sampleDelayBlocks */
                sampleDelayBlocks?: (Long|null);

                /** Params initialScore */
                initialScore?: (number|null);

                /** Params passBonus */
                passBonus?: (number|null);

                /** Params failNum */
                failNum?: (number|null);

                /** Params failDen */
                failDen?: (number|null);

                /** Params densityCap */
                densityCap?: (number|null);

                /** Params maxGpuSecondsPerGpu */
                maxGpuSecondsPerGpu?: (Long|null);

                /** Params verifyGasPer_1000Muladds */
                verifyGasPer_1000Muladds?: (Long|null);

                /** Params prngGasPerHash */
                prngGasPerHash?: (Long|null);

                /** Params maxChallengesPerEpoch */
                maxChallengesPerEpoch?: (Long|null);
            }

            /** Represents a Params. */
            class Params implements IParams {

                /**
                 * Constructs a new Params.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IParams);

                /** Params epochLength. */
                public epochLength: Long;

                /** Params reportGraceBlocks. */
                public reportGraceBlocks: Long;

                /** Params bondDenom. */
                public bondDenom: string;

                /** Params minDeviceBond. */
                public minDeviceBond: string;

                /** Params unbondingBlocks. */
                public unbondingBlocks: Long;

                /** Params doubleReportSlashPermille. */
                public doubleReportSlashPermille: number;

                /** Params doubleReportRewardPermille. */
                public doubleReportRewardPermille: number;

                /** Params gPenaltyEpochs. */
                public gPenaltyEpochs: Long;

                /** Params challengePermille. */
                public challengePermille: number;

                /** Params challengeN. */
                public challengeN: number;

                /** Params challengeK. */
                public challengeK: number;

                /** Params commitWindowBlocks. */
                public commitWindowBlocks: Long;

                /** Params revealWindowBlocks. */
                public revealWindowBlocks: Long;

                /** Params sampleDelayBlocks. */
                public sampleDelayBlocks: Long;

                /** Params initialScore. */
                public initialScore: number;

                /** Params passBonus. */
                public passBonus: number;

                /** Params failNum. */
                public failNum: number;

                /** Params failDen. */
                public failDen: number;

                /** Params densityCap. */
                public densityCap: number;

                /** Params maxGpuSecondsPerGpu. */
                public maxGpuSecondsPerGpu: Long;

                /** Params verifyGasPer_1000Muladds. */
                public verifyGasPer_1000Muladds: Long;

                /** Params prngGasPerHash. */
                public prngGasPerHash: Long;

                /** Params maxChallengesPerEpoch. */
                public maxChallengesPerEpoch: Long;

                /**
                 * Creates a new Params instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Params instance
                 */
                public static create(properties?: pogcs.devices.v1.IParams): pogcs.devices.v1.Params;

                /**
                 * Encodes the specified Params message. Does not implicitly {@link pogcs.devices.v1.Params.verify|verify} messages.
                 * @param m Params message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IParams, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.Params;

                /**
                 * Creates a Params message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Params
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.Params;

                /**
                 * Creates a plain object from a Params message. Also converts values to other types if specified.
                 * @param m Params
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.Params, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Params to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Params
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgRegisterDevice. */
            interface IMsgRegisterDevice {

                /** MsgRegisterDevice owner */
                owner?: (string|null);

                /** MsgRegisterDevice makerId */
                makerId?: (string|null);

                /** MsgRegisterDevice devicePubkey */
                devicePubkey?: (Uint8Array|null);

                /** MsgRegisterDevice class */
                "class"?: (pogcs.devices.v1.DeviceClass|null);

                /** MsgRegisterDevice capacity */
                capacity?: (pogcs.devices.v1.ICapacitySpecs|null);

                /** MsgRegisterDevice location */
                location?: (pogcs.devices.v1.ILocationAddress|null);

                /** MsgRegisterDevice makerSignature */
                makerSignature?: (Uint8Array|null);

                /** MsgRegisterDevice deviceSignature */
                deviceSignature?: (Uint8Array|null);
            }

            /** Represents a MsgRegisterDevice. */
            class MsgRegisterDevice implements IMsgRegisterDevice {

                /**
                 * Constructs a new MsgRegisterDevice.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IMsgRegisterDevice);

                /** MsgRegisterDevice owner. */
                public owner: string;

                /** MsgRegisterDevice makerId. */
                public makerId: string;

                /** MsgRegisterDevice devicePubkey. */
                public devicePubkey: Uint8Array;

                /** MsgRegisterDevice class. */
                public class: pogcs.devices.v1.DeviceClass;

                /** MsgRegisterDevice capacity. */
                public capacity?: (pogcs.devices.v1.ICapacitySpecs|null);

                /** MsgRegisterDevice location. */
                public location?: (pogcs.devices.v1.ILocationAddress|null);

                /** MsgRegisterDevice makerSignature. */
                public makerSignature: Uint8Array;

                /** MsgRegisterDevice deviceSignature. */
                public deviceSignature: Uint8Array;

                /**
                 * Creates a new MsgRegisterDevice instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgRegisterDevice instance
                 */
                public static create(properties?: pogcs.devices.v1.IMsgRegisterDevice): pogcs.devices.v1.MsgRegisterDevice;

                /**
                 * Encodes the specified MsgRegisterDevice message. Does not implicitly {@link pogcs.devices.v1.MsgRegisterDevice.verify|verify} messages.
                 * @param m MsgRegisterDevice message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IMsgRegisterDevice, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgRegisterDevice message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns MsgRegisterDevice
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.MsgRegisterDevice;

                /**
                 * Creates a MsgRegisterDevice message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns MsgRegisterDevice
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.MsgRegisterDevice;

                /**
                 * Creates a plain object from a MsgRegisterDevice message. Also converts values to other types if specified.
                 * @param m MsgRegisterDevice
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.MsgRegisterDevice, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgRegisterDevice to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MsgRegisterDevice
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgRegisterDeviceResponse. */
            interface IMsgRegisterDeviceResponse {

                /** MsgRegisterDeviceResponse deviceId */
                deviceId?: (Long|null);
            }

            /** Represents a MsgRegisterDeviceResponse. */
            class MsgRegisterDeviceResponse implements IMsgRegisterDeviceResponse {

                /**
                 * Constructs a new MsgRegisterDeviceResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IMsgRegisterDeviceResponse);

                /** MsgRegisterDeviceResponse deviceId. */
                public deviceId: Long;

                /**
                 * Creates a new MsgRegisterDeviceResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgRegisterDeviceResponse instance
                 */
                public static create(properties?: pogcs.devices.v1.IMsgRegisterDeviceResponse): pogcs.devices.v1.MsgRegisterDeviceResponse;

                /**
                 * Encodes the specified MsgRegisterDeviceResponse message. Does not implicitly {@link pogcs.devices.v1.MsgRegisterDeviceResponse.verify|verify} messages.
                 * @param m MsgRegisterDeviceResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IMsgRegisterDeviceResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgRegisterDeviceResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns MsgRegisterDeviceResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.MsgRegisterDeviceResponse;

                /**
                 * Creates a MsgRegisterDeviceResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns MsgRegisterDeviceResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.MsgRegisterDeviceResponse;

                /**
                 * Creates a plain object from a MsgRegisterDeviceResponse message. Also converts values to other types if specified.
                 * @param m MsgRegisterDeviceResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.MsgRegisterDeviceResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgRegisterDeviceResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MsgRegisterDeviceResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgBondDevice. */
            interface IMsgBondDevice {

                /** MsgBondDevice owner */
                owner?: (string|null);

                /** MsgBondDevice deviceId */
                deviceId?: (Long|null);

                /** MsgBondDevice amount */
                amount?: (string|null);

                /** MsgBondDevice validator */
                validator?: (string|null);
            }

            /** Represents a MsgBondDevice. */
            class MsgBondDevice implements IMsgBondDevice {

                /**
                 * Constructs a new MsgBondDevice.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IMsgBondDevice);

                /** MsgBondDevice owner. */
                public owner: string;

                /** MsgBondDevice deviceId. */
                public deviceId: Long;

                /** MsgBondDevice amount. */
                public amount: string;

                /** MsgBondDevice validator. */
                public validator: string;

                /**
                 * Creates a new MsgBondDevice instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgBondDevice instance
                 */
                public static create(properties?: pogcs.devices.v1.IMsgBondDevice): pogcs.devices.v1.MsgBondDevice;

                /**
                 * Encodes the specified MsgBondDevice message. Does not implicitly {@link pogcs.devices.v1.MsgBondDevice.verify|verify} messages.
                 * @param m MsgBondDevice message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IMsgBondDevice, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgBondDevice message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns MsgBondDevice
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.MsgBondDevice;

                /**
                 * Creates a MsgBondDevice message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns MsgBondDevice
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.MsgBondDevice;

                /**
                 * Creates a plain object from a MsgBondDevice message. Also converts values to other types if specified.
                 * @param m MsgBondDevice
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.MsgBondDevice, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgBondDevice to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MsgBondDevice
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgBondDeviceResponse. */
            interface IMsgBondDeviceResponse {
            }

            /** Represents a MsgBondDeviceResponse. */
            class MsgBondDeviceResponse implements IMsgBondDeviceResponse {

                /**
                 * Constructs a new MsgBondDeviceResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IMsgBondDeviceResponse);

                /**
                 * Creates a new MsgBondDeviceResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgBondDeviceResponse instance
                 */
                public static create(properties?: pogcs.devices.v1.IMsgBondDeviceResponse): pogcs.devices.v1.MsgBondDeviceResponse;

                /**
                 * Encodes the specified MsgBondDeviceResponse message. Does not implicitly {@link pogcs.devices.v1.MsgBondDeviceResponse.verify|verify} messages.
                 * @param m MsgBondDeviceResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IMsgBondDeviceResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgBondDeviceResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns MsgBondDeviceResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.MsgBondDeviceResponse;

                /**
                 * Creates a MsgBondDeviceResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns MsgBondDeviceResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.MsgBondDeviceResponse;

                /**
                 * Creates a plain object from a MsgBondDeviceResponse message. Also converts values to other types if specified.
                 * @param m MsgBondDeviceResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.MsgBondDeviceResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgBondDeviceResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MsgBondDeviceResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgUnbondDevice. */
            interface IMsgUnbondDevice {

                /** MsgUnbondDevice owner */
                owner?: (string|null);

                /** MsgUnbondDevice deviceId */
                deviceId?: (Long|null);

                /** MsgUnbondDevice amount */
                amount?: (string|null);
            }

            /** Represents a MsgUnbondDevice. */
            class MsgUnbondDevice implements IMsgUnbondDevice {

                /**
                 * Constructs a new MsgUnbondDevice.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IMsgUnbondDevice);

                /** MsgUnbondDevice owner. */
                public owner: string;

                /** MsgUnbondDevice deviceId. */
                public deviceId: Long;

                /** MsgUnbondDevice amount. */
                public amount: string;

                /**
                 * Creates a new MsgUnbondDevice instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUnbondDevice instance
                 */
                public static create(properties?: pogcs.devices.v1.IMsgUnbondDevice): pogcs.devices.v1.MsgUnbondDevice;

                /**
                 * Encodes the specified MsgUnbondDevice message. Does not implicitly {@link pogcs.devices.v1.MsgUnbondDevice.verify|verify} messages.
                 * @param m MsgUnbondDevice message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IMsgUnbondDevice, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUnbondDevice message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns MsgUnbondDevice
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.MsgUnbondDevice;

                /**
                 * Creates a MsgUnbondDevice message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns MsgUnbondDevice
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.MsgUnbondDevice;

                /**
                 * Creates a plain object from a MsgUnbondDevice message. Also converts values to other types if specified.
                 * @param m MsgUnbondDevice
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.MsgUnbondDevice, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgUnbondDevice to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MsgUnbondDevice
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgUnbondDeviceResponse. */
            interface IMsgUnbondDeviceResponse {

                /** MsgUnbondDeviceResponse completionHeight */
                completionHeight?: (Long|null);
            }

            /** Represents a MsgUnbondDeviceResponse. */
            class MsgUnbondDeviceResponse implements IMsgUnbondDeviceResponse {

                /**
                 * Constructs a new MsgUnbondDeviceResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IMsgUnbondDeviceResponse);

                /** MsgUnbondDeviceResponse completionHeight. */
                public completionHeight: Long;

                /**
                 * Creates a new MsgUnbondDeviceResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUnbondDeviceResponse instance
                 */
                public static create(properties?: pogcs.devices.v1.IMsgUnbondDeviceResponse): pogcs.devices.v1.MsgUnbondDeviceResponse;

                /**
                 * Encodes the specified MsgUnbondDeviceResponse message. Does not implicitly {@link pogcs.devices.v1.MsgUnbondDeviceResponse.verify|verify} messages.
                 * @param m MsgUnbondDeviceResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IMsgUnbondDeviceResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUnbondDeviceResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns MsgUnbondDeviceResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.MsgUnbondDeviceResponse;

                /**
                 * Creates a MsgUnbondDeviceResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns MsgUnbondDeviceResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.MsgUnbondDeviceResponse;

                /**
                 * Creates a plain object from a MsgUnbondDeviceResponse message. Also converts values to other types if specified.
                 * @param m MsgUnbondDeviceResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.MsgUnbondDeviceResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgUnbondDeviceResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MsgUnbondDeviceResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgSubmitReport. */
            interface IMsgSubmitReport {

                /** MsgSubmitReport sender */
                sender?: (string|null);

                /** MsgSubmitReport body */
                body?: (Uint8Array|null);

                /** MsgSubmitReport signature */
                signature?: (Uint8Array|null);
            }

            /** Represents a MsgSubmitReport. */
            class MsgSubmitReport implements IMsgSubmitReport {

                /**
                 * Constructs a new MsgSubmitReport.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IMsgSubmitReport);

                /** MsgSubmitReport sender. */
                public sender: string;

                /** MsgSubmitReport body. */
                public body: Uint8Array;

                /** MsgSubmitReport signature. */
                public signature: Uint8Array;

                /**
                 * Creates a new MsgSubmitReport instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgSubmitReport instance
                 */
                public static create(properties?: pogcs.devices.v1.IMsgSubmitReport): pogcs.devices.v1.MsgSubmitReport;

                /**
                 * Encodes the specified MsgSubmitReport message. Does not implicitly {@link pogcs.devices.v1.MsgSubmitReport.verify|verify} messages.
                 * @param m MsgSubmitReport message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IMsgSubmitReport, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgSubmitReport message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns MsgSubmitReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.MsgSubmitReport;

                /**
                 * Creates a MsgSubmitReport message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns MsgSubmitReport
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.MsgSubmitReport;

                /**
                 * Creates a plain object from a MsgSubmitReport message. Also converts values to other types if specified.
                 * @param m MsgSubmitReport
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.MsgSubmitReport, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgSubmitReport to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MsgSubmitReport
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgSubmitReportResponse. */
            interface IMsgSubmitReportResponse {
            }

            /** Represents a MsgSubmitReportResponse. */
            class MsgSubmitReportResponse implements IMsgSubmitReportResponse {

                /**
                 * Constructs a new MsgSubmitReportResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IMsgSubmitReportResponse);

                /**
                 * Creates a new MsgSubmitReportResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgSubmitReportResponse instance
                 */
                public static create(properties?: pogcs.devices.v1.IMsgSubmitReportResponse): pogcs.devices.v1.MsgSubmitReportResponse;

                /**
                 * Encodes the specified MsgSubmitReportResponse message. Does not implicitly {@link pogcs.devices.v1.MsgSubmitReportResponse.verify|verify} messages.
                 * @param m MsgSubmitReportResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IMsgSubmitReportResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgSubmitReportResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns MsgSubmitReportResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.MsgSubmitReportResponse;

                /**
                 * Creates a MsgSubmitReportResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns MsgSubmitReportResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.MsgSubmitReportResponse;

                /**
                 * Creates a plain object from a MsgSubmitReportResponse message. Also converts values to other types if specified.
                 * @param m MsgSubmitReportResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.MsgSubmitReportResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgSubmitReportResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MsgSubmitReportResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgReportDoubleReport. */
            interface IMsgReportDoubleReport {

                /** MsgReportDoubleReport sender */
                sender?: (string|null);

                /** MsgReportDoubleReport bodyA */
                bodyA?: (Uint8Array|null);

                /** MsgReportDoubleReport signatureA */
                signatureA?: (Uint8Array|null);

                /** MsgReportDoubleReport bodyB */
                bodyB?: (Uint8Array|null);

                /** MsgReportDoubleReport signatureB */
                signatureB?: (Uint8Array|null);
            }

            /** Represents a MsgReportDoubleReport. */
            class MsgReportDoubleReport implements IMsgReportDoubleReport {

                /**
                 * Constructs a new MsgReportDoubleReport.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IMsgReportDoubleReport);

                /** MsgReportDoubleReport sender. */
                public sender: string;

                /** MsgReportDoubleReport bodyA. */
                public bodyA: Uint8Array;

                /** MsgReportDoubleReport signatureA. */
                public signatureA: Uint8Array;

                /** MsgReportDoubleReport bodyB. */
                public bodyB: Uint8Array;

                /** MsgReportDoubleReport signatureB. */
                public signatureB: Uint8Array;

                /**
                 * Creates a new MsgReportDoubleReport instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgReportDoubleReport instance
                 */
                public static create(properties?: pogcs.devices.v1.IMsgReportDoubleReport): pogcs.devices.v1.MsgReportDoubleReport;

                /**
                 * Encodes the specified MsgReportDoubleReport message. Does not implicitly {@link pogcs.devices.v1.MsgReportDoubleReport.verify|verify} messages.
                 * @param m MsgReportDoubleReport message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IMsgReportDoubleReport, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgReportDoubleReport message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns MsgReportDoubleReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.MsgReportDoubleReport;

                /**
                 * Creates a MsgReportDoubleReport message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns MsgReportDoubleReport
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.MsgReportDoubleReport;

                /**
                 * Creates a plain object from a MsgReportDoubleReport message. Also converts values to other types if specified.
                 * @param m MsgReportDoubleReport
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.MsgReportDoubleReport, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgReportDoubleReport to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MsgReportDoubleReport
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgReportDoubleReportResponse. */
            interface IMsgReportDoubleReportResponse {

                /** MsgReportDoubleReportResponse slashed */
                slashed?: (string|null);

                /** MsgReportDoubleReportResponse reward */
                reward?: (string|null);
            }

            /** Represents a MsgReportDoubleReportResponse. */
            class MsgReportDoubleReportResponse implements IMsgReportDoubleReportResponse {

                /**
                 * Constructs a new MsgReportDoubleReportResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IMsgReportDoubleReportResponse);

                /** MsgReportDoubleReportResponse slashed. */
                public slashed: string;

                /** MsgReportDoubleReportResponse reward. */
                public reward: string;

                /**
                 * Creates a new MsgReportDoubleReportResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgReportDoubleReportResponse instance
                 */
                public static create(properties?: pogcs.devices.v1.IMsgReportDoubleReportResponse): pogcs.devices.v1.MsgReportDoubleReportResponse;

                /**
                 * Encodes the specified MsgReportDoubleReportResponse message. Does not implicitly {@link pogcs.devices.v1.MsgReportDoubleReportResponse.verify|verify} messages.
                 * @param m MsgReportDoubleReportResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IMsgReportDoubleReportResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgReportDoubleReportResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns MsgReportDoubleReportResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.MsgReportDoubleReportResponse;

                /**
                 * Creates a MsgReportDoubleReportResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns MsgReportDoubleReportResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.MsgReportDoubleReportResponse;

                /**
                 * Creates a plain object from a MsgReportDoubleReportResponse message. Also converts values to other types if specified.
                 * @param m MsgReportDoubleReportResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.MsgReportDoubleReportResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgReportDoubleReportResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MsgReportDoubleReportResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgChallengeCommit. */
            interface IMsgChallengeCommit {

                /** MsgChallengeCommit sender */
                sender?: (string|null);

                /** MsgChallengeCommit deviceId */
                deviceId?: (Long|null);

                /** MsgChallengeCommit epoch */
                epoch?: (Long|null);

                /** MsgChallengeCommit root */
                root?: (Uint8Array|null);

                /** MsgChallengeCommit signature */
                signature?: (Uint8Array|null);
            }

            /** Represents a MsgChallengeCommit. */
            class MsgChallengeCommit implements IMsgChallengeCommit {

                /**
                 * Constructs a new MsgChallengeCommit.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IMsgChallengeCommit);

                /** MsgChallengeCommit sender. */
                public sender: string;

                /** MsgChallengeCommit deviceId. */
                public deviceId: Long;

                /** MsgChallengeCommit epoch. */
                public epoch: Long;

                /** MsgChallengeCommit root. */
                public root: Uint8Array;

                /** MsgChallengeCommit signature. */
                public signature: Uint8Array;

                /**
                 * Creates a new MsgChallengeCommit instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgChallengeCommit instance
                 */
                public static create(properties?: pogcs.devices.v1.IMsgChallengeCommit): pogcs.devices.v1.MsgChallengeCommit;

                /**
                 * Encodes the specified MsgChallengeCommit message. Does not implicitly {@link pogcs.devices.v1.MsgChallengeCommit.verify|verify} messages.
                 * @param m MsgChallengeCommit message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IMsgChallengeCommit, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgChallengeCommit message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns MsgChallengeCommit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.MsgChallengeCommit;

                /**
                 * Creates a MsgChallengeCommit message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns MsgChallengeCommit
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.MsgChallengeCommit;

                /**
                 * Creates a plain object from a MsgChallengeCommit message. Also converts values to other types if specified.
                 * @param m MsgChallengeCommit
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.MsgChallengeCommit, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgChallengeCommit to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MsgChallengeCommit
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgChallengeCommitResponse. */
            interface IMsgChallengeCommitResponse {
            }

            /** Represents a MsgChallengeCommitResponse. */
            class MsgChallengeCommitResponse implements IMsgChallengeCommitResponse {

                /**
                 * Constructs a new MsgChallengeCommitResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IMsgChallengeCommitResponse);

                /**
                 * Creates a new MsgChallengeCommitResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgChallengeCommitResponse instance
                 */
                public static create(properties?: pogcs.devices.v1.IMsgChallengeCommitResponse): pogcs.devices.v1.MsgChallengeCommitResponse;

                /**
                 * Encodes the specified MsgChallengeCommitResponse message. Does not implicitly {@link pogcs.devices.v1.MsgChallengeCommitResponse.verify|verify} messages.
                 * @param m MsgChallengeCommitResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IMsgChallengeCommitResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgChallengeCommitResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns MsgChallengeCommitResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.MsgChallengeCommitResponse;

                /**
                 * Creates a MsgChallengeCommitResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns MsgChallengeCommitResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.MsgChallengeCommitResponse;

                /**
                 * Creates a plain object from a MsgChallengeCommitResponse message. Also converts values to other types if specified.
                 * @param m MsgChallengeCommitResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.MsgChallengeCommitResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgChallengeCommitResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MsgChallengeCommitResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a RevealedRow. */
            interface IRevealedRow {

                /** RevealedRow index */
                index?: (number|null);

                /** RevealedRow values */
                values?: (Uint8Array|null);

                /** RevealedRow proof */
                proof?: (Uint8Array[]|null);
            }

            /** Represents a RevealedRow. */
            class RevealedRow implements IRevealedRow {

                /**
                 * Constructs a new RevealedRow.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IRevealedRow);

                /** RevealedRow index. */
                public index: number;

                /** RevealedRow values. */
                public values: Uint8Array;

                /** RevealedRow proof. */
                public proof: Uint8Array[];

                /**
                 * Creates a new RevealedRow instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RevealedRow instance
                 */
                public static create(properties?: pogcs.devices.v1.IRevealedRow): pogcs.devices.v1.RevealedRow;

                /**
                 * Encodes the specified RevealedRow message. Does not implicitly {@link pogcs.devices.v1.RevealedRow.verify|verify} messages.
                 * @param m RevealedRow message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IRevealedRow, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RevealedRow message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns RevealedRow
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.RevealedRow;

                /**
                 * Creates a RevealedRow message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns RevealedRow
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.RevealedRow;

                /**
                 * Creates a plain object from a RevealedRow message. Also converts values to other types if specified.
                 * @param m RevealedRow
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.RevealedRow, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RevealedRow to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for RevealedRow
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgChallengeReveal. */
            interface IMsgChallengeReveal {

                /** MsgChallengeReveal sender */
                sender?: (string|null);

                /** MsgChallengeReveal deviceId */
                deviceId?: (Long|null);

                /** MsgChallengeReveal epoch */
                epoch?: (Long|null);

                /** MsgChallengeReveal rows */
                rows?: (pogcs.devices.v1.IRevealedRow[]|null);
            }

            /** Represents a MsgChallengeReveal. */
            class MsgChallengeReveal implements IMsgChallengeReveal {

                /**
                 * Constructs a new MsgChallengeReveal.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IMsgChallengeReveal);

                /** MsgChallengeReveal sender. */
                public sender: string;

                /** MsgChallengeReveal deviceId. */
                public deviceId: Long;

                /** MsgChallengeReveal epoch. */
                public epoch: Long;

                /** MsgChallengeReveal rows. */
                public rows: pogcs.devices.v1.IRevealedRow[];

                /**
                 * Creates a new MsgChallengeReveal instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgChallengeReveal instance
                 */
                public static create(properties?: pogcs.devices.v1.IMsgChallengeReveal): pogcs.devices.v1.MsgChallengeReveal;

                /**
                 * Encodes the specified MsgChallengeReveal message. Does not implicitly {@link pogcs.devices.v1.MsgChallengeReveal.verify|verify} messages.
                 * @param m MsgChallengeReveal message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IMsgChallengeReveal, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgChallengeReveal message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns MsgChallengeReveal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.MsgChallengeReveal;

                /**
                 * Creates a MsgChallengeReveal message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns MsgChallengeReveal
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.MsgChallengeReveal;

                /**
                 * Creates a plain object from a MsgChallengeReveal message. Also converts values to other types if specified.
                 * @param m MsgChallengeReveal
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.MsgChallengeReveal, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgChallengeReveal to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MsgChallengeReveal
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgChallengeRevealResponse. */
            interface IMsgChallengeRevealResponse {

                /** MsgChallengeRevealResponse passed */
                passed?: (boolean|null);

                /** MsgChallengeRevealResponse score */
                score?: (number|null);
            }

            /** Represents a MsgChallengeRevealResponse. */
            class MsgChallengeRevealResponse implements IMsgChallengeRevealResponse {

                /**
                 * Constructs a new MsgChallengeRevealResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.devices.v1.IMsgChallengeRevealResponse);

                /** MsgChallengeRevealResponse passed. */
                public passed: boolean;

                /** MsgChallengeRevealResponse score. */
                public score: number;

                /**
                 * Creates a new MsgChallengeRevealResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgChallengeRevealResponse instance
                 */
                public static create(properties?: pogcs.devices.v1.IMsgChallengeRevealResponse): pogcs.devices.v1.MsgChallengeRevealResponse;

                /**
                 * Encodes the specified MsgChallengeRevealResponse message. Does not implicitly {@link pogcs.devices.v1.MsgChallengeRevealResponse.verify|verify} messages.
                 * @param m MsgChallengeRevealResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.devices.v1.IMsgChallengeRevealResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgChallengeRevealResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns MsgChallengeRevealResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.devices.v1.MsgChallengeRevealResponse;

                /**
                 * Creates a MsgChallengeRevealResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns MsgChallengeRevealResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.devices.v1.MsgChallengeRevealResponse;

                /**
                 * Creates a plain object from a MsgChallengeRevealResponse message. Also converts values to other types if specified.
                 * @param m MsgChallengeRevealResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.devices.v1.MsgChallengeRevealResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgChallengeRevealResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MsgChallengeRevealResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }

    /** Namespace nft. */
    namespace nft {

        /** Namespace v1. */
        namespace v1 {

            /** Properties of a QueryUserOfRequest. */
            interface IQueryUserOfRequest {

                /** QueryUserOfRequest classId */
                classId?: (string|null);

                /** QueryUserOfRequest id */
                id?: (string|null);

                /** QueryUserOfRequest atTime */
                atTime?: (Long|null);
            }

            /** Represents a QueryUserOfRequest. */
            class QueryUserOfRequest implements IQueryUserOfRequest {

                /**
                 * Constructs a new QueryUserOfRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.nft.v1.IQueryUserOfRequest);

                /** QueryUserOfRequest classId. */
                public classId: string;

                /** QueryUserOfRequest id. */
                public id: string;

                /** QueryUserOfRequest atTime. */
                public atTime: Long;

                /**
                 * Creates a new QueryUserOfRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryUserOfRequest instance
                 */
                public static create(properties?: pogcs.nft.v1.IQueryUserOfRequest): pogcs.nft.v1.QueryUserOfRequest;

                /**
                 * Encodes the specified QueryUserOfRequest message. Does not implicitly {@link pogcs.nft.v1.QueryUserOfRequest.verify|verify} messages.
                 * @param m QueryUserOfRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.nft.v1.IQueryUserOfRequest, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryUserOfRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryUserOfRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.nft.v1.QueryUserOfRequest;

                /**
                 * Creates a QueryUserOfRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryUserOfRequest
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.nft.v1.QueryUserOfRequest;

                /**
                 * Creates a plain object from a QueryUserOfRequest message. Also converts values to other types if specified.
                 * @param m QueryUserOfRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.nft.v1.QueryUserOfRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryUserOfRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryUserOfRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryUserOfResponse. */
            interface IQueryUserOfResponse {

                /** QueryUserOfResponse user */
                user?: (string|null);

                /** QueryUserOfResponse expires */
                expires?: (Long|null);
            }

            /** Represents a QueryUserOfResponse. */
            class QueryUserOfResponse implements IQueryUserOfResponse {

                /**
                 * Constructs a new QueryUserOfResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.nft.v1.IQueryUserOfResponse);

                /** QueryUserOfResponse user. */
                public user: string;

                /** QueryUserOfResponse expires. */
                public expires: Long;

                /**
                 * Creates a new QueryUserOfResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryUserOfResponse instance
                 */
                public static create(properties?: pogcs.nft.v1.IQueryUserOfResponse): pogcs.nft.v1.QueryUserOfResponse;

                /**
                 * Encodes the specified QueryUserOfResponse message. Does not implicitly {@link pogcs.nft.v1.QueryUserOfResponse.verify|verify} messages.
                 * @param m QueryUserOfResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.nft.v1.IQueryUserOfResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryUserOfResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryUserOfResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.nft.v1.QueryUserOfResponse;

                /**
                 * Creates a QueryUserOfResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryUserOfResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.nft.v1.QueryUserOfResponse;

                /**
                 * Creates a plain object from a QueryUserOfResponse message. Also converts values to other types if specified.
                 * @param m QueryUserOfResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.nft.v1.QueryUserOfResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryUserOfResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryUserOfResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryApprovedRequest. */
            interface IQueryApprovedRequest {

                /** QueryApprovedRequest classId */
                classId?: (string|null);

                /** QueryApprovedRequest id */
                id?: (string|null);
            }

            /** Represents a QueryApprovedRequest. */
            class QueryApprovedRequest implements IQueryApprovedRequest {

                /**
                 * Constructs a new QueryApprovedRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.nft.v1.IQueryApprovedRequest);

                /** QueryApprovedRequest classId. */
                public classId: string;

                /** QueryApprovedRequest id. */
                public id: string;

                /**
                 * Creates a new QueryApprovedRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryApprovedRequest instance
                 */
                public static create(properties?: pogcs.nft.v1.IQueryApprovedRequest): pogcs.nft.v1.QueryApprovedRequest;

                /**
                 * Encodes the specified QueryApprovedRequest message. Does not implicitly {@link pogcs.nft.v1.QueryApprovedRequest.verify|verify} messages.
                 * @param m QueryApprovedRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.nft.v1.IQueryApprovedRequest, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryApprovedRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryApprovedRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.nft.v1.QueryApprovedRequest;

                /**
                 * Creates a QueryApprovedRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryApprovedRequest
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.nft.v1.QueryApprovedRequest;

                /**
                 * Creates a plain object from a QueryApprovedRequest message. Also converts values to other types if specified.
                 * @param m QueryApprovedRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.nft.v1.QueryApprovedRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryApprovedRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryApprovedRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryApprovedResponse. */
            interface IQueryApprovedResponse {

                /** QueryApprovedResponse spender */
                spender?: (string|null);
            }

            /** Represents a QueryApprovedResponse. */
            class QueryApprovedResponse implements IQueryApprovedResponse {

                /**
                 * Constructs a new QueryApprovedResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.nft.v1.IQueryApprovedResponse);

                /** QueryApprovedResponse spender. */
                public spender: string;

                /**
                 * Creates a new QueryApprovedResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryApprovedResponse instance
                 */
                public static create(properties?: pogcs.nft.v1.IQueryApprovedResponse): pogcs.nft.v1.QueryApprovedResponse;

                /**
                 * Encodes the specified QueryApprovedResponse message. Does not implicitly {@link pogcs.nft.v1.QueryApprovedResponse.verify|verify} messages.
                 * @param m QueryApprovedResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.nft.v1.IQueryApprovedResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryApprovedResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryApprovedResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.nft.v1.QueryApprovedResponse;

                /**
                 * Creates a QueryApprovedResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryApprovedResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.nft.v1.QueryApprovedResponse;

                /**
                 * Creates a plain object from a QueryApprovedResponse message. Also converts values to other types if specified.
                 * @param m QueryApprovedResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.nft.v1.QueryApprovedResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryApprovedResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryApprovedResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryIsApprovedForAllRequest. */
            interface IQueryIsApprovedForAllRequest {

                /** QueryIsApprovedForAllRequest owner */
                owner?: (string|null);

                /** QueryIsApprovedForAllRequest operator */
                operator?: (string|null);
            }

            /** Represents a QueryIsApprovedForAllRequest. */
            class QueryIsApprovedForAllRequest implements IQueryIsApprovedForAllRequest {

                /**
                 * Constructs a new QueryIsApprovedForAllRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.nft.v1.IQueryIsApprovedForAllRequest);

                /** QueryIsApprovedForAllRequest owner. */
                public owner: string;

                /** QueryIsApprovedForAllRequest operator. */
                public operator: string;

                /**
                 * Creates a new QueryIsApprovedForAllRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryIsApprovedForAllRequest instance
                 */
                public static create(properties?: pogcs.nft.v1.IQueryIsApprovedForAllRequest): pogcs.nft.v1.QueryIsApprovedForAllRequest;

                /**
                 * Encodes the specified QueryIsApprovedForAllRequest message. Does not implicitly {@link pogcs.nft.v1.QueryIsApprovedForAllRequest.verify|verify} messages.
                 * @param m QueryIsApprovedForAllRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.nft.v1.IQueryIsApprovedForAllRequest, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryIsApprovedForAllRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryIsApprovedForAllRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.nft.v1.QueryIsApprovedForAllRequest;

                /**
                 * Creates a QueryIsApprovedForAllRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryIsApprovedForAllRequest
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.nft.v1.QueryIsApprovedForAllRequest;

                /**
                 * Creates a plain object from a QueryIsApprovedForAllRequest message. Also converts values to other types if specified.
                 * @param m QueryIsApprovedForAllRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.nft.v1.QueryIsApprovedForAllRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryIsApprovedForAllRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryIsApprovedForAllRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryIsApprovedForAllResponse. */
            interface IQueryIsApprovedForAllResponse {

                /** QueryIsApprovedForAllResponse approved */
                approved?: (boolean|null);
            }

            /** Represents a QueryIsApprovedForAllResponse. */
            class QueryIsApprovedForAllResponse implements IQueryIsApprovedForAllResponse {

                /**
                 * Constructs a new QueryIsApprovedForAllResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.nft.v1.IQueryIsApprovedForAllResponse);

                /** QueryIsApprovedForAllResponse approved. */
                public approved: boolean;

                /**
                 * Creates a new QueryIsApprovedForAllResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryIsApprovedForAllResponse instance
                 */
                public static create(properties?: pogcs.nft.v1.IQueryIsApprovedForAllResponse): pogcs.nft.v1.QueryIsApprovedForAllResponse;

                /**
                 * Encodes the specified QueryIsApprovedForAllResponse message. Does not implicitly {@link pogcs.nft.v1.QueryIsApprovedForAllResponse.verify|verify} messages.
                 * @param m QueryIsApprovedForAllResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.nft.v1.IQueryIsApprovedForAllResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryIsApprovedForAllResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryIsApprovedForAllResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.nft.v1.QueryIsApprovedForAllResponse;

                /**
                 * Creates a QueryIsApprovedForAllResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryIsApprovedForAllResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.nft.v1.QueryIsApprovedForAllResponse;

                /**
                 * Creates a plain object from a QueryIsApprovedForAllResponse message. Also converts values to other types if specified.
                 * @param m QueryIsApprovedForAllResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.nft.v1.QueryIsApprovedForAllResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryIsApprovedForAllResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryIsApprovedForAllResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryClassInfoRequest. */
            interface IQueryClassInfoRequest {

                /** QueryClassInfoRequest classId */
                classId?: (string|null);
            }

            /** Represents a QueryClassInfoRequest. */
            class QueryClassInfoRequest implements IQueryClassInfoRequest {

                /**
                 * Constructs a new QueryClassInfoRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.nft.v1.IQueryClassInfoRequest);

                /** QueryClassInfoRequest classId. */
                public classId: string;

                /**
                 * Creates a new QueryClassInfoRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryClassInfoRequest instance
                 */
                public static create(properties?: pogcs.nft.v1.IQueryClassInfoRequest): pogcs.nft.v1.QueryClassInfoRequest;

                /**
                 * Encodes the specified QueryClassInfoRequest message. Does not implicitly {@link pogcs.nft.v1.QueryClassInfoRequest.verify|verify} messages.
                 * @param m QueryClassInfoRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.nft.v1.IQueryClassInfoRequest, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryClassInfoRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryClassInfoRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.nft.v1.QueryClassInfoRequest;

                /**
                 * Creates a QueryClassInfoRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryClassInfoRequest
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.nft.v1.QueryClassInfoRequest;

                /**
                 * Creates a plain object from a QueryClassInfoRequest message. Also converts values to other types if specified.
                 * @param m QueryClassInfoRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.nft.v1.QueryClassInfoRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryClassInfoRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryClassInfoRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryClassInfoResponse. */
            interface IQueryClassInfoResponse {

                /** QueryClassInfoResponse class */
                "class"?: (pogcs.nft.v1.IClass|null);
            }

            /** Represents a QueryClassInfoResponse. */
            class QueryClassInfoResponse implements IQueryClassInfoResponse {

                /**
                 * Constructs a new QueryClassInfoResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.nft.v1.IQueryClassInfoResponse);

                /** QueryClassInfoResponse class. */
                public class?: (pogcs.nft.v1.IClass|null);

                /**
                 * Creates a new QueryClassInfoResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryClassInfoResponse instance
                 */
                public static create(properties?: pogcs.nft.v1.IQueryClassInfoResponse): pogcs.nft.v1.QueryClassInfoResponse;

                /**
                 * Encodes the specified QueryClassInfoResponse message. Does not implicitly {@link pogcs.nft.v1.QueryClassInfoResponse.verify|verify} messages.
                 * @param m QueryClassInfoResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.nft.v1.IQueryClassInfoResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryClassInfoResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryClassInfoResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.nft.v1.QueryClassInfoResponse;

                /**
                 * Creates a QueryClassInfoResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryClassInfoResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.nft.v1.QueryClassInfoResponse;

                /**
                 * Creates a plain object from a QueryClassInfoResponse message. Also converts values to other types if specified.
                 * @param m QueryClassInfoResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.nft.v1.QueryClassInfoResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryClassInfoResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryClassInfoResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Class. */
            interface IClass {

                /** Class id */
                id?: (string|null);

                /** Class name */
                name?: (string|null);

                /** Class symbol */
                symbol?: (string|null);

                /** Class description */
                description?: (string|null);

                /** Class uri */
                uri?: (string|null);

                /** Class uriHash */
                uriHash?: (string|null);

                /** Class data */
                data?: (Uint8Array|null);

                /** Class admin */
                admin?: (string|null);

                /** Class module */
                module?: (string|null);

                /** Class transferable */
                transferable?: (boolean|null);
            }

            /** Represents a Class. */
            class Class implements IClass {

                /**
                 * Constructs a new Class.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.nft.v1.IClass);

                /** Class id. */
                public id: string;

                /** Class name. */
                public name: string;

                /** Class symbol. */
                public symbol: string;

                /** Class description. */
                public description: string;

                /** Class uri. */
                public uri: string;

                /** Class uriHash. */
                public uriHash: string;

                /** Class data. */
                public data: Uint8Array;

                /** Class admin. */
                public admin: string;

                /** Class module. */
                public module: string;

                /** Class transferable. */
                public transferable: boolean;

                /**
                 * Creates a new Class instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Class instance
                 */
                public static create(properties?: pogcs.nft.v1.IClass): pogcs.nft.v1.Class;

                /**
                 * Encodes the specified Class message. Does not implicitly {@link pogcs.nft.v1.Class.verify|verify} messages.
                 * @param m Class message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.nft.v1.IClass, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Class message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns Class
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.nft.v1.Class;

                /**
                 * Creates a Class message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Class
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.nft.v1.Class;

                /**
                 * Creates a plain object from a Class message. Also converts values to other types if specified.
                 * @param m Class
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.nft.v1.Class, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Class to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Class
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Nft. */
            interface INft {

                /** Nft classId */
                classId?: (string|null);

                /** Nft id */
                id?: (string|null);

                /** Nft uri */
                uri?: (string|null);

                /** Nft uriHash */
                uriHash?: (string|null);

                /** Nft data */
                data?: (Uint8Array|null);

                /** Nft owner */
                owner?: (string|null);
            }

            /** Represents a Nft. */
            class Nft implements INft {

                /**
                 * Constructs a new Nft.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.nft.v1.INft);

                /** Nft classId. */
                public classId: string;

                /** Nft id. */
                public id: string;

                /** Nft uri. */
                public uri: string;

                /** Nft uriHash. */
                public uriHash: string;

                /** Nft data. */
                public data: Uint8Array;

                /** Nft owner. */
                public owner: string;

                /**
                 * Creates a new Nft instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Nft instance
                 */
                public static create(properties?: pogcs.nft.v1.INft): pogcs.nft.v1.Nft;

                /**
                 * Encodes the specified Nft message. Does not implicitly {@link pogcs.nft.v1.Nft.verify|verify} messages.
                 * @param m Nft message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.nft.v1.INft, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Nft message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns Nft
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.nft.v1.Nft;

                /**
                 * Creates a Nft message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Nft
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.nft.v1.Nft;

                /**
                 * Creates a plain object from a Nft message. Also converts values to other types if specified.
                 * @param m Nft
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.nft.v1.Nft, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Nft to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Nft
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a UserInfo. */
            interface IUserInfo {

                /** UserInfo user */
                user?: (string|null);

                /** UserInfo expires */
                expires?: (Long|null);
            }

            /** Represents a UserInfo. */
            class UserInfo implements IUserInfo {

                /**
                 * Constructs a new UserInfo.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.nft.v1.IUserInfo);

                /** UserInfo user. */
                public user: string;

                /** UserInfo expires. */
                public expires: Long;

                /**
                 * Creates a new UserInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UserInfo instance
                 */
                public static create(properties?: pogcs.nft.v1.IUserInfo): pogcs.nft.v1.UserInfo;

                /**
                 * Encodes the specified UserInfo message. Does not implicitly {@link pogcs.nft.v1.UserInfo.verify|verify} messages.
                 * @param m UserInfo message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.nft.v1.IUserInfo, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a UserInfo message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns UserInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.nft.v1.UserInfo;

                /**
                 * Creates a UserInfo message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns UserInfo
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.nft.v1.UserInfo;

                /**
                 * Creates a plain object from a UserInfo message. Also converts values to other types if specified.
                 * @param m UserInfo
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.nft.v1.UserInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UserInfo to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for UserInfo
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgCreateClass. */
            interface IMsgCreateClass {

                /** MsgCreateClass sender */
                sender?: (string|null);

                /** MsgCreateClass id */
                id?: (string|null);

                /** MsgCreateClass name */
                name?: (string|null);

                /** MsgCreateClass symbol */
                symbol?: (string|null);

                /** MsgCreateClass description */
                description?: (string|null);

                /** MsgCreateClass uri */
                uri?: (string|null);

                /** MsgCreateClass uriHash */
                uriHash?: (string|null);

                /** MsgCreateClass transferable */
                transferable?: (boolean|null);
            }

            /** Represents a MsgCreateClass. */
            class MsgCreateClass implements IMsgCreateClass {

                /**
                 * Constructs a new MsgCreateClass.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.nft.v1.IMsgCreateClass);

                /** MsgCreateClass sender. */
                public sender: string;

                /** MsgCreateClass id. */
                public id: string;

                /** MsgCreateClass name. */
                public name: string;

                /** MsgCreateClass symbol. */
                public symbol: string;

                /** MsgCreateClass description. */
                public description: string;

                /** MsgCreateClass uri. */
                public uri: string;

                /** MsgCreateClass uriHash. */
                public uriHash: string;

                /** MsgCreateClass transferable. */
                public transferable: boolean;

                /**
                 * Creates a new MsgCreateClass instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgCreateClass instance
                 */
                public static create(properties?: pogcs.nft.v1.IMsgCreateClass): pogcs.nft.v1.MsgCreateClass;

                /**
                 * Encodes the specified MsgCreateClass message. Does not implicitly {@link pogcs.nft.v1.MsgCreateClass.verify|verify} messages.
                 * @param m MsgCreateClass message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.nft.v1.IMsgCreateClass, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgCreateClass message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns MsgCreateClass
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.nft.v1.MsgCreateClass;

                /**
                 * Creates a MsgCreateClass message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns MsgCreateClass
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.nft.v1.MsgCreateClass;

                /**
                 * Creates a plain object from a MsgCreateClass message. Also converts values to other types if specified.
                 * @param m MsgCreateClass
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.nft.v1.MsgCreateClass, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgCreateClass to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MsgCreateClass
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgCreateClassResponse. */
            interface IMsgCreateClassResponse {
            }

            /** Represents a MsgCreateClassResponse. */
            class MsgCreateClassResponse implements IMsgCreateClassResponse {

                /**
                 * Constructs a new MsgCreateClassResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.nft.v1.IMsgCreateClassResponse);

                /**
                 * Creates a new MsgCreateClassResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgCreateClassResponse instance
                 */
                public static create(properties?: pogcs.nft.v1.IMsgCreateClassResponse): pogcs.nft.v1.MsgCreateClassResponse;

                /**
                 * Encodes the specified MsgCreateClassResponse message. Does not implicitly {@link pogcs.nft.v1.MsgCreateClassResponse.verify|verify} messages.
                 * @param m MsgCreateClassResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.nft.v1.IMsgCreateClassResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgCreateClassResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns MsgCreateClassResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.nft.v1.MsgCreateClassResponse;

                /**
                 * Creates a MsgCreateClassResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns MsgCreateClassResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.nft.v1.MsgCreateClassResponse;

                /**
                 * Creates a plain object from a MsgCreateClassResponse message. Also converts values to other types if specified.
                 * @param m MsgCreateClassResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.nft.v1.MsgCreateClassResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgCreateClassResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MsgCreateClassResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgMint. */
            interface IMsgMint {

                /** MsgMint sender */
                sender?: (string|null);

                /** MsgMint classId */
                classId?: (string|null);

                /** MsgMint id */
                id?: (string|null);

                /** MsgMint uri */
                uri?: (string|null);

                /** MsgMint uriHash */
                uriHash?: (string|null);

                /** MsgMint data */
                data?: (Uint8Array|null);

                /** MsgMint receiver */
                receiver?: (string|null);
            }

            /** Represents a MsgMint. */
            class MsgMint implements IMsgMint {

                /**
                 * Constructs a new MsgMint.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.nft.v1.IMsgMint);

                /** MsgMint sender. */
                public sender: string;

                /** MsgMint classId. */
                public classId: string;

                /** MsgMint id. */
                public id: string;

                /** MsgMint uri. */
                public uri: string;

                /** MsgMint uriHash. */
                public uriHash: string;

                /** MsgMint data. */
                public data: Uint8Array;

                /** MsgMint receiver. */
                public receiver: string;

                /**
                 * Creates a new MsgMint instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgMint instance
                 */
                public static create(properties?: pogcs.nft.v1.IMsgMint): pogcs.nft.v1.MsgMint;

                /**
                 * Encodes the specified MsgMint message. Does not implicitly {@link pogcs.nft.v1.MsgMint.verify|verify} messages.
                 * @param m MsgMint message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.nft.v1.IMsgMint, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgMint message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns MsgMint
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.nft.v1.MsgMint;

                /**
                 * Creates a MsgMint message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns MsgMint
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.nft.v1.MsgMint;

                /**
                 * Creates a plain object from a MsgMint message. Also converts values to other types if specified.
                 * @param m MsgMint
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.nft.v1.MsgMint, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgMint to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MsgMint
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgMintResponse. */
            interface IMsgMintResponse {
            }

            /** Represents a MsgMintResponse. */
            class MsgMintResponse implements IMsgMintResponse {

                /**
                 * Constructs a new MsgMintResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.nft.v1.IMsgMintResponse);

                /**
                 * Creates a new MsgMintResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgMintResponse instance
                 */
                public static create(properties?: pogcs.nft.v1.IMsgMintResponse): pogcs.nft.v1.MsgMintResponse;

                /**
                 * Encodes the specified MsgMintResponse message. Does not implicitly {@link pogcs.nft.v1.MsgMintResponse.verify|verify} messages.
                 * @param m MsgMintResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.nft.v1.IMsgMintResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgMintResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns MsgMintResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.nft.v1.MsgMintResponse;

                /**
                 * Creates a MsgMintResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns MsgMintResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.nft.v1.MsgMintResponse;

                /**
                 * Creates a plain object from a MsgMintResponse message. Also converts values to other types if specified.
                 * @param m MsgMintResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.nft.v1.MsgMintResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgMintResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MsgMintResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgBurn. */
            interface IMsgBurn {

                /** MsgBurn sender */
                sender?: (string|null);

                /** MsgBurn classId */
                classId?: (string|null);

                /** MsgBurn id */
                id?: (string|null);
            }

            /** Represents a MsgBurn. */
            class MsgBurn implements IMsgBurn {

                /**
                 * Constructs a new MsgBurn.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.nft.v1.IMsgBurn);

                /** MsgBurn sender. */
                public sender: string;

                /** MsgBurn classId. */
                public classId: string;

                /** MsgBurn id. */
                public id: string;

                /**
                 * Creates a new MsgBurn instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgBurn instance
                 */
                public static create(properties?: pogcs.nft.v1.IMsgBurn): pogcs.nft.v1.MsgBurn;

                /**
                 * Encodes the specified MsgBurn message. Does not implicitly {@link pogcs.nft.v1.MsgBurn.verify|verify} messages.
                 * @param m MsgBurn message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.nft.v1.IMsgBurn, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgBurn message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns MsgBurn
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.nft.v1.MsgBurn;

                /**
                 * Creates a MsgBurn message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns MsgBurn
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.nft.v1.MsgBurn;

                /**
                 * Creates a plain object from a MsgBurn message. Also converts values to other types if specified.
                 * @param m MsgBurn
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.nft.v1.MsgBurn, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgBurn to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MsgBurn
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgBurnResponse. */
            interface IMsgBurnResponse {
            }

            /** Represents a MsgBurnResponse. */
            class MsgBurnResponse implements IMsgBurnResponse {

                /**
                 * Constructs a new MsgBurnResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.nft.v1.IMsgBurnResponse);

                /**
                 * Creates a new MsgBurnResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgBurnResponse instance
                 */
                public static create(properties?: pogcs.nft.v1.IMsgBurnResponse): pogcs.nft.v1.MsgBurnResponse;

                /**
                 * Encodes the specified MsgBurnResponse message. Does not implicitly {@link pogcs.nft.v1.MsgBurnResponse.verify|verify} messages.
                 * @param m MsgBurnResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.nft.v1.IMsgBurnResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgBurnResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns MsgBurnResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.nft.v1.MsgBurnResponse;

                /**
                 * Creates a MsgBurnResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns MsgBurnResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.nft.v1.MsgBurnResponse;

                /**
                 * Creates a plain object from a MsgBurnResponse message. Also converts values to other types if specified.
                 * @param m MsgBurnResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.nft.v1.MsgBurnResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgBurnResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MsgBurnResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgApprove. */
            interface IMsgApprove {

                /** MsgApprove sender */
                sender?: (string|null);

                /** MsgApprove classId */
                classId?: (string|null);

                /** MsgApprove id */
                id?: (string|null);

                /** MsgApprove spender */
                spender?: (string|null);
            }

            /** Represents a MsgApprove. */
            class MsgApprove implements IMsgApprove {

                /**
                 * Constructs a new MsgApprove.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.nft.v1.IMsgApprove);

                /** MsgApprove sender. */
                public sender: string;

                /** MsgApprove classId. */
                public classId: string;

                /** MsgApprove id. */
                public id: string;

                /** MsgApprove spender. */
                public spender: string;

                /**
                 * Creates a new MsgApprove instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgApprove instance
                 */
                public static create(properties?: pogcs.nft.v1.IMsgApprove): pogcs.nft.v1.MsgApprove;

                /**
                 * Encodes the specified MsgApprove message. Does not implicitly {@link pogcs.nft.v1.MsgApprove.verify|verify} messages.
                 * @param m MsgApprove message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.nft.v1.IMsgApprove, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgApprove message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns MsgApprove
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.nft.v1.MsgApprove;

                /**
                 * Creates a MsgApprove message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns MsgApprove
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.nft.v1.MsgApprove;

                /**
                 * Creates a plain object from a MsgApprove message. Also converts values to other types if specified.
                 * @param m MsgApprove
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.nft.v1.MsgApprove, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgApprove to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MsgApprove
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgApproveResponse. */
            interface IMsgApproveResponse {
            }

            /** Represents a MsgApproveResponse. */
            class MsgApproveResponse implements IMsgApproveResponse {

                /**
                 * Constructs a new MsgApproveResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.nft.v1.IMsgApproveResponse);

                /**
                 * Creates a new MsgApproveResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgApproveResponse instance
                 */
                public static create(properties?: pogcs.nft.v1.IMsgApproveResponse): pogcs.nft.v1.MsgApproveResponse;

                /**
                 * Encodes the specified MsgApproveResponse message. Does not implicitly {@link pogcs.nft.v1.MsgApproveResponse.verify|verify} messages.
                 * @param m MsgApproveResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.nft.v1.IMsgApproveResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgApproveResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns MsgApproveResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.nft.v1.MsgApproveResponse;

                /**
                 * Creates a MsgApproveResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns MsgApproveResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.nft.v1.MsgApproveResponse;

                /**
                 * Creates a plain object from a MsgApproveResponse message. Also converts values to other types if specified.
                 * @param m MsgApproveResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.nft.v1.MsgApproveResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgApproveResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MsgApproveResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgSetApprovalForAll. */
            interface IMsgSetApprovalForAll {

                /** MsgSetApprovalForAll owner */
                owner?: (string|null);

                /** MsgSetApprovalForAll operator */
                operator?: (string|null);

                /** MsgSetApprovalForAll approved */
                approved?: (boolean|null);
            }

            /** Represents a MsgSetApprovalForAll. */
            class MsgSetApprovalForAll implements IMsgSetApprovalForAll {

                /**
                 * Constructs a new MsgSetApprovalForAll.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.nft.v1.IMsgSetApprovalForAll);

                /** MsgSetApprovalForAll owner. */
                public owner: string;

                /** MsgSetApprovalForAll operator. */
                public operator: string;

                /** MsgSetApprovalForAll approved. */
                public approved: boolean;

                /**
                 * Creates a new MsgSetApprovalForAll instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgSetApprovalForAll instance
                 */
                public static create(properties?: pogcs.nft.v1.IMsgSetApprovalForAll): pogcs.nft.v1.MsgSetApprovalForAll;

                /**
                 * Encodes the specified MsgSetApprovalForAll message. Does not implicitly {@link pogcs.nft.v1.MsgSetApprovalForAll.verify|verify} messages.
                 * @param m MsgSetApprovalForAll message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.nft.v1.IMsgSetApprovalForAll, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgSetApprovalForAll message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns MsgSetApprovalForAll
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.nft.v1.MsgSetApprovalForAll;

                /**
                 * Creates a MsgSetApprovalForAll message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns MsgSetApprovalForAll
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.nft.v1.MsgSetApprovalForAll;

                /**
                 * Creates a plain object from a MsgSetApprovalForAll message. Also converts values to other types if specified.
                 * @param m MsgSetApprovalForAll
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.nft.v1.MsgSetApprovalForAll, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgSetApprovalForAll to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MsgSetApprovalForAll
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgSetApprovalForAllResponse. */
            interface IMsgSetApprovalForAllResponse {
            }

            /** Represents a MsgSetApprovalForAllResponse. */
            class MsgSetApprovalForAllResponse implements IMsgSetApprovalForAllResponse {

                /**
                 * Constructs a new MsgSetApprovalForAllResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.nft.v1.IMsgSetApprovalForAllResponse);

                /**
                 * Creates a new MsgSetApprovalForAllResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgSetApprovalForAllResponse instance
                 */
                public static create(properties?: pogcs.nft.v1.IMsgSetApprovalForAllResponse): pogcs.nft.v1.MsgSetApprovalForAllResponse;

                /**
                 * Encodes the specified MsgSetApprovalForAllResponse message. Does not implicitly {@link pogcs.nft.v1.MsgSetApprovalForAllResponse.verify|verify} messages.
                 * @param m MsgSetApprovalForAllResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.nft.v1.IMsgSetApprovalForAllResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgSetApprovalForAllResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns MsgSetApprovalForAllResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.nft.v1.MsgSetApprovalForAllResponse;

                /**
                 * Creates a MsgSetApprovalForAllResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns MsgSetApprovalForAllResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.nft.v1.MsgSetApprovalForAllResponse;

                /**
                 * Creates a plain object from a MsgSetApprovalForAllResponse message. Also converts values to other types if specified.
                 * @param m MsgSetApprovalForAllResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.nft.v1.MsgSetApprovalForAllResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgSetApprovalForAllResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MsgSetApprovalForAllResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgSetUser. */
            interface IMsgSetUser {

                /** MsgSetUser sender */
                sender?: (string|null);

                /** MsgSetUser classId */
                classId?: (string|null);

                /** MsgSetUser id */
                id?: (string|null);

                /** MsgSetUser user */
                user?: (string|null);

                /** MsgSetUser expires */
                expires?: (Long|null);
            }

            /** Represents a MsgSetUser. */
            class MsgSetUser implements IMsgSetUser {

                /**
                 * Constructs a new MsgSetUser.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.nft.v1.IMsgSetUser);

                /** MsgSetUser sender. */
                public sender: string;

                /** MsgSetUser classId. */
                public classId: string;

                /** MsgSetUser id. */
                public id: string;

                /** MsgSetUser user. */
                public user: string;

                /** MsgSetUser expires. */
                public expires: Long;

                /**
                 * Creates a new MsgSetUser instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgSetUser instance
                 */
                public static create(properties?: pogcs.nft.v1.IMsgSetUser): pogcs.nft.v1.MsgSetUser;

                /**
                 * Encodes the specified MsgSetUser message. Does not implicitly {@link pogcs.nft.v1.MsgSetUser.verify|verify} messages.
                 * @param m MsgSetUser message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.nft.v1.IMsgSetUser, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgSetUser message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns MsgSetUser
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.nft.v1.MsgSetUser;

                /**
                 * Creates a MsgSetUser message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns MsgSetUser
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.nft.v1.MsgSetUser;

                /**
                 * Creates a plain object from a MsgSetUser message. Also converts values to other types if specified.
                 * @param m MsgSetUser
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.nft.v1.MsgSetUser, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgSetUser to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MsgSetUser
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgSetUserResponse. */
            interface IMsgSetUserResponse {
            }

            /** Represents a MsgSetUserResponse. */
            class MsgSetUserResponse implements IMsgSetUserResponse {

                /**
                 * Constructs a new MsgSetUserResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.nft.v1.IMsgSetUserResponse);

                /**
                 * Creates a new MsgSetUserResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgSetUserResponse instance
                 */
                public static create(properties?: pogcs.nft.v1.IMsgSetUserResponse): pogcs.nft.v1.MsgSetUserResponse;

                /**
                 * Encodes the specified MsgSetUserResponse message. Does not implicitly {@link pogcs.nft.v1.MsgSetUserResponse.verify|verify} messages.
                 * @param m MsgSetUserResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.nft.v1.IMsgSetUserResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgSetUserResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns MsgSetUserResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.nft.v1.MsgSetUserResponse;

                /**
                 * Creates a MsgSetUserResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns MsgSetUserResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.nft.v1.MsgSetUserResponse;

                /**
                 * Creates a plain object from a MsgSetUserResponse message. Also converts values to other types if specified.
                 * @param m MsgSetUserResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.nft.v1.MsgSetUserResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgSetUserResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MsgSetUserResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }

    /** Namespace pogcs. */
    namespace pogcs {

        /** Namespace v1. */
        namespace v1 {

            /** Properties of a QueryParamsRequest. */
            interface IQueryParamsRequest {
            }

            /** Represents a QueryParamsRequest. */
            class QueryParamsRequest implements IQueryParamsRequest {

                /**
                 * Constructs a new QueryParamsRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.pogcs.v1.IQueryParamsRequest);

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsRequest instance
                 */
                public static create(properties?: pogcs.pogcs.v1.IQueryParamsRequest): pogcs.pogcs.v1.QueryParamsRequest;

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link pogcs.pogcs.v1.QueryParamsRequest.verify|verify} messages.
                 * @param m QueryParamsRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.pogcs.v1.IQueryParamsRequest, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.pogcs.v1.QueryParamsRequest;

                /**
                 * Creates a QueryParamsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryParamsRequest
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.pogcs.v1.QueryParamsRequest;

                /**
                 * Creates a plain object from a QueryParamsRequest message. Also converts values to other types if specified.
                 * @param m QueryParamsRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.pogcs.v1.QueryParamsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryParamsRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryParamsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryParamsResponse. */
            interface IQueryParamsResponse {

                /** QueryParamsResponse params */
                params?: (pogcs.pogcs.v1.IParams|null);

                /** QueryParamsResponse emission */
                emission?: (pogcs.pogcs.v1.IEmissionSchedule|null);
            }

            /** Represents a QueryParamsResponse. */
            class QueryParamsResponse implements IQueryParamsResponse {

                /**
                 * Constructs a new QueryParamsResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.pogcs.v1.IQueryParamsResponse);

                /** QueryParamsResponse params. */
                public params?: (pogcs.pogcs.v1.IParams|null);

                /** QueryParamsResponse emission. */
                public emission?: (pogcs.pogcs.v1.IEmissionSchedule|null);

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsResponse instance
                 */
                public static create(properties?: pogcs.pogcs.v1.IQueryParamsResponse): pogcs.pogcs.v1.QueryParamsResponse;

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link pogcs.pogcs.v1.QueryParamsResponse.verify|verify} messages.
                 * @param m QueryParamsResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.pogcs.v1.IQueryParamsResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.pogcs.v1.QueryParamsResponse;

                /**
                 * Creates a QueryParamsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryParamsResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.pogcs.v1.QueryParamsResponse;

                /**
                 * Creates a plain object from a QueryParamsResponse message. Also converts values to other types if specified.
                 * @param m QueryParamsResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.pogcs.v1.QueryParamsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryParamsResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryParamsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryValidatorPowerRequest. */
            interface IQueryValidatorPowerRequest {

                /** QueryValidatorPowerRequest operator */
                operator?: (string|null);
            }

            /** Represents a QueryValidatorPowerRequest. */
            class QueryValidatorPowerRequest implements IQueryValidatorPowerRequest {

                /**
                 * Constructs a new QueryValidatorPowerRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.pogcs.v1.IQueryValidatorPowerRequest);

                /** QueryValidatorPowerRequest operator. */
                public operator: string;

                /**
                 * Creates a new QueryValidatorPowerRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryValidatorPowerRequest instance
                 */
                public static create(properties?: pogcs.pogcs.v1.IQueryValidatorPowerRequest): pogcs.pogcs.v1.QueryValidatorPowerRequest;

                /**
                 * Encodes the specified QueryValidatorPowerRequest message. Does not implicitly {@link pogcs.pogcs.v1.QueryValidatorPowerRequest.verify|verify} messages.
                 * @param m QueryValidatorPowerRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.pogcs.v1.IQueryValidatorPowerRequest, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryValidatorPowerRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryValidatorPowerRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.pogcs.v1.QueryValidatorPowerRequest;

                /**
                 * Creates a QueryValidatorPowerRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryValidatorPowerRequest
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.pogcs.v1.QueryValidatorPowerRequest;

                /**
                 * Creates a plain object from a QueryValidatorPowerRequest message. Also converts values to other types if specified.
                 * @param m QueryValidatorPowerRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.pogcs.v1.QueryValidatorPowerRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryValidatorPowerRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryValidatorPowerRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryValidatorPowerResponse. */
            interface IQueryValidatorPowerResponse {

                /** QueryValidatorPowerResponse power */
                power?: (pogcs.pogcs.v1.IValidatorPower|null);
            }

            /** Represents a QueryValidatorPowerResponse. */
            class QueryValidatorPowerResponse implements IQueryValidatorPowerResponse {

                /**
                 * Constructs a new QueryValidatorPowerResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.pogcs.v1.IQueryValidatorPowerResponse);

                /** QueryValidatorPowerResponse power. */
                public power?: (pogcs.pogcs.v1.IValidatorPower|null);

                /**
                 * Creates a new QueryValidatorPowerResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryValidatorPowerResponse instance
                 */
                public static create(properties?: pogcs.pogcs.v1.IQueryValidatorPowerResponse): pogcs.pogcs.v1.QueryValidatorPowerResponse;

                /**
                 * Encodes the specified QueryValidatorPowerResponse message. Does not implicitly {@link pogcs.pogcs.v1.QueryValidatorPowerResponse.verify|verify} messages.
                 * @param m QueryValidatorPowerResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.pogcs.v1.IQueryValidatorPowerResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryValidatorPowerResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryValidatorPowerResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.pogcs.v1.QueryValidatorPowerResponse;

                /**
                 * Creates a QueryValidatorPowerResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryValidatorPowerResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.pogcs.v1.QueryValidatorPowerResponse;

                /**
                 * Creates a plain object from a QueryValidatorPowerResponse message. Also converts values to other types if specified.
                 * @param m QueryValidatorPowerResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.pogcs.v1.QueryValidatorPowerResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryValidatorPowerResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryValidatorPowerResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryValidatorPowersRequest. */
            interface IQueryValidatorPowersRequest {
            }

            /** Represents a QueryValidatorPowersRequest. */
            class QueryValidatorPowersRequest implements IQueryValidatorPowersRequest {

                /**
                 * Constructs a new QueryValidatorPowersRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.pogcs.v1.IQueryValidatorPowersRequest);

                /**
                 * Creates a new QueryValidatorPowersRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryValidatorPowersRequest instance
                 */
                public static create(properties?: pogcs.pogcs.v1.IQueryValidatorPowersRequest): pogcs.pogcs.v1.QueryValidatorPowersRequest;

                /**
                 * Encodes the specified QueryValidatorPowersRequest message. Does not implicitly {@link pogcs.pogcs.v1.QueryValidatorPowersRequest.verify|verify} messages.
                 * @param m QueryValidatorPowersRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.pogcs.v1.IQueryValidatorPowersRequest, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryValidatorPowersRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryValidatorPowersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.pogcs.v1.QueryValidatorPowersRequest;

                /**
                 * Creates a QueryValidatorPowersRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryValidatorPowersRequest
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.pogcs.v1.QueryValidatorPowersRequest;

                /**
                 * Creates a plain object from a QueryValidatorPowersRequest message. Also converts values to other types if specified.
                 * @param m QueryValidatorPowersRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.pogcs.v1.QueryValidatorPowersRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryValidatorPowersRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryValidatorPowersRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryValidatorPowersResponse. */
            interface IQueryValidatorPowersResponse {

                /** QueryValidatorPowersResponse powers */
                powers?: (pogcs.pogcs.v1.IValidatorPower[]|null);

                /** QueryValidatorPowersResponse total */
                total?: (string|null);
            }

            /** Represents a QueryValidatorPowersResponse. */
            class QueryValidatorPowersResponse implements IQueryValidatorPowersResponse {

                /**
                 * Constructs a new QueryValidatorPowersResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.pogcs.v1.IQueryValidatorPowersResponse);

                /** QueryValidatorPowersResponse powers. */
                public powers: pogcs.pogcs.v1.IValidatorPower[];

                /** QueryValidatorPowersResponse total. */
                public total: string;

                /**
                 * Creates a new QueryValidatorPowersResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryValidatorPowersResponse instance
                 */
                public static create(properties?: pogcs.pogcs.v1.IQueryValidatorPowersResponse): pogcs.pogcs.v1.QueryValidatorPowersResponse;

                /**
                 * Encodes the specified QueryValidatorPowersResponse message. Does not implicitly {@link pogcs.pogcs.v1.QueryValidatorPowersResponse.verify|verify} messages.
                 * @param m QueryValidatorPowersResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.pogcs.v1.IQueryValidatorPowersResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryValidatorPowersResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryValidatorPowersResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.pogcs.v1.QueryValidatorPowersResponse;

                /**
                 * Creates a QueryValidatorPowersResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryValidatorPowersResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.pogcs.v1.QueryValidatorPowersResponse;

                /**
                 * Creates a plain object from a QueryValidatorPowersResponse message. Also converts values to other types if specified.
                 * @param m QueryValidatorPowersResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.pogcs.v1.QueryValidatorPowersResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryValidatorPowersResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryValidatorPowersResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryPendingRewardsRequest. */
            interface IQueryPendingRewardsRequest {

                /** QueryPendingRewardsRequest address */
                address?: (string|null);
            }

            /** Represents a QueryPendingRewardsRequest. */
            class QueryPendingRewardsRequest implements IQueryPendingRewardsRequest {

                /**
                 * Constructs a new QueryPendingRewardsRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.pogcs.v1.IQueryPendingRewardsRequest);

                /** QueryPendingRewardsRequest address. */
                public address: string;

                /**
                 * Creates a new QueryPendingRewardsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryPendingRewardsRequest instance
                 */
                public static create(properties?: pogcs.pogcs.v1.IQueryPendingRewardsRequest): pogcs.pogcs.v1.QueryPendingRewardsRequest;

                /**
                 * Encodes the specified QueryPendingRewardsRequest message. Does not implicitly {@link pogcs.pogcs.v1.QueryPendingRewardsRequest.verify|verify} messages.
                 * @param m QueryPendingRewardsRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.pogcs.v1.IQueryPendingRewardsRequest, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryPendingRewardsRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryPendingRewardsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.pogcs.v1.QueryPendingRewardsRequest;

                /**
                 * Creates a QueryPendingRewardsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryPendingRewardsRequest
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.pogcs.v1.QueryPendingRewardsRequest;

                /**
                 * Creates a plain object from a QueryPendingRewardsRequest message. Also converts values to other types if specified.
                 * @param m QueryPendingRewardsRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.pogcs.v1.QueryPendingRewardsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryPendingRewardsRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryPendingRewardsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryPendingRewardsResponse. */
            interface IQueryPendingRewardsResponse {

                /** QueryPendingRewardsResponse amount */
                amount?: (string|null);

                /** QueryPendingRewardsResponse denom */
                denom?: (string|null);
            }

            /** Represents a QueryPendingRewardsResponse. */
            class QueryPendingRewardsResponse implements IQueryPendingRewardsResponse {

                /**
                 * Constructs a new QueryPendingRewardsResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.pogcs.v1.IQueryPendingRewardsResponse);

                /** QueryPendingRewardsResponse amount. */
                public amount: string;

                /** QueryPendingRewardsResponse denom. */
                public denom: string;

                /**
                 * Creates a new QueryPendingRewardsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryPendingRewardsResponse instance
                 */
                public static create(properties?: pogcs.pogcs.v1.IQueryPendingRewardsResponse): pogcs.pogcs.v1.QueryPendingRewardsResponse;

                /**
                 * Encodes the specified QueryPendingRewardsResponse message. Does not implicitly {@link pogcs.pogcs.v1.QueryPendingRewardsResponse.verify|verify} messages.
                 * @param m QueryPendingRewardsResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.pogcs.v1.IQueryPendingRewardsResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryPendingRewardsResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryPendingRewardsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.pogcs.v1.QueryPendingRewardsResponse;

                /**
                 * Creates a QueryPendingRewardsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryPendingRewardsResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.pogcs.v1.QueryPendingRewardsResponse;

                /**
                 * Creates a plain object from a QueryPendingRewardsResponse message. Also converts values to other types if specified.
                 * @param m QueryPendingRewardsResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.pogcs.v1.QueryPendingRewardsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryPendingRewardsResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryPendingRewardsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryLedgerRequest. */
            interface IQueryLedgerRequest {
            }

            /** Represents a QueryLedgerRequest. */
            class QueryLedgerRequest implements IQueryLedgerRequest {

                /**
                 * Constructs a new QueryLedgerRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.pogcs.v1.IQueryLedgerRequest);

                /**
                 * Creates a new QueryLedgerRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryLedgerRequest instance
                 */
                public static create(properties?: pogcs.pogcs.v1.IQueryLedgerRequest): pogcs.pogcs.v1.QueryLedgerRequest;

                /**
                 * Encodes the specified QueryLedgerRequest message. Does not implicitly {@link pogcs.pogcs.v1.QueryLedgerRequest.verify|verify} messages.
                 * @param m QueryLedgerRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.pogcs.v1.IQueryLedgerRequest, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryLedgerRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryLedgerRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.pogcs.v1.QueryLedgerRequest;

                /**
                 * Creates a QueryLedgerRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryLedgerRequest
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.pogcs.v1.QueryLedgerRequest;

                /**
                 * Creates a plain object from a QueryLedgerRequest message. Also converts values to other types if specified.
                 * @param m QueryLedgerRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.pogcs.v1.QueryLedgerRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryLedgerRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryLedgerRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryLedgerResponse. */
            interface IQueryLedgerResponse {

                /** QueryLedgerResponse ledger */
                ledger?: (pogcs.pogcs.v1.ILedger|null);
            }

            /** Represents a QueryLedgerResponse. */
            class QueryLedgerResponse implements IQueryLedgerResponse {

                /**
                 * Constructs a new QueryLedgerResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.pogcs.v1.IQueryLedgerResponse);

                /** QueryLedgerResponse ledger. */
                public ledger?: (pogcs.pogcs.v1.ILedger|null);

                /**
                 * Creates a new QueryLedgerResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryLedgerResponse instance
                 */
                public static create(properties?: pogcs.pogcs.v1.IQueryLedgerResponse): pogcs.pogcs.v1.QueryLedgerResponse;

                /**
                 * Encodes the specified QueryLedgerResponse message. Does not implicitly {@link pogcs.pogcs.v1.QueryLedgerResponse.verify|verify} messages.
                 * @param m QueryLedgerResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.pogcs.v1.IQueryLedgerResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryLedgerResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryLedgerResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.pogcs.v1.QueryLedgerResponse;

                /**
                 * Creates a QueryLedgerResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryLedgerResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.pogcs.v1.QueryLedgerResponse;

                /**
                 * Creates a plain object from a QueryLedgerResponse message. Also converts values to other types if specified.
                 * @param m QueryLedgerResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.pogcs.v1.QueryLedgerResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryLedgerResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryLedgerResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryDeviceRewardsRequest. */
            interface IQueryDeviceRewardsRequest {

                /** QueryDeviceRewardsRequest deviceId */
                deviceId?: (Long|null);

                /** QueryDeviceRewardsRequest epoch */
                epoch?: (Long|null);
            }

            /** Represents a QueryDeviceRewardsRequest. */
            class QueryDeviceRewardsRequest implements IQueryDeviceRewardsRequest {

                /**
                 * Constructs a new QueryDeviceRewardsRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.pogcs.v1.IQueryDeviceRewardsRequest);

                /** QueryDeviceRewardsRequest deviceId. */
                public deviceId: Long;

                /** QueryDeviceRewardsRequest epoch. */
                public epoch: Long;

                /**
                 * Creates a new QueryDeviceRewardsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryDeviceRewardsRequest instance
                 */
                public static create(properties?: pogcs.pogcs.v1.IQueryDeviceRewardsRequest): pogcs.pogcs.v1.QueryDeviceRewardsRequest;

                /**
                 * Encodes the specified QueryDeviceRewardsRequest message. Does not implicitly {@link pogcs.pogcs.v1.QueryDeviceRewardsRequest.verify|verify} messages.
                 * @param m QueryDeviceRewardsRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.pogcs.v1.IQueryDeviceRewardsRequest, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryDeviceRewardsRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryDeviceRewardsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.pogcs.v1.QueryDeviceRewardsRequest;

                /**
                 * Creates a QueryDeviceRewardsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryDeviceRewardsRequest
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.pogcs.v1.QueryDeviceRewardsRequest;

                /**
                 * Creates a plain object from a QueryDeviceRewardsRequest message. Also converts values to other types if specified.
                 * @param m QueryDeviceRewardsRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.pogcs.v1.QueryDeviceRewardsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryDeviceRewardsRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryDeviceRewardsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryDeviceRewardsResponse. */
            interface IQueryDeviceRewardsResponse {

                /** QueryDeviceRewardsResponse result */
                result?: (pogcs.pogcs.v1.IDeviceEpochResult|null);
            }

            /** Represents a QueryDeviceRewardsResponse. */
            class QueryDeviceRewardsResponse implements IQueryDeviceRewardsResponse {

                /**
                 * Constructs a new QueryDeviceRewardsResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.pogcs.v1.IQueryDeviceRewardsResponse);

                /** QueryDeviceRewardsResponse result. */
                public result?: (pogcs.pogcs.v1.IDeviceEpochResult|null);

                /**
                 * Creates a new QueryDeviceRewardsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryDeviceRewardsResponse instance
                 */
                public static create(properties?: pogcs.pogcs.v1.IQueryDeviceRewardsResponse): pogcs.pogcs.v1.QueryDeviceRewardsResponse;

                /**
                 * Encodes the specified QueryDeviceRewardsResponse message. Does not implicitly {@link pogcs.pogcs.v1.QueryDeviceRewardsResponse.verify|verify} messages.
                 * @param m QueryDeviceRewardsResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.pogcs.v1.IQueryDeviceRewardsResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryDeviceRewardsResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns QueryDeviceRewardsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.pogcs.v1.QueryDeviceRewardsResponse;

                /**
                 * Creates a QueryDeviceRewardsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns QueryDeviceRewardsResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.pogcs.v1.QueryDeviceRewardsResponse;

                /**
                 * Creates a plain object from a QueryDeviceRewardsResponse message. Also converts values to other types if specified.
                 * @param m QueryDeviceRewardsResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.pogcs.v1.QueryDeviceRewardsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryDeviceRewardsResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QueryDeviceRewardsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Params. */
            interface IParams {

                /** Params vgcWindowEpochs */
                vgcWindowEpochs?: (Long|null);

                /** Params vgcTarget */
                vgcTarget?: (string|null);

                /** Params gMaxPpm */
                gMaxPpm?: (Long|null);

                /** Params powerCapPpm */
                powerCapPpm?: (Long|null);

                /** Params whPerGpuHour */
                whPerGpuHour?: (Long|null);

                /** Params scoreThreshold */
                scoreThreshold?: (number|null);

                /** Params stakersPermille */
                stakersPermille?: (number|null);

                /** Params capacityPoolPermille */
                capacityPoolPermille?: (number|null);

                /** Params workPoolPermille */
                workPoolPermille?: (number|null);

                /** Params feeBurnPermille */
                feeBurnPermille?: (number|null);
            }

            /** Represents a Params. */
            class Params implements IParams {

                /**
                 * Constructs a new Params.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.pogcs.v1.IParams);

                /** Params vgcWindowEpochs. */
                public vgcWindowEpochs: Long;

                /** Params vgcTarget. */
                public vgcTarget: string;

                /** Params gMaxPpm. */
                public gMaxPpm: Long;

                /** Params powerCapPpm. */
                public powerCapPpm: Long;

                /** Params whPerGpuHour. */
                public whPerGpuHour: Long;

                /** Params scoreThreshold. */
                public scoreThreshold: number;

                /** Params stakersPermille. */
                public stakersPermille: number;

                /** Params capacityPoolPermille. */
                public capacityPoolPermille: number;

                /** Params workPoolPermille. */
                public workPoolPermille: number;

                /** Params feeBurnPermille. */
                public feeBurnPermille: number;

                /**
                 * Creates a new Params instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Params instance
                 */
                public static create(properties?: pogcs.pogcs.v1.IParams): pogcs.pogcs.v1.Params;

                /**
                 * Encodes the specified Params message. Does not implicitly {@link pogcs.pogcs.v1.Params.verify|verify} messages.
                 * @param m Params message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.pogcs.v1.IParams, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.pogcs.v1.Params;

                /**
                 * Creates a Params message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Params
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.pogcs.v1.Params;

                /**
                 * Creates a plain object from a Params message. Also converts values to other types if specified.
                 * @param m Params
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.pogcs.v1.Params, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Params to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Params
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an EmissionSchedule. */
            interface IEmissionSchedule {

                /** EmissionSchedule denom */
                denom?: (string|null);

                /** EmissionSchedule initialPerBlock */
                initialPerBlock?: (string|null);

                /** EmissionSchedule decayEveryBlocks */
                decayEveryBlocks?: (Long|null);

                /** EmissionSchedule decayNum */
                decayNum?: (number|null);

                /** EmissionSchedule decayDen */
                decayDen?: (number|null);

                /** EmissionSchedule maxSupply */
                maxSupply?: (string|null);
            }

            /** Represents an EmissionSchedule. */
            class EmissionSchedule implements IEmissionSchedule {

                /**
                 * Constructs a new EmissionSchedule.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.pogcs.v1.IEmissionSchedule);

                /** EmissionSchedule denom. */
                public denom: string;

                /** EmissionSchedule initialPerBlock. */
                public initialPerBlock: string;

                /** EmissionSchedule decayEveryBlocks. */
                public decayEveryBlocks: Long;

                /** EmissionSchedule decayNum. */
                public decayNum: number;

                /** EmissionSchedule decayDen. */
                public decayDen: number;

                /** EmissionSchedule maxSupply. */
                public maxSupply: string;

                /**
                 * Creates a new EmissionSchedule instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EmissionSchedule instance
                 */
                public static create(properties?: pogcs.pogcs.v1.IEmissionSchedule): pogcs.pogcs.v1.EmissionSchedule;

                /**
                 * Encodes the specified EmissionSchedule message. Does not implicitly {@link pogcs.pogcs.v1.EmissionSchedule.verify|verify} messages.
                 * @param m EmissionSchedule message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.pogcs.v1.IEmissionSchedule, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EmissionSchedule message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns EmissionSchedule
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.pogcs.v1.EmissionSchedule;

                /**
                 * Creates an EmissionSchedule message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns EmissionSchedule
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.pogcs.v1.EmissionSchedule;

                /**
                 * Creates a plain object from an EmissionSchedule message. Also converts values to other types if specified.
                 * @param m EmissionSchedule
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.pogcs.v1.EmissionSchedule, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EmissionSchedule to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for EmissionSchedule
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Ledger. */
            interface ILedger {

                /** Ledger genesisSupply */
                genesisSupply?: (string|null);

                /** Ledger emitted */
                emitted?: (string|null);

                /** Ledger burned */
                burned?: (string|null);

                /** Ledger currentPerBlock */
                currentPerBlock?: (string|null);

                /** Ledger stakerDust */
                stakerDust?: (string|null);

                /** Ledger capacityPool */
                capacityPool?: (string|null);

                /** Ledger workPool */
                workPool?: (string|null);

                /** Ledger distributed */
                distributed?: (string|null);

                /** Ledger lastSettledEpoch */
                lastSettledEpoch?: (Long|null);

                /** Ledger anySettled */
                anySettled?: (boolean|null);

                /** Ledger feesCollected */
                feesCollected?: (string|null);

                /** Ledger withdrawn */
                withdrawn?: (string|null);

                /** Ledger burnedElsewhere */
                burnedElsewhere?: (string|null);
            }

            /** Represents a Ledger. */
            class Ledger implements ILedger {

                /**
                 * Constructs a new Ledger.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.pogcs.v1.ILedger);

                /** Ledger genesisSupply. */
                public genesisSupply: string;

                /** Ledger emitted. */
                public emitted: string;

                /** Ledger burned. */
                public burned: string;

                /** Ledger currentPerBlock. */
                public currentPerBlock: string;

                /** Ledger stakerDust. */
                public stakerDust: string;

                /** Ledger capacityPool. */
                public capacityPool: string;

                /** Ledger workPool. */
                public workPool: string;

                /** Ledger distributed. */
                public distributed: string;

                /** Ledger lastSettledEpoch. */
                public lastSettledEpoch: Long;

                /** Ledger anySettled. */
                public anySettled: boolean;

                /** Ledger feesCollected. */
                public feesCollected: string;

                /** Ledger withdrawn. */
                public withdrawn: string;

                /** Ledger burnedElsewhere. */
                public burnedElsewhere: string;

                /**
                 * Creates a new Ledger instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Ledger instance
                 */
                public static create(properties?: pogcs.pogcs.v1.ILedger): pogcs.pogcs.v1.Ledger;

                /**
                 * Encodes the specified Ledger message. Does not implicitly {@link pogcs.pogcs.v1.Ledger.verify|verify} messages.
                 * @param m Ledger message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.pogcs.v1.ILedger, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Ledger message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns Ledger
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.pogcs.v1.Ledger;

                /**
                 * Creates a Ledger message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Ledger
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.pogcs.v1.Ledger;

                /**
                 * Creates a plain object from a Ledger message. Also converts values to other types if specified.
                 * @param m Ledger
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.pogcs.v1.Ledger, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Ledger to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Ledger
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a ValidatorPower. */
            interface IValidatorPower {

                /** ValidatorPower operator */
                operator?: (string|null);

                /** ValidatorPower stake */
                stake?: (string|null);

                /** ValidatorPower gPpm */
                gPpm?: (Long|null);

                /** ValidatorPower vgc */
                vgc?: (string|null);

                /** ValidatorPower uncapped */
                uncapped?: (string|null);

                /** ValidatorPower power */
                power?: (string|null);

                /** ValidatorPower penalized */
                penalized?: (boolean|null);

                /** ValidatorPower epoch */
                epoch?: (Long|null);
            }

            /** Represents a ValidatorPower. */
            class ValidatorPower implements IValidatorPower {

                /**
                 * Constructs a new ValidatorPower.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.pogcs.v1.IValidatorPower);

                /** ValidatorPower operator. */
                public operator: string;

                /** ValidatorPower stake. */
                public stake: string;

                /** ValidatorPower gPpm. */
                public gPpm: Long;

                /** ValidatorPower vgc. */
                public vgc: string;

                /** ValidatorPower uncapped. */
                public uncapped: string;

                /** ValidatorPower power. */
                public power: string;

                /** ValidatorPower penalized. */
                public penalized: boolean;

                /** ValidatorPower epoch. */
                public epoch: Long;

                /**
                 * Creates a new ValidatorPower instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ValidatorPower instance
                 */
                public static create(properties?: pogcs.pogcs.v1.IValidatorPower): pogcs.pogcs.v1.ValidatorPower;

                /**
                 * Encodes the specified ValidatorPower message. Does not implicitly {@link pogcs.pogcs.v1.ValidatorPower.verify|verify} messages.
                 * @param m ValidatorPower message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.pogcs.v1.IValidatorPower, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ValidatorPower message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns ValidatorPower
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.pogcs.v1.ValidatorPower;

                /**
                 * Creates a ValidatorPower message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ValidatorPower
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.pogcs.v1.ValidatorPower;

                /**
                 * Creates a plain object from a ValidatorPower message. Also converts values to other types if specified.
                 * @param m ValidatorPower
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.pogcs.v1.ValidatorPower, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ValidatorPower to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for ValidatorPower
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a DeviceEpochResult. */
            interface IDeviceEpochResult {

                /** DeviceEpochResult deviceId */
                deviceId?: (Long|null);

                /** DeviceEpochResult epoch */
                epoch?: (Long|null);

                /** DeviceEpochResult validator */
                validator?: (string|null);

                /** DeviceEpochResult vgc */
                vgc?: (string|null);

                /** DeviceEpochResult capacityWeight */
                capacityWeight?: (string|null);

                /** DeviceEpochResult workReward */
                workReward?: (string|null);

                /** DeviceEpochResult capacityReward */
                capacityReward?: (string|null);
            }

            /** Represents a DeviceEpochResult. */
            class DeviceEpochResult implements IDeviceEpochResult {

                /**
                 * Constructs a new DeviceEpochResult.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.pogcs.v1.IDeviceEpochResult);

                /** DeviceEpochResult deviceId. */
                public deviceId: Long;

                /** DeviceEpochResult epoch. */
                public epoch: Long;

                /** DeviceEpochResult validator. */
                public validator: string;

                /** DeviceEpochResult vgc. */
                public vgc: string;

                /** DeviceEpochResult capacityWeight. */
                public capacityWeight: string;

                /** DeviceEpochResult workReward. */
                public workReward: string;

                /** DeviceEpochResult capacityReward. */
                public capacityReward: string;

                /**
                 * Creates a new DeviceEpochResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeviceEpochResult instance
                 */
                public static create(properties?: pogcs.pogcs.v1.IDeviceEpochResult): pogcs.pogcs.v1.DeviceEpochResult;

                /**
                 * Encodes the specified DeviceEpochResult message. Does not implicitly {@link pogcs.pogcs.v1.DeviceEpochResult.verify|verify} messages.
                 * @param m DeviceEpochResult message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.pogcs.v1.IDeviceEpochResult, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeviceEpochResult message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns DeviceEpochResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.pogcs.v1.DeviceEpochResult;

                /**
                 * Creates a DeviceEpochResult message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns DeviceEpochResult
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.pogcs.v1.DeviceEpochResult;

                /**
                 * Creates a plain object from a DeviceEpochResult message. Also converts values to other types if specified.
                 * @param m DeviceEpochResult
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.pogcs.v1.DeviceEpochResult, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeviceEpochResult to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for DeviceEpochResult
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgWithdrawRewards. */
            interface IMsgWithdrawRewards {

                /** MsgWithdrawRewards address */
                address?: (string|null);
            }

            /** Represents a MsgWithdrawRewards. */
            class MsgWithdrawRewards implements IMsgWithdrawRewards {

                /**
                 * Constructs a new MsgWithdrawRewards.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.pogcs.v1.IMsgWithdrawRewards);

                /** MsgWithdrawRewards address. */
                public address: string;

                /**
                 * Creates a new MsgWithdrawRewards instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgWithdrawRewards instance
                 */
                public static create(properties?: pogcs.pogcs.v1.IMsgWithdrawRewards): pogcs.pogcs.v1.MsgWithdrawRewards;

                /**
                 * Encodes the specified MsgWithdrawRewards message. Does not implicitly {@link pogcs.pogcs.v1.MsgWithdrawRewards.verify|verify} messages.
                 * @param m MsgWithdrawRewards message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.pogcs.v1.IMsgWithdrawRewards, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgWithdrawRewards message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns MsgWithdrawRewards
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.pogcs.v1.MsgWithdrawRewards;

                /**
                 * Creates a MsgWithdrawRewards message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns MsgWithdrawRewards
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.pogcs.v1.MsgWithdrawRewards;

                /**
                 * Creates a plain object from a MsgWithdrawRewards message. Also converts values to other types if specified.
                 * @param m MsgWithdrawRewards
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.pogcs.v1.MsgWithdrawRewards, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgWithdrawRewards to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MsgWithdrawRewards
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgWithdrawRewardsResponse. */
            interface IMsgWithdrawRewardsResponse {

                /** MsgWithdrawRewardsResponse amount */
                amount?: (string|null);
            }

            /** Represents a MsgWithdrawRewardsResponse. */
            class MsgWithdrawRewardsResponse implements IMsgWithdrawRewardsResponse {

                /**
                 * Constructs a new MsgWithdrawRewardsResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: pogcs.pogcs.v1.IMsgWithdrawRewardsResponse);

                /** MsgWithdrawRewardsResponse amount. */
                public amount: string;

                /**
                 * Creates a new MsgWithdrawRewardsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgWithdrawRewardsResponse instance
                 */
                public static create(properties?: pogcs.pogcs.v1.IMsgWithdrawRewardsResponse): pogcs.pogcs.v1.MsgWithdrawRewardsResponse;

                /**
                 * Encodes the specified MsgWithdrawRewardsResponse message. Does not implicitly {@link pogcs.pogcs.v1.MsgWithdrawRewardsResponse.verify|verify} messages.
                 * @param m MsgWithdrawRewardsResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                public static encode(m: pogcs.pogcs.v1.IMsgWithdrawRewardsResponse, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgWithdrawRewardsResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns MsgWithdrawRewardsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): pogcs.pogcs.v1.MsgWithdrawRewardsResponse;

                /**
                 * Creates a MsgWithdrawRewardsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns MsgWithdrawRewardsResponse
                 */
                public static fromObject(d: { [k: string]: any }): pogcs.pogcs.v1.MsgWithdrawRewardsResponse;

                /**
                 * Creates a plain object from a MsgWithdrawRewardsResponse message. Also converts values to other types if specified.
                 * @param m MsgWithdrawRewardsResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                public static toObject(m: pogcs.pogcs.v1.MsgWithdrawRewardsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgWithdrawRewardsResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MsgWithdrawRewardsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }
}
