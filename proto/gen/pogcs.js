/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const pogcs = $root.pogcs = (() => {

    /**
     * Namespace pogcs.
     * @exports pogcs
     * @namespace
     */
    const pogcs = {};

    pogcs.app = (function() {

        /**
         * Namespace app.
         * @memberof pogcs
         * @namespace
         */
        const app = {};

        app.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof pogcs.app
             * @namespace
             */
            const v1 = {};

            v1.QueryInvariantsRequest = (function() {

                /**
                 * Properties of a QueryInvariantsRequest.
                 * @memberof pogcs.app.v1
                 * @interface IQueryInvariantsRequest
                 */

                /**
                 * Constructs a new QueryInvariantsRequest.
                 * @memberof pogcs.app.v1
                 * @classdesc Represents a QueryInvariantsRequest.
                 * @implements IQueryInvariantsRequest
                 * @constructor
                 * @param {pogcs.app.v1.IQueryInvariantsRequest=} [p] Properties to set
                 */
                function QueryInvariantsRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * Creates a new QueryInvariantsRequest instance using the specified properties.
                 * @function create
                 * @memberof pogcs.app.v1.QueryInvariantsRequest
                 * @static
                 * @param {pogcs.app.v1.IQueryInvariantsRequest=} [properties] Properties to set
                 * @returns {pogcs.app.v1.QueryInvariantsRequest} QueryInvariantsRequest instance
                 */
                QueryInvariantsRequest.create = function create(properties) {
                    return new QueryInvariantsRequest(properties);
                };

                /**
                 * Encodes the specified QueryInvariantsRequest message. Does not implicitly {@link pogcs.app.v1.QueryInvariantsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.app.v1.QueryInvariantsRequest
                 * @static
                 * @param {pogcs.app.v1.IQueryInvariantsRequest} m QueryInvariantsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryInvariantsRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return w;
                };

                /**
                 * Decodes a QueryInvariantsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.app.v1.QueryInvariantsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.app.v1.QueryInvariantsRequest} QueryInvariantsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryInvariantsRequest.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.pogcs.app.v1.QueryInvariantsRequest();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Creates a QueryInvariantsRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.app.v1.QueryInvariantsRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.app.v1.QueryInvariantsRequest} QueryInvariantsRequest
                 */
                QueryInvariantsRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.app.v1.QueryInvariantsRequest)
                        return d;
                    return new $root.pogcs.app.v1.QueryInvariantsRequest();
                };

                /**
                 * Creates a plain object from a QueryInvariantsRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.app.v1.QueryInvariantsRequest
                 * @static
                 * @param {pogcs.app.v1.QueryInvariantsRequest} m QueryInvariantsRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryInvariantsRequest.toObject = function toObject() {
                    return {};
                };

                /**
                 * Converts this QueryInvariantsRequest to JSON.
                 * @function toJSON
                 * @memberof pogcs.app.v1.QueryInvariantsRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryInvariantsRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for QueryInvariantsRequest
                 * @function getTypeUrl
                 * @memberof pogcs.app.v1.QueryInvariantsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryInvariantsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.app.v1.QueryInvariantsRequest";
                };

                return QueryInvariantsRequest;
            })();

            v1.QueryInvariantsResponse = (function() {

                /**
                 * Properties of a QueryInvariantsResponse.
                 * @memberof pogcs.app.v1
                 * @interface IQueryInvariantsResponse
                 * @property {Array.<string>|null} [broken] QueryInvariantsResponse broken
                 * @property {number|null} [checked] QueryInvariantsResponse checked
                 */

                /**
                 * Constructs a new QueryInvariantsResponse.
                 * @memberof pogcs.app.v1
                 * @classdesc Represents a QueryInvariantsResponse.
                 * @implements IQueryInvariantsResponse
                 * @constructor
                 * @param {pogcs.app.v1.IQueryInvariantsResponse=} [p] Properties to set
                 */
                function QueryInvariantsResponse(p) {
                    this.broken = [];
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * QueryInvariantsResponse broken.
                 * @member {Array.<string>} broken
                 * @memberof pogcs.app.v1.QueryInvariantsResponse
                 * @instance
                 */
                QueryInvariantsResponse.prototype.broken = $util.emptyArray;

                /**
                 * QueryInvariantsResponse checked.
                 * @member {number} checked
                 * @memberof pogcs.app.v1.QueryInvariantsResponse
                 * @instance
                 */
                QueryInvariantsResponse.prototype.checked = 0;

                /**
                 * Creates a new QueryInvariantsResponse instance using the specified properties.
                 * @function create
                 * @memberof pogcs.app.v1.QueryInvariantsResponse
                 * @static
                 * @param {pogcs.app.v1.IQueryInvariantsResponse=} [properties] Properties to set
                 * @returns {pogcs.app.v1.QueryInvariantsResponse} QueryInvariantsResponse instance
                 */
                QueryInvariantsResponse.create = function create(properties) {
                    return new QueryInvariantsResponse(properties);
                };

                /**
                 * Encodes the specified QueryInvariantsResponse message. Does not implicitly {@link pogcs.app.v1.QueryInvariantsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.app.v1.QueryInvariantsResponse
                 * @static
                 * @param {pogcs.app.v1.IQueryInvariantsResponse} m QueryInvariantsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryInvariantsResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.broken != null && m.broken.length) {
                        for (var i = 0; i < m.broken.length; ++i)
                            w.uint32(10).string(m.broken[i]);
                    }
                    if (m.checked != null && Object.hasOwnProperty.call(m, "checked"))
                        w.uint32(16).uint32(m.checked);
                    return w;
                };

                /**
                 * Decodes a QueryInvariantsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.app.v1.QueryInvariantsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.app.v1.QueryInvariantsResponse} QueryInvariantsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryInvariantsResponse.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.pogcs.app.v1.QueryInvariantsResponse();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                if (!(m.broken && m.broken.length))
                                    m.broken = [];
                                m.broken.push(r.string());
                                break;
                            }
                        case 2: {
                                m.checked = r.uint32();
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Creates a QueryInvariantsResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.app.v1.QueryInvariantsResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.app.v1.QueryInvariantsResponse} QueryInvariantsResponse
                 */
                QueryInvariantsResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.app.v1.QueryInvariantsResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.app.v1.QueryInvariantsResponse: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.app.v1.QueryInvariantsResponse();
                    if (d.broken) {
                        if (!Array.isArray(d.broken))
                            throw TypeError(".pogcs.app.v1.QueryInvariantsResponse.broken: array expected");
                        m.broken = [];
                        for (var i = 0; i < d.broken.length; ++i) {
                            m.broken[i] = String(d.broken[i]);
                        }
                    }
                    if (d.checked != null) {
                        m.checked = d.checked >>> 0;
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a QueryInvariantsResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.app.v1.QueryInvariantsResponse
                 * @static
                 * @param {pogcs.app.v1.QueryInvariantsResponse} m QueryInvariantsResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryInvariantsResponse.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.broken = [];
                    }
                    if (o.defaults) {
                        d.checked = 0;
                    }
                    if (m.broken && m.broken.length) {
                        d.broken = [];
                        for (var j = 0; j < m.broken.length; ++j) {
                            d.broken[j] = m.broken[j];
                        }
                    }
                    if (m.checked != null && Object.hasOwnProperty.call(m, "checked")) {
                        d.checked = m.checked;
                    }
                    return d;
                };

                /**
                 * Converts this QueryInvariantsResponse to JSON.
                 * @function toJSON
                 * @memberof pogcs.app.v1.QueryInvariantsResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryInvariantsResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for QueryInvariantsResponse
                 * @function getTypeUrl
                 * @memberof pogcs.app.v1.QueryInvariantsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryInvariantsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.app.v1.QueryInvariantsResponse";
                };

                return QueryInvariantsResponse;
            })();

            v1.QueryMsgTypesRequest = (function() {

                /**
                 * Properties of a QueryMsgTypesRequest.
                 * @memberof pogcs.app.v1
                 * @interface IQueryMsgTypesRequest
                 */

                /**
                 * Constructs a new QueryMsgTypesRequest.
                 * @memberof pogcs.app.v1
                 * @classdesc Represents a QueryMsgTypesRequest.
                 * @implements IQueryMsgTypesRequest
                 * @constructor
                 * @param {pogcs.app.v1.IQueryMsgTypesRequest=} [p] Properties to set
                 */
                function QueryMsgTypesRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * Creates a new QueryMsgTypesRequest instance using the specified properties.
                 * @function create
                 * @memberof pogcs.app.v1.QueryMsgTypesRequest
                 * @static
                 * @param {pogcs.app.v1.IQueryMsgTypesRequest=} [properties] Properties to set
                 * @returns {pogcs.app.v1.QueryMsgTypesRequest} QueryMsgTypesRequest instance
                 */
                QueryMsgTypesRequest.create = function create(properties) {
                    return new QueryMsgTypesRequest(properties);
                };

                /**
                 * Encodes the specified QueryMsgTypesRequest message. Does not implicitly {@link pogcs.app.v1.QueryMsgTypesRequest.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.app.v1.QueryMsgTypesRequest
                 * @static
                 * @param {pogcs.app.v1.IQueryMsgTypesRequest} m QueryMsgTypesRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryMsgTypesRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return w;
                };

                /**
                 * Decodes a QueryMsgTypesRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.app.v1.QueryMsgTypesRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.app.v1.QueryMsgTypesRequest} QueryMsgTypesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryMsgTypesRequest.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.pogcs.app.v1.QueryMsgTypesRequest();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Creates a QueryMsgTypesRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.app.v1.QueryMsgTypesRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.app.v1.QueryMsgTypesRequest} QueryMsgTypesRequest
                 */
                QueryMsgTypesRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.app.v1.QueryMsgTypesRequest)
                        return d;
                    return new $root.pogcs.app.v1.QueryMsgTypesRequest();
                };

                /**
                 * Creates a plain object from a QueryMsgTypesRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.app.v1.QueryMsgTypesRequest
                 * @static
                 * @param {pogcs.app.v1.QueryMsgTypesRequest} m QueryMsgTypesRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryMsgTypesRequest.toObject = function toObject() {
                    return {};
                };

                /**
                 * Converts this QueryMsgTypesRequest to JSON.
                 * @function toJSON
                 * @memberof pogcs.app.v1.QueryMsgTypesRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryMsgTypesRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for QueryMsgTypesRequest
                 * @function getTypeUrl
                 * @memberof pogcs.app.v1.QueryMsgTypesRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryMsgTypesRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.app.v1.QueryMsgTypesRequest";
                };

                return QueryMsgTypesRequest;
            })();

            v1.QueryMsgTypesResponse = (function() {

                /**
                 * Properties of a QueryMsgTypesResponse.
                 * @memberof pogcs.app.v1
                 * @interface IQueryMsgTypesResponse
                 * @property {Array.<string>|null} [typeUrls] QueryMsgTypesResponse typeUrls
                 */

                /**
                 * Constructs a new QueryMsgTypesResponse.
                 * @memberof pogcs.app.v1
                 * @classdesc Represents a QueryMsgTypesResponse.
                 * @implements IQueryMsgTypesResponse
                 * @constructor
                 * @param {pogcs.app.v1.IQueryMsgTypesResponse=} [p] Properties to set
                 */
                function QueryMsgTypesResponse(p) {
                    this.typeUrls = [];
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * QueryMsgTypesResponse typeUrls.
                 * @member {Array.<string>} typeUrls
                 * @memberof pogcs.app.v1.QueryMsgTypesResponse
                 * @instance
                 */
                QueryMsgTypesResponse.prototype.typeUrls = $util.emptyArray;

                /**
                 * Creates a new QueryMsgTypesResponse instance using the specified properties.
                 * @function create
                 * @memberof pogcs.app.v1.QueryMsgTypesResponse
                 * @static
                 * @param {pogcs.app.v1.IQueryMsgTypesResponse=} [properties] Properties to set
                 * @returns {pogcs.app.v1.QueryMsgTypesResponse} QueryMsgTypesResponse instance
                 */
                QueryMsgTypesResponse.create = function create(properties) {
                    return new QueryMsgTypesResponse(properties);
                };

                /**
                 * Encodes the specified QueryMsgTypesResponse message. Does not implicitly {@link pogcs.app.v1.QueryMsgTypesResponse.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.app.v1.QueryMsgTypesResponse
                 * @static
                 * @param {pogcs.app.v1.IQueryMsgTypesResponse} m QueryMsgTypesResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryMsgTypesResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.typeUrls != null && m.typeUrls.length) {
                        for (var i = 0; i < m.typeUrls.length; ++i)
                            w.uint32(10).string(m.typeUrls[i]);
                    }
                    return w;
                };

                /**
                 * Decodes a QueryMsgTypesResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.app.v1.QueryMsgTypesResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.app.v1.QueryMsgTypesResponse} QueryMsgTypesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryMsgTypesResponse.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.pogcs.app.v1.QueryMsgTypesResponse();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                if (!(m.typeUrls && m.typeUrls.length))
                                    m.typeUrls = [];
                                m.typeUrls.push(r.string());
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Creates a QueryMsgTypesResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.app.v1.QueryMsgTypesResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.app.v1.QueryMsgTypesResponse} QueryMsgTypesResponse
                 */
                QueryMsgTypesResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.app.v1.QueryMsgTypesResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.app.v1.QueryMsgTypesResponse: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.app.v1.QueryMsgTypesResponse();
                    if (d.typeUrls) {
                        if (!Array.isArray(d.typeUrls))
                            throw TypeError(".pogcs.app.v1.QueryMsgTypesResponse.typeUrls: array expected");
                        m.typeUrls = [];
                        for (var i = 0; i < d.typeUrls.length; ++i) {
                            m.typeUrls[i] = String(d.typeUrls[i]);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a QueryMsgTypesResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.app.v1.QueryMsgTypesResponse
                 * @static
                 * @param {pogcs.app.v1.QueryMsgTypesResponse} m QueryMsgTypesResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryMsgTypesResponse.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.typeUrls = [];
                    }
                    if (m.typeUrls && m.typeUrls.length) {
                        d.typeUrls = [];
                        for (var j = 0; j < m.typeUrls.length; ++j) {
                            d.typeUrls[j] = m.typeUrls[j];
                        }
                    }
                    return d;
                };

                /**
                 * Converts this QueryMsgTypesResponse to JSON.
                 * @function toJSON
                 * @memberof pogcs.app.v1.QueryMsgTypesResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryMsgTypesResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for QueryMsgTypesResponse
                 * @function getTypeUrl
                 * @memberof pogcs.app.v1.QueryMsgTypesResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryMsgTypesResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.app.v1.QueryMsgTypesResponse";
                };

                return QueryMsgTypesResponse;
            })();

            return v1;
        })();

        return app;
    })();

    return pogcs;
})();

export { $root as default };
