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

    pogcs.devices = (function() {

        /**
         * Namespace devices.
         * @memberof pogcs
         * @namespace
         */
        const devices = {};

        devices.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof pogcs.devices
             * @namespace
             */
            const v1 = {};

            v1.PageReq = (function() {

                /**
                 * Properties of a PageReq.
                 * @memberof pogcs.devices.v1
                 * @interface IPageReq
                 * @property {Long|null} [offset] PageReq offset
                 * @property {Long|null} [limit] PageReq limit
                 */

                /**
                 * Constructs a new PageReq.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a PageReq.
                 * @implements IPageReq
                 * @constructor
                 * @param {pogcs.devices.v1.IPageReq=} [p] Properties to set
                 */
                function PageReq(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * PageReq offset.
                 * @member {Long} offset
                 * @memberof pogcs.devices.v1.PageReq
                 * @instance
                 */
                PageReq.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * PageReq limit.
                 * @member {Long} limit
                 * @memberof pogcs.devices.v1.PageReq
                 * @instance
                 */
                PageReq.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new PageReq instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.PageReq
                 * @static
                 * @param {pogcs.devices.v1.IPageReq=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.PageReq} PageReq instance
                 */
                PageReq.create = function create(properties) {
                    return new PageReq(properties);
                };

                /**
                 * Encodes the specified PageReq message. Does not implicitly {@link pogcs.devices.v1.PageReq.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.PageReq
                 * @static
                 * @param {pogcs.devices.v1.IPageReq} m PageReq message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PageReq.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.offset != null && Object.hasOwnProperty.call(m, "offset"))
                        w.uint32(8).uint64(m.offset);
                    if (m.limit != null && Object.hasOwnProperty.call(m, "limit"))
                        w.uint32(16).uint64(m.limit);
                    return w;
                };

                /**
                 * Decodes a PageReq message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.PageReq
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.PageReq} PageReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PageReq.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.PageReq();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.offset = r.uint64();
                                break;
                            }
                        case 2: {
                                m.limit = r.uint64();
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
                 * Creates a PageReq message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.PageReq
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.PageReq} PageReq
                 */
                PageReq.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.PageReq)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.PageReq: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.PageReq();
                    if (d.offset != null) {
                        if ($util.Long)
                            m.offset = $util.Long.fromValue(d.offset, true);
                        else if (typeof d.offset === "string")
                            m.offset = parseInt(d.offset, 10);
                        else if (typeof d.offset === "number")
                            m.offset = d.offset;
                        else if (typeof d.offset === "object")
                            m.offset = new $util.LongBits(d.offset.low >>> 0, d.offset.high >>> 0).toNumber(true);
                    }
                    if (d.limit != null) {
                        if ($util.Long)
                            m.limit = $util.Long.fromValue(d.limit, true);
                        else if (typeof d.limit === "string")
                            m.limit = parseInt(d.limit, 10);
                        else if (typeof d.limit === "number")
                            m.limit = d.limit;
                        else if (typeof d.limit === "object")
                            m.limit = new $util.LongBits(d.limit.low >>> 0, d.limit.high >>> 0).toNumber(true);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a PageReq message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.PageReq
                 * @static
                 * @param {pogcs.devices.v1.PageReq} m PageReq
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PageReq.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.offset = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.offset = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.limit = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.limit = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                    }
                    if (m.offset != null && Object.hasOwnProperty.call(m, "offset")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.offset = typeof m.offset === "number" ? BigInt(m.offset) : $util.Long.fromBits(m.offset.low >>> 0, m.offset.high >>> 0, true).toBigInt();
                        else if (typeof m.offset === "number")
                            d.offset = o.longs === String ? String(m.offset) : m.offset;
                        else
                            d.offset = o.longs === String ? $util.Long.prototype.toString.call(m.offset) : o.longs === Number ? new $util.LongBits(m.offset.low >>> 0, m.offset.high >>> 0).toNumber(true) : m.offset;
                    }
                    if (m.limit != null && Object.hasOwnProperty.call(m, "limit")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.limit = typeof m.limit === "number" ? BigInt(m.limit) : $util.Long.fromBits(m.limit.low >>> 0, m.limit.high >>> 0, true).toBigInt();
                        else if (typeof m.limit === "number")
                            d.limit = o.longs === String ? String(m.limit) : m.limit;
                        else
                            d.limit = o.longs === String ? $util.Long.prototype.toString.call(m.limit) : o.longs === Number ? new $util.LongBits(m.limit.low >>> 0, m.limit.high >>> 0).toNumber(true) : m.limit;
                    }
                    return d;
                };

                /**
                 * Converts this PageReq to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.PageReq
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PageReq.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for PageReq
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.PageReq
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                PageReq.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.PageReq";
                };

                return PageReq;
            })();

            v1.PageResp = (function() {

                /**
                 * Properties of a PageResp.
                 * @memberof pogcs.devices.v1
                 * @interface IPageResp
                 * @property {Long|null} [total] PageResp total
                 * @property {Long|null} [nextOffset] PageResp nextOffset
                 */

                /**
                 * Constructs a new PageResp.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a PageResp.
                 * @implements IPageResp
                 * @constructor
                 * @param {pogcs.devices.v1.IPageResp=} [p] Properties to set
                 */
                function PageResp(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * PageResp total.
                 * @member {Long} total
                 * @memberof pogcs.devices.v1.PageResp
                 * @instance
                 */
                PageResp.prototype.total = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * PageResp nextOffset.
                 * @member {Long} nextOffset
                 * @memberof pogcs.devices.v1.PageResp
                 * @instance
                 */
                PageResp.prototype.nextOffset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new PageResp instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.PageResp
                 * @static
                 * @param {pogcs.devices.v1.IPageResp=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.PageResp} PageResp instance
                 */
                PageResp.create = function create(properties) {
                    return new PageResp(properties);
                };

                /**
                 * Encodes the specified PageResp message. Does not implicitly {@link pogcs.devices.v1.PageResp.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.PageResp
                 * @static
                 * @param {pogcs.devices.v1.IPageResp} m PageResp message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PageResp.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.total != null && Object.hasOwnProperty.call(m, "total"))
                        w.uint32(8).uint64(m.total);
                    if (m.nextOffset != null && Object.hasOwnProperty.call(m, "nextOffset"))
                        w.uint32(16).uint64(m.nextOffset);
                    return w;
                };

                /**
                 * Decodes a PageResp message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.PageResp
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.PageResp} PageResp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PageResp.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.PageResp();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.total = r.uint64();
                                break;
                            }
                        case 2: {
                                m.nextOffset = r.uint64();
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
                 * Creates a PageResp message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.PageResp
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.PageResp} PageResp
                 */
                PageResp.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.PageResp)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.PageResp: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.PageResp();
                    if (d.total != null) {
                        if ($util.Long)
                            m.total = $util.Long.fromValue(d.total, true);
                        else if (typeof d.total === "string")
                            m.total = parseInt(d.total, 10);
                        else if (typeof d.total === "number")
                            m.total = d.total;
                        else if (typeof d.total === "object")
                            m.total = new $util.LongBits(d.total.low >>> 0, d.total.high >>> 0).toNumber(true);
                    }
                    if (d.nextOffset != null) {
                        if ($util.Long)
                            m.nextOffset = $util.Long.fromValue(d.nextOffset, true);
                        else if (typeof d.nextOffset === "string")
                            m.nextOffset = parseInt(d.nextOffset, 10);
                        else if (typeof d.nextOffset === "number")
                            m.nextOffset = d.nextOffset;
                        else if (typeof d.nextOffset === "object")
                            m.nextOffset = new $util.LongBits(d.nextOffset.low >>> 0, d.nextOffset.high >>> 0).toNumber(true);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a PageResp message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.PageResp
                 * @static
                 * @param {pogcs.devices.v1.PageResp} m PageResp
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PageResp.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.total = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.total = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.nextOffset = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.nextOffset = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                    }
                    if (m.total != null && Object.hasOwnProperty.call(m, "total")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.total = typeof m.total === "number" ? BigInt(m.total) : $util.Long.fromBits(m.total.low >>> 0, m.total.high >>> 0, true).toBigInt();
                        else if (typeof m.total === "number")
                            d.total = o.longs === String ? String(m.total) : m.total;
                        else
                            d.total = o.longs === String ? $util.Long.prototype.toString.call(m.total) : o.longs === Number ? new $util.LongBits(m.total.low >>> 0, m.total.high >>> 0).toNumber(true) : m.total;
                    }
                    if (m.nextOffset != null && Object.hasOwnProperty.call(m, "nextOffset")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.nextOffset = typeof m.nextOffset === "number" ? BigInt(m.nextOffset) : $util.Long.fromBits(m.nextOffset.low >>> 0, m.nextOffset.high >>> 0, true).toBigInt();
                        else if (typeof m.nextOffset === "number")
                            d.nextOffset = o.longs === String ? String(m.nextOffset) : m.nextOffset;
                        else
                            d.nextOffset = o.longs === String ? $util.Long.prototype.toString.call(m.nextOffset) : o.longs === Number ? new $util.LongBits(m.nextOffset.low >>> 0, m.nextOffset.high >>> 0).toNumber(true) : m.nextOffset;
                    }
                    return d;
                };

                /**
                 * Converts this PageResp to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.PageResp
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PageResp.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for PageResp
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.PageResp
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                PageResp.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.PageResp";
                };

                return PageResp;
            })();

            v1.QueryParamsRequest = (function() {

                /**
                 * Properties of a QueryParamsRequest.
                 * @memberof pogcs.devices.v1
                 * @interface IQueryParamsRequest
                 */

                /**
                 * Constructs a new QueryParamsRequest.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a QueryParamsRequest.
                 * @implements IQueryParamsRequest
                 * @constructor
                 * @param {pogcs.devices.v1.IQueryParamsRequest=} [p] Properties to set
                 */
                function QueryParamsRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.QueryParamsRequest
                 * @static
                 * @param {pogcs.devices.v1.IQueryParamsRequest=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.QueryParamsRequest} QueryParamsRequest instance
                 */
                QueryParamsRequest.create = function create(properties) {
                    return new QueryParamsRequest(properties);
                };

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link pogcs.devices.v1.QueryParamsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.QueryParamsRequest
                 * @static
                 * @param {pogcs.devices.v1.IQueryParamsRequest} m QueryParamsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return w;
                };

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.QueryParamsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.QueryParamsRequest} QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsRequest.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.QueryParamsRequest();
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
                 * Creates a QueryParamsRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.QueryParamsRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.QueryParamsRequest} QueryParamsRequest
                 */
                QueryParamsRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.QueryParamsRequest)
                        return d;
                    return new $root.pogcs.devices.v1.QueryParamsRequest();
                };

                /**
                 * Creates a plain object from a QueryParamsRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.QueryParamsRequest
                 * @static
                 * @param {pogcs.devices.v1.QueryParamsRequest} m QueryParamsRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryParamsRequest.toObject = function toObject() {
                    return {};
                };

                /**
                 * Converts this QueryParamsRequest to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.QueryParamsRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryParamsRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for QueryParamsRequest
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.QueryParamsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryParamsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.QueryParamsRequest";
                };

                return QueryParamsRequest;
            })();

            v1.QueryParamsResponse = (function() {

                /**
                 * Properties of a QueryParamsResponse.
                 * @memberof pogcs.devices.v1
                 * @interface IQueryParamsResponse
                 * @property {pogcs.devices.v1.IParams|null} [params] QueryParamsResponse params
                 */

                /**
                 * Constructs a new QueryParamsResponse.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a QueryParamsResponse.
                 * @implements IQueryParamsResponse
                 * @constructor
                 * @param {pogcs.devices.v1.IQueryParamsResponse=} [p] Properties to set
                 */
                function QueryParamsResponse(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * QueryParamsResponse params.
                 * @member {pogcs.devices.v1.IParams|null|undefined} params
                 * @memberof pogcs.devices.v1.QueryParamsResponse
                 * @instance
                 */
                QueryParamsResponse.prototype.params = null;

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.QueryParamsResponse
                 * @static
                 * @param {pogcs.devices.v1.IQueryParamsResponse=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.QueryParamsResponse} QueryParamsResponse instance
                 */
                QueryParamsResponse.create = function create(properties) {
                    return new QueryParamsResponse(properties);
                };

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link pogcs.devices.v1.QueryParamsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.QueryParamsResponse
                 * @static
                 * @param {pogcs.devices.v1.IQueryParamsResponse} m QueryParamsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.params != null && Object.hasOwnProperty.call(m, "params"))
                        $root.pogcs.devices.v1.Params.encode(m.params, w.uint32(10).fork(), q + 1).ldelim();
                    return w;
                };

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.QueryParamsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.QueryParamsResponse} QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsResponse.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.QueryParamsResponse();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.params = $root.pogcs.devices.v1.Params.decode(r, r.uint32(), undefined, n + 1);
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
                 * Creates a QueryParamsResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.QueryParamsResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.QueryParamsResponse} QueryParamsResponse
                 */
                QueryParamsResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.QueryParamsResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.QueryParamsResponse: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.QueryParamsResponse();
                    if (d.params != null) {
                        if (!$util.isObject(d.params))
                            throw TypeError(".pogcs.devices.v1.QueryParamsResponse.params: object expected");
                        m.params = $root.pogcs.devices.v1.Params.fromObject(d.params, n + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a QueryParamsResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.QueryParamsResponse
                 * @static
                 * @param {pogcs.devices.v1.QueryParamsResponse} m QueryParamsResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryParamsResponse.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.params = null;
                    }
                    if (m.params != null && Object.hasOwnProperty.call(m, "params")) {
                        d.params = $root.pogcs.devices.v1.Params.toObject(m.params, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this QueryParamsResponse to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.QueryParamsResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryParamsResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for QueryParamsResponse
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.QueryParamsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryParamsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.QueryParamsResponse";
                };

                return QueryParamsResponse;
            })();

            v1.QueryMakersRequest = (function() {

                /**
                 * Properties of a QueryMakersRequest.
                 * @memberof pogcs.devices.v1
                 * @interface IQueryMakersRequest
                 */

                /**
                 * Constructs a new QueryMakersRequest.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a QueryMakersRequest.
                 * @implements IQueryMakersRequest
                 * @constructor
                 * @param {pogcs.devices.v1.IQueryMakersRequest=} [p] Properties to set
                 */
                function QueryMakersRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * Creates a new QueryMakersRequest instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.QueryMakersRequest
                 * @static
                 * @param {pogcs.devices.v1.IQueryMakersRequest=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.QueryMakersRequest} QueryMakersRequest instance
                 */
                QueryMakersRequest.create = function create(properties) {
                    return new QueryMakersRequest(properties);
                };

                /**
                 * Encodes the specified QueryMakersRequest message. Does not implicitly {@link pogcs.devices.v1.QueryMakersRequest.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.QueryMakersRequest
                 * @static
                 * @param {pogcs.devices.v1.IQueryMakersRequest} m QueryMakersRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryMakersRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return w;
                };

                /**
                 * Decodes a QueryMakersRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.QueryMakersRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.QueryMakersRequest} QueryMakersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryMakersRequest.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.QueryMakersRequest();
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
                 * Creates a QueryMakersRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.QueryMakersRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.QueryMakersRequest} QueryMakersRequest
                 */
                QueryMakersRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.QueryMakersRequest)
                        return d;
                    return new $root.pogcs.devices.v1.QueryMakersRequest();
                };

                /**
                 * Creates a plain object from a QueryMakersRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.QueryMakersRequest
                 * @static
                 * @param {pogcs.devices.v1.QueryMakersRequest} m QueryMakersRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryMakersRequest.toObject = function toObject() {
                    return {};
                };

                /**
                 * Converts this QueryMakersRequest to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.QueryMakersRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryMakersRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for QueryMakersRequest
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.QueryMakersRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryMakersRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.QueryMakersRequest";
                };

                return QueryMakersRequest;
            })();

            v1.QueryMakersResponse = (function() {

                /**
                 * Properties of a QueryMakersResponse.
                 * @memberof pogcs.devices.v1
                 * @interface IQueryMakersResponse
                 * @property {Array.<pogcs.devices.v1.IMaker>|null} [makers] QueryMakersResponse makers
                 */

                /**
                 * Constructs a new QueryMakersResponse.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a QueryMakersResponse.
                 * @implements IQueryMakersResponse
                 * @constructor
                 * @param {pogcs.devices.v1.IQueryMakersResponse=} [p] Properties to set
                 */
                function QueryMakersResponse(p) {
                    this.makers = [];
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * QueryMakersResponse makers.
                 * @member {Array.<pogcs.devices.v1.IMaker>} makers
                 * @memberof pogcs.devices.v1.QueryMakersResponse
                 * @instance
                 */
                QueryMakersResponse.prototype.makers = $util.emptyArray;

                /**
                 * Creates a new QueryMakersResponse instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.QueryMakersResponse
                 * @static
                 * @param {pogcs.devices.v1.IQueryMakersResponse=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.QueryMakersResponse} QueryMakersResponse instance
                 */
                QueryMakersResponse.create = function create(properties) {
                    return new QueryMakersResponse(properties);
                };

                /**
                 * Encodes the specified QueryMakersResponse message. Does not implicitly {@link pogcs.devices.v1.QueryMakersResponse.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.QueryMakersResponse
                 * @static
                 * @param {pogcs.devices.v1.IQueryMakersResponse} m QueryMakersResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryMakersResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.makers != null && m.makers.length) {
                        for (var i = 0; i < m.makers.length; ++i)
                            $root.pogcs.devices.v1.Maker.encode(m.makers[i], w.uint32(10).fork(), q + 1).ldelim();
                    }
                    return w;
                };

                /**
                 * Decodes a QueryMakersResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.QueryMakersResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.QueryMakersResponse} QueryMakersResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryMakersResponse.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.QueryMakersResponse();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                if (!(m.makers && m.makers.length))
                                    m.makers = [];
                                m.makers.push($root.pogcs.devices.v1.Maker.decode(r, r.uint32(), undefined, n + 1));
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
                 * Creates a QueryMakersResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.QueryMakersResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.QueryMakersResponse} QueryMakersResponse
                 */
                QueryMakersResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.QueryMakersResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.QueryMakersResponse: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.QueryMakersResponse();
                    if (d.makers) {
                        if (!Array.isArray(d.makers))
                            throw TypeError(".pogcs.devices.v1.QueryMakersResponse.makers: array expected");
                        m.makers = [];
                        for (var i = 0; i < d.makers.length; ++i) {
                            if (!$util.isObject(d.makers[i]))
                                throw TypeError(".pogcs.devices.v1.QueryMakersResponse.makers: object expected");
                            m.makers[i] = $root.pogcs.devices.v1.Maker.fromObject(d.makers[i], n + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a QueryMakersResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.QueryMakersResponse
                 * @static
                 * @param {pogcs.devices.v1.QueryMakersResponse} m QueryMakersResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryMakersResponse.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.makers = [];
                    }
                    if (m.makers && m.makers.length) {
                        d.makers = [];
                        for (var j = 0; j < m.makers.length; ++j) {
                            d.makers[j] = $root.pogcs.devices.v1.Maker.toObject(m.makers[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this QueryMakersResponse to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.QueryMakersResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryMakersResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for QueryMakersResponse
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.QueryMakersResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryMakersResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.QueryMakersResponse";
                };

                return QueryMakersResponse;
            })();

            v1.QueryDeviceRequest = (function() {

                /**
                 * Properties of a QueryDeviceRequest.
                 * @memberof pogcs.devices.v1
                 * @interface IQueryDeviceRequest
                 * @property {Long|null} [deviceId] QueryDeviceRequest deviceId
                 */

                /**
                 * Constructs a new QueryDeviceRequest.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a QueryDeviceRequest.
                 * @implements IQueryDeviceRequest
                 * @constructor
                 * @param {pogcs.devices.v1.IQueryDeviceRequest=} [p] Properties to set
                 */
                function QueryDeviceRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * QueryDeviceRequest deviceId.
                 * @member {Long} deviceId
                 * @memberof pogcs.devices.v1.QueryDeviceRequest
                 * @instance
                 */
                QueryDeviceRequest.prototype.deviceId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new QueryDeviceRequest instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.QueryDeviceRequest
                 * @static
                 * @param {pogcs.devices.v1.IQueryDeviceRequest=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.QueryDeviceRequest} QueryDeviceRequest instance
                 */
                QueryDeviceRequest.create = function create(properties) {
                    return new QueryDeviceRequest(properties);
                };

                /**
                 * Encodes the specified QueryDeviceRequest message. Does not implicitly {@link pogcs.devices.v1.QueryDeviceRequest.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.QueryDeviceRequest
                 * @static
                 * @param {pogcs.devices.v1.IQueryDeviceRequest} m QueryDeviceRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryDeviceRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.deviceId != null && Object.hasOwnProperty.call(m, "deviceId"))
                        w.uint32(8).uint64(m.deviceId);
                    return w;
                };

                /**
                 * Decodes a QueryDeviceRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.QueryDeviceRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.QueryDeviceRequest} QueryDeviceRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryDeviceRequest.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.QueryDeviceRequest();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.deviceId = r.uint64();
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
                 * Creates a QueryDeviceRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.QueryDeviceRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.QueryDeviceRequest} QueryDeviceRequest
                 */
                QueryDeviceRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.QueryDeviceRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.QueryDeviceRequest: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.QueryDeviceRequest();
                    if (d.deviceId != null) {
                        if ($util.Long)
                            m.deviceId = $util.Long.fromValue(d.deviceId, true);
                        else if (typeof d.deviceId === "string")
                            m.deviceId = parseInt(d.deviceId, 10);
                        else if (typeof d.deviceId === "number")
                            m.deviceId = d.deviceId;
                        else if (typeof d.deviceId === "object")
                            m.deviceId = new $util.LongBits(d.deviceId.low >>> 0, d.deviceId.high >>> 0).toNumber(true);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a QueryDeviceRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.QueryDeviceRequest
                 * @static
                 * @param {pogcs.devices.v1.QueryDeviceRequest} m QueryDeviceRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryDeviceRequest.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.deviceId = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.deviceId = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                    }
                    if (m.deviceId != null && Object.hasOwnProperty.call(m, "deviceId")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.deviceId = typeof m.deviceId === "number" ? BigInt(m.deviceId) : $util.Long.fromBits(m.deviceId.low >>> 0, m.deviceId.high >>> 0, true).toBigInt();
                        else if (typeof m.deviceId === "number")
                            d.deviceId = o.longs === String ? String(m.deviceId) : m.deviceId;
                        else
                            d.deviceId = o.longs === String ? $util.Long.prototype.toString.call(m.deviceId) : o.longs === Number ? new $util.LongBits(m.deviceId.low >>> 0, m.deviceId.high >>> 0).toNumber(true) : m.deviceId;
                    }
                    return d;
                };

                /**
                 * Converts this QueryDeviceRequest to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.QueryDeviceRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryDeviceRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for QueryDeviceRequest
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.QueryDeviceRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryDeviceRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.QueryDeviceRequest";
                };

                return QueryDeviceRequest;
            })();

            v1.QueryDeviceResponse = (function() {

                /**
                 * Properties of a QueryDeviceResponse.
                 * @memberof pogcs.devices.v1
                 * @interface IQueryDeviceResponse
                 * @property {pogcs.devices.v1.IDevice|null} [device] QueryDeviceResponse device
                 * @property {Long|null} [densityCount] QueryDeviceResponse densityCount
                 * @property {number|null} [densityCap] QueryDeviceResponse densityCap
                 */

                /**
                 * Constructs a new QueryDeviceResponse.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a QueryDeviceResponse.
                 * @implements IQueryDeviceResponse
                 * @constructor
                 * @param {pogcs.devices.v1.IQueryDeviceResponse=} [p] Properties to set
                 */
                function QueryDeviceResponse(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * QueryDeviceResponse device.
                 * @member {pogcs.devices.v1.IDevice|null|undefined} device
                 * @memberof pogcs.devices.v1.QueryDeviceResponse
                 * @instance
                 */
                QueryDeviceResponse.prototype.device = null;

                /**
                 * QueryDeviceResponse densityCount.
                 * @member {Long} densityCount
                 * @memberof pogcs.devices.v1.QueryDeviceResponse
                 * @instance
                 */
                QueryDeviceResponse.prototype.densityCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QueryDeviceResponse densityCap.
                 * @member {number} densityCap
                 * @memberof pogcs.devices.v1.QueryDeviceResponse
                 * @instance
                 */
                QueryDeviceResponse.prototype.densityCap = 0;

                /**
                 * Creates a new QueryDeviceResponse instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.QueryDeviceResponse
                 * @static
                 * @param {pogcs.devices.v1.IQueryDeviceResponse=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.QueryDeviceResponse} QueryDeviceResponse instance
                 */
                QueryDeviceResponse.create = function create(properties) {
                    return new QueryDeviceResponse(properties);
                };

                /**
                 * Encodes the specified QueryDeviceResponse message. Does not implicitly {@link pogcs.devices.v1.QueryDeviceResponse.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.QueryDeviceResponse
                 * @static
                 * @param {pogcs.devices.v1.IQueryDeviceResponse} m QueryDeviceResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryDeviceResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.device != null && Object.hasOwnProperty.call(m, "device"))
                        $root.pogcs.devices.v1.Device.encode(m.device, w.uint32(10).fork(), q + 1).ldelim();
                    if (m.densityCount != null && Object.hasOwnProperty.call(m, "densityCount"))
                        w.uint32(16).uint64(m.densityCount);
                    if (m.densityCap != null && Object.hasOwnProperty.call(m, "densityCap"))
                        w.uint32(24).uint32(m.densityCap);
                    return w;
                };

                /**
                 * Decodes a QueryDeviceResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.QueryDeviceResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.QueryDeviceResponse} QueryDeviceResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryDeviceResponse.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.QueryDeviceResponse();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.device = $root.pogcs.devices.v1.Device.decode(r, r.uint32(), undefined, n + 1);
                                break;
                            }
                        case 2: {
                                m.densityCount = r.uint64();
                                break;
                            }
                        case 3: {
                                m.densityCap = r.uint32();
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
                 * Creates a QueryDeviceResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.QueryDeviceResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.QueryDeviceResponse} QueryDeviceResponse
                 */
                QueryDeviceResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.QueryDeviceResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.QueryDeviceResponse: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.QueryDeviceResponse();
                    if (d.device != null) {
                        if (!$util.isObject(d.device))
                            throw TypeError(".pogcs.devices.v1.QueryDeviceResponse.device: object expected");
                        m.device = $root.pogcs.devices.v1.Device.fromObject(d.device, n + 1);
                    }
                    if (d.densityCount != null) {
                        if ($util.Long)
                            m.densityCount = $util.Long.fromValue(d.densityCount, true);
                        else if (typeof d.densityCount === "string")
                            m.densityCount = parseInt(d.densityCount, 10);
                        else if (typeof d.densityCount === "number")
                            m.densityCount = d.densityCount;
                        else if (typeof d.densityCount === "object")
                            m.densityCount = new $util.LongBits(d.densityCount.low >>> 0, d.densityCount.high >>> 0).toNumber(true);
                    }
                    if (d.densityCap != null) {
                        m.densityCap = d.densityCap >>> 0;
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a QueryDeviceResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.QueryDeviceResponse
                 * @static
                 * @param {pogcs.devices.v1.QueryDeviceResponse} m QueryDeviceResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryDeviceResponse.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.device = null;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.densityCount = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.densityCount = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.densityCap = 0;
                    }
                    if (m.device != null && Object.hasOwnProperty.call(m, "device")) {
                        d.device = $root.pogcs.devices.v1.Device.toObject(m.device, o, q + 1);
                    }
                    if (m.densityCount != null && Object.hasOwnProperty.call(m, "densityCount")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.densityCount = typeof m.densityCount === "number" ? BigInt(m.densityCount) : $util.Long.fromBits(m.densityCount.low >>> 0, m.densityCount.high >>> 0, true).toBigInt();
                        else if (typeof m.densityCount === "number")
                            d.densityCount = o.longs === String ? String(m.densityCount) : m.densityCount;
                        else
                            d.densityCount = o.longs === String ? $util.Long.prototype.toString.call(m.densityCount) : o.longs === Number ? new $util.LongBits(m.densityCount.low >>> 0, m.densityCount.high >>> 0).toNumber(true) : m.densityCount;
                    }
                    if (m.densityCap != null && Object.hasOwnProperty.call(m, "densityCap")) {
                        d.densityCap = m.densityCap;
                    }
                    return d;
                };

                /**
                 * Converts this QueryDeviceResponse to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.QueryDeviceResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryDeviceResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for QueryDeviceResponse
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.QueryDeviceResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryDeviceResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.QueryDeviceResponse";
                };

                return QueryDeviceResponse;
            })();

            v1.QueryDevicesByOwnerRequest = (function() {

                /**
                 * Properties of a QueryDevicesByOwnerRequest.
                 * @memberof pogcs.devices.v1
                 * @interface IQueryDevicesByOwnerRequest
                 * @property {string|null} [owner] QueryDevicesByOwnerRequest owner
                 * @property {pogcs.devices.v1.IPageReq|null} [page] QueryDevicesByOwnerRequest page
                 */

                /**
                 * Constructs a new QueryDevicesByOwnerRequest.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a QueryDevicesByOwnerRequest.
                 * @implements IQueryDevicesByOwnerRequest
                 * @constructor
                 * @param {pogcs.devices.v1.IQueryDevicesByOwnerRequest=} [p] Properties to set
                 */
                function QueryDevicesByOwnerRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * QueryDevicesByOwnerRequest owner.
                 * @member {string} owner
                 * @memberof pogcs.devices.v1.QueryDevicesByOwnerRequest
                 * @instance
                 */
                QueryDevicesByOwnerRequest.prototype.owner = "";

                /**
                 * QueryDevicesByOwnerRequest page.
                 * @member {pogcs.devices.v1.IPageReq|null|undefined} page
                 * @memberof pogcs.devices.v1.QueryDevicesByOwnerRequest
                 * @instance
                 */
                QueryDevicesByOwnerRequest.prototype.page = null;

                /**
                 * Creates a new QueryDevicesByOwnerRequest instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.QueryDevicesByOwnerRequest
                 * @static
                 * @param {pogcs.devices.v1.IQueryDevicesByOwnerRequest=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.QueryDevicesByOwnerRequest} QueryDevicesByOwnerRequest instance
                 */
                QueryDevicesByOwnerRequest.create = function create(properties) {
                    return new QueryDevicesByOwnerRequest(properties);
                };

                /**
                 * Encodes the specified QueryDevicesByOwnerRequest message. Does not implicitly {@link pogcs.devices.v1.QueryDevicesByOwnerRequest.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.QueryDevicesByOwnerRequest
                 * @static
                 * @param {pogcs.devices.v1.IQueryDevicesByOwnerRequest} m QueryDevicesByOwnerRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryDevicesByOwnerRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.owner != null && Object.hasOwnProperty.call(m, "owner"))
                        w.uint32(10).string(m.owner);
                    if (m.page != null && Object.hasOwnProperty.call(m, "page"))
                        $root.pogcs.devices.v1.PageReq.encode(m.page, w.uint32(18).fork(), q + 1).ldelim();
                    return w;
                };

                /**
                 * Decodes a QueryDevicesByOwnerRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.QueryDevicesByOwnerRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.QueryDevicesByOwnerRequest} QueryDevicesByOwnerRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryDevicesByOwnerRequest.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.QueryDevicesByOwnerRequest();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.owner = r.string();
                                break;
                            }
                        case 2: {
                                m.page = $root.pogcs.devices.v1.PageReq.decode(r, r.uint32(), undefined, n + 1);
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
                 * Creates a QueryDevicesByOwnerRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.QueryDevicesByOwnerRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.QueryDevicesByOwnerRequest} QueryDevicesByOwnerRequest
                 */
                QueryDevicesByOwnerRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.QueryDevicesByOwnerRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.QueryDevicesByOwnerRequest: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.QueryDevicesByOwnerRequest();
                    if (d.owner != null) {
                        m.owner = String(d.owner);
                    }
                    if (d.page != null) {
                        if (!$util.isObject(d.page))
                            throw TypeError(".pogcs.devices.v1.QueryDevicesByOwnerRequest.page: object expected");
                        m.page = $root.pogcs.devices.v1.PageReq.fromObject(d.page, n + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a QueryDevicesByOwnerRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.QueryDevicesByOwnerRequest
                 * @static
                 * @param {pogcs.devices.v1.QueryDevicesByOwnerRequest} m QueryDevicesByOwnerRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryDevicesByOwnerRequest.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.owner = "";
                        d.page = null;
                    }
                    if (m.owner != null && Object.hasOwnProperty.call(m, "owner")) {
                        d.owner = m.owner;
                    }
                    if (m.page != null && Object.hasOwnProperty.call(m, "page")) {
                        d.page = $root.pogcs.devices.v1.PageReq.toObject(m.page, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this QueryDevicesByOwnerRequest to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.QueryDevicesByOwnerRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryDevicesByOwnerRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for QueryDevicesByOwnerRequest
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.QueryDevicesByOwnerRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryDevicesByOwnerRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.QueryDevicesByOwnerRequest";
                };

                return QueryDevicesByOwnerRequest;
            })();

            v1.QueryDevicesByCellRequest = (function() {

                /**
                 * Properties of a QueryDevicesByCellRequest.
                 * @memberof pogcs.devices.v1
                 * @interface IQueryDevicesByCellRequest
                 * @property {Long|null} [h3Cell] QueryDevicesByCellRequest h3Cell
                 * @property {pogcs.devices.v1.IPageReq|null} [page] QueryDevicesByCellRequest page
                 */

                /**
                 * Constructs a new QueryDevicesByCellRequest.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a QueryDevicesByCellRequest.
                 * @implements IQueryDevicesByCellRequest
                 * @constructor
                 * @param {pogcs.devices.v1.IQueryDevicesByCellRequest=} [p] Properties to set
                 */
                function QueryDevicesByCellRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * QueryDevicesByCellRequest h3Cell.
                 * @member {Long} h3Cell
                 * @memberof pogcs.devices.v1.QueryDevicesByCellRequest
                 * @instance
                 */
                QueryDevicesByCellRequest.prototype.h3Cell = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QueryDevicesByCellRequest page.
                 * @member {pogcs.devices.v1.IPageReq|null|undefined} page
                 * @memberof pogcs.devices.v1.QueryDevicesByCellRequest
                 * @instance
                 */
                QueryDevicesByCellRequest.prototype.page = null;

                /**
                 * Creates a new QueryDevicesByCellRequest instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.QueryDevicesByCellRequest
                 * @static
                 * @param {pogcs.devices.v1.IQueryDevicesByCellRequest=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.QueryDevicesByCellRequest} QueryDevicesByCellRequest instance
                 */
                QueryDevicesByCellRequest.create = function create(properties) {
                    return new QueryDevicesByCellRequest(properties);
                };

                /**
                 * Encodes the specified QueryDevicesByCellRequest message. Does not implicitly {@link pogcs.devices.v1.QueryDevicesByCellRequest.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.QueryDevicesByCellRequest
                 * @static
                 * @param {pogcs.devices.v1.IQueryDevicesByCellRequest} m QueryDevicesByCellRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryDevicesByCellRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.h3Cell != null && Object.hasOwnProperty.call(m, "h3Cell"))
                        w.uint32(8).uint64(m.h3Cell);
                    if (m.page != null && Object.hasOwnProperty.call(m, "page"))
                        $root.pogcs.devices.v1.PageReq.encode(m.page, w.uint32(18).fork(), q + 1).ldelim();
                    return w;
                };

                /**
                 * Decodes a QueryDevicesByCellRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.QueryDevicesByCellRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.QueryDevicesByCellRequest} QueryDevicesByCellRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryDevicesByCellRequest.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.QueryDevicesByCellRequest();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.h3Cell = r.uint64();
                                break;
                            }
                        case 2: {
                                m.page = $root.pogcs.devices.v1.PageReq.decode(r, r.uint32(), undefined, n + 1);
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
                 * Creates a QueryDevicesByCellRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.QueryDevicesByCellRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.QueryDevicesByCellRequest} QueryDevicesByCellRequest
                 */
                QueryDevicesByCellRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.QueryDevicesByCellRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.QueryDevicesByCellRequest: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.QueryDevicesByCellRequest();
                    if (d.h3Cell != null) {
                        if ($util.Long)
                            m.h3Cell = $util.Long.fromValue(d.h3Cell, true);
                        else if (typeof d.h3Cell === "string")
                            m.h3Cell = parseInt(d.h3Cell, 10);
                        else if (typeof d.h3Cell === "number")
                            m.h3Cell = d.h3Cell;
                        else if (typeof d.h3Cell === "object")
                            m.h3Cell = new $util.LongBits(d.h3Cell.low >>> 0, d.h3Cell.high >>> 0).toNumber(true);
                    }
                    if (d.page != null) {
                        if (!$util.isObject(d.page))
                            throw TypeError(".pogcs.devices.v1.QueryDevicesByCellRequest.page: object expected");
                        m.page = $root.pogcs.devices.v1.PageReq.fromObject(d.page, n + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a QueryDevicesByCellRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.QueryDevicesByCellRequest
                 * @static
                 * @param {pogcs.devices.v1.QueryDevicesByCellRequest} m QueryDevicesByCellRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryDevicesByCellRequest.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.h3Cell = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.h3Cell = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.page = null;
                    }
                    if (m.h3Cell != null && Object.hasOwnProperty.call(m, "h3Cell")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.h3Cell = typeof m.h3Cell === "number" ? BigInt(m.h3Cell) : $util.Long.fromBits(m.h3Cell.low >>> 0, m.h3Cell.high >>> 0, true).toBigInt();
                        else if (typeof m.h3Cell === "number")
                            d.h3Cell = o.longs === String ? String(m.h3Cell) : m.h3Cell;
                        else
                            d.h3Cell = o.longs === String ? $util.Long.prototype.toString.call(m.h3Cell) : o.longs === Number ? new $util.LongBits(m.h3Cell.low >>> 0, m.h3Cell.high >>> 0).toNumber(true) : m.h3Cell;
                    }
                    if (m.page != null && Object.hasOwnProperty.call(m, "page")) {
                        d.page = $root.pogcs.devices.v1.PageReq.toObject(m.page, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this QueryDevicesByCellRequest to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.QueryDevicesByCellRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryDevicesByCellRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for QueryDevicesByCellRequest
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.QueryDevicesByCellRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryDevicesByCellRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.QueryDevicesByCellRequest";
                };

                return QueryDevicesByCellRequest;
            })();

            v1.QueryDevicesByClassRequest = (function() {

                /**
                 * Properties of a QueryDevicesByClassRequest.
                 * @memberof pogcs.devices.v1
                 * @interface IQueryDevicesByClassRequest
                 * @property {pogcs.devices.v1.DeviceClass|null} ["class"] QueryDevicesByClassRequest class
                 * @property {pogcs.devices.v1.IPageReq|null} [page] QueryDevicesByClassRequest page
                 */

                /**
                 * Constructs a new QueryDevicesByClassRequest.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a QueryDevicesByClassRequest.
                 * @implements IQueryDevicesByClassRequest
                 * @constructor
                 * @param {pogcs.devices.v1.IQueryDevicesByClassRequest=} [p] Properties to set
                 */
                function QueryDevicesByClassRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * QueryDevicesByClassRequest class.
                 * @member {pogcs.devices.v1.DeviceClass} class
                 * @memberof pogcs.devices.v1.QueryDevicesByClassRequest
                 * @instance
                 */
                QueryDevicesByClassRequest.prototype["class"] = 0;

                /**
                 * QueryDevicesByClassRequest page.
                 * @member {pogcs.devices.v1.IPageReq|null|undefined} page
                 * @memberof pogcs.devices.v1.QueryDevicesByClassRequest
                 * @instance
                 */
                QueryDevicesByClassRequest.prototype.page = null;

                /**
                 * Creates a new QueryDevicesByClassRequest instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.QueryDevicesByClassRequest
                 * @static
                 * @param {pogcs.devices.v1.IQueryDevicesByClassRequest=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.QueryDevicesByClassRequest} QueryDevicesByClassRequest instance
                 */
                QueryDevicesByClassRequest.create = function create(properties) {
                    return new QueryDevicesByClassRequest(properties);
                };

                /**
                 * Encodes the specified QueryDevicesByClassRequest message. Does not implicitly {@link pogcs.devices.v1.QueryDevicesByClassRequest.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.QueryDevicesByClassRequest
                 * @static
                 * @param {pogcs.devices.v1.IQueryDevicesByClassRequest} m QueryDevicesByClassRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryDevicesByClassRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m["class"] != null && Object.hasOwnProperty.call(m, "class"))
                        w.uint32(8).int32(m["class"]);
                    if (m.page != null && Object.hasOwnProperty.call(m, "page"))
                        $root.pogcs.devices.v1.PageReq.encode(m.page, w.uint32(18).fork(), q + 1).ldelim();
                    return w;
                };

                /**
                 * Decodes a QueryDevicesByClassRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.QueryDevicesByClassRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.QueryDevicesByClassRequest} QueryDevicesByClassRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryDevicesByClassRequest.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.QueryDevicesByClassRequest();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m["class"] = r.int32();
                                break;
                            }
                        case 2: {
                                m.page = $root.pogcs.devices.v1.PageReq.decode(r, r.uint32(), undefined, n + 1);
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
                 * Creates a QueryDevicesByClassRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.QueryDevicesByClassRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.QueryDevicesByClassRequest} QueryDevicesByClassRequest
                 */
                QueryDevicesByClassRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.QueryDevicesByClassRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.QueryDevicesByClassRequest: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.QueryDevicesByClassRequest();
                    switch (d["class"]) {
                    default:
                        if (typeof d["class"] === "number") {
                            m["class"] = d["class"];
                            break;
                        }
                        break;
                    case "DEVICE_CLASS_UNSPECIFIED":
                    case 0:
                        m["class"] = 0;
                        break;
                    case "DEVICE_CLASS_SOLAR":
                    case 1:
                        m["class"] = 1;
                        break;
                    case "DEVICE_CLASS_STORAGE":
                    case 2:
                        m["class"] = 2;
                        break;
                    case "DEVICE_CLASS_GPU":
                    case 3:
                        m["class"] = 3;
                        break;
                    case "DEVICE_CLASS_COMBINED":
                    case 4:
                        m["class"] = 4;
                        break;
                    }
                    if (d.page != null) {
                        if (!$util.isObject(d.page))
                            throw TypeError(".pogcs.devices.v1.QueryDevicesByClassRequest.page: object expected");
                        m.page = $root.pogcs.devices.v1.PageReq.fromObject(d.page, n + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a QueryDevicesByClassRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.QueryDevicesByClassRequest
                 * @static
                 * @param {pogcs.devices.v1.QueryDevicesByClassRequest} m QueryDevicesByClassRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryDevicesByClassRequest.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d["class"] = o.enums === String ? "DEVICE_CLASS_UNSPECIFIED" : 0;
                        d.page = null;
                    }
                    if (m["class"] != null && Object.hasOwnProperty.call(m, "class")) {
                        d["class"] = o.enums === String ? $root.pogcs.devices.v1.DeviceClass[m["class"]] === undefined ? m["class"] : $root.pogcs.devices.v1.DeviceClass[m["class"]] : m["class"];
                    }
                    if (m.page != null && Object.hasOwnProperty.call(m, "page")) {
                        d.page = $root.pogcs.devices.v1.PageReq.toObject(m.page, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this QueryDevicesByClassRequest to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.QueryDevicesByClassRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryDevicesByClassRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for QueryDevicesByClassRequest
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.QueryDevicesByClassRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryDevicesByClassRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.QueryDevicesByClassRequest";
                };

                return QueryDevicesByClassRequest;
            })();

            v1.QueryDevicesResponse = (function() {

                /**
                 * Properties of a QueryDevicesResponse.
                 * @memberof pogcs.devices.v1
                 * @interface IQueryDevicesResponse
                 * @property {Array.<pogcs.devices.v1.IDevice>|null} [devices] QueryDevicesResponse devices
                 * @property {pogcs.devices.v1.IPageResp|null} [page] QueryDevicesResponse page
                 */

                /**
                 * Constructs a new QueryDevicesResponse.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a QueryDevicesResponse.
                 * @implements IQueryDevicesResponse
                 * @constructor
                 * @param {pogcs.devices.v1.IQueryDevicesResponse=} [p] Properties to set
                 */
                function QueryDevicesResponse(p) {
                    this.devices = [];
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * QueryDevicesResponse devices.
                 * @member {Array.<pogcs.devices.v1.IDevice>} devices
                 * @memberof pogcs.devices.v1.QueryDevicesResponse
                 * @instance
                 */
                QueryDevicesResponse.prototype.devices = $util.emptyArray;

                /**
                 * QueryDevicesResponse page.
                 * @member {pogcs.devices.v1.IPageResp|null|undefined} page
                 * @memberof pogcs.devices.v1.QueryDevicesResponse
                 * @instance
                 */
                QueryDevicesResponse.prototype.page = null;

                /**
                 * Creates a new QueryDevicesResponse instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.QueryDevicesResponse
                 * @static
                 * @param {pogcs.devices.v1.IQueryDevicesResponse=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.QueryDevicesResponse} QueryDevicesResponse instance
                 */
                QueryDevicesResponse.create = function create(properties) {
                    return new QueryDevicesResponse(properties);
                };

                /**
                 * Encodes the specified QueryDevicesResponse message. Does not implicitly {@link pogcs.devices.v1.QueryDevicesResponse.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.QueryDevicesResponse
                 * @static
                 * @param {pogcs.devices.v1.IQueryDevicesResponse} m QueryDevicesResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryDevicesResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.devices != null && m.devices.length) {
                        for (var i = 0; i < m.devices.length; ++i)
                            $root.pogcs.devices.v1.Device.encode(m.devices[i], w.uint32(10).fork(), q + 1).ldelim();
                    }
                    if (m.page != null && Object.hasOwnProperty.call(m, "page"))
                        $root.pogcs.devices.v1.PageResp.encode(m.page, w.uint32(18).fork(), q + 1).ldelim();
                    return w;
                };

                /**
                 * Decodes a QueryDevicesResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.QueryDevicesResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.QueryDevicesResponse} QueryDevicesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryDevicesResponse.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.QueryDevicesResponse();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                if (!(m.devices && m.devices.length))
                                    m.devices = [];
                                m.devices.push($root.pogcs.devices.v1.Device.decode(r, r.uint32(), undefined, n + 1));
                                break;
                            }
                        case 2: {
                                m.page = $root.pogcs.devices.v1.PageResp.decode(r, r.uint32(), undefined, n + 1);
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
                 * Creates a QueryDevicesResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.QueryDevicesResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.QueryDevicesResponse} QueryDevicesResponse
                 */
                QueryDevicesResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.QueryDevicesResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.QueryDevicesResponse: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.QueryDevicesResponse();
                    if (d.devices) {
                        if (!Array.isArray(d.devices))
                            throw TypeError(".pogcs.devices.v1.QueryDevicesResponse.devices: array expected");
                        m.devices = [];
                        for (var i = 0; i < d.devices.length; ++i) {
                            if (!$util.isObject(d.devices[i]))
                                throw TypeError(".pogcs.devices.v1.QueryDevicesResponse.devices: object expected");
                            m.devices[i] = $root.pogcs.devices.v1.Device.fromObject(d.devices[i], n + 1);
                        }
                    }
                    if (d.page != null) {
                        if (!$util.isObject(d.page))
                            throw TypeError(".pogcs.devices.v1.QueryDevicesResponse.page: object expected");
                        m.page = $root.pogcs.devices.v1.PageResp.fromObject(d.page, n + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a QueryDevicesResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.QueryDevicesResponse
                 * @static
                 * @param {pogcs.devices.v1.QueryDevicesResponse} m QueryDevicesResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryDevicesResponse.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.devices = [];
                    }
                    if (o.defaults) {
                        d.page = null;
                    }
                    if (m.devices && m.devices.length) {
                        d.devices = [];
                        for (var j = 0; j < m.devices.length; ++j) {
                            d.devices[j] = $root.pogcs.devices.v1.Device.toObject(m.devices[j], o, q + 1);
                        }
                    }
                    if (m.page != null && Object.hasOwnProperty.call(m, "page")) {
                        d.page = $root.pogcs.devices.v1.PageResp.toObject(m.page, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this QueryDevicesResponse to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.QueryDevicesResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryDevicesResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for QueryDevicesResponse
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.QueryDevicesResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryDevicesResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.QueryDevicesResponse";
                };

                return QueryDevicesResponse;
            })();

            v1.EpochHistoryEntry = (function() {

                /**
                 * Properties of an EpochHistoryEntry.
                 * @memberof pogcs.devices.v1
                 * @interface IEpochHistoryEntry
                 * @property {Long|null} [epoch] EpochHistoryEntry epoch
                 * @property {pogcs.devices.v1.IReportRecord|null} [report] EpochHistoryEntry report
                 * @property {pogcs.devices.v1.IChallenge|null} [challenge] EpochHistoryEntry challenge
                 */

                /**
                 * Constructs a new EpochHistoryEntry.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents an EpochHistoryEntry.
                 * @implements IEpochHistoryEntry
                 * @constructor
                 * @param {pogcs.devices.v1.IEpochHistoryEntry=} [p] Properties to set
                 */
                function EpochHistoryEntry(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * EpochHistoryEntry epoch.
                 * @member {Long} epoch
                 * @memberof pogcs.devices.v1.EpochHistoryEntry
                 * @instance
                 */
                EpochHistoryEntry.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EpochHistoryEntry report.
                 * @member {pogcs.devices.v1.IReportRecord|null|undefined} report
                 * @memberof pogcs.devices.v1.EpochHistoryEntry
                 * @instance
                 */
                EpochHistoryEntry.prototype.report = null;

                /**
                 * EpochHistoryEntry challenge.
                 * @member {pogcs.devices.v1.IChallenge|null|undefined} challenge
                 * @memberof pogcs.devices.v1.EpochHistoryEntry
                 * @instance
                 */
                EpochHistoryEntry.prototype.challenge = null;

                /**
                 * Creates a new EpochHistoryEntry instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.EpochHistoryEntry
                 * @static
                 * @param {pogcs.devices.v1.IEpochHistoryEntry=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.EpochHistoryEntry} EpochHistoryEntry instance
                 */
                EpochHistoryEntry.create = function create(properties) {
                    return new EpochHistoryEntry(properties);
                };

                /**
                 * Encodes the specified EpochHistoryEntry message. Does not implicitly {@link pogcs.devices.v1.EpochHistoryEntry.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.EpochHistoryEntry
                 * @static
                 * @param {pogcs.devices.v1.IEpochHistoryEntry} m EpochHistoryEntry message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EpochHistoryEntry.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.epoch != null && Object.hasOwnProperty.call(m, "epoch"))
                        w.uint32(8).uint64(m.epoch);
                    if (m.report != null && Object.hasOwnProperty.call(m, "report"))
                        $root.pogcs.devices.v1.ReportRecord.encode(m.report, w.uint32(18).fork(), q + 1).ldelim();
                    if (m.challenge != null && Object.hasOwnProperty.call(m, "challenge"))
                        $root.pogcs.devices.v1.Challenge.encode(m.challenge, w.uint32(26).fork(), q + 1).ldelim();
                    return w;
                };

                /**
                 * Decodes an EpochHistoryEntry message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.EpochHistoryEntry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.EpochHistoryEntry} EpochHistoryEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EpochHistoryEntry.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.EpochHistoryEntry();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.epoch = r.uint64();
                                break;
                            }
                        case 2: {
                                m.report = $root.pogcs.devices.v1.ReportRecord.decode(r, r.uint32(), undefined, n + 1);
                                break;
                            }
                        case 3: {
                                m.challenge = $root.pogcs.devices.v1.Challenge.decode(r, r.uint32(), undefined, n + 1);
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
                 * Creates an EpochHistoryEntry message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.EpochHistoryEntry
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.EpochHistoryEntry} EpochHistoryEntry
                 */
                EpochHistoryEntry.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.EpochHistoryEntry)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.EpochHistoryEntry: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.EpochHistoryEntry();
                    if (d.epoch != null) {
                        if ($util.Long)
                            m.epoch = $util.Long.fromValue(d.epoch, true);
                        else if (typeof d.epoch === "string")
                            m.epoch = parseInt(d.epoch, 10);
                        else if (typeof d.epoch === "number")
                            m.epoch = d.epoch;
                        else if (typeof d.epoch === "object")
                            m.epoch = new $util.LongBits(d.epoch.low >>> 0, d.epoch.high >>> 0).toNumber(true);
                    }
                    if (d.report != null) {
                        if (!$util.isObject(d.report))
                            throw TypeError(".pogcs.devices.v1.EpochHistoryEntry.report: object expected");
                        m.report = $root.pogcs.devices.v1.ReportRecord.fromObject(d.report, n + 1);
                    }
                    if (d.challenge != null) {
                        if (!$util.isObject(d.challenge))
                            throw TypeError(".pogcs.devices.v1.EpochHistoryEntry.challenge: object expected");
                        m.challenge = $root.pogcs.devices.v1.Challenge.fromObject(d.challenge, n + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an EpochHistoryEntry message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.EpochHistoryEntry
                 * @static
                 * @param {pogcs.devices.v1.EpochHistoryEntry} m EpochHistoryEntry
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                EpochHistoryEntry.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.epoch = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.epoch = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.report = null;
                        d.challenge = null;
                    }
                    if (m.epoch != null && Object.hasOwnProperty.call(m, "epoch")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.epoch = typeof m.epoch === "number" ? BigInt(m.epoch) : $util.Long.fromBits(m.epoch.low >>> 0, m.epoch.high >>> 0, true).toBigInt();
                        else if (typeof m.epoch === "number")
                            d.epoch = o.longs === String ? String(m.epoch) : m.epoch;
                        else
                            d.epoch = o.longs === String ? $util.Long.prototype.toString.call(m.epoch) : o.longs === Number ? new $util.LongBits(m.epoch.low >>> 0, m.epoch.high >>> 0).toNumber(true) : m.epoch;
                    }
                    if (m.report != null && Object.hasOwnProperty.call(m, "report")) {
                        d.report = $root.pogcs.devices.v1.ReportRecord.toObject(m.report, o, q + 1);
                    }
                    if (m.challenge != null && Object.hasOwnProperty.call(m, "challenge")) {
                        d.challenge = $root.pogcs.devices.v1.Challenge.toObject(m.challenge, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this EpochHistoryEntry to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.EpochHistoryEntry
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                EpochHistoryEntry.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for EpochHistoryEntry
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.EpochHistoryEntry
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                EpochHistoryEntry.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.EpochHistoryEntry";
                };

                return EpochHistoryEntry;
            })();

            v1.QueryDeviceHistoryRequest = (function() {

                /**
                 * Properties of a QueryDeviceHistoryRequest.
                 * @memberof pogcs.devices.v1
                 * @interface IQueryDeviceHistoryRequest
                 * @property {Long|null} [deviceId] QueryDeviceHistoryRequest deviceId
                 * @property {pogcs.devices.v1.IPageReq|null} [page] QueryDeviceHistoryRequest page
                 */

                /**
                 * Constructs a new QueryDeviceHistoryRequest.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a QueryDeviceHistoryRequest.
                 * @implements IQueryDeviceHistoryRequest
                 * @constructor
                 * @param {pogcs.devices.v1.IQueryDeviceHistoryRequest=} [p] Properties to set
                 */
                function QueryDeviceHistoryRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * QueryDeviceHistoryRequest deviceId.
                 * @member {Long} deviceId
                 * @memberof pogcs.devices.v1.QueryDeviceHistoryRequest
                 * @instance
                 */
                QueryDeviceHistoryRequest.prototype.deviceId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QueryDeviceHistoryRequest page.
                 * @member {pogcs.devices.v1.IPageReq|null|undefined} page
                 * @memberof pogcs.devices.v1.QueryDeviceHistoryRequest
                 * @instance
                 */
                QueryDeviceHistoryRequest.prototype.page = null;

                /**
                 * Creates a new QueryDeviceHistoryRequest instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.QueryDeviceHistoryRequest
                 * @static
                 * @param {pogcs.devices.v1.IQueryDeviceHistoryRequest=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.QueryDeviceHistoryRequest} QueryDeviceHistoryRequest instance
                 */
                QueryDeviceHistoryRequest.create = function create(properties) {
                    return new QueryDeviceHistoryRequest(properties);
                };

                /**
                 * Encodes the specified QueryDeviceHistoryRequest message. Does not implicitly {@link pogcs.devices.v1.QueryDeviceHistoryRequest.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.QueryDeviceHistoryRequest
                 * @static
                 * @param {pogcs.devices.v1.IQueryDeviceHistoryRequest} m QueryDeviceHistoryRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryDeviceHistoryRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.deviceId != null && Object.hasOwnProperty.call(m, "deviceId"))
                        w.uint32(8).uint64(m.deviceId);
                    if (m.page != null && Object.hasOwnProperty.call(m, "page"))
                        $root.pogcs.devices.v1.PageReq.encode(m.page, w.uint32(18).fork(), q + 1).ldelim();
                    return w;
                };

                /**
                 * Decodes a QueryDeviceHistoryRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.QueryDeviceHistoryRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.QueryDeviceHistoryRequest} QueryDeviceHistoryRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryDeviceHistoryRequest.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.QueryDeviceHistoryRequest();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.deviceId = r.uint64();
                                break;
                            }
                        case 2: {
                                m.page = $root.pogcs.devices.v1.PageReq.decode(r, r.uint32(), undefined, n + 1);
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
                 * Creates a QueryDeviceHistoryRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.QueryDeviceHistoryRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.QueryDeviceHistoryRequest} QueryDeviceHistoryRequest
                 */
                QueryDeviceHistoryRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.QueryDeviceHistoryRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.QueryDeviceHistoryRequest: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.QueryDeviceHistoryRequest();
                    if (d.deviceId != null) {
                        if ($util.Long)
                            m.deviceId = $util.Long.fromValue(d.deviceId, true);
                        else if (typeof d.deviceId === "string")
                            m.deviceId = parseInt(d.deviceId, 10);
                        else if (typeof d.deviceId === "number")
                            m.deviceId = d.deviceId;
                        else if (typeof d.deviceId === "object")
                            m.deviceId = new $util.LongBits(d.deviceId.low >>> 0, d.deviceId.high >>> 0).toNumber(true);
                    }
                    if (d.page != null) {
                        if (!$util.isObject(d.page))
                            throw TypeError(".pogcs.devices.v1.QueryDeviceHistoryRequest.page: object expected");
                        m.page = $root.pogcs.devices.v1.PageReq.fromObject(d.page, n + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a QueryDeviceHistoryRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.QueryDeviceHistoryRequest
                 * @static
                 * @param {pogcs.devices.v1.QueryDeviceHistoryRequest} m QueryDeviceHistoryRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryDeviceHistoryRequest.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.deviceId = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.deviceId = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.page = null;
                    }
                    if (m.deviceId != null && Object.hasOwnProperty.call(m, "deviceId")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.deviceId = typeof m.deviceId === "number" ? BigInt(m.deviceId) : $util.Long.fromBits(m.deviceId.low >>> 0, m.deviceId.high >>> 0, true).toBigInt();
                        else if (typeof m.deviceId === "number")
                            d.deviceId = o.longs === String ? String(m.deviceId) : m.deviceId;
                        else
                            d.deviceId = o.longs === String ? $util.Long.prototype.toString.call(m.deviceId) : o.longs === Number ? new $util.LongBits(m.deviceId.low >>> 0, m.deviceId.high >>> 0).toNumber(true) : m.deviceId;
                    }
                    if (m.page != null && Object.hasOwnProperty.call(m, "page")) {
                        d.page = $root.pogcs.devices.v1.PageReq.toObject(m.page, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this QueryDeviceHistoryRequest to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.QueryDeviceHistoryRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryDeviceHistoryRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for QueryDeviceHistoryRequest
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.QueryDeviceHistoryRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryDeviceHistoryRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.QueryDeviceHistoryRequest";
                };

                return QueryDeviceHistoryRequest;
            })();

            v1.QueryDeviceHistoryResponse = (function() {

                /**
                 * Properties of a QueryDeviceHistoryResponse.
                 * @memberof pogcs.devices.v1
                 * @interface IQueryDeviceHistoryResponse
                 * @property {number|null} [score] QueryDeviceHistoryResponse score
                 * @property {boolean|null} [flagged] QueryDeviceHistoryResponse flagged
                 * @property {Array.<pogcs.devices.v1.IEpochHistoryEntry>|null} [entries] QueryDeviceHistoryResponse entries
                 * @property {pogcs.devices.v1.IPageResp|null} [page] QueryDeviceHistoryResponse page
                 */

                /**
                 * Constructs a new QueryDeviceHistoryResponse.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a QueryDeviceHistoryResponse.
                 * @implements IQueryDeviceHistoryResponse
                 * @constructor
                 * @param {pogcs.devices.v1.IQueryDeviceHistoryResponse=} [p] Properties to set
                 */
                function QueryDeviceHistoryResponse(p) {
                    this.entries = [];
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * QueryDeviceHistoryResponse score.
                 * @member {number} score
                 * @memberof pogcs.devices.v1.QueryDeviceHistoryResponse
                 * @instance
                 */
                QueryDeviceHistoryResponse.prototype.score = 0;

                /**
                 * QueryDeviceHistoryResponse flagged.
                 * @member {boolean} flagged
                 * @memberof pogcs.devices.v1.QueryDeviceHistoryResponse
                 * @instance
                 */
                QueryDeviceHistoryResponse.prototype.flagged = false;

                /**
                 * QueryDeviceHistoryResponse entries.
                 * @member {Array.<pogcs.devices.v1.IEpochHistoryEntry>} entries
                 * @memberof pogcs.devices.v1.QueryDeviceHistoryResponse
                 * @instance
                 */
                QueryDeviceHistoryResponse.prototype.entries = $util.emptyArray;

                /**
                 * QueryDeviceHistoryResponse page.
                 * @member {pogcs.devices.v1.IPageResp|null|undefined} page
                 * @memberof pogcs.devices.v1.QueryDeviceHistoryResponse
                 * @instance
                 */
                QueryDeviceHistoryResponse.prototype.page = null;

                /**
                 * Creates a new QueryDeviceHistoryResponse instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.QueryDeviceHistoryResponse
                 * @static
                 * @param {pogcs.devices.v1.IQueryDeviceHistoryResponse=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.QueryDeviceHistoryResponse} QueryDeviceHistoryResponse instance
                 */
                QueryDeviceHistoryResponse.create = function create(properties) {
                    return new QueryDeviceHistoryResponse(properties);
                };

                /**
                 * Encodes the specified QueryDeviceHistoryResponse message. Does not implicitly {@link pogcs.devices.v1.QueryDeviceHistoryResponse.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.QueryDeviceHistoryResponse
                 * @static
                 * @param {pogcs.devices.v1.IQueryDeviceHistoryResponse} m QueryDeviceHistoryResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryDeviceHistoryResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.score != null && Object.hasOwnProperty.call(m, "score"))
                        w.uint32(8).uint32(m.score);
                    if (m.flagged != null && Object.hasOwnProperty.call(m, "flagged"))
                        w.uint32(16).bool(m.flagged);
                    if (m.entries != null && m.entries.length) {
                        for (var i = 0; i < m.entries.length; ++i)
                            $root.pogcs.devices.v1.EpochHistoryEntry.encode(m.entries[i], w.uint32(26).fork(), q + 1).ldelim();
                    }
                    if (m.page != null && Object.hasOwnProperty.call(m, "page"))
                        $root.pogcs.devices.v1.PageResp.encode(m.page, w.uint32(34).fork(), q + 1).ldelim();
                    return w;
                };

                /**
                 * Decodes a QueryDeviceHistoryResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.QueryDeviceHistoryResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.QueryDeviceHistoryResponse} QueryDeviceHistoryResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryDeviceHistoryResponse.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.QueryDeviceHistoryResponse();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.score = r.uint32();
                                break;
                            }
                        case 2: {
                                m.flagged = r.bool();
                                break;
                            }
                        case 3: {
                                if (!(m.entries && m.entries.length))
                                    m.entries = [];
                                m.entries.push($root.pogcs.devices.v1.EpochHistoryEntry.decode(r, r.uint32(), undefined, n + 1));
                                break;
                            }
                        case 4: {
                                m.page = $root.pogcs.devices.v1.PageResp.decode(r, r.uint32(), undefined, n + 1);
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
                 * Creates a QueryDeviceHistoryResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.QueryDeviceHistoryResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.QueryDeviceHistoryResponse} QueryDeviceHistoryResponse
                 */
                QueryDeviceHistoryResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.QueryDeviceHistoryResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.QueryDeviceHistoryResponse: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.QueryDeviceHistoryResponse();
                    if (d.score != null) {
                        m.score = d.score >>> 0;
                    }
                    if (d.flagged != null) {
                        m.flagged = Boolean(d.flagged);
                    }
                    if (d.entries) {
                        if (!Array.isArray(d.entries))
                            throw TypeError(".pogcs.devices.v1.QueryDeviceHistoryResponse.entries: array expected");
                        m.entries = [];
                        for (var i = 0; i < d.entries.length; ++i) {
                            if (!$util.isObject(d.entries[i]))
                                throw TypeError(".pogcs.devices.v1.QueryDeviceHistoryResponse.entries: object expected");
                            m.entries[i] = $root.pogcs.devices.v1.EpochHistoryEntry.fromObject(d.entries[i], n + 1);
                        }
                    }
                    if (d.page != null) {
                        if (!$util.isObject(d.page))
                            throw TypeError(".pogcs.devices.v1.QueryDeviceHistoryResponse.page: object expected");
                        m.page = $root.pogcs.devices.v1.PageResp.fromObject(d.page, n + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a QueryDeviceHistoryResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.QueryDeviceHistoryResponse
                 * @static
                 * @param {pogcs.devices.v1.QueryDeviceHistoryResponse} m QueryDeviceHistoryResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryDeviceHistoryResponse.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.entries = [];
                    }
                    if (o.defaults) {
                        d.score = 0;
                        d.flagged = false;
                        d.page = null;
                    }
                    if (m.score != null && Object.hasOwnProperty.call(m, "score")) {
                        d.score = m.score;
                    }
                    if (m.flagged != null && Object.hasOwnProperty.call(m, "flagged")) {
                        d.flagged = m.flagged;
                    }
                    if (m.entries && m.entries.length) {
                        d.entries = [];
                        for (var j = 0; j < m.entries.length; ++j) {
                            d.entries[j] = $root.pogcs.devices.v1.EpochHistoryEntry.toObject(m.entries[j], o, q + 1);
                        }
                    }
                    if (m.page != null && Object.hasOwnProperty.call(m, "page")) {
                        d.page = $root.pogcs.devices.v1.PageResp.toObject(m.page, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this QueryDeviceHistoryResponse to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.QueryDeviceHistoryResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryDeviceHistoryResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for QueryDeviceHistoryResponse
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.QueryDeviceHistoryResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryDeviceHistoryResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.QueryDeviceHistoryResponse";
                };

                return QueryDeviceHistoryResponse;
            })();

            v1.QueryChallengeRequest = (function() {

                /**
                 * Properties of a QueryChallengeRequest.
                 * @memberof pogcs.devices.v1
                 * @interface IQueryChallengeRequest
                 * @property {Long|null} [deviceId] QueryChallengeRequest deviceId
                 * @property {Long|null} [epoch] QueryChallengeRequest epoch
                 */

                /**
                 * Constructs a new QueryChallengeRequest.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a QueryChallengeRequest.
                 * @implements IQueryChallengeRequest
                 * @constructor
                 * @param {pogcs.devices.v1.IQueryChallengeRequest=} [p] Properties to set
                 */
                function QueryChallengeRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * QueryChallengeRequest deviceId.
                 * @member {Long} deviceId
                 * @memberof pogcs.devices.v1.QueryChallengeRequest
                 * @instance
                 */
                QueryChallengeRequest.prototype.deviceId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QueryChallengeRequest epoch.
                 * @member {Long} epoch
                 * @memberof pogcs.devices.v1.QueryChallengeRequest
                 * @instance
                 */
                QueryChallengeRequest.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new QueryChallengeRequest instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.QueryChallengeRequest
                 * @static
                 * @param {pogcs.devices.v1.IQueryChallengeRequest=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.QueryChallengeRequest} QueryChallengeRequest instance
                 */
                QueryChallengeRequest.create = function create(properties) {
                    return new QueryChallengeRequest(properties);
                };

                /**
                 * Encodes the specified QueryChallengeRequest message. Does not implicitly {@link pogcs.devices.v1.QueryChallengeRequest.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.QueryChallengeRequest
                 * @static
                 * @param {pogcs.devices.v1.IQueryChallengeRequest} m QueryChallengeRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryChallengeRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.deviceId != null && Object.hasOwnProperty.call(m, "deviceId"))
                        w.uint32(8).uint64(m.deviceId);
                    if (m.epoch != null && Object.hasOwnProperty.call(m, "epoch"))
                        w.uint32(16).uint64(m.epoch);
                    return w;
                };

                /**
                 * Decodes a QueryChallengeRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.QueryChallengeRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.QueryChallengeRequest} QueryChallengeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryChallengeRequest.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.QueryChallengeRequest();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.deviceId = r.uint64();
                                break;
                            }
                        case 2: {
                                m.epoch = r.uint64();
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
                 * Creates a QueryChallengeRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.QueryChallengeRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.QueryChallengeRequest} QueryChallengeRequest
                 */
                QueryChallengeRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.QueryChallengeRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.QueryChallengeRequest: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.QueryChallengeRequest();
                    if (d.deviceId != null) {
                        if ($util.Long)
                            m.deviceId = $util.Long.fromValue(d.deviceId, true);
                        else if (typeof d.deviceId === "string")
                            m.deviceId = parseInt(d.deviceId, 10);
                        else if (typeof d.deviceId === "number")
                            m.deviceId = d.deviceId;
                        else if (typeof d.deviceId === "object")
                            m.deviceId = new $util.LongBits(d.deviceId.low >>> 0, d.deviceId.high >>> 0).toNumber(true);
                    }
                    if (d.epoch != null) {
                        if ($util.Long)
                            m.epoch = $util.Long.fromValue(d.epoch, true);
                        else if (typeof d.epoch === "string")
                            m.epoch = parseInt(d.epoch, 10);
                        else if (typeof d.epoch === "number")
                            m.epoch = d.epoch;
                        else if (typeof d.epoch === "object")
                            m.epoch = new $util.LongBits(d.epoch.low >>> 0, d.epoch.high >>> 0).toNumber(true);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a QueryChallengeRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.QueryChallengeRequest
                 * @static
                 * @param {pogcs.devices.v1.QueryChallengeRequest} m QueryChallengeRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryChallengeRequest.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.deviceId = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.deviceId = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.epoch = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.epoch = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                    }
                    if (m.deviceId != null && Object.hasOwnProperty.call(m, "deviceId")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.deviceId = typeof m.deviceId === "number" ? BigInt(m.deviceId) : $util.Long.fromBits(m.deviceId.low >>> 0, m.deviceId.high >>> 0, true).toBigInt();
                        else if (typeof m.deviceId === "number")
                            d.deviceId = o.longs === String ? String(m.deviceId) : m.deviceId;
                        else
                            d.deviceId = o.longs === String ? $util.Long.prototype.toString.call(m.deviceId) : o.longs === Number ? new $util.LongBits(m.deviceId.low >>> 0, m.deviceId.high >>> 0).toNumber(true) : m.deviceId;
                    }
                    if (m.epoch != null && Object.hasOwnProperty.call(m, "epoch")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.epoch = typeof m.epoch === "number" ? BigInt(m.epoch) : $util.Long.fromBits(m.epoch.low >>> 0, m.epoch.high >>> 0, true).toBigInt();
                        else if (typeof m.epoch === "number")
                            d.epoch = o.longs === String ? String(m.epoch) : m.epoch;
                        else
                            d.epoch = o.longs === String ? $util.Long.prototype.toString.call(m.epoch) : o.longs === Number ? new $util.LongBits(m.epoch.low >>> 0, m.epoch.high >>> 0).toNumber(true) : m.epoch;
                    }
                    return d;
                };

                /**
                 * Converts this QueryChallengeRequest to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.QueryChallengeRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryChallengeRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for QueryChallengeRequest
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.QueryChallengeRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryChallengeRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.QueryChallengeRequest";
                };

                return QueryChallengeRequest;
            })();

            v1.QueryChallengeResponse = (function() {

                /**
                 * Properties of a QueryChallengeResponse.
                 * @memberof pogcs.devices.v1
                 * @interface IQueryChallengeResponse
                 * @property {pogcs.devices.v1.IChallenge|null} [challenge] QueryChallengeResponse challenge
                 */

                /**
                 * Constructs a new QueryChallengeResponse.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a QueryChallengeResponse.
                 * @implements IQueryChallengeResponse
                 * @constructor
                 * @param {pogcs.devices.v1.IQueryChallengeResponse=} [p] Properties to set
                 */
                function QueryChallengeResponse(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * QueryChallengeResponse challenge.
                 * @member {pogcs.devices.v1.IChallenge|null|undefined} challenge
                 * @memberof pogcs.devices.v1.QueryChallengeResponse
                 * @instance
                 */
                QueryChallengeResponse.prototype.challenge = null;

                /**
                 * Creates a new QueryChallengeResponse instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.QueryChallengeResponse
                 * @static
                 * @param {pogcs.devices.v1.IQueryChallengeResponse=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.QueryChallengeResponse} QueryChallengeResponse instance
                 */
                QueryChallengeResponse.create = function create(properties) {
                    return new QueryChallengeResponse(properties);
                };

                /**
                 * Encodes the specified QueryChallengeResponse message. Does not implicitly {@link pogcs.devices.v1.QueryChallengeResponse.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.QueryChallengeResponse
                 * @static
                 * @param {pogcs.devices.v1.IQueryChallengeResponse} m QueryChallengeResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryChallengeResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.challenge != null && Object.hasOwnProperty.call(m, "challenge"))
                        $root.pogcs.devices.v1.Challenge.encode(m.challenge, w.uint32(10).fork(), q + 1).ldelim();
                    return w;
                };

                /**
                 * Decodes a QueryChallengeResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.QueryChallengeResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.QueryChallengeResponse} QueryChallengeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryChallengeResponse.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.QueryChallengeResponse();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.challenge = $root.pogcs.devices.v1.Challenge.decode(r, r.uint32(), undefined, n + 1);
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
                 * Creates a QueryChallengeResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.QueryChallengeResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.QueryChallengeResponse} QueryChallengeResponse
                 */
                QueryChallengeResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.QueryChallengeResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.QueryChallengeResponse: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.QueryChallengeResponse();
                    if (d.challenge != null) {
                        if (!$util.isObject(d.challenge))
                            throw TypeError(".pogcs.devices.v1.QueryChallengeResponse.challenge: object expected");
                        m.challenge = $root.pogcs.devices.v1.Challenge.fromObject(d.challenge, n + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a QueryChallengeResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.QueryChallengeResponse
                 * @static
                 * @param {pogcs.devices.v1.QueryChallengeResponse} m QueryChallengeResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryChallengeResponse.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.challenge = null;
                    }
                    if (m.challenge != null && Object.hasOwnProperty.call(m, "challenge")) {
                        d.challenge = $root.pogcs.devices.v1.Challenge.toObject(m.challenge, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this QueryChallengeResponse to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.QueryChallengeResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryChallengeResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for QueryChallengeResponse
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.QueryChallengeResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryChallengeResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.QueryChallengeResponse";
                };

                return QueryChallengeResponse;
            })();

            v1.QueryEpochInfoRequest = (function() {

                /**
                 * Properties of a QueryEpochInfoRequest.
                 * @memberof pogcs.devices.v1
                 * @interface IQueryEpochInfoRequest
                 * @property {Long|null} [epoch] QueryEpochInfoRequest epoch
                 * @property {boolean|null} [current] QueryEpochInfoRequest current
                 */

                /**
                 * Constructs a new QueryEpochInfoRequest.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a QueryEpochInfoRequest.
                 * @implements IQueryEpochInfoRequest
                 * @constructor
                 * @param {pogcs.devices.v1.IQueryEpochInfoRequest=} [p] Properties to set
                 */
                function QueryEpochInfoRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * QueryEpochInfoRequest epoch.
                 * @member {Long} epoch
                 * @memberof pogcs.devices.v1.QueryEpochInfoRequest
                 * @instance
                 */
                QueryEpochInfoRequest.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QueryEpochInfoRequest current.
                 * @member {boolean} current
                 * @memberof pogcs.devices.v1.QueryEpochInfoRequest
                 * @instance
                 */
                QueryEpochInfoRequest.prototype.current = false;

                /**
                 * Creates a new QueryEpochInfoRequest instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.QueryEpochInfoRequest
                 * @static
                 * @param {pogcs.devices.v1.IQueryEpochInfoRequest=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.QueryEpochInfoRequest} QueryEpochInfoRequest instance
                 */
                QueryEpochInfoRequest.create = function create(properties) {
                    return new QueryEpochInfoRequest(properties);
                };

                /**
                 * Encodes the specified QueryEpochInfoRequest message. Does not implicitly {@link pogcs.devices.v1.QueryEpochInfoRequest.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.QueryEpochInfoRequest
                 * @static
                 * @param {pogcs.devices.v1.IQueryEpochInfoRequest} m QueryEpochInfoRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryEpochInfoRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.epoch != null && Object.hasOwnProperty.call(m, "epoch"))
                        w.uint32(8).uint64(m.epoch);
                    if (m.current != null && Object.hasOwnProperty.call(m, "current"))
                        w.uint32(16).bool(m.current);
                    return w;
                };

                /**
                 * Decodes a QueryEpochInfoRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.QueryEpochInfoRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.QueryEpochInfoRequest} QueryEpochInfoRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryEpochInfoRequest.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.QueryEpochInfoRequest();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.epoch = r.uint64();
                                break;
                            }
                        case 2: {
                                m.current = r.bool();
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
                 * Creates a QueryEpochInfoRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.QueryEpochInfoRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.QueryEpochInfoRequest} QueryEpochInfoRequest
                 */
                QueryEpochInfoRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.QueryEpochInfoRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.QueryEpochInfoRequest: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.QueryEpochInfoRequest();
                    if (d.epoch != null) {
                        if ($util.Long)
                            m.epoch = $util.Long.fromValue(d.epoch, true);
                        else if (typeof d.epoch === "string")
                            m.epoch = parseInt(d.epoch, 10);
                        else if (typeof d.epoch === "number")
                            m.epoch = d.epoch;
                        else if (typeof d.epoch === "object")
                            m.epoch = new $util.LongBits(d.epoch.low >>> 0, d.epoch.high >>> 0).toNumber(true);
                    }
                    if (d.current != null) {
                        m.current = Boolean(d.current);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a QueryEpochInfoRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.QueryEpochInfoRequest
                 * @static
                 * @param {pogcs.devices.v1.QueryEpochInfoRequest} m QueryEpochInfoRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryEpochInfoRequest.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.epoch = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.epoch = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.current = false;
                    }
                    if (m.epoch != null && Object.hasOwnProperty.call(m, "epoch")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.epoch = typeof m.epoch === "number" ? BigInt(m.epoch) : $util.Long.fromBits(m.epoch.low >>> 0, m.epoch.high >>> 0, true).toBigInt();
                        else if (typeof m.epoch === "number")
                            d.epoch = o.longs === String ? String(m.epoch) : m.epoch;
                        else
                            d.epoch = o.longs === String ? $util.Long.prototype.toString.call(m.epoch) : o.longs === Number ? new $util.LongBits(m.epoch.low >>> 0, m.epoch.high >>> 0).toNumber(true) : m.epoch;
                    }
                    if (m.current != null && Object.hasOwnProperty.call(m, "current")) {
                        d.current = m.current;
                    }
                    return d;
                };

                /**
                 * Converts this QueryEpochInfoRequest to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.QueryEpochInfoRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryEpochInfoRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for QueryEpochInfoRequest
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.QueryEpochInfoRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryEpochInfoRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.QueryEpochInfoRequest";
                };

                return QueryEpochInfoRequest;
            })();

            v1.QueryEpochInfoResponse = (function() {

                /**
                 * Properties of a QueryEpochInfoResponse.
                 * @memberof pogcs.devices.v1
                 * @interface IQueryEpochInfoResponse
                 * @property {Long|null} [currentEpoch] QueryEpochInfoResponse currentEpoch
                 * @property {Long|null} [epochLength] QueryEpochInfoResponse epochLength
                 * @property {pogcs.devices.v1.IEpochRecord|null} [record] QueryEpochInfoResponse record
                 */

                /**
                 * Constructs a new QueryEpochInfoResponse.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a QueryEpochInfoResponse.
                 * @implements IQueryEpochInfoResponse
                 * @constructor
                 * @param {pogcs.devices.v1.IQueryEpochInfoResponse=} [p] Properties to set
                 */
                function QueryEpochInfoResponse(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * QueryEpochInfoResponse currentEpoch.
                 * @member {Long} currentEpoch
                 * @memberof pogcs.devices.v1.QueryEpochInfoResponse
                 * @instance
                 */
                QueryEpochInfoResponse.prototype.currentEpoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QueryEpochInfoResponse epochLength.
                 * @member {Long} epochLength
                 * @memberof pogcs.devices.v1.QueryEpochInfoResponse
                 * @instance
                 */
                QueryEpochInfoResponse.prototype.epochLength = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QueryEpochInfoResponse record.
                 * @member {pogcs.devices.v1.IEpochRecord|null|undefined} record
                 * @memberof pogcs.devices.v1.QueryEpochInfoResponse
                 * @instance
                 */
                QueryEpochInfoResponse.prototype.record = null;

                /**
                 * Creates a new QueryEpochInfoResponse instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.QueryEpochInfoResponse
                 * @static
                 * @param {pogcs.devices.v1.IQueryEpochInfoResponse=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.QueryEpochInfoResponse} QueryEpochInfoResponse instance
                 */
                QueryEpochInfoResponse.create = function create(properties) {
                    return new QueryEpochInfoResponse(properties);
                };

                /**
                 * Encodes the specified QueryEpochInfoResponse message. Does not implicitly {@link pogcs.devices.v1.QueryEpochInfoResponse.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.QueryEpochInfoResponse
                 * @static
                 * @param {pogcs.devices.v1.IQueryEpochInfoResponse} m QueryEpochInfoResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryEpochInfoResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.currentEpoch != null && Object.hasOwnProperty.call(m, "currentEpoch"))
                        w.uint32(8).uint64(m.currentEpoch);
                    if (m.epochLength != null && Object.hasOwnProperty.call(m, "epochLength"))
                        w.uint32(16).uint64(m.epochLength);
                    if (m.record != null && Object.hasOwnProperty.call(m, "record"))
                        $root.pogcs.devices.v1.EpochRecord.encode(m.record, w.uint32(26).fork(), q + 1).ldelim();
                    return w;
                };

                /**
                 * Decodes a QueryEpochInfoResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.QueryEpochInfoResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.QueryEpochInfoResponse} QueryEpochInfoResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryEpochInfoResponse.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.QueryEpochInfoResponse();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.currentEpoch = r.uint64();
                                break;
                            }
                        case 2: {
                                m.epochLength = r.uint64();
                                break;
                            }
                        case 3: {
                                m.record = $root.pogcs.devices.v1.EpochRecord.decode(r, r.uint32(), undefined, n + 1);
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
                 * Creates a QueryEpochInfoResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.QueryEpochInfoResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.QueryEpochInfoResponse} QueryEpochInfoResponse
                 */
                QueryEpochInfoResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.QueryEpochInfoResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.QueryEpochInfoResponse: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.QueryEpochInfoResponse();
                    if (d.currentEpoch != null) {
                        if ($util.Long)
                            m.currentEpoch = $util.Long.fromValue(d.currentEpoch, true);
                        else if (typeof d.currentEpoch === "string")
                            m.currentEpoch = parseInt(d.currentEpoch, 10);
                        else if (typeof d.currentEpoch === "number")
                            m.currentEpoch = d.currentEpoch;
                        else if (typeof d.currentEpoch === "object")
                            m.currentEpoch = new $util.LongBits(d.currentEpoch.low >>> 0, d.currentEpoch.high >>> 0).toNumber(true);
                    }
                    if (d.epochLength != null) {
                        if ($util.Long)
                            m.epochLength = $util.Long.fromValue(d.epochLength, true);
                        else if (typeof d.epochLength === "string")
                            m.epochLength = parseInt(d.epochLength, 10);
                        else if (typeof d.epochLength === "number")
                            m.epochLength = d.epochLength;
                        else if (typeof d.epochLength === "object")
                            m.epochLength = new $util.LongBits(d.epochLength.low >>> 0, d.epochLength.high >>> 0).toNumber(true);
                    }
                    if (d.record != null) {
                        if (!$util.isObject(d.record))
                            throw TypeError(".pogcs.devices.v1.QueryEpochInfoResponse.record: object expected");
                        m.record = $root.pogcs.devices.v1.EpochRecord.fromObject(d.record, n + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a QueryEpochInfoResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.QueryEpochInfoResponse
                 * @static
                 * @param {pogcs.devices.v1.QueryEpochInfoResponse} m QueryEpochInfoResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryEpochInfoResponse.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.currentEpoch = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.currentEpoch = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.epochLength = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.epochLength = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.record = null;
                    }
                    if (m.currentEpoch != null && Object.hasOwnProperty.call(m, "currentEpoch")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.currentEpoch = typeof m.currentEpoch === "number" ? BigInt(m.currentEpoch) : $util.Long.fromBits(m.currentEpoch.low >>> 0, m.currentEpoch.high >>> 0, true).toBigInt();
                        else if (typeof m.currentEpoch === "number")
                            d.currentEpoch = o.longs === String ? String(m.currentEpoch) : m.currentEpoch;
                        else
                            d.currentEpoch = o.longs === String ? $util.Long.prototype.toString.call(m.currentEpoch) : o.longs === Number ? new $util.LongBits(m.currentEpoch.low >>> 0, m.currentEpoch.high >>> 0).toNumber(true) : m.currentEpoch;
                    }
                    if (m.epochLength != null && Object.hasOwnProperty.call(m, "epochLength")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.epochLength = typeof m.epochLength === "number" ? BigInt(m.epochLength) : $util.Long.fromBits(m.epochLength.low >>> 0, m.epochLength.high >>> 0, true).toBigInt();
                        else if (typeof m.epochLength === "number")
                            d.epochLength = o.longs === String ? String(m.epochLength) : m.epochLength;
                        else
                            d.epochLength = o.longs === String ? $util.Long.prototype.toString.call(m.epochLength) : o.longs === Number ? new $util.LongBits(m.epochLength.low >>> 0, m.epochLength.high >>> 0).toNumber(true) : m.epochLength;
                    }
                    if (m.record != null && Object.hasOwnProperty.call(m, "record")) {
                        d.record = $root.pogcs.devices.v1.EpochRecord.toObject(m.record, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this QueryEpochInfoResponse to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.QueryEpochInfoResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryEpochInfoResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for QueryEpochInfoResponse
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.QueryEpochInfoResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryEpochInfoResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.QueryEpochInfoResponse";
                };

                return QueryEpochInfoResponse;
            })();

            /**
             * DeviceClass enum.
             * @name pogcs.devices.v1.DeviceClass
             * @enum {number}
             * @property {number} DEVICE_CLASS_UNSPECIFIED=0 DEVICE_CLASS_UNSPECIFIED value
             * @property {number} DEVICE_CLASS_SOLAR=1 DEVICE_CLASS_SOLAR value
             * @property {number} DEVICE_CLASS_STORAGE=2 DEVICE_CLASS_STORAGE value
             * @property {number} DEVICE_CLASS_GPU=3 DEVICE_CLASS_GPU value
             * @property {number} DEVICE_CLASS_COMBINED=4 DEVICE_CLASS_COMBINED value
             */
            v1.DeviceClass = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "DEVICE_CLASS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "DEVICE_CLASS_SOLAR"] = 1;
                values[valuesById[2] = "DEVICE_CLASS_STORAGE"] = 2;
                values[valuesById[3] = "DEVICE_CLASS_GPU"] = 3;
                values[valuesById[4] = "DEVICE_CLASS_COMBINED"] = 4;
                return values;
            })();

            v1.Maker = (function() {

                /**
                 * Properties of a Maker.
                 * @memberof pogcs.devices.v1
                 * @interface IMaker
                 * @property {string|null} [id] Maker id
                 * @property {string|null} [name] Maker name
                 * @property {Uint8Array|null} [pubkey] Maker pubkey
                 * @property {Array.<pogcs.devices.v1.DeviceClass>|null} [classes] Maker classes
                 */

                /**
                 * Constructs a new Maker.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a Maker.
                 * @implements IMaker
                 * @constructor
                 * @param {pogcs.devices.v1.IMaker=} [p] Properties to set
                 */
                function Maker(p) {
                    this.classes = [];
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * Maker id.
                 * @member {string} id
                 * @memberof pogcs.devices.v1.Maker
                 * @instance
                 */
                Maker.prototype.id = "";

                /**
                 * Maker name.
                 * @member {string} name
                 * @memberof pogcs.devices.v1.Maker
                 * @instance
                 */
                Maker.prototype.name = "";

                /**
                 * Maker pubkey.
                 * @member {Uint8Array} pubkey
                 * @memberof pogcs.devices.v1.Maker
                 * @instance
                 */
                Maker.prototype.pubkey = $util.newBuffer([]);

                /**
                 * Maker classes.
                 * @member {Array.<pogcs.devices.v1.DeviceClass>} classes
                 * @memberof pogcs.devices.v1.Maker
                 * @instance
                 */
                Maker.prototype.classes = $util.emptyArray;

                /**
                 * Creates a new Maker instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.Maker
                 * @static
                 * @param {pogcs.devices.v1.IMaker=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.Maker} Maker instance
                 */
                Maker.create = function create(properties) {
                    return new Maker(properties);
                };

                /**
                 * Encodes the specified Maker message. Does not implicitly {@link pogcs.devices.v1.Maker.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.Maker
                 * @static
                 * @param {pogcs.devices.v1.IMaker} m Maker message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Maker.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.id != null && Object.hasOwnProperty.call(m, "id"))
                        w.uint32(10).string(m.id);
                    if (m.name != null && Object.hasOwnProperty.call(m, "name"))
                        w.uint32(18).string(m.name);
                    if (m.pubkey != null && Object.hasOwnProperty.call(m, "pubkey"))
                        w.uint32(26).bytes(m.pubkey);
                    if (m.classes != null && m.classes.length) {
                        w.uint32(34).fork();
                        for (var i = 0; i < m.classes.length; ++i)
                            w.int32(m.classes[i]);
                        w.ldelim();
                    }
                    return w;
                };

                /**
                 * Decodes a Maker message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.Maker
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.Maker} Maker
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Maker.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.Maker();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.id = r.string();
                                break;
                            }
                        case 2: {
                                m.name = r.string();
                                break;
                            }
                        case 3: {
                                m.pubkey = r.bytes();
                                break;
                            }
                        case 4: {
                                if (!(m.classes && m.classes.length))
                                    m.classes = [];
                                if ((t & 7) === 2) {
                                    var c2 = r.uint32() + r.pos;
                                    if (c2 > r.len)
                                        throw RangeError("index out of range");
                                    r.len = c2;
                                    while (r.pos < c2)
                                        m.classes.push(r.int32());
                                    if (r.pos !== c2)
                                        throw RangeError("index out of range");
                                    r.len = c;
                                } else
                                    m.classes.push(r.int32());
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
                 * Creates a Maker message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.Maker
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.Maker} Maker
                 */
                Maker.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.Maker)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.Maker: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.Maker();
                    if (d.id != null) {
                        m.id = String(d.id);
                    }
                    if (d.name != null) {
                        m.name = String(d.name);
                    }
                    if (d.pubkey != null) {
                        if (typeof d.pubkey === "string")
                            $util.base64.decode(d.pubkey, m.pubkey = $util.newBuffer($util.base64.length(d.pubkey)), 0);
                        else if (d.pubkey.length >= 0)
                            m.pubkey = d.pubkey;
                    }
                    if (d.classes) {
                        if (!Array.isArray(d.classes))
                            throw TypeError(".pogcs.devices.v1.Maker.classes: array expected");
                        m.classes = [];
                        for (var i = 0; i < d.classes.length; ++i) {
                            switch (d.classes[i]) {
                            default:
                                if (typeof d.classes[i] === "number") {
                                    m.classes[i] = d.classes[i];
                                    break;
                                }
                            case "DEVICE_CLASS_UNSPECIFIED":
                            case 0:
                                m.classes[i] = 0;
                                break;
                            case "DEVICE_CLASS_SOLAR":
                            case 1:
                                m.classes[i] = 1;
                                break;
                            case "DEVICE_CLASS_STORAGE":
                            case 2:
                                m.classes[i] = 2;
                                break;
                            case "DEVICE_CLASS_GPU":
                            case 3:
                                m.classes[i] = 3;
                                break;
                            case "DEVICE_CLASS_COMBINED":
                            case 4:
                                m.classes[i] = 4;
                                break;
                            }
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Maker message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.Maker
                 * @static
                 * @param {pogcs.devices.v1.Maker} m Maker
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Maker.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.classes = [];
                    }
                    if (o.defaults) {
                        d.id = "";
                        d.name = "";
                        if (o.bytes === String)
                            d.pubkey = "";
                        else {
                            d.pubkey = [];
                            if (o.bytes !== Array)
                                d.pubkey = $util.newBuffer(d.pubkey);
                        }
                    }
                    if (m.id != null && Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    if (m.pubkey != null && Object.hasOwnProperty.call(m, "pubkey")) {
                        d.pubkey = o.bytes === String ? $util.base64.encode(m.pubkey, 0, m.pubkey.length) : o.bytes === Array ? Array.prototype.slice.call(m.pubkey) : m.pubkey;
                    }
                    if (m.classes && m.classes.length) {
                        d.classes = [];
                        for (var j = 0; j < m.classes.length; ++j) {
                            d.classes[j] = o.enums === String ? $root.pogcs.devices.v1.DeviceClass[m.classes[j]] === undefined ? m.classes[j] : $root.pogcs.devices.v1.DeviceClass[m.classes[j]] : m.classes[j];
                        }
                    }
                    return d;
                };

                /**
                 * Converts this Maker to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.Maker
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Maker.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Maker
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.Maker
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Maker.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.Maker";
                };

                return Maker;
            })();

            v1.CapacitySpecs = (function() {

                /**
                 * Properties of a CapacitySpecs.
                 * @memberof pogcs.devices.v1
                 * @interface ICapacitySpecs
                 * @property {Long|null} [solarPeakW] CapacitySpecs solarPeakW
                 * @property {Long|null} [storageWh] CapacitySpecs storageWh
                 * @property {string|null} [gpuModel] CapacitySpecs gpuModel
                 * @property {number|null} [gpuCount] CapacitySpecs gpuCount
                 * @property {Long|null} [fp32TflopsMilli] CapacitySpecs fp32TflopsMilli
                 */

                /**
                 * Constructs a new CapacitySpecs.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a CapacitySpecs.
                 * @implements ICapacitySpecs
                 * @constructor
                 * @param {pogcs.devices.v1.ICapacitySpecs=} [p] Properties to set
                 */
                function CapacitySpecs(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * CapacitySpecs solarPeakW.
                 * @member {Long} solarPeakW
                 * @memberof pogcs.devices.v1.CapacitySpecs
                 * @instance
                 */
                CapacitySpecs.prototype.solarPeakW = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CapacitySpecs storageWh.
                 * @member {Long} storageWh
                 * @memberof pogcs.devices.v1.CapacitySpecs
                 * @instance
                 */
                CapacitySpecs.prototype.storageWh = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CapacitySpecs gpuModel.
                 * @member {string} gpuModel
                 * @memberof pogcs.devices.v1.CapacitySpecs
                 * @instance
                 */
                CapacitySpecs.prototype.gpuModel = "";

                /**
                 * CapacitySpecs gpuCount.
                 * @member {number} gpuCount
                 * @memberof pogcs.devices.v1.CapacitySpecs
                 * @instance
                 */
                CapacitySpecs.prototype.gpuCount = 0;

                /**
                 * CapacitySpecs fp32TflopsMilli.
                 * @member {Long} fp32TflopsMilli
                 * @memberof pogcs.devices.v1.CapacitySpecs
                 * @instance
                 */
                CapacitySpecs.prototype.fp32TflopsMilli = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new CapacitySpecs instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.CapacitySpecs
                 * @static
                 * @param {pogcs.devices.v1.ICapacitySpecs=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.CapacitySpecs} CapacitySpecs instance
                 */
                CapacitySpecs.create = function create(properties) {
                    return new CapacitySpecs(properties);
                };

                /**
                 * Encodes the specified CapacitySpecs message. Does not implicitly {@link pogcs.devices.v1.CapacitySpecs.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.CapacitySpecs
                 * @static
                 * @param {pogcs.devices.v1.ICapacitySpecs} m CapacitySpecs message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CapacitySpecs.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.solarPeakW != null && Object.hasOwnProperty.call(m, "solarPeakW"))
                        w.uint32(8).uint64(m.solarPeakW);
                    if (m.storageWh != null && Object.hasOwnProperty.call(m, "storageWh"))
                        w.uint32(16).uint64(m.storageWh);
                    if (m.gpuModel != null && Object.hasOwnProperty.call(m, "gpuModel"))
                        w.uint32(26).string(m.gpuModel);
                    if (m.gpuCount != null && Object.hasOwnProperty.call(m, "gpuCount"))
                        w.uint32(32).uint32(m.gpuCount);
                    if (m.fp32TflopsMilli != null && Object.hasOwnProperty.call(m, "fp32TflopsMilli"))
                        w.uint32(40).uint64(m.fp32TflopsMilli);
                    return w;
                };

                /**
                 * Decodes a CapacitySpecs message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.CapacitySpecs
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.CapacitySpecs} CapacitySpecs
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CapacitySpecs.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.CapacitySpecs();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.solarPeakW = r.uint64();
                                break;
                            }
                        case 2: {
                                m.storageWh = r.uint64();
                                break;
                            }
                        case 3: {
                                m.gpuModel = r.string();
                                break;
                            }
                        case 4: {
                                m.gpuCount = r.uint32();
                                break;
                            }
                        case 5: {
                                m.fp32TflopsMilli = r.uint64();
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
                 * Creates a CapacitySpecs message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.CapacitySpecs
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.CapacitySpecs} CapacitySpecs
                 */
                CapacitySpecs.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.CapacitySpecs)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.CapacitySpecs: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.CapacitySpecs();
                    if (d.solarPeakW != null) {
                        if ($util.Long)
                            m.solarPeakW = $util.Long.fromValue(d.solarPeakW, true);
                        else if (typeof d.solarPeakW === "string")
                            m.solarPeakW = parseInt(d.solarPeakW, 10);
                        else if (typeof d.solarPeakW === "number")
                            m.solarPeakW = d.solarPeakW;
                        else if (typeof d.solarPeakW === "object")
                            m.solarPeakW = new $util.LongBits(d.solarPeakW.low >>> 0, d.solarPeakW.high >>> 0).toNumber(true);
                    }
                    if (d.storageWh != null) {
                        if ($util.Long)
                            m.storageWh = $util.Long.fromValue(d.storageWh, true);
                        else if (typeof d.storageWh === "string")
                            m.storageWh = parseInt(d.storageWh, 10);
                        else if (typeof d.storageWh === "number")
                            m.storageWh = d.storageWh;
                        else if (typeof d.storageWh === "object")
                            m.storageWh = new $util.LongBits(d.storageWh.low >>> 0, d.storageWh.high >>> 0).toNumber(true);
                    }
                    if (d.gpuModel != null) {
                        m.gpuModel = String(d.gpuModel);
                    }
                    if (d.gpuCount != null) {
                        m.gpuCount = d.gpuCount >>> 0;
                    }
                    if (d.fp32TflopsMilli != null) {
                        if ($util.Long)
                            m.fp32TflopsMilli = $util.Long.fromValue(d.fp32TflopsMilli, true);
                        else if (typeof d.fp32TflopsMilli === "string")
                            m.fp32TflopsMilli = parseInt(d.fp32TflopsMilli, 10);
                        else if (typeof d.fp32TflopsMilli === "number")
                            m.fp32TflopsMilli = d.fp32TflopsMilli;
                        else if (typeof d.fp32TflopsMilli === "object")
                            m.fp32TflopsMilli = new $util.LongBits(d.fp32TflopsMilli.low >>> 0, d.fp32TflopsMilli.high >>> 0).toNumber(true);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a CapacitySpecs message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.CapacitySpecs
                 * @static
                 * @param {pogcs.devices.v1.CapacitySpecs} m CapacitySpecs
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CapacitySpecs.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.solarPeakW = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.solarPeakW = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.storageWh = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.storageWh = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.gpuModel = "";
                        d.gpuCount = 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.fp32TflopsMilli = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.fp32TflopsMilli = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                    }
                    if (m.solarPeakW != null && Object.hasOwnProperty.call(m, "solarPeakW")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.solarPeakW = typeof m.solarPeakW === "number" ? BigInt(m.solarPeakW) : $util.Long.fromBits(m.solarPeakW.low >>> 0, m.solarPeakW.high >>> 0, true).toBigInt();
                        else if (typeof m.solarPeakW === "number")
                            d.solarPeakW = o.longs === String ? String(m.solarPeakW) : m.solarPeakW;
                        else
                            d.solarPeakW = o.longs === String ? $util.Long.prototype.toString.call(m.solarPeakW) : o.longs === Number ? new $util.LongBits(m.solarPeakW.low >>> 0, m.solarPeakW.high >>> 0).toNumber(true) : m.solarPeakW;
                    }
                    if (m.storageWh != null && Object.hasOwnProperty.call(m, "storageWh")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.storageWh = typeof m.storageWh === "number" ? BigInt(m.storageWh) : $util.Long.fromBits(m.storageWh.low >>> 0, m.storageWh.high >>> 0, true).toBigInt();
                        else if (typeof m.storageWh === "number")
                            d.storageWh = o.longs === String ? String(m.storageWh) : m.storageWh;
                        else
                            d.storageWh = o.longs === String ? $util.Long.prototype.toString.call(m.storageWh) : o.longs === Number ? new $util.LongBits(m.storageWh.low >>> 0, m.storageWh.high >>> 0).toNumber(true) : m.storageWh;
                    }
                    if (m.gpuModel != null && Object.hasOwnProperty.call(m, "gpuModel")) {
                        d.gpuModel = m.gpuModel;
                    }
                    if (m.gpuCount != null && Object.hasOwnProperty.call(m, "gpuCount")) {
                        d.gpuCount = m.gpuCount;
                    }
                    if (m.fp32TflopsMilli != null && Object.hasOwnProperty.call(m, "fp32TflopsMilli")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.fp32TflopsMilli = typeof m.fp32TflopsMilli === "number" ? BigInt(m.fp32TflopsMilli) : $util.Long.fromBits(m.fp32TflopsMilli.low >>> 0, m.fp32TflopsMilli.high >>> 0, true).toBigInt();
                        else if (typeof m.fp32TflopsMilli === "number")
                            d.fp32TflopsMilli = o.longs === String ? String(m.fp32TflopsMilli) : m.fp32TflopsMilli;
                        else
                            d.fp32TflopsMilli = o.longs === String ? $util.Long.prototype.toString.call(m.fp32TflopsMilli) : o.longs === Number ? new $util.LongBits(m.fp32TflopsMilli.low >>> 0, m.fp32TflopsMilli.high >>> 0).toNumber(true) : m.fp32TflopsMilli;
                    }
                    return d;
                };

                /**
                 * Converts this CapacitySpecs to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.CapacitySpecs
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CapacitySpecs.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for CapacitySpecs
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.CapacitySpecs
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                CapacitySpecs.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.CapacitySpecs";
                };

                return CapacitySpecs;
            })();

            v1.LocationAddress = (function() {

                /**
                 * Properties of a LocationAddress.
                 * @memberof pogcs.devices.v1
                 * @interface ILocationAddress
                 * @property {Long|null} [h3Cell] LocationAddress h3Cell
                 * @property {number|null} [index] LocationAddress index
                 */

                /**
                 * Constructs a new LocationAddress.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a LocationAddress.
                 * @implements ILocationAddress
                 * @constructor
                 * @param {pogcs.devices.v1.ILocationAddress=} [p] Properties to set
                 */
                function LocationAddress(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * LocationAddress h3Cell.
                 * @member {Long} h3Cell
                 * @memberof pogcs.devices.v1.LocationAddress
                 * @instance
                 */
                LocationAddress.prototype.h3Cell = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * LocationAddress index.
                 * @member {number} index
                 * @memberof pogcs.devices.v1.LocationAddress
                 * @instance
                 */
                LocationAddress.prototype.index = 0;

                /**
                 * Creates a new LocationAddress instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.LocationAddress
                 * @static
                 * @param {pogcs.devices.v1.ILocationAddress=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.LocationAddress} LocationAddress instance
                 */
                LocationAddress.create = function create(properties) {
                    return new LocationAddress(properties);
                };

                /**
                 * Encodes the specified LocationAddress message. Does not implicitly {@link pogcs.devices.v1.LocationAddress.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.LocationAddress
                 * @static
                 * @param {pogcs.devices.v1.ILocationAddress} m LocationAddress message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LocationAddress.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.h3Cell != null && Object.hasOwnProperty.call(m, "h3Cell"))
                        w.uint32(8).uint64(m.h3Cell);
                    if (m.index != null && Object.hasOwnProperty.call(m, "index"))
                        w.uint32(16).uint32(m.index);
                    return w;
                };

                /**
                 * Decodes a LocationAddress message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.LocationAddress
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.LocationAddress} LocationAddress
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LocationAddress.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.LocationAddress();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.h3Cell = r.uint64();
                                break;
                            }
                        case 2: {
                                m.index = r.uint32();
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
                 * Creates a LocationAddress message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.LocationAddress
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.LocationAddress} LocationAddress
                 */
                LocationAddress.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.LocationAddress)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.LocationAddress: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.LocationAddress();
                    if (d.h3Cell != null) {
                        if ($util.Long)
                            m.h3Cell = $util.Long.fromValue(d.h3Cell, true);
                        else if (typeof d.h3Cell === "string")
                            m.h3Cell = parseInt(d.h3Cell, 10);
                        else if (typeof d.h3Cell === "number")
                            m.h3Cell = d.h3Cell;
                        else if (typeof d.h3Cell === "object")
                            m.h3Cell = new $util.LongBits(d.h3Cell.low >>> 0, d.h3Cell.high >>> 0).toNumber(true);
                    }
                    if (d.index != null) {
                        m.index = d.index >>> 0;
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a LocationAddress message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.LocationAddress
                 * @static
                 * @param {pogcs.devices.v1.LocationAddress} m LocationAddress
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                LocationAddress.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.h3Cell = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.h3Cell = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.index = 0;
                    }
                    if (m.h3Cell != null && Object.hasOwnProperty.call(m, "h3Cell")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.h3Cell = typeof m.h3Cell === "number" ? BigInt(m.h3Cell) : $util.Long.fromBits(m.h3Cell.low >>> 0, m.h3Cell.high >>> 0, true).toBigInt();
                        else if (typeof m.h3Cell === "number")
                            d.h3Cell = o.longs === String ? String(m.h3Cell) : m.h3Cell;
                        else
                            d.h3Cell = o.longs === String ? $util.Long.prototype.toString.call(m.h3Cell) : o.longs === Number ? new $util.LongBits(m.h3Cell.low >>> 0, m.h3Cell.high >>> 0).toNumber(true) : m.h3Cell;
                    }
                    if (m.index != null && Object.hasOwnProperty.call(m, "index")) {
                        d.index = m.index;
                    }
                    return d;
                };

                /**
                 * Converts this LocationAddress to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.LocationAddress
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                LocationAddress.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for LocationAddress
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.LocationAddress
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                LocationAddress.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.LocationAddress";
                };

                return LocationAddress;
            })();

            v1.Device = (function() {

                /**
                 * Properties of a Device.
                 * @memberof pogcs.devices.v1
                 * @interface IDevice
                 * @property {Long|null} [id] Device id
                 * @property {string|null} [owner] Device owner
                 * @property {string|null} [makerId] Device makerId
                 * @property {Uint8Array|null} [pubkey] Device pubkey
                 * @property {pogcs.devices.v1.DeviceClass|null} ["class"] Device class
                 * @property {pogcs.devices.v1.ICapacitySpecs|null} [capacity] Device capacity
                 * @property {pogcs.devices.v1.ILocationAddress|null} [location] Device location
                 * @property {Long|null} [registeredHeight] Device registeredHeight
                 * @property {string|null} [bond] Device bond
                 * @property {string|null} [validator] Device validator
                 * @property {number|null} [score] Device score
                 * @property {Long|null} [lastNonce] Device lastNonce
                 * @property {boolean|null} [flagged] Device flagged
                 * @property {Long|null} [flaggedHeight] Device flaggedHeight
                 */

                /**
                 * Constructs a new Device.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a Device.
                 * @implements IDevice
                 * @constructor
                 * @param {pogcs.devices.v1.IDevice=} [p] Properties to set
                 */
                function Device(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * Device id.
                 * @member {Long} id
                 * @memberof pogcs.devices.v1.Device
                 * @instance
                 */
                Device.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Device owner.
                 * @member {string} owner
                 * @memberof pogcs.devices.v1.Device
                 * @instance
                 */
                Device.prototype.owner = "";

                /**
                 * Device makerId.
                 * @member {string} makerId
                 * @memberof pogcs.devices.v1.Device
                 * @instance
                 */
                Device.prototype.makerId = "";

                /**
                 * Device pubkey.
                 * @member {Uint8Array} pubkey
                 * @memberof pogcs.devices.v1.Device
                 * @instance
                 */
                Device.prototype.pubkey = $util.newBuffer([]);

                /**
                 * Device class.
                 * @member {pogcs.devices.v1.DeviceClass} class
                 * @memberof pogcs.devices.v1.Device
                 * @instance
                 */
                Device.prototype["class"] = 0;

                /**
                 * Device capacity.
                 * @member {pogcs.devices.v1.ICapacitySpecs|null|undefined} capacity
                 * @memberof pogcs.devices.v1.Device
                 * @instance
                 */
                Device.prototype.capacity = null;

                /**
                 * Device location.
                 * @member {pogcs.devices.v1.ILocationAddress|null|undefined} location
                 * @memberof pogcs.devices.v1.Device
                 * @instance
                 */
                Device.prototype.location = null;

                /**
                 * Device registeredHeight.
                 * @member {Long} registeredHeight
                 * @memberof pogcs.devices.v1.Device
                 * @instance
                 */
                Device.prototype.registeredHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Device bond.
                 * @member {string} bond
                 * @memberof pogcs.devices.v1.Device
                 * @instance
                 */
                Device.prototype.bond = "";

                /**
                 * Device validator.
                 * @member {string} validator
                 * @memberof pogcs.devices.v1.Device
                 * @instance
                 */
                Device.prototype.validator = "";

                /**
                 * Device score.
                 * @member {number} score
                 * @memberof pogcs.devices.v1.Device
                 * @instance
                 */
                Device.prototype.score = 0;

                /**
                 * Device lastNonce.
                 * @member {Long} lastNonce
                 * @memberof pogcs.devices.v1.Device
                 * @instance
                 */
                Device.prototype.lastNonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Device flagged.
                 * @member {boolean} flagged
                 * @memberof pogcs.devices.v1.Device
                 * @instance
                 */
                Device.prototype.flagged = false;

                /**
                 * Device flaggedHeight.
                 * @member {Long} flaggedHeight
                 * @memberof pogcs.devices.v1.Device
                 * @instance
                 */
                Device.prototype.flaggedHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Device instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.Device
                 * @static
                 * @param {pogcs.devices.v1.IDevice=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.Device} Device instance
                 */
                Device.create = function create(properties) {
                    return new Device(properties);
                };

                /**
                 * Encodes the specified Device message. Does not implicitly {@link pogcs.devices.v1.Device.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.Device
                 * @static
                 * @param {pogcs.devices.v1.IDevice} m Device message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Device.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.id != null && Object.hasOwnProperty.call(m, "id"))
                        w.uint32(8).uint64(m.id);
                    if (m.owner != null && Object.hasOwnProperty.call(m, "owner"))
                        w.uint32(18).string(m.owner);
                    if (m.makerId != null && Object.hasOwnProperty.call(m, "makerId"))
                        w.uint32(26).string(m.makerId);
                    if (m.pubkey != null && Object.hasOwnProperty.call(m, "pubkey"))
                        w.uint32(34).bytes(m.pubkey);
                    if (m["class"] != null && Object.hasOwnProperty.call(m, "class"))
                        w.uint32(40).int32(m["class"]);
                    if (m.capacity != null && Object.hasOwnProperty.call(m, "capacity"))
                        $root.pogcs.devices.v1.CapacitySpecs.encode(m.capacity, w.uint32(50).fork(), q + 1).ldelim();
                    if (m.location != null && Object.hasOwnProperty.call(m, "location"))
                        $root.pogcs.devices.v1.LocationAddress.encode(m.location, w.uint32(58).fork(), q + 1).ldelim();
                    if (m.registeredHeight != null && Object.hasOwnProperty.call(m, "registeredHeight"))
                        w.uint32(64).uint64(m.registeredHeight);
                    if (m.bond != null && Object.hasOwnProperty.call(m, "bond"))
                        w.uint32(74).string(m.bond);
                    if (m.validator != null && Object.hasOwnProperty.call(m, "validator"))
                        w.uint32(82).string(m.validator);
                    if (m.score != null && Object.hasOwnProperty.call(m, "score"))
                        w.uint32(88).uint32(m.score);
                    if (m.lastNonce != null && Object.hasOwnProperty.call(m, "lastNonce"))
                        w.uint32(96).uint64(m.lastNonce);
                    if (m.flagged != null && Object.hasOwnProperty.call(m, "flagged"))
                        w.uint32(104).bool(m.flagged);
                    if (m.flaggedHeight != null && Object.hasOwnProperty.call(m, "flaggedHeight"))
                        w.uint32(112).uint64(m.flaggedHeight);
                    return w;
                };

                /**
                 * Decodes a Device message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.Device
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.Device} Device
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Device.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.Device();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.id = r.uint64();
                                break;
                            }
                        case 2: {
                                m.owner = r.string();
                                break;
                            }
                        case 3: {
                                m.makerId = r.string();
                                break;
                            }
                        case 4: {
                                m.pubkey = r.bytes();
                                break;
                            }
                        case 5: {
                                m["class"] = r.int32();
                                break;
                            }
                        case 6: {
                                m.capacity = $root.pogcs.devices.v1.CapacitySpecs.decode(r, r.uint32(), undefined, n + 1);
                                break;
                            }
                        case 7: {
                                m.location = $root.pogcs.devices.v1.LocationAddress.decode(r, r.uint32(), undefined, n + 1);
                                break;
                            }
                        case 8: {
                                m.registeredHeight = r.uint64();
                                break;
                            }
                        case 9: {
                                m.bond = r.string();
                                break;
                            }
                        case 10: {
                                m.validator = r.string();
                                break;
                            }
                        case 11: {
                                m.score = r.uint32();
                                break;
                            }
                        case 12: {
                                m.lastNonce = r.uint64();
                                break;
                            }
                        case 13: {
                                m.flagged = r.bool();
                                break;
                            }
                        case 14: {
                                m.flaggedHeight = r.uint64();
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
                 * Creates a Device message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.Device
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.Device} Device
                 */
                Device.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.Device)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.Device: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.Device();
                    if (d.id != null) {
                        if ($util.Long)
                            m.id = $util.Long.fromValue(d.id, true);
                        else if (typeof d.id === "string")
                            m.id = parseInt(d.id, 10);
                        else if (typeof d.id === "number")
                            m.id = d.id;
                        else if (typeof d.id === "object")
                            m.id = new $util.LongBits(d.id.low >>> 0, d.id.high >>> 0).toNumber(true);
                    }
                    if (d.owner != null) {
                        m.owner = String(d.owner);
                    }
                    if (d.makerId != null) {
                        m.makerId = String(d.makerId);
                    }
                    if (d.pubkey != null) {
                        if (typeof d.pubkey === "string")
                            $util.base64.decode(d.pubkey, m.pubkey = $util.newBuffer($util.base64.length(d.pubkey)), 0);
                        else if (d.pubkey.length >= 0)
                            m.pubkey = d.pubkey;
                    }
                    switch (d["class"]) {
                    default:
                        if (typeof d["class"] === "number") {
                            m["class"] = d["class"];
                            break;
                        }
                        break;
                    case "DEVICE_CLASS_UNSPECIFIED":
                    case 0:
                        m["class"] = 0;
                        break;
                    case "DEVICE_CLASS_SOLAR":
                    case 1:
                        m["class"] = 1;
                        break;
                    case "DEVICE_CLASS_STORAGE":
                    case 2:
                        m["class"] = 2;
                        break;
                    case "DEVICE_CLASS_GPU":
                    case 3:
                        m["class"] = 3;
                        break;
                    case "DEVICE_CLASS_COMBINED":
                    case 4:
                        m["class"] = 4;
                        break;
                    }
                    if (d.capacity != null) {
                        if (!$util.isObject(d.capacity))
                            throw TypeError(".pogcs.devices.v1.Device.capacity: object expected");
                        m.capacity = $root.pogcs.devices.v1.CapacitySpecs.fromObject(d.capacity, n + 1);
                    }
                    if (d.location != null) {
                        if (!$util.isObject(d.location))
                            throw TypeError(".pogcs.devices.v1.Device.location: object expected");
                        m.location = $root.pogcs.devices.v1.LocationAddress.fromObject(d.location, n + 1);
                    }
                    if (d.registeredHeight != null) {
                        if ($util.Long)
                            m.registeredHeight = $util.Long.fromValue(d.registeredHeight, true);
                        else if (typeof d.registeredHeight === "string")
                            m.registeredHeight = parseInt(d.registeredHeight, 10);
                        else if (typeof d.registeredHeight === "number")
                            m.registeredHeight = d.registeredHeight;
                        else if (typeof d.registeredHeight === "object")
                            m.registeredHeight = new $util.LongBits(d.registeredHeight.low >>> 0, d.registeredHeight.high >>> 0).toNumber(true);
                    }
                    if (d.bond != null) {
                        m.bond = String(d.bond);
                    }
                    if (d.validator != null) {
                        m.validator = String(d.validator);
                    }
                    if (d.score != null) {
                        m.score = d.score >>> 0;
                    }
                    if (d.lastNonce != null) {
                        if ($util.Long)
                            m.lastNonce = $util.Long.fromValue(d.lastNonce, true);
                        else if (typeof d.lastNonce === "string")
                            m.lastNonce = parseInt(d.lastNonce, 10);
                        else if (typeof d.lastNonce === "number")
                            m.lastNonce = d.lastNonce;
                        else if (typeof d.lastNonce === "object")
                            m.lastNonce = new $util.LongBits(d.lastNonce.low >>> 0, d.lastNonce.high >>> 0).toNumber(true);
                    }
                    if (d.flagged != null) {
                        m.flagged = Boolean(d.flagged);
                    }
                    if (d.flaggedHeight != null) {
                        if ($util.Long)
                            m.flaggedHeight = $util.Long.fromValue(d.flaggedHeight, true);
                        else if (typeof d.flaggedHeight === "string")
                            m.flaggedHeight = parseInt(d.flaggedHeight, 10);
                        else if (typeof d.flaggedHeight === "number")
                            m.flaggedHeight = d.flaggedHeight;
                        else if (typeof d.flaggedHeight === "object")
                            m.flaggedHeight = new $util.LongBits(d.flaggedHeight.low >>> 0, d.flaggedHeight.high >>> 0).toNumber(true);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Device message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.Device
                 * @static
                 * @param {pogcs.devices.v1.Device} m Device
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Device.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.id = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.id = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.owner = "";
                        d.makerId = "";
                        if (o.bytes === String)
                            d.pubkey = "";
                        else {
                            d.pubkey = [];
                            if (o.bytes !== Array)
                                d.pubkey = $util.newBuffer(d.pubkey);
                        }
                        d["class"] = o.enums === String ? "DEVICE_CLASS_UNSPECIFIED" : 0;
                        d.capacity = null;
                        d.location = null;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.registeredHeight = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.registeredHeight = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.bond = "";
                        d.validator = "";
                        d.score = 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.lastNonce = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.lastNonce = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.flagged = false;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.flaggedHeight = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.flaggedHeight = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                    }
                    if (m.id != null && Object.hasOwnProperty.call(m, "id")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.id = typeof m.id === "number" ? BigInt(m.id) : $util.Long.fromBits(m.id.low >>> 0, m.id.high >>> 0, true).toBigInt();
                        else if (typeof m.id === "number")
                            d.id = o.longs === String ? String(m.id) : m.id;
                        else
                            d.id = o.longs === String ? $util.Long.prototype.toString.call(m.id) : o.longs === Number ? new $util.LongBits(m.id.low >>> 0, m.id.high >>> 0).toNumber(true) : m.id;
                    }
                    if (m.owner != null && Object.hasOwnProperty.call(m, "owner")) {
                        d.owner = m.owner;
                    }
                    if (m.makerId != null && Object.hasOwnProperty.call(m, "makerId")) {
                        d.makerId = m.makerId;
                    }
                    if (m.pubkey != null && Object.hasOwnProperty.call(m, "pubkey")) {
                        d.pubkey = o.bytes === String ? $util.base64.encode(m.pubkey, 0, m.pubkey.length) : o.bytes === Array ? Array.prototype.slice.call(m.pubkey) : m.pubkey;
                    }
                    if (m["class"] != null && Object.hasOwnProperty.call(m, "class")) {
                        d["class"] = o.enums === String ? $root.pogcs.devices.v1.DeviceClass[m["class"]] === undefined ? m["class"] : $root.pogcs.devices.v1.DeviceClass[m["class"]] : m["class"];
                    }
                    if (m.capacity != null && Object.hasOwnProperty.call(m, "capacity")) {
                        d.capacity = $root.pogcs.devices.v1.CapacitySpecs.toObject(m.capacity, o, q + 1);
                    }
                    if (m.location != null && Object.hasOwnProperty.call(m, "location")) {
                        d.location = $root.pogcs.devices.v1.LocationAddress.toObject(m.location, o, q + 1);
                    }
                    if (m.registeredHeight != null && Object.hasOwnProperty.call(m, "registeredHeight")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.registeredHeight = typeof m.registeredHeight === "number" ? BigInt(m.registeredHeight) : $util.Long.fromBits(m.registeredHeight.low >>> 0, m.registeredHeight.high >>> 0, true).toBigInt();
                        else if (typeof m.registeredHeight === "number")
                            d.registeredHeight = o.longs === String ? String(m.registeredHeight) : m.registeredHeight;
                        else
                            d.registeredHeight = o.longs === String ? $util.Long.prototype.toString.call(m.registeredHeight) : o.longs === Number ? new $util.LongBits(m.registeredHeight.low >>> 0, m.registeredHeight.high >>> 0).toNumber(true) : m.registeredHeight;
                    }
                    if (m.bond != null && Object.hasOwnProperty.call(m, "bond")) {
                        d.bond = m.bond;
                    }
                    if (m.validator != null && Object.hasOwnProperty.call(m, "validator")) {
                        d.validator = m.validator;
                    }
                    if (m.score != null && Object.hasOwnProperty.call(m, "score")) {
                        d.score = m.score;
                    }
                    if (m.lastNonce != null && Object.hasOwnProperty.call(m, "lastNonce")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.lastNonce = typeof m.lastNonce === "number" ? BigInt(m.lastNonce) : $util.Long.fromBits(m.lastNonce.low >>> 0, m.lastNonce.high >>> 0, true).toBigInt();
                        else if (typeof m.lastNonce === "number")
                            d.lastNonce = o.longs === String ? String(m.lastNonce) : m.lastNonce;
                        else
                            d.lastNonce = o.longs === String ? $util.Long.prototype.toString.call(m.lastNonce) : o.longs === Number ? new $util.LongBits(m.lastNonce.low >>> 0, m.lastNonce.high >>> 0).toNumber(true) : m.lastNonce;
                    }
                    if (m.flagged != null && Object.hasOwnProperty.call(m, "flagged")) {
                        d.flagged = m.flagged;
                    }
                    if (m.flaggedHeight != null && Object.hasOwnProperty.call(m, "flaggedHeight")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.flaggedHeight = typeof m.flaggedHeight === "number" ? BigInt(m.flaggedHeight) : $util.Long.fromBits(m.flaggedHeight.low >>> 0, m.flaggedHeight.high >>> 0, true).toBigInt();
                        else if (typeof m.flaggedHeight === "number")
                            d.flaggedHeight = o.longs === String ? String(m.flaggedHeight) : m.flaggedHeight;
                        else
                            d.flaggedHeight = o.longs === String ? $util.Long.prototype.toString.call(m.flaggedHeight) : o.longs === Number ? new $util.LongBits(m.flaggedHeight.low >>> 0, m.flaggedHeight.high >>> 0).toNumber(true) : m.flaggedHeight;
                    }
                    return d;
                };

                /**
                 * Converts this Device to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.Device
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Device.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Device
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.Device
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Device.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.Device";
                };

                return Device;
            })();

            v1.ReportBody = (function() {

                /**
                 * Properties of a ReportBody.
                 * @memberof pogcs.devices.v1
                 * @interface IReportBody
                 * @property {string|null} [chainId] ReportBody chainId
                 * @property {Long|null} [deviceId] ReportBody deviceId
                 * @property {Long|null} [epoch] ReportBody epoch
                 * @property {Long|null} [energyProducedWh] ReportBody energyProducedWh
                 * @property {Long|null} [energyConsumedWh] ReportBody energyConsumedWh
                 * @property {Long|null} [greenWh] ReportBody greenWh
                 * @property {Long|null} [gpuSeconds] ReportBody gpuSeconds
                 * @property {number|null} [uptimePermille] ReportBody uptimePermille
                 * @property {Long|null} [nonce] ReportBody nonce
                 */

                /**
                 * Constructs a new ReportBody.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a ReportBody.
                 * @implements IReportBody
                 * @constructor
                 * @param {pogcs.devices.v1.IReportBody=} [p] Properties to set
                 */
                function ReportBody(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * ReportBody chainId.
                 * @member {string} chainId
                 * @memberof pogcs.devices.v1.ReportBody
                 * @instance
                 */
                ReportBody.prototype.chainId = "";

                /**
                 * ReportBody deviceId.
                 * @member {Long} deviceId
                 * @memberof pogcs.devices.v1.ReportBody
                 * @instance
                 */
                ReportBody.prototype.deviceId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ReportBody epoch.
                 * @member {Long} epoch
                 * @memberof pogcs.devices.v1.ReportBody
                 * @instance
                 */
                ReportBody.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ReportBody energyProducedWh.
                 * @member {Long} energyProducedWh
                 * @memberof pogcs.devices.v1.ReportBody
                 * @instance
                 */
                ReportBody.prototype.energyProducedWh = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ReportBody energyConsumedWh.
                 * @member {Long} energyConsumedWh
                 * @memberof pogcs.devices.v1.ReportBody
                 * @instance
                 */
                ReportBody.prototype.energyConsumedWh = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ReportBody greenWh.
                 * @member {Long} greenWh
                 * @memberof pogcs.devices.v1.ReportBody
                 * @instance
                 */
                ReportBody.prototype.greenWh = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ReportBody gpuSeconds.
                 * @member {Long} gpuSeconds
                 * @memberof pogcs.devices.v1.ReportBody
                 * @instance
                 */
                ReportBody.prototype.gpuSeconds = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ReportBody uptimePermille.
                 * @member {number} uptimePermille
                 * @memberof pogcs.devices.v1.ReportBody
                 * @instance
                 */
                ReportBody.prototype.uptimePermille = 0;

                /**
                 * ReportBody nonce.
                 * @member {Long} nonce
                 * @memberof pogcs.devices.v1.ReportBody
                 * @instance
                 */
                ReportBody.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new ReportBody instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.ReportBody
                 * @static
                 * @param {pogcs.devices.v1.IReportBody=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.ReportBody} ReportBody instance
                 */
                ReportBody.create = function create(properties) {
                    return new ReportBody(properties);
                };

                /**
                 * Encodes the specified ReportBody message. Does not implicitly {@link pogcs.devices.v1.ReportBody.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.ReportBody
                 * @static
                 * @param {pogcs.devices.v1.IReportBody} m ReportBody message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReportBody.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.chainId != null && Object.hasOwnProperty.call(m, "chainId"))
                        w.uint32(10).string(m.chainId);
                    if (m.deviceId != null && Object.hasOwnProperty.call(m, "deviceId"))
                        w.uint32(16).uint64(m.deviceId);
                    if (m.epoch != null && Object.hasOwnProperty.call(m, "epoch"))
                        w.uint32(24).uint64(m.epoch);
                    if (m.energyProducedWh != null && Object.hasOwnProperty.call(m, "energyProducedWh"))
                        w.uint32(32).uint64(m.energyProducedWh);
                    if (m.energyConsumedWh != null && Object.hasOwnProperty.call(m, "energyConsumedWh"))
                        w.uint32(40).uint64(m.energyConsumedWh);
                    if (m.greenWh != null && Object.hasOwnProperty.call(m, "greenWh"))
                        w.uint32(48).uint64(m.greenWh);
                    if (m.gpuSeconds != null && Object.hasOwnProperty.call(m, "gpuSeconds"))
                        w.uint32(56).uint64(m.gpuSeconds);
                    if (m.uptimePermille != null && Object.hasOwnProperty.call(m, "uptimePermille"))
                        w.uint32(64).uint32(m.uptimePermille);
                    if (m.nonce != null && Object.hasOwnProperty.call(m, "nonce"))
                        w.uint32(72).uint64(m.nonce);
                    return w;
                };

                /**
                 * Decodes a ReportBody message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.ReportBody
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.ReportBody} ReportBody
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReportBody.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.ReportBody();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.chainId = r.string();
                                break;
                            }
                        case 2: {
                                m.deviceId = r.uint64();
                                break;
                            }
                        case 3: {
                                m.epoch = r.uint64();
                                break;
                            }
                        case 4: {
                                m.energyProducedWh = r.uint64();
                                break;
                            }
                        case 5: {
                                m.energyConsumedWh = r.uint64();
                                break;
                            }
                        case 6: {
                                m.greenWh = r.uint64();
                                break;
                            }
                        case 7: {
                                m.gpuSeconds = r.uint64();
                                break;
                            }
                        case 8: {
                                m.uptimePermille = r.uint32();
                                break;
                            }
                        case 9: {
                                m.nonce = r.uint64();
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
                 * Creates a ReportBody message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.ReportBody
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.ReportBody} ReportBody
                 */
                ReportBody.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.ReportBody)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.ReportBody: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.ReportBody();
                    if (d.chainId != null) {
                        m.chainId = String(d.chainId);
                    }
                    if (d.deviceId != null) {
                        if ($util.Long)
                            m.deviceId = $util.Long.fromValue(d.deviceId, true);
                        else if (typeof d.deviceId === "string")
                            m.deviceId = parseInt(d.deviceId, 10);
                        else if (typeof d.deviceId === "number")
                            m.deviceId = d.deviceId;
                        else if (typeof d.deviceId === "object")
                            m.deviceId = new $util.LongBits(d.deviceId.low >>> 0, d.deviceId.high >>> 0).toNumber(true);
                    }
                    if (d.epoch != null) {
                        if ($util.Long)
                            m.epoch = $util.Long.fromValue(d.epoch, true);
                        else if (typeof d.epoch === "string")
                            m.epoch = parseInt(d.epoch, 10);
                        else if (typeof d.epoch === "number")
                            m.epoch = d.epoch;
                        else if (typeof d.epoch === "object")
                            m.epoch = new $util.LongBits(d.epoch.low >>> 0, d.epoch.high >>> 0).toNumber(true);
                    }
                    if (d.energyProducedWh != null) {
                        if ($util.Long)
                            m.energyProducedWh = $util.Long.fromValue(d.energyProducedWh, true);
                        else if (typeof d.energyProducedWh === "string")
                            m.energyProducedWh = parseInt(d.energyProducedWh, 10);
                        else if (typeof d.energyProducedWh === "number")
                            m.energyProducedWh = d.energyProducedWh;
                        else if (typeof d.energyProducedWh === "object")
                            m.energyProducedWh = new $util.LongBits(d.energyProducedWh.low >>> 0, d.energyProducedWh.high >>> 0).toNumber(true);
                    }
                    if (d.energyConsumedWh != null) {
                        if ($util.Long)
                            m.energyConsumedWh = $util.Long.fromValue(d.energyConsumedWh, true);
                        else if (typeof d.energyConsumedWh === "string")
                            m.energyConsumedWh = parseInt(d.energyConsumedWh, 10);
                        else if (typeof d.energyConsumedWh === "number")
                            m.energyConsumedWh = d.energyConsumedWh;
                        else if (typeof d.energyConsumedWh === "object")
                            m.energyConsumedWh = new $util.LongBits(d.energyConsumedWh.low >>> 0, d.energyConsumedWh.high >>> 0).toNumber(true);
                    }
                    if (d.greenWh != null) {
                        if ($util.Long)
                            m.greenWh = $util.Long.fromValue(d.greenWh, true);
                        else if (typeof d.greenWh === "string")
                            m.greenWh = parseInt(d.greenWh, 10);
                        else if (typeof d.greenWh === "number")
                            m.greenWh = d.greenWh;
                        else if (typeof d.greenWh === "object")
                            m.greenWh = new $util.LongBits(d.greenWh.low >>> 0, d.greenWh.high >>> 0).toNumber(true);
                    }
                    if (d.gpuSeconds != null) {
                        if ($util.Long)
                            m.gpuSeconds = $util.Long.fromValue(d.gpuSeconds, true);
                        else if (typeof d.gpuSeconds === "string")
                            m.gpuSeconds = parseInt(d.gpuSeconds, 10);
                        else if (typeof d.gpuSeconds === "number")
                            m.gpuSeconds = d.gpuSeconds;
                        else if (typeof d.gpuSeconds === "object")
                            m.gpuSeconds = new $util.LongBits(d.gpuSeconds.low >>> 0, d.gpuSeconds.high >>> 0).toNumber(true);
                    }
                    if (d.uptimePermille != null) {
                        m.uptimePermille = d.uptimePermille >>> 0;
                    }
                    if (d.nonce != null) {
                        if ($util.Long)
                            m.nonce = $util.Long.fromValue(d.nonce, true);
                        else if (typeof d.nonce === "string")
                            m.nonce = parseInt(d.nonce, 10);
                        else if (typeof d.nonce === "number")
                            m.nonce = d.nonce;
                        else if (typeof d.nonce === "object")
                            m.nonce = new $util.LongBits(d.nonce.low >>> 0, d.nonce.high >>> 0).toNumber(true);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ReportBody message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.ReportBody
                 * @static
                 * @param {pogcs.devices.v1.ReportBody} m ReportBody
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ReportBody.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.chainId = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.deviceId = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.deviceId = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.epoch = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.epoch = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.energyProducedWh = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.energyProducedWh = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.energyConsumedWh = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.energyConsumedWh = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.greenWh = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.greenWh = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.gpuSeconds = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.gpuSeconds = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.uptimePermille = 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.nonce = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.nonce = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                    }
                    if (m.chainId != null && Object.hasOwnProperty.call(m, "chainId")) {
                        d.chainId = m.chainId;
                    }
                    if (m.deviceId != null && Object.hasOwnProperty.call(m, "deviceId")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.deviceId = typeof m.deviceId === "number" ? BigInt(m.deviceId) : $util.Long.fromBits(m.deviceId.low >>> 0, m.deviceId.high >>> 0, true).toBigInt();
                        else if (typeof m.deviceId === "number")
                            d.deviceId = o.longs === String ? String(m.deviceId) : m.deviceId;
                        else
                            d.deviceId = o.longs === String ? $util.Long.prototype.toString.call(m.deviceId) : o.longs === Number ? new $util.LongBits(m.deviceId.low >>> 0, m.deviceId.high >>> 0).toNumber(true) : m.deviceId;
                    }
                    if (m.epoch != null && Object.hasOwnProperty.call(m, "epoch")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.epoch = typeof m.epoch === "number" ? BigInt(m.epoch) : $util.Long.fromBits(m.epoch.low >>> 0, m.epoch.high >>> 0, true).toBigInt();
                        else if (typeof m.epoch === "number")
                            d.epoch = o.longs === String ? String(m.epoch) : m.epoch;
                        else
                            d.epoch = o.longs === String ? $util.Long.prototype.toString.call(m.epoch) : o.longs === Number ? new $util.LongBits(m.epoch.low >>> 0, m.epoch.high >>> 0).toNumber(true) : m.epoch;
                    }
                    if (m.energyProducedWh != null && Object.hasOwnProperty.call(m, "energyProducedWh")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.energyProducedWh = typeof m.energyProducedWh === "number" ? BigInt(m.energyProducedWh) : $util.Long.fromBits(m.energyProducedWh.low >>> 0, m.energyProducedWh.high >>> 0, true).toBigInt();
                        else if (typeof m.energyProducedWh === "number")
                            d.energyProducedWh = o.longs === String ? String(m.energyProducedWh) : m.energyProducedWh;
                        else
                            d.energyProducedWh = o.longs === String ? $util.Long.prototype.toString.call(m.energyProducedWh) : o.longs === Number ? new $util.LongBits(m.energyProducedWh.low >>> 0, m.energyProducedWh.high >>> 0).toNumber(true) : m.energyProducedWh;
                    }
                    if (m.energyConsumedWh != null && Object.hasOwnProperty.call(m, "energyConsumedWh")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.energyConsumedWh = typeof m.energyConsumedWh === "number" ? BigInt(m.energyConsumedWh) : $util.Long.fromBits(m.energyConsumedWh.low >>> 0, m.energyConsumedWh.high >>> 0, true).toBigInt();
                        else if (typeof m.energyConsumedWh === "number")
                            d.energyConsumedWh = o.longs === String ? String(m.energyConsumedWh) : m.energyConsumedWh;
                        else
                            d.energyConsumedWh = o.longs === String ? $util.Long.prototype.toString.call(m.energyConsumedWh) : o.longs === Number ? new $util.LongBits(m.energyConsumedWh.low >>> 0, m.energyConsumedWh.high >>> 0).toNumber(true) : m.energyConsumedWh;
                    }
                    if (m.greenWh != null && Object.hasOwnProperty.call(m, "greenWh")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.greenWh = typeof m.greenWh === "number" ? BigInt(m.greenWh) : $util.Long.fromBits(m.greenWh.low >>> 0, m.greenWh.high >>> 0, true).toBigInt();
                        else if (typeof m.greenWh === "number")
                            d.greenWh = o.longs === String ? String(m.greenWh) : m.greenWh;
                        else
                            d.greenWh = o.longs === String ? $util.Long.prototype.toString.call(m.greenWh) : o.longs === Number ? new $util.LongBits(m.greenWh.low >>> 0, m.greenWh.high >>> 0).toNumber(true) : m.greenWh;
                    }
                    if (m.gpuSeconds != null && Object.hasOwnProperty.call(m, "gpuSeconds")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.gpuSeconds = typeof m.gpuSeconds === "number" ? BigInt(m.gpuSeconds) : $util.Long.fromBits(m.gpuSeconds.low >>> 0, m.gpuSeconds.high >>> 0, true).toBigInt();
                        else if (typeof m.gpuSeconds === "number")
                            d.gpuSeconds = o.longs === String ? String(m.gpuSeconds) : m.gpuSeconds;
                        else
                            d.gpuSeconds = o.longs === String ? $util.Long.prototype.toString.call(m.gpuSeconds) : o.longs === Number ? new $util.LongBits(m.gpuSeconds.low >>> 0, m.gpuSeconds.high >>> 0).toNumber(true) : m.gpuSeconds;
                    }
                    if (m.uptimePermille != null && Object.hasOwnProperty.call(m, "uptimePermille")) {
                        d.uptimePermille = m.uptimePermille;
                    }
                    if (m.nonce != null && Object.hasOwnProperty.call(m, "nonce")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.nonce = typeof m.nonce === "number" ? BigInt(m.nonce) : $util.Long.fromBits(m.nonce.low >>> 0, m.nonce.high >>> 0, true).toBigInt();
                        else if (typeof m.nonce === "number")
                            d.nonce = o.longs === String ? String(m.nonce) : m.nonce;
                        else
                            d.nonce = o.longs === String ? $util.Long.prototype.toString.call(m.nonce) : o.longs === Number ? new $util.LongBits(m.nonce.low >>> 0, m.nonce.high >>> 0).toNumber(true) : m.nonce;
                    }
                    return d;
                };

                /**
                 * Converts this ReportBody to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.ReportBody
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ReportBody.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for ReportBody
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.ReportBody
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ReportBody.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.ReportBody";
                };

                return ReportBody;
            })();

            v1.ReportRecord = (function() {

                /**
                 * Properties of a ReportRecord.
                 * @memberof pogcs.devices.v1
                 * @interface IReportRecord
                 * @property {pogcs.devices.v1.IReportBody|null} [body] ReportRecord body
                 * @property {Uint8Array|null} [bodyHash] ReportRecord bodyHash
                 * @property {Long|null} [height] ReportRecord height
                 */

                /**
                 * Constructs a new ReportRecord.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a ReportRecord.
                 * @implements IReportRecord
                 * @constructor
                 * @param {pogcs.devices.v1.IReportRecord=} [p] Properties to set
                 */
                function ReportRecord(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * ReportRecord body.
                 * @member {pogcs.devices.v1.IReportBody|null|undefined} body
                 * @memberof pogcs.devices.v1.ReportRecord
                 * @instance
                 */
                ReportRecord.prototype.body = null;

                /**
                 * ReportRecord bodyHash.
                 * @member {Uint8Array} bodyHash
                 * @memberof pogcs.devices.v1.ReportRecord
                 * @instance
                 */
                ReportRecord.prototype.bodyHash = $util.newBuffer([]);

                /**
                 * ReportRecord height.
                 * @member {Long} height
                 * @memberof pogcs.devices.v1.ReportRecord
                 * @instance
                 */
                ReportRecord.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new ReportRecord instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.ReportRecord
                 * @static
                 * @param {pogcs.devices.v1.IReportRecord=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.ReportRecord} ReportRecord instance
                 */
                ReportRecord.create = function create(properties) {
                    return new ReportRecord(properties);
                };

                /**
                 * Encodes the specified ReportRecord message. Does not implicitly {@link pogcs.devices.v1.ReportRecord.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.ReportRecord
                 * @static
                 * @param {pogcs.devices.v1.IReportRecord} m ReportRecord message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReportRecord.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.body != null && Object.hasOwnProperty.call(m, "body"))
                        $root.pogcs.devices.v1.ReportBody.encode(m.body, w.uint32(10).fork(), q + 1).ldelim();
                    if (m.bodyHash != null && Object.hasOwnProperty.call(m, "bodyHash"))
                        w.uint32(18).bytes(m.bodyHash);
                    if (m.height != null && Object.hasOwnProperty.call(m, "height"))
                        w.uint32(24).uint64(m.height);
                    return w;
                };

                /**
                 * Decodes a ReportRecord message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.ReportRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.ReportRecord} ReportRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReportRecord.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.ReportRecord();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.body = $root.pogcs.devices.v1.ReportBody.decode(r, r.uint32(), undefined, n + 1);
                                break;
                            }
                        case 2: {
                                m.bodyHash = r.bytes();
                                break;
                            }
                        case 3: {
                                m.height = r.uint64();
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
                 * Creates a ReportRecord message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.ReportRecord
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.ReportRecord} ReportRecord
                 */
                ReportRecord.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.ReportRecord)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.ReportRecord: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.ReportRecord();
                    if (d.body != null) {
                        if (!$util.isObject(d.body))
                            throw TypeError(".pogcs.devices.v1.ReportRecord.body: object expected");
                        m.body = $root.pogcs.devices.v1.ReportBody.fromObject(d.body, n + 1);
                    }
                    if (d.bodyHash != null) {
                        if (typeof d.bodyHash === "string")
                            $util.base64.decode(d.bodyHash, m.bodyHash = $util.newBuffer($util.base64.length(d.bodyHash)), 0);
                        else if (d.bodyHash.length >= 0)
                            m.bodyHash = d.bodyHash;
                    }
                    if (d.height != null) {
                        if ($util.Long)
                            m.height = $util.Long.fromValue(d.height, true);
                        else if (typeof d.height === "string")
                            m.height = parseInt(d.height, 10);
                        else if (typeof d.height === "number")
                            m.height = d.height;
                        else if (typeof d.height === "object")
                            m.height = new $util.LongBits(d.height.low >>> 0, d.height.high >>> 0).toNumber(true);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ReportRecord message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.ReportRecord
                 * @static
                 * @param {pogcs.devices.v1.ReportRecord} m ReportRecord
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ReportRecord.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.body = null;
                        if (o.bytes === String)
                            d.bodyHash = "";
                        else {
                            d.bodyHash = [];
                            if (o.bytes !== Array)
                                d.bodyHash = $util.newBuffer(d.bodyHash);
                        }
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.height = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.height = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                    }
                    if (m.body != null && Object.hasOwnProperty.call(m, "body")) {
                        d.body = $root.pogcs.devices.v1.ReportBody.toObject(m.body, o, q + 1);
                    }
                    if (m.bodyHash != null && Object.hasOwnProperty.call(m, "bodyHash")) {
                        d.bodyHash = o.bytes === String ? $util.base64.encode(m.bodyHash, 0, m.bodyHash.length) : o.bytes === Array ? Array.prototype.slice.call(m.bodyHash) : m.bodyHash;
                    }
                    if (m.height != null && Object.hasOwnProperty.call(m, "height")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.height = typeof m.height === "number" ? BigInt(m.height) : $util.Long.fromBits(m.height.low >>> 0, m.height.high >>> 0, true).toBigInt();
                        else if (typeof m.height === "number")
                            d.height = o.longs === String ? String(m.height) : m.height;
                        else
                            d.height = o.longs === String ? $util.Long.prototype.toString.call(m.height) : o.longs === Number ? new $util.LongBits(m.height.low >>> 0, m.height.high >>> 0).toNumber(true) : m.height;
                    }
                    return d;
                };

                /**
                 * Converts this ReportRecord to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.ReportRecord
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ReportRecord.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for ReportRecord
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.ReportRecord
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ReportRecord.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.ReportRecord";
                };

                return ReportRecord;
            })();

            /**
             * ChallengeStatus enum.
             * @name pogcs.devices.v1.ChallengeStatus
             * @enum {number}
             * @property {number} CHALLENGE_STATUS_UNSPECIFIED=0 CHALLENGE_STATUS_UNSPECIFIED value
             * @property {number} CHALLENGE_STATUS_AWAITING_COMMIT=1 CHALLENGE_STATUS_AWAITING_COMMIT value
             * @property {number} CHALLENGE_STATUS_AWAITING_SAMPLE=2 CHALLENGE_STATUS_AWAITING_SAMPLE value
             * @property {number} CHALLENGE_STATUS_AWAITING_REVEAL=3 CHALLENGE_STATUS_AWAITING_REVEAL value
             * @property {number} CHALLENGE_STATUS_PASSED=4 CHALLENGE_STATUS_PASSED value
             * @property {number} CHALLENGE_STATUS_FAILED_LATE=5 CHALLENGE_STATUS_FAILED_LATE value
             * @property {number} CHALLENGE_STATUS_FAILED_WRONG=6 CHALLENGE_STATUS_FAILED_WRONG value
             */
            v1.ChallengeStatus = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "CHALLENGE_STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "CHALLENGE_STATUS_AWAITING_COMMIT"] = 1;
                values[valuesById[2] = "CHALLENGE_STATUS_AWAITING_SAMPLE"] = 2;
                values[valuesById[3] = "CHALLENGE_STATUS_AWAITING_REVEAL"] = 3;
                values[valuesById[4] = "CHALLENGE_STATUS_PASSED"] = 4;
                values[valuesById[5] = "CHALLENGE_STATUS_FAILED_LATE"] = 5;
                values[valuesById[6] = "CHALLENGE_STATUS_FAILED_WRONG"] = 6;
                return values;
            })();

            v1.Challenge = (function() {

                /**
                 * Properties of a Challenge.
                 * @memberof pogcs.devices.v1
                 * @interface IChallenge
                 * @property {Long|null} [deviceId] Challenge deviceId
                 * @property {Long|null} [epoch] Challenge epoch
                 * @property {Uint8Array|null} [seed] Challenge seed
                 * @property {number|null} [n] Challenge n
                 * @property {number|null} [k] Challenge k
                 * @property {Long|null} [issuedHeight] Challenge issuedHeight
                 * @property {Long|null} [commitDeadline] Challenge commitDeadline
                 * @property {Uint8Array|null} [root] Challenge root
                 * @property {Long|null} [commitHeight] Challenge commitHeight
                 * @property {Long|null} [sampleHeight] Challenge sampleHeight
                 * @property {Array.<number>|null} [sampledRows] Challenge sampledRows
                 * @property {Long|null} [revealDeadline] Challenge revealDeadline
                 * @property {pogcs.devices.v1.ChallengeStatus|null} [status] Challenge status
                 * @property {Long|null} [resolvedHeight] Challenge resolvedHeight
                 * @property {number|null} [scoreAfter] Challenge scoreAfter
                 */

                /**
                 * Constructs a new Challenge.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a Challenge.
                 * @implements IChallenge
                 * @constructor
                 * @param {pogcs.devices.v1.IChallenge=} [p] Properties to set
                 */
                function Challenge(p) {
                    this.sampledRows = [];
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * Challenge deviceId.
                 * @member {Long} deviceId
                 * @memberof pogcs.devices.v1.Challenge
                 * @instance
                 */
                Challenge.prototype.deviceId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Challenge epoch.
                 * @member {Long} epoch
                 * @memberof pogcs.devices.v1.Challenge
                 * @instance
                 */
                Challenge.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Challenge seed.
                 * @member {Uint8Array} seed
                 * @memberof pogcs.devices.v1.Challenge
                 * @instance
                 */
                Challenge.prototype.seed = $util.newBuffer([]);

                /**
                 * Challenge n.
                 * @member {number} n
                 * @memberof pogcs.devices.v1.Challenge
                 * @instance
                 */
                Challenge.prototype.n = 0;

                /**
                 * Challenge k.
                 * @member {number} k
                 * @memberof pogcs.devices.v1.Challenge
                 * @instance
                 */
                Challenge.prototype.k = 0;

                /**
                 * Challenge issuedHeight.
                 * @member {Long} issuedHeight
                 * @memberof pogcs.devices.v1.Challenge
                 * @instance
                 */
                Challenge.prototype.issuedHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Challenge commitDeadline.
                 * @member {Long} commitDeadline
                 * @memberof pogcs.devices.v1.Challenge
                 * @instance
                 */
                Challenge.prototype.commitDeadline = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Challenge root.
                 * @member {Uint8Array} root
                 * @memberof pogcs.devices.v1.Challenge
                 * @instance
                 */
                Challenge.prototype.root = $util.newBuffer([]);

                /**
                 * Challenge commitHeight.
                 * @member {Long} commitHeight
                 * @memberof pogcs.devices.v1.Challenge
                 * @instance
                 */
                Challenge.prototype.commitHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Challenge sampleHeight.
                 * @member {Long} sampleHeight
                 * @memberof pogcs.devices.v1.Challenge
                 * @instance
                 */
                Challenge.prototype.sampleHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Challenge sampledRows.
                 * @member {Array.<number>} sampledRows
                 * @memberof pogcs.devices.v1.Challenge
                 * @instance
                 */
                Challenge.prototype.sampledRows = $util.emptyArray;

                /**
                 * Challenge revealDeadline.
                 * @member {Long} revealDeadline
                 * @memberof pogcs.devices.v1.Challenge
                 * @instance
                 */
                Challenge.prototype.revealDeadline = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Challenge status.
                 * @member {pogcs.devices.v1.ChallengeStatus} status
                 * @memberof pogcs.devices.v1.Challenge
                 * @instance
                 */
                Challenge.prototype.status = 0;

                /**
                 * Challenge resolvedHeight.
                 * @member {Long} resolvedHeight
                 * @memberof pogcs.devices.v1.Challenge
                 * @instance
                 */
                Challenge.prototype.resolvedHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Challenge scoreAfter.
                 * @member {number} scoreAfter
                 * @memberof pogcs.devices.v1.Challenge
                 * @instance
                 */
                Challenge.prototype.scoreAfter = 0;

                /**
                 * Creates a new Challenge instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.Challenge
                 * @static
                 * @param {pogcs.devices.v1.IChallenge=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.Challenge} Challenge instance
                 */
                Challenge.create = function create(properties) {
                    return new Challenge(properties);
                };

                /**
                 * Encodes the specified Challenge message. Does not implicitly {@link pogcs.devices.v1.Challenge.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.Challenge
                 * @static
                 * @param {pogcs.devices.v1.IChallenge} m Challenge message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Challenge.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.deviceId != null && Object.hasOwnProperty.call(m, "deviceId"))
                        w.uint32(8).uint64(m.deviceId);
                    if (m.epoch != null && Object.hasOwnProperty.call(m, "epoch"))
                        w.uint32(16).uint64(m.epoch);
                    if (m.seed != null && Object.hasOwnProperty.call(m, "seed"))
                        w.uint32(26).bytes(m.seed);
                    if (m.n != null && Object.hasOwnProperty.call(m, "n"))
                        w.uint32(32).uint32(m.n);
                    if (m.k != null && Object.hasOwnProperty.call(m, "k"))
                        w.uint32(40).uint32(m.k);
                    if (m.issuedHeight != null && Object.hasOwnProperty.call(m, "issuedHeight"))
                        w.uint32(48).uint64(m.issuedHeight);
                    if (m.commitDeadline != null && Object.hasOwnProperty.call(m, "commitDeadline"))
                        w.uint32(56).uint64(m.commitDeadline);
                    if (m.root != null && Object.hasOwnProperty.call(m, "root"))
                        w.uint32(66).bytes(m.root);
                    if (m.commitHeight != null && Object.hasOwnProperty.call(m, "commitHeight"))
                        w.uint32(72).uint64(m.commitHeight);
                    if (m.sampleHeight != null && Object.hasOwnProperty.call(m, "sampleHeight"))
                        w.uint32(80).uint64(m.sampleHeight);
                    if (m.sampledRows != null && m.sampledRows.length) {
                        w.uint32(90).fork();
                        for (var i = 0; i < m.sampledRows.length; ++i)
                            w.uint32(m.sampledRows[i]);
                        w.ldelim();
                    }
                    if (m.revealDeadline != null && Object.hasOwnProperty.call(m, "revealDeadline"))
                        w.uint32(96).uint64(m.revealDeadline);
                    if (m.status != null && Object.hasOwnProperty.call(m, "status"))
                        w.uint32(104).int32(m.status);
                    if (m.resolvedHeight != null && Object.hasOwnProperty.call(m, "resolvedHeight"))
                        w.uint32(112).uint64(m.resolvedHeight);
                    if (m.scoreAfter != null && Object.hasOwnProperty.call(m, "scoreAfter"))
                        w.uint32(120).uint32(m.scoreAfter);
                    return w;
                };

                /**
                 * Decodes a Challenge message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.Challenge
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.Challenge} Challenge
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Challenge.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.Challenge();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.deviceId = r.uint64();
                                break;
                            }
                        case 2: {
                                m.epoch = r.uint64();
                                break;
                            }
                        case 3: {
                                m.seed = r.bytes();
                                break;
                            }
                        case 4: {
                                m.n = r.uint32();
                                break;
                            }
                        case 5: {
                                m.k = r.uint32();
                                break;
                            }
                        case 6: {
                                m.issuedHeight = r.uint64();
                                break;
                            }
                        case 7: {
                                m.commitDeadline = r.uint64();
                                break;
                            }
                        case 8: {
                                m.root = r.bytes();
                                break;
                            }
                        case 9: {
                                m.commitHeight = r.uint64();
                                break;
                            }
                        case 10: {
                                m.sampleHeight = r.uint64();
                                break;
                            }
                        case 11: {
                                if (!(m.sampledRows && m.sampledRows.length))
                                    m.sampledRows = [];
                                if ((t & 7) === 2) {
                                    var c2 = r.uint32() + r.pos;
                                    if (c2 > r.len)
                                        throw RangeError("index out of range");
                                    r.len = c2;
                                    while (r.pos < c2)
                                        m.sampledRows.push(r.uint32());
                                    if (r.pos !== c2)
                                        throw RangeError("index out of range");
                                    r.len = c;
                                } else
                                    m.sampledRows.push(r.uint32());
                                break;
                            }
                        case 12: {
                                m.revealDeadline = r.uint64();
                                break;
                            }
                        case 13: {
                                m.status = r.int32();
                                break;
                            }
                        case 14: {
                                m.resolvedHeight = r.uint64();
                                break;
                            }
                        case 15: {
                                m.scoreAfter = r.uint32();
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
                 * Creates a Challenge message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.Challenge
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.Challenge} Challenge
                 */
                Challenge.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.Challenge)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.Challenge: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.Challenge();
                    if (d.deviceId != null) {
                        if ($util.Long)
                            m.deviceId = $util.Long.fromValue(d.deviceId, true);
                        else if (typeof d.deviceId === "string")
                            m.deviceId = parseInt(d.deviceId, 10);
                        else if (typeof d.deviceId === "number")
                            m.deviceId = d.deviceId;
                        else if (typeof d.deviceId === "object")
                            m.deviceId = new $util.LongBits(d.deviceId.low >>> 0, d.deviceId.high >>> 0).toNumber(true);
                    }
                    if (d.epoch != null) {
                        if ($util.Long)
                            m.epoch = $util.Long.fromValue(d.epoch, true);
                        else if (typeof d.epoch === "string")
                            m.epoch = parseInt(d.epoch, 10);
                        else if (typeof d.epoch === "number")
                            m.epoch = d.epoch;
                        else if (typeof d.epoch === "object")
                            m.epoch = new $util.LongBits(d.epoch.low >>> 0, d.epoch.high >>> 0).toNumber(true);
                    }
                    if (d.seed != null) {
                        if (typeof d.seed === "string")
                            $util.base64.decode(d.seed, m.seed = $util.newBuffer($util.base64.length(d.seed)), 0);
                        else if (d.seed.length >= 0)
                            m.seed = d.seed;
                    }
                    if (d.n != null) {
                        m.n = d.n >>> 0;
                    }
                    if (d.k != null) {
                        m.k = d.k >>> 0;
                    }
                    if (d.issuedHeight != null) {
                        if ($util.Long)
                            m.issuedHeight = $util.Long.fromValue(d.issuedHeight, true);
                        else if (typeof d.issuedHeight === "string")
                            m.issuedHeight = parseInt(d.issuedHeight, 10);
                        else if (typeof d.issuedHeight === "number")
                            m.issuedHeight = d.issuedHeight;
                        else if (typeof d.issuedHeight === "object")
                            m.issuedHeight = new $util.LongBits(d.issuedHeight.low >>> 0, d.issuedHeight.high >>> 0).toNumber(true);
                    }
                    if (d.commitDeadline != null) {
                        if ($util.Long)
                            m.commitDeadline = $util.Long.fromValue(d.commitDeadline, true);
                        else if (typeof d.commitDeadline === "string")
                            m.commitDeadline = parseInt(d.commitDeadline, 10);
                        else if (typeof d.commitDeadline === "number")
                            m.commitDeadline = d.commitDeadline;
                        else if (typeof d.commitDeadline === "object")
                            m.commitDeadline = new $util.LongBits(d.commitDeadline.low >>> 0, d.commitDeadline.high >>> 0).toNumber(true);
                    }
                    if (d.root != null) {
                        if (typeof d.root === "string")
                            $util.base64.decode(d.root, m.root = $util.newBuffer($util.base64.length(d.root)), 0);
                        else if (d.root.length >= 0)
                            m.root = d.root;
                    }
                    if (d.commitHeight != null) {
                        if ($util.Long)
                            m.commitHeight = $util.Long.fromValue(d.commitHeight, true);
                        else if (typeof d.commitHeight === "string")
                            m.commitHeight = parseInt(d.commitHeight, 10);
                        else if (typeof d.commitHeight === "number")
                            m.commitHeight = d.commitHeight;
                        else if (typeof d.commitHeight === "object")
                            m.commitHeight = new $util.LongBits(d.commitHeight.low >>> 0, d.commitHeight.high >>> 0).toNumber(true);
                    }
                    if (d.sampleHeight != null) {
                        if ($util.Long)
                            m.sampleHeight = $util.Long.fromValue(d.sampleHeight, true);
                        else if (typeof d.sampleHeight === "string")
                            m.sampleHeight = parseInt(d.sampleHeight, 10);
                        else if (typeof d.sampleHeight === "number")
                            m.sampleHeight = d.sampleHeight;
                        else if (typeof d.sampleHeight === "object")
                            m.sampleHeight = new $util.LongBits(d.sampleHeight.low >>> 0, d.sampleHeight.high >>> 0).toNumber(true);
                    }
                    if (d.sampledRows) {
                        if (!Array.isArray(d.sampledRows))
                            throw TypeError(".pogcs.devices.v1.Challenge.sampledRows: array expected");
                        m.sampledRows = [];
                        for (var i = 0; i < d.sampledRows.length; ++i) {
                            m.sampledRows[i] = d.sampledRows[i] >>> 0;
                        }
                    }
                    if (d.revealDeadline != null) {
                        if ($util.Long)
                            m.revealDeadline = $util.Long.fromValue(d.revealDeadline, true);
                        else if (typeof d.revealDeadline === "string")
                            m.revealDeadline = parseInt(d.revealDeadline, 10);
                        else if (typeof d.revealDeadline === "number")
                            m.revealDeadline = d.revealDeadline;
                        else if (typeof d.revealDeadline === "object")
                            m.revealDeadline = new $util.LongBits(d.revealDeadline.low >>> 0, d.revealDeadline.high >>> 0).toNumber(true);
                    }
                    switch (d.status) {
                    default:
                        if (typeof d.status === "number") {
                            m.status = d.status;
                            break;
                        }
                        break;
                    case "CHALLENGE_STATUS_UNSPECIFIED":
                    case 0:
                        m.status = 0;
                        break;
                    case "CHALLENGE_STATUS_AWAITING_COMMIT":
                    case 1:
                        m.status = 1;
                        break;
                    case "CHALLENGE_STATUS_AWAITING_SAMPLE":
                    case 2:
                        m.status = 2;
                        break;
                    case "CHALLENGE_STATUS_AWAITING_REVEAL":
                    case 3:
                        m.status = 3;
                        break;
                    case "CHALLENGE_STATUS_PASSED":
                    case 4:
                        m.status = 4;
                        break;
                    case "CHALLENGE_STATUS_FAILED_LATE":
                    case 5:
                        m.status = 5;
                        break;
                    case "CHALLENGE_STATUS_FAILED_WRONG":
                    case 6:
                        m.status = 6;
                        break;
                    }
                    if (d.resolvedHeight != null) {
                        if ($util.Long)
                            m.resolvedHeight = $util.Long.fromValue(d.resolvedHeight, true);
                        else if (typeof d.resolvedHeight === "string")
                            m.resolvedHeight = parseInt(d.resolvedHeight, 10);
                        else if (typeof d.resolvedHeight === "number")
                            m.resolvedHeight = d.resolvedHeight;
                        else if (typeof d.resolvedHeight === "object")
                            m.resolvedHeight = new $util.LongBits(d.resolvedHeight.low >>> 0, d.resolvedHeight.high >>> 0).toNumber(true);
                    }
                    if (d.scoreAfter != null) {
                        m.scoreAfter = d.scoreAfter >>> 0;
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Challenge message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.Challenge
                 * @static
                 * @param {pogcs.devices.v1.Challenge} m Challenge
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Challenge.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.sampledRows = [];
                    }
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.deviceId = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.deviceId = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.epoch = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.epoch = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        if (o.bytes === String)
                            d.seed = "";
                        else {
                            d.seed = [];
                            if (o.bytes !== Array)
                                d.seed = $util.newBuffer(d.seed);
                        }
                        d.n = 0;
                        d.k = 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.issuedHeight = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.issuedHeight = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.commitDeadline = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.commitDeadline = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        if (o.bytes === String)
                            d.root = "";
                        else {
                            d.root = [];
                            if (o.bytes !== Array)
                                d.root = $util.newBuffer(d.root);
                        }
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.commitHeight = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.commitHeight = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.sampleHeight = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.sampleHeight = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.revealDeadline = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.revealDeadline = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.status = o.enums === String ? "CHALLENGE_STATUS_UNSPECIFIED" : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.resolvedHeight = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.resolvedHeight = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.scoreAfter = 0;
                    }
                    if (m.deviceId != null && Object.hasOwnProperty.call(m, "deviceId")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.deviceId = typeof m.deviceId === "number" ? BigInt(m.deviceId) : $util.Long.fromBits(m.deviceId.low >>> 0, m.deviceId.high >>> 0, true).toBigInt();
                        else if (typeof m.deviceId === "number")
                            d.deviceId = o.longs === String ? String(m.deviceId) : m.deviceId;
                        else
                            d.deviceId = o.longs === String ? $util.Long.prototype.toString.call(m.deviceId) : o.longs === Number ? new $util.LongBits(m.deviceId.low >>> 0, m.deviceId.high >>> 0).toNumber(true) : m.deviceId;
                    }
                    if (m.epoch != null && Object.hasOwnProperty.call(m, "epoch")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.epoch = typeof m.epoch === "number" ? BigInt(m.epoch) : $util.Long.fromBits(m.epoch.low >>> 0, m.epoch.high >>> 0, true).toBigInt();
                        else if (typeof m.epoch === "number")
                            d.epoch = o.longs === String ? String(m.epoch) : m.epoch;
                        else
                            d.epoch = o.longs === String ? $util.Long.prototype.toString.call(m.epoch) : o.longs === Number ? new $util.LongBits(m.epoch.low >>> 0, m.epoch.high >>> 0).toNumber(true) : m.epoch;
                    }
                    if (m.seed != null && Object.hasOwnProperty.call(m, "seed")) {
                        d.seed = o.bytes === String ? $util.base64.encode(m.seed, 0, m.seed.length) : o.bytes === Array ? Array.prototype.slice.call(m.seed) : m.seed;
                    }
                    if (m.n != null && Object.hasOwnProperty.call(m, "n")) {
                        d.n = m.n;
                    }
                    if (m.k != null && Object.hasOwnProperty.call(m, "k")) {
                        d.k = m.k;
                    }
                    if (m.issuedHeight != null && Object.hasOwnProperty.call(m, "issuedHeight")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.issuedHeight = typeof m.issuedHeight === "number" ? BigInt(m.issuedHeight) : $util.Long.fromBits(m.issuedHeight.low >>> 0, m.issuedHeight.high >>> 0, true).toBigInt();
                        else if (typeof m.issuedHeight === "number")
                            d.issuedHeight = o.longs === String ? String(m.issuedHeight) : m.issuedHeight;
                        else
                            d.issuedHeight = o.longs === String ? $util.Long.prototype.toString.call(m.issuedHeight) : o.longs === Number ? new $util.LongBits(m.issuedHeight.low >>> 0, m.issuedHeight.high >>> 0).toNumber(true) : m.issuedHeight;
                    }
                    if (m.commitDeadline != null && Object.hasOwnProperty.call(m, "commitDeadline")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.commitDeadline = typeof m.commitDeadline === "number" ? BigInt(m.commitDeadline) : $util.Long.fromBits(m.commitDeadline.low >>> 0, m.commitDeadline.high >>> 0, true).toBigInt();
                        else if (typeof m.commitDeadline === "number")
                            d.commitDeadline = o.longs === String ? String(m.commitDeadline) : m.commitDeadline;
                        else
                            d.commitDeadline = o.longs === String ? $util.Long.prototype.toString.call(m.commitDeadline) : o.longs === Number ? new $util.LongBits(m.commitDeadline.low >>> 0, m.commitDeadline.high >>> 0).toNumber(true) : m.commitDeadline;
                    }
                    if (m.root != null && Object.hasOwnProperty.call(m, "root")) {
                        d.root = o.bytes === String ? $util.base64.encode(m.root, 0, m.root.length) : o.bytes === Array ? Array.prototype.slice.call(m.root) : m.root;
                    }
                    if (m.commitHeight != null && Object.hasOwnProperty.call(m, "commitHeight")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.commitHeight = typeof m.commitHeight === "number" ? BigInt(m.commitHeight) : $util.Long.fromBits(m.commitHeight.low >>> 0, m.commitHeight.high >>> 0, true).toBigInt();
                        else if (typeof m.commitHeight === "number")
                            d.commitHeight = o.longs === String ? String(m.commitHeight) : m.commitHeight;
                        else
                            d.commitHeight = o.longs === String ? $util.Long.prototype.toString.call(m.commitHeight) : o.longs === Number ? new $util.LongBits(m.commitHeight.low >>> 0, m.commitHeight.high >>> 0).toNumber(true) : m.commitHeight;
                    }
                    if (m.sampleHeight != null && Object.hasOwnProperty.call(m, "sampleHeight")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.sampleHeight = typeof m.sampleHeight === "number" ? BigInt(m.sampleHeight) : $util.Long.fromBits(m.sampleHeight.low >>> 0, m.sampleHeight.high >>> 0, true).toBigInt();
                        else if (typeof m.sampleHeight === "number")
                            d.sampleHeight = o.longs === String ? String(m.sampleHeight) : m.sampleHeight;
                        else
                            d.sampleHeight = o.longs === String ? $util.Long.prototype.toString.call(m.sampleHeight) : o.longs === Number ? new $util.LongBits(m.sampleHeight.low >>> 0, m.sampleHeight.high >>> 0).toNumber(true) : m.sampleHeight;
                    }
                    if (m.sampledRows && m.sampledRows.length) {
                        d.sampledRows = [];
                        for (var j = 0; j < m.sampledRows.length; ++j) {
                            d.sampledRows[j] = m.sampledRows[j];
                        }
                    }
                    if (m.revealDeadline != null && Object.hasOwnProperty.call(m, "revealDeadline")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.revealDeadline = typeof m.revealDeadline === "number" ? BigInt(m.revealDeadline) : $util.Long.fromBits(m.revealDeadline.low >>> 0, m.revealDeadline.high >>> 0, true).toBigInt();
                        else if (typeof m.revealDeadline === "number")
                            d.revealDeadline = o.longs === String ? String(m.revealDeadline) : m.revealDeadline;
                        else
                            d.revealDeadline = o.longs === String ? $util.Long.prototype.toString.call(m.revealDeadline) : o.longs === Number ? new $util.LongBits(m.revealDeadline.low >>> 0, m.revealDeadline.high >>> 0).toNumber(true) : m.revealDeadline;
                    }
                    if (m.status != null && Object.hasOwnProperty.call(m, "status")) {
                        d.status = o.enums === String ? $root.pogcs.devices.v1.ChallengeStatus[m.status] === undefined ? m.status : $root.pogcs.devices.v1.ChallengeStatus[m.status] : m.status;
                    }
                    if (m.resolvedHeight != null && Object.hasOwnProperty.call(m, "resolvedHeight")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.resolvedHeight = typeof m.resolvedHeight === "number" ? BigInt(m.resolvedHeight) : $util.Long.fromBits(m.resolvedHeight.low >>> 0, m.resolvedHeight.high >>> 0, true).toBigInt();
                        else if (typeof m.resolvedHeight === "number")
                            d.resolvedHeight = o.longs === String ? String(m.resolvedHeight) : m.resolvedHeight;
                        else
                            d.resolvedHeight = o.longs === String ? $util.Long.prototype.toString.call(m.resolvedHeight) : o.longs === Number ? new $util.LongBits(m.resolvedHeight.low >>> 0, m.resolvedHeight.high >>> 0).toNumber(true) : m.resolvedHeight;
                    }
                    if (m.scoreAfter != null && Object.hasOwnProperty.call(m, "scoreAfter")) {
                        d.scoreAfter = m.scoreAfter;
                    }
                    return d;
                };

                /**
                 * Converts this Challenge to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.Challenge
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Challenge.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Challenge
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.Challenge
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Challenge.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.Challenge";
                };

                return Challenge;
            })();

            v1.Unbonding = (function() {

                /**
                 * Properties of an Unbonding.
                 * @memberof pogcs.devices.v1
                 * @interface IUnbonding
                 * @property {Long|null} [deviceId] Unbonding deviceId
                 * @property {string|null} [owner] Unbonding owner
                 * @property {string|null} [amount] Unbonding amount
                 * @property {Long|null} [completionHeight] Unbonding completionHeight
                 */

                /**
                 * Constructs a new Unbonding.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents an Unbonding.
                 * @implements IUnbonding
                 * @constructor
                 * @param {pogcs.devices.v1.IUnbonding=} [p] Properties to set
                 */
                function Unbonding(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * Unbonding deviceId.
                 * @member {Long} deviceId
                 * @memberof pogcs.devices.v1.Unbonding
                 * @instance
                 */
                Unbonding.prototype.deviceId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Unbonding owner.
                 * @member {string} owner
                 * @memberof pogcs.devices.v1.Unbonding
                 * @instance
                 */
                Unbonding.prototype.owner = "";

                /**
                 * Unbonding amount.
                 * @member {string} amount
                 * @memberof pogcs.devices.v1.Unbonding
                 * @instance
                 */
                Unbonding.prototype.amount = "";

                /**
                 * Unbonding completionHeight.
                 * @member {Long} completionHeight
                 * @memberof pogcs.devices.v1.Unbonding
                 * @instance
                 */
                Unbonding.prototype.completionHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Unbonding instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.Unbonding
                 * @static
                 * @param {pogcs.devices.v1.IUnbonding=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.Unbonding} Unbonding instance
                 */
                Unbonding.create = function create(properties) {
                    return new Unbonding(properties);
                };

                /**
                 * Encodes the specified Unbonding message. Does not implicitly {@link pogcs.devices.v1.Unbonding.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.Unbonding
                 * @static
                 * @param {pogcs.devices.v1.IUnbonding} m Unbonding message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Unbonding.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.deviceId != null && Object.hasOwnProperty.call(m, "deviceId"))
                        w.uint32(8).uint64(m.deviceId);
                    if (m.owner != null && Object.hasOwnProperty.call(m, "owner"))
                        w.uint32(18).string(m.owner);
                    if (m.amount != null && Object.hasOwnProperty.call(m, "amount"))
                        w.uint32(26).string(m.amount);
                    if (m.completionHeight != null && Object.hasOwnProperty.call(m, "completionHeight"))
                        w.uint32(32).uint64(m.completionHeight);
                    return w;
                };

                /**
                 * Decodes an Unbonding message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.Unbonding
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.Unbonding} Unbonding
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Unbonding.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.Unbonding();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.deviceId = r.uint64();
                                break;
                            }
                        case 2: {
                                m.owner = r.string();
                                break;
                            }
                        case 3: {
                                m.amount = r.string();
                                break;
                            }
                        case 4: {
                                m.completionHeight = r.uint64();
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
                 * Creates an Unbonding message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.Unbonding
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.Unbonding} Unbonding
                 */
                Unbonding.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.Unbonding)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.Unbonding: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.Unbonding();
                    if (d.deviceId != null) {
                        if ($util.Long)
                            m.deviceId = $util.Long.fromValue(d.deviceId, true);
                        else if (typeof d.deviceId === "string")
                            m.deviceId = parseInt(d.deviceId, 10);
                        else if (typeof d.deviceId === "number")
                            m.deviceId = d.deviceId;
                        else if (typeof d.deviceId === "object")
                            m.deviceId = new $util.LongBits(d.deviceId.low >>> 0, d.deviceId.high >>> 0).toNumber(true);
                    }
                    if (d.owner != null) {
                        m.owner = String(d.owner);
                    }
                    if (d.amount != null) {
                        m.amount = String(d.amount);
                    }
                    if (d.completionHeight != null) {
                        if ($util.Long)
                            m.completionHeight = $util.Long.fromValue(d.completionHeight, true);
                        else if (typeof d.completionHeight === "string")
                            m.completionHeight = parseInt(d.completionHeight, 10);
                        else if (typeof d.completionHeight === "number")
                            m.completionHeight = d.completionHeight;
                        else if (typeof d.completionHeight === "object")
                            m.completionHeight = new $util.LongBits(d.completionHeight.low >>> 0, d.completionHeight.high >>> 0).toNumber(true);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an Unbonding message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.Unbonding
                 * @static
                 * @param {pogcs.devices.v1.Unbonding} m Unbonding
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Unbonding.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.deviceId = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.deviceId = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.owner = "";
                        d.amount = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.completionHeight = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.completionHeight = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                    }
                    if (m.deviceId != null && Object.hasOwnProperty.call(m, "deviceId")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.deviceId = typeof m.deviceId === "number" ? BigInt(m.deviceId) : $util.Long.fromBits(m.deviceId.low >>> 0, m.deviceId.high >>> 0, true).toBigInt();
                        else if (typeof m.deviceId === "number")
                            d.deviceId = o.longs === String ? String(m.deviceId) : m.deviceId;
                        else
                            d.deviceId = o.longs === String ? $util.Long.prototype.toString.call(m.deviceId) : o.longs === Number ? new $util.LongBits(m.deviceId.low >>> 0, m.deviceId.high >>> 0).toNumber(true) : m.deviceId;
                    }
                    if (m.owner != null && Object.hasOwnProperty.call(m, "owner")) {
                        d.owner = m.owner;
                    }
                    if (m.amount != null && Object.hasOwnProperty.call(m, "amount")) {
                        d.amount = m.amount;
                    }
                    if (m.completionHeight != null && Object.hasOwnProperty.call(m, "completionHeight")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.completionHeight = typeof m.completionHeight === "number" ? BigInt(m.completionHeight) : $util.Long.fromBits(m.completionHeight.low >>> 0, m.completionHeight.high >>> 0, true).toBigInt();
                        else if (typeof m.completionHeight === "number")
                            d.completionHeight = o.longs === String ? String(m.completionHeight) : m.completionHeight;
                        else
                            d.completionHeight = o.longs === String ? $util.Long.prototype.toString.call(m.completionHeight) : o.longs === Number ? new $util.LongBits(m.completionHeight.low >>> 0, m.completionHeight.high >>> 0).toNumber(true) : m.completionHeight;
                    }
                    return d;
                };

                /**
                 * Converts this Unbonding to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.Unbonding
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Unbonding.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Unbonding
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.Unbonding
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Unbonding.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.Unbonding";
                };

                return Unbonding;
            })();

            v1.EpochRecord = (function() {

                /**
                 * Properties of an EpochRecord.
                 * @memberof pogcs.devices.v1
                 * @interface IEpochRecord
                 * @property {Long|null} [epoch] EpochRecord epoch
                 * @property {Long|null} [startHeight] EpochRecord startHeight
                 * @property {Uint8Array|null} [beacon] EpochRecord beacon
                 * @property {Array.<Long>|null} [challenged] EpochRecord challenged
                 */

                /**
                 * Constructs a new EpochRecord.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents an EpochRecord.
                 * @implements IEpochRecord
                 * @constructor
                 * @param {pogcs.devices.v1.IEpochRecord=} [p] Properties to set
                 */
                function EpochRecord(p) {
                    this.challenged = [];
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * EpochRecord epoch.
                 * @member {Long} epoch
                 * @memberof pogcs.devices.v1.EpochRecord
                 * @instance
                 */
                EpochRecord.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EpochRecord startHeight.
                 * @member {Long} startHeight
                 * @memberof pogcs.devices.v1.EpochRecord
                 * @instance
                 */
                EpochRecord.prototype.startHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EpochRecord beacon.
                 * @member {Uint8Array} beacon
                 * @memberof pogcs.devices.v1.EpochRecord
                 * @instance
                 */
                EpochRecord.prototype.beacon = $util.newBuffer([]);

                /**
                 * EpochRecord challenged.
                 * @member {Array.<Long>} challenged
                 * @memberof pogcs.devices.v1.EpochRecord
                 * @instance
                 */
                EpochRecord.prototype.challenged = $util.emptyArray;

                /**
                 * Creates a new EpochRecord instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.EpochRecord
                 * @static
                 * @param {pogcs.devices.v1.IEpochRecord=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.EpochRecord} EpochRecord instance
                 */
                EpochRecord.create = function create(properties) {
                    return new EpochRecord(properties);
                };

                /**
                 * Encodes the specified EpochRecord message. Does not implicitly {@link pogcs.devices.v1.EpochRecord.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.EpochRecord
                 * @static
                 * @param {pogcs.devices.v1.IEpochRecord} m EpochRecord message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EpochRecord.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.epoch != null && Object.hasOwnProperty.call(m, "epoch"))
                        w.uint32(8).uint64(m.epoch);
                    if (m.startHeight != null && Object.hasOwnProperty.call(m, "startHeight"))
                        w.uint32(16).uint64(m.startHeight);
                    if (m.beacon != null && Object.hasOwnProperty.call(m, "beacon"))
                        w.uint32(26).bytes(m.beacon);
                    if (m.challenged != null && m.challenged.length) {
                        w.uint32(34).fork();
                        for (var i = 0; i < m.challenged.length; ++i)
                            w.uint64(m.challenged[i]);
                        w.ldelim();
                    }
                    return w;
                };

                /**
                 * Decodes an EpochRecord message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.EpochRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.EpochRecord} EpochRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EpochRecord.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.EpochRecord();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.epoch = r.uint64();
                                break;
                            }
                        case 2: {
                                m.startHeight = r.uint64();
                                break;
                            }
                        case 3: {
                                m.beacon = r.bytes();
                                break;
                            }
                        case 4: {
                                if (!(m.challenged && m.challenged.length))
                                    m.challenged = [];
                                if ((t & 7) === 2) {
                                    var c2 = r.uint32() + r.pos;
                                    if (c2 > r.len)
                                        throw RangeError("index out of range");
                                    r.len = c2;
                                    while (r.pos < c2)
                                        m.challenged.push(r.uint64());
                                    if (r.pos !== c2)
                                        throw RangeError("index out of range");
                                    r.len = c;
                                } else
                                    m.challenged.push(r.uint64());
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
                 * Creates an EpochRecord message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.EpochRecord
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.EpochRecord} EpochRecord
                 */
                EpochRecord.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.EpochRecord)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.EpochRecord: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.EpochRecord();
                    if (d.epoch != null) {
                        if ($util.Long)
                            m.epoch = $util.Long.fromValue(d.epoch, true);
                        else if (typeof d.epoch === "string")
                            m.epoch = parseInt(d.epoch, 10);
                        else if (typeof d.epoch === "number")
                            m.epoch = d.epoch;
                        else if (typeof d.epoch === "object")
                            m.epoch = new $util.LongBits(d.epoch.low >>> 0, d.epoch.high >>> 0).toNumber(true);
                    }
                    if (d.startHeight != null) {
                        if ($util.Long)
                            m.startHeight = $util.Long.fromValue(d.startHeight, true);
                        else if (typeof d.startHeight === "string")
                            m.startHeight = parseInt(d.startHeight, 10);
                        else if (typeof d.startHeight === "number")
                            m.startHeight = d.startHeight;
                        else if (typeof d.startHeight === "object")
                            m.startHeight = new $util.LongBits(d.startHeight.low >>> 0, d.startHeight.high >>> 0).toNumber(true);
                    }
                    if (d.beacon != null) {
                        if (typeof d.beacon === "string")
                            $util.base64.decode(d.beacon, m.beacon = $util.newBuffer($util.base64.length(d.beacon)), 0);
                        else if (d.beacon.length >= 0)
                            m.beacon = d.beacon;
                    }
                    if (d.challenged) {
                        if (!Array.isArray(d.challenged))
                            throw TypeError(".pogcs.devices.v1.EpochRecord.challenged: array expected");
                        m.challenged = [];
                        for (var i = 0; i < d.challenged.length; ++i) {
                            if ($util.Long)
                                m.challenged[i] = $util.Long.fromValue(d.challenged[i], true);
                            else if (typeof d.challenged[i] === "string")
                                m.challenged[i] = parseInt(d.challenged[i], 10);
                            else if (typeof d.challenged[i] === "number")
                                m.challenged[i] = d.challenged[i];
                            else if (typeof d.challenged[i] === "object")
                                m.challenged[i] = new $util.LongBits(d.challenged[i].low >>> 0, d.challenged[i].high >>> 0).toNumber(true);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an EpochRecord message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.EpochRecord
                 * @static
                 * @param {pogcs.devices.v1.EpochRecord} m EpochRecord
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                EpochRecord.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.challenged = [];
                    }
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.epoch = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.epoch = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.startHeight = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.startHeight = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        if (o.bytes === String)
                            d.beacon = "";
                        else {
                            d.beacon = [];
                            if (o.bytes !== Array)
                                d.beacon = $util.newBuffer(d.beacon);
                        }
                    }
                    if (m.epoch != null && Object.hasOwnProperty.call(m, "epoch")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.epoch = typeof m.epoch === "number" ? BigInt(m.epoch) : $util.Long.fromBits(m.epoch.low >>> 0, m.epoch.high >>> 0, true).toBigInt();
                        else if (typeof m.epoch === "number")
                            d.epoch = o.longs === String ? String(m.epoch) : m.epoch;
                        else
                            d.epoch = o.longs === String ? $util.Long.prototype.toString.call(m.epoch) : o.longs === Number ? new $util.LongBits(m.epoch.low >>> 0, m.epoch.high >>> 0).toNumber(true) : m.epoch;
                    }
                    if (m.startHeight != null && Object.hasOwnProperty.call(m, "startHeight")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.startHeight = typeof m.startHeight === "number" ? BigInt(m.startHeight) : $util.Long.fromBits(m.startHeight.low >>> 0, m.startHeight.high >>> 0, true).toBigInt();
                        else if (typeof m.startHeight === "number")
                            d.startHeight = o.longs === String ? String(m.startHeight) : m.startHeight;
                        else
                            d.startHeight = o.longs === String ? $util.Long.prototype.toString.call(m.startHeight) : o.longs === Number ? new $util.LongBits(m.startHeight.low >>> 0, m.startHeight.high >>> 0).toNumber(true) : m.startHeight;
                    }
                    if (m.beacon != null && Object.hasOwnProperty.call(m, "beacon")) {
                        d.beacon = o.bytes === String ? $util.base64.encode(m.beacon, 0, m.beacon.length) : o.bytes === Array ? Array.prototype.slice.call(m.beacon) : m.beacon;
                    }
                    if (m.challenged && m.challenged.length) {
                        d.challenged = [];
                        for (var j = 0; j < m.challenged.length; ++j) {
                            if (typeof BigInt !== "undefined" && o.longs === BigInt)
                                d.challenged[j] = typeof m.challenged[j] === "number" ? BigInt(m.challenged[j]) : $util.Long.fromBits(m.challenged[j].low >>> 0, m.challenged[j].high >>> 0, true).toBigInt();
                            else if (typeof m.challenged[j] === "number")
                                d.challenged[j] = o.longs === String ? String(m.challenged[j]) : m.challenged[j];
                            else
                                d.challenged[j] = o.longs === String ? $util.Long.prototype.toString.call(m.challenged[j]) : o.longs === Number ? new $util.LongBits(m.challenged[j].low >>> 0, m.challenged[j].high >>> 0).toNumber(true) : m.challenged[j];
                        }
                    }
                    return d;
                };

                /**
                 * Converts this EpochRecord to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.EpochRecord
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                EpochRecord.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for EpochRecord
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.EpochRecord
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                EpochRecord.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.EpochRecord";
                };

                return EpochRecord;
            })();

            v1.Params = (function() {

                /**
                 * Properties of a Params.
                 * @memberof pogcs.devices.v1
                 * @interface IParams
                 * @property {Long|null} [epochLength] Params epochLength
                 * @property {Long|null} [reportGraceBlocks] Params reportGraceBlocks
                 * @property {string|null} [bondDenom] Params bondDenom
                 * @property {string|null} [minDeviceBond] Params minDeviceBond
                 * @property {Long|null} [unbondingBlocks] Params unbondingBlocks
                 * @property {number|null} [doubleReportSlashPermille] Params doubleReportSlashPermille
                 * @property {number|null} [doubleReportRewardPermille] Params doubleReportRewardPermille
                 * @property {Long|null} [gPenaltyEpochs] Params gPenaltyEpochs
                 * @property {number|null} [challengePermille] Params challengePermille
                 * @property {number|null} [challengeN] Params challengeN
                 * @property {number|null} [challengeK] Params challengeK
                 * @property {Long|null} [commitWindowBlocks] Params commitWindowBlocks
                 * @property {Long|null} [revealWindowBlocks] Params revealWindowBlocks
                 * @property {Long|null} [sampleDelayBlocks] Params sampleDelayBlocks
                 * @property {number|null} [initialScore] Params initialScore
                 * @property {number|null} [passBonus] Params passBonus
                 * @property {number|null} [failNum] Params failNum
                 * @property {number|null} [failDen] Params failDen
                 * @property {number|null} [densityCap] Params densityCap
                 * @property {Long|null} [maxGpuSecondsPerGpu] Params maxGpuSecondsPerGpu
                 * @property {Long|null} [verifyGasPer_1000Muladds] Params verifyGasPer_1000Muladds
                 * @property {Long|null} [prngGasPerHash] Params prngGasPerHash
                 * @property {Long|null} [maxChallengesPerEpoch] Params maxChallengesPerEpoch
                 */

                /**
                 * Constructs a new Params.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a Params.
                 * @implements IParams
                 * @constructor
                 * @param {pogcs.devices.v1.IParams=} [p] Properties to set
                 */
                function Params(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * Params epochLength.
                 * @member {Long} epochLength
                 * @memberof pogcs.devices.v1.Params
                 * @instance
                 */
                Params.prototype.epochLength = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params reportGraceBlocks.
                 * @member {Long} reportGraceBlocks
                 * @memberof pogcs.devices.v1.Params
                 * @instance
                 */
                Params.prototype.reportGraceBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params bondDenom.
                 * @member {string} bondDenom
                 * @memberof pogcs.devices.v1.Params
                 * @instance
                 */
                Params.prototype.bondDenom = "";

                /**
                 * Params minDeviceBond.
                 * @member {string} minDeviceBond
                 * @memberof pogcs.devices.v1.Params
                 * @instance
                 */
                Params.prototype.minDeviceBond = "";

                /**
                 * Params unbondingBlocks.
                 * @member {Long} unbondingBlocks
                 * @memberof pogcs.devices.v1.Params
                 * @instance
                 */
                Params.prototype.unbondingBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params doubleReportSlashPermille.
                 * @member {number} doubleReportSlashPermille
                 * @memberof pogcs.devices.v1.Params
                 * @instance
                 */
                Params.prototype.doubleReportSlashPermille = 0;

                /**
                 * Params doubleReportRewardPermille.
                 * @member {number} doubleReportRewardPermille
                 * @memberof pogcs.devices.v1.Params
                 * @instance
                 */
                Params.prototype.doubleReportRewardPermille = 0;

                /**
                 * Params gPenaltyEpochs.
                 * @member {Long} gPenaltyEpochs
                 * @memberof pogcs.devices.v1.Params
                 * @instance
                 */
                Params.prototype.gPenaltyEpochs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params challengePermille.
                 * @member {number} challengePermille
                 * @memberof pogcs.devices.v1.Params
                 * @instance
                 */
                Params.prototype.challengePermille = 0;

                /**
                 * Params challengeN.
                 * @member {number} challengeN
                 * @memberof pogcs.devices.v1.Params
                 * @instance
                 */
                Params.prototype.challengeN = 0;

                /**
                 * Params challengeK.
                 * @member {number} challengeK
                 * @memberof pogcs.devices.v1.Params
                 * @instance
                 */
                Params.prototype.challengeK = 0;

                /**
                 * Params commitWindowBlocks.
                 * @member {Long} commitWindowBlocks
                 * @memberof pogcs.devices.v1.Params
                 * @instance
                 */
                Params.prototype.commitWindowBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params revealWindowBlocks.
                 * @member {Long} revealWindowBlocks
                 * @memberof pogcs.devices.v1.Params
                 * @instance
                 */
                Params.prototype.revealWindowBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params sampleDelayBlocks.
                 * @member {Long} sampleDelayBlocks
                 * @memberof pogcs.devices.v1.Params
                 * @instance
                 */
                Params.prototype.sampleDelayBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params initialScore.
                 * @member {number} initialScore
                 * @memberof pogcs.devices.v1.Params
                 * @instance
                 */
                Params.prototype.initialScore = 0;

                /**
                 * Params passBonus.
                 * @member {number} passBonus
                 * @memberof pogcs.devices.v1.Params
                 * @instance
                 */
                Params.prototype.passBonus = 0;

                /**
                 * Params failNum.
                 * @member {number} failNum
                 * @memberof pogcs.devices.v1.Params
                 * @instance
                 */
                Params.prototype.failNum = 0;

                /**
                 * Params failDen.
                 * @member {number} failDen
                 * @memberof pogcs.devices.v1.Params
                 * @instance
                 */
                Params.prototype.failDen = 0;

                /**
                 * Params densityCap.
                 * @member {number} densityCap
                 * @memberof pogcs.devices.v1.Params
                 * @instance
                 */
                Params.prototype.densityCap = 0;

                /**
                 * Params maxGpuSecondsPerGpu.
                 * @member {Long} maxGpuSecondsPerGpu
                 * @memberof pogcs.devices.v1.Params
                 * @instance
                 */
                Params.prototype.maxGpuSecondsPerGpu = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params verifyGasPer_1000Muladds.
                 * @member {Long} verifyGasPer_1000Muladds
                 * @memberof pogcs.devices.v1.Params
                 * @instance
                 */
                Params.prototype.verifyGasPer_1000Muladds = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params prngGasPerHash.
                 * @member {Long} prngGasPerHash
                 * @memberof pogcs.devices.v1.Params
                 * @instance
                 */
                Params.prototype.prngGasPerHash = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params maxChallengesPerEpoch.
                 * @member {Long} maxChallengesPerEpoch
                 * @memberof pogcs.devices.v1.Params
                 * @instance
                 */
                Params.prototype.maxChallengesPerEpoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Params instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.Params
                 * @static
                 * @param {pogcs.devices.v1.IParams=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.Params} Params instance
                 */
                Params.create = function create(properties) {
                    return new Params(properties);
                };

                /**
                 * Encodes the specified Params message. Does not implicitly {@link pogcs.devices.v1.Params.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.Params
                 * @static
                 * @param {pogcs.devices.v1.IParams} m Params message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Params.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.epochLength != null && Object.hasOwnProperty.call(m, "epochLength"))
                        w.uint32(8).uint64(m.epochLength);
                    if (m.reportGraceBlocks != null && Object.hasOwnProperty.call(m, "reportGraceBlocks"))
                        w.uint32(16).uint64(m.reportGraceBlocks);
                    if (m.bondDenom != null && Object.hasOwnProperty.call(m, "bondDenom"))
                        w.uint32(26).string(m.bondDenom);
                    if (m.minDeviceBond != null && Object.hasOwnProperty.call(m, "minDeviceBond"))
                        w.uint32(34).string(m.minDeviceBond);
                    if (m.unbondingBlocks != null && Object.hasOwnProperty.call(m, "unbondingBlocks"))
                        w.uint32(40).uint64(m.unbondingBlocks);
                    if (m.doubleReportSlashPermille != null && Object.hasOwnProperty.call(m, "doubleReportSlashPermille"))
                        w.uint32(48).uint32(m.doubleReportSlashPermille);
                    if (m.doubleReportRewardPermille != null && Object.hasOwnProperty.call(m, "doubleReportRewardPermille"))
                        w.uint32(56).uint32(m.doubleReportRewardPermille);
                    if (m.gPenaltyEpochs != null && Object.hasOwnProperty.call(m, "gPenaltyEpochs"))
                        w.uint32(64).uint64(m.gPenaltyEpochs);
                    if (m.challengePermille != null && Object.hasOwnProperty.call(m, "challengePermille"))
                        w.uint32(72).uint32(m.challengePermille);
                    if (m.challengeN != null && Object.hasOwnProperty.call(m, "challengeN"))
                        w.uint32(80).uint32(m.challengeN);
                    if (m.challengeK != null && Object.hasOwnProperty.call(m, "challengeK"))
                        w.uint32(88).uint32(m.challengeK);
                    if (m.commitWindowBlocks != null && Object.hasOwnProperty.call(m, "commitWindowBlocks"))
                        w.uint32(96).uint64(m.commitWindowBlocks);
                    if (m.revealWindowBlocks != null && Object.hasOwnProperty.call(m, "revealWindowBlocks"))
                        w.uint32(104).uint64(m.revealWindowBlocks);
                    if (m.sampleDelayBlocks != null && Object.hasOwnProperty.call(m, "sampleDelayBlocks"))
                        w.uint32(112).uint64(m.sampleDelayBlocks);
                    if (m.initialScore != null && Object.hasOwnProperty.call(m, "initialScore"))
                        w.uint32(120).uint32(m.initialScore);
                    if (m.passBonus != null && Object.hasOwnProperty.call(m, "passBonus"))
                        w.uint32(128).uint32(m.passBonus);
                    if (m.failNum != null && Object.hasOwnProperty.call(m, "failNum"))
                        w.uint32(136).uint32(m.failNum);
                    if (m.failDen != null && Object.hasOwnProperty.call(m, "failDen"))
                        w.uint32(144).uint32(m.failDen);
                    if (m.densityCap != null && Object.hasOwnProperty.call(m, "densityCap"))
                        w.uint32(152).uint32(m.densityCap);
                    if (m.maxGpuSecondsPerGpu != null && Object.hasOwnProperty.call(m, "maxGpuSecondsPerGpu"))
                        w.uint32(160).uint64(m.maxGpuSecondsPerGpu);
                    if (m.verifyGasPer_1000Muladds != null && Object.hasOwnProperty.call(m, "verifyGasPer_1000Muladds"))
                        w.uint32(168).uint64(m.verifyGasPer_1000Muladds);
                    if (m.prngGasPerHash != null && Object.hasOwnProperty.call(m, "prngGasPerHash"))
                        w.uint32(176).uint64(m.prngGasPerHash);
                    if (m.maxChallengesPerEpoch != null && Object.hasOwnProperty.call(m, "maxChallengesPerEpoch"))
                        w.uint32(184).uint64(m.maxChallengesPerEpoch);
                    return w;
                };

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.Params
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.Params} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Params.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.Params();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.epochLength = r.uint64();
                                break;
                            }
                        case 2: {
                                m.reportGraceBlocks = r.uint64();
                                break;
                            }
                        case 3: {
                                m.bondDenom = r.string();
                                break;
                            }
                        case 4: {
                                m.minDeviceBond = r.string();
                                break;
                            }
                        case 5: {
                                m.unbondingBlocks = r.uint64();
                                break;
                            }
                        case 6: {
                                m.doubleReportSlashPermille = r.uint32();
                                break;
                            }
                        case 7: {
                                m.doubleReportRewardPermille = r.uint32();
                                break;
                            }
                        case 8: {
                                m.gPenaltyEpochs = r.uint64();
                                break;
                            }
                        case 9: {
                                m.challengePermille = r.uint32();
                                break;
                            }
                        case 10: {
                                m.challengeN = r.uint32();
                                break;
                            }
                        case 11: {
                                m.challengeK = r.uint32();
                                break;
                            }
                        case 12: {
                                m.commitWindowBlocks = r.uint64();
                                break;
                            }
                        case 13: {
                                m.revealWindowBlocks = r.uint64();
                                break;
                            }
                        case 14: {
                                m.sampleDelayBlocks = r.uint64();
                                break;
                            }
                        case 15: {
                                m.initialScore = r.uint32();
                                break;
                            }
                        case 16: {
                                m.passBonus = r.uint32();
                                break;
                            }
                        case 17: {
                                m.failNum = r.uint32();
                                break;
                            }
                        case 18: {
                                m.failDen = r.uint32();
                                break;
                            }
                        case 19: {
                                m.densityCap = r.uint32();
                                break;
                            }
                        case 20: {
                                m.maxGpuSecondsPerGpu = r.uint64();
                                break;
                            }
                        case 21: {
                                m.verifyGasPer_1000Muladds = r.uint64();
                                break;
                            }
                        case 22: {
                                m.prngGasPerHash = r.uint64();
                                break;
                            }
                        case 23: {
                                m.maxChallengesPerEpoch = r.uint64();
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
                 * Creates a Params message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.Params
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.Params} Params
                 */
                Params.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.Params)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.Params: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.Params();
                    if (d.epochLength != null) {
                        if ($util.Long)
                            m.epochLength = $util.Long.fromValue(d.epochLength, true);
                        else if (typeof d.epochLength === "string")
                            m.epochLength = parseInt(d.epochLength, 10);
                        else if (typeof d.epochLength === "number")
                            m.epochLength = d.epochLength;
                        else if (typeof d.epochLength === "object")
                            m.epochLength = new $util.LongBits(d.epochLength.low >>> 0, d.epochLength.high >>> 0).toNumber(true);
                    }
                    if (d.reportGraceBlocks != null) {
                        if ($util.Long)
                            m.reportGraceBlocks = $util.Long.fromValue(d.reportGraceBlocks, true);
                        else if (typeof d.reportGraceBlocks === "string")
                            m.reportGraceBlocks = parseInt(d.reportGraceBlocks, 10);
                        else if (typeof d.reportGraceBlocks === "number")
                            m.reportGraceBlocks = d.reportGraceBlocks;
                        else if (typeof d.reportGraceBlocks === "object")
                            m.reportGraceBlocks = new $util.LongBits(d.reportGraceBlocks.low >>> 0, d.reportGraceBlocks.high >>> 0).toNumber(true);
                    }
                    if (d.bondDenom != null) {
                        m.bondDenom = String(d.bondDenom);
                    }
                    if (d.minDeviceBond != null) {
                        m.minDeviceBond = String(d.minDeviceBond);
                    }
                    if (d.unbondingBlocks != null) {
                        if ($util.Long)
                            m.unbondingBlocks = $util.Long.fromValue(d.unbondingBlocks, true);
                        else if (typeof d.unbondingBlocks === "string")
                            m.unbondingBlocks = parseInt(d.unbondingBlocks, 10);
                        else if (typeof d.unbondingBlocks === "number")
                            m.unbondingBlocks = d.unbondingBlocks;
                        else if (typeof d.unbondingBlocks === "object")
                            m.unbondingBlocks = new $util.LongBits(d.unbondingBlocks.low >>> 0, d.unbondingBlocks.high >>> 0).toNumber(true);
                    }
                    if (d.doubleReportSlashPermille != null) {
                        m.doubleReportSlashPermille = d.doubleReportSlashPermille >>> 0;
                    }
                    if (d.doubleReportRewardPermille != null) {
                        m.doubleReportRewardPermille = d.doubleReportRewardPermille >>> 0;
                    }
                    if (d.gPenaltyEpochs != null) {
                        if ($util.Long)
                            m.gPenaltyEpochs = $util.Long.fromValue(d.gPenaltyEpochs, true);
                        else if (typeof d.gPenaltyEpochs === "string")
                            m.gPenaltyEpochs = parseInt(d.gPenaltyEpochs, 10);
                        else if (typeof d.gPenaltyEpochs === "number")
                            m.gPenaltyEpochs = d.gPenaltyEpochs;
                        else if (typeof d.gPenaltyEpochs === "object")
                            m.gPenaltyEpochs = new $util.LongBits(d.gPenaltyEpochs.low >>> 0, d.gPenaltyEpochs.high >>> 0).toNumber(true);
                    }
                    if (d.challengePermille != null) {
                        m.challengePermille = d.challengePermille >>> 0;
                    }
                    if (d.challengeN != null) {
                        m.challengeN = d.challengeN >>> 0;
                    }
                    if (d.challengeK != null) {
                        m.challengeK = d.challengeK >>> 0;
                    }
                    if (d.commitWindowBlocks != null) {
                        if ($util.Long)
                            m.commitWindowBlocks = $util.Long.fromValue(d.commitWindowBlocks, true);
                        else if (typeof d.commitWindowBlocks === "string")
                            m.commitWindowBlocks = parseInt(d.commitWindowBlocks, 10);
                        else if (typeof d.commitWindowBlocks === "number")
                            m.commitWindowBlocks = d.commitWindowBlocks;
                        else if (typeof d.commitWindowBlocks === "object")
                            m.commitWindowBlocks = new $util.LongBits(d.commitWindowBlocks.low >>> 0, d.commitWindowBlocks.high >>> 0).toNumber(true);
                    }
                    if (d.revealWindowBlocks != null) {
                        if ($util.Long)
                            m.revealWindowBlocks = $util.Long.fromValue(d.revealWindowBlocks, true);
                        else if (typeof d.revealWindowBlocks === "string")
                            m.revealWindowBlocks = parseInt(d.revealWindowBlocks, 10);
                        else if (typeof d.revealWindowBlocks === "number")
                            m.revealWindowBlocks = d.revealWindowBlocks;
                        else if (typeof d.revealWindowBlocks === "object")
                            m.revealWindowBlocks = new $util.LongBits(d.revealWindowBlocks.low >>> 0, d.revealWindowBlocks.high >>> 0).toNumber(true);
                    }
                    if (d.sampleDelayBlocks != null) {
                        if ($util.Long)
                            m.sampleDelayBlocks = $util.Long.fromValue(d.sampleDelayBlocks, true);
                        else if (typeof d.sampleDelayBlocks === "string")
                            m.sampleDelayBlocks = parseInt(d.sampleDelayBlocks, 10);
                        else if (typeof d.sampleDelayBlocks === "number")
                            m.sampleDelayBlocks = d.sampleDelayBlocks;
                        else if (typeof d.sampleDelayBlocks === "object")
                            m.sampleDelayBlocks = new $util.LongBits(d.sampleDelayBlocks.low >>> 0, d.sampleDelayBlocks.high >>> 0).toNumber(true);
                    }
                    if (d.initialScore != null) {
                        m.initialScore = d.initialScore >>> 0;
                    }
                    if (d.passBonus != null) {
                        m.passBonus = d.passBonus >>> 0;
                    }
                    if (d.failNum != null) {
                        m.failNum = d.failNum >>> 0;
                    }
                    if (d.failDen != null) {
                        m.failDen = d.failDen >>> 0;
                    }
                    if (d.densityCap != null) {
                        m.densityCap = d.densityCap >>> 0;
                    }
                    if (d.maxGpuSecondsPerGpu != null) {
                        if ($util.Long)
                            m.maxGpuSecondsPerGpu = $util.Long.fromValue(d.maxGpuSecondsPerGpu, true);
                        else if (typeof d.maxGpuSecondsPerGpu === "string")
                            m.maxGpuSecondsPerGpu = parseInt(d.maxGpuSecondsPerGpu, 10);
                        else if (typeof d.maxGpuSecondsPerGpu === "number")
                            m.maxGpuSecondsPerGpu = d.maxGpuSecondsPerGpu;
                        else if (typeof d.maxGpuSecondsPerGpu === "object")
                            m.maxGpuSecondsPerGpu = new $util.LongBits(d.maxGpuSecondsPerGpu.low >>> 0, d.maxGpuSecondsPerGpu.high >>> 0).toNumber(true);
                    }
                    if (d.verifyGasPer_1000Muladds != null) {
                        if ($util.Long)
                            m.verifyGasPer_1000Muladds = $util.Long.fromValue(d.verifyGasPer_1000Muladds, true);
                        else if (typeof d.verifyGasPer_1000Muladds === "string")
                            m.verifyGasPer_1000Muladds = parseInt(d.verifyGasPer_1000Muladds, 10);
                        else if (typeof d.verifyGasPer_1000Muladds === "number")
                            m.verifyGasPer_1000Muladds = d.verifyGasPer_1000Muladds;
                        else if (typeof d.verifyGasPer_1000Muladds === "object")
                            m.verifyGasPer_1000Muladds = new $util.LongBits(d.verifyGasPer_1000Muladds.low >>> 0, d.verifyGasPer_1000Muladds.high >>> 0).toNumber(true);
                    }
                    if (d.prngGasPerHash != null) {
                        if ($util.Long)
                            m.prngGasPerHash = $util.Long.fromValue(d.prngGasPerHash, true);
                        else if (typeof d.prngGasPerHash === "string")
                            m.prngGasPerHash = parseInt(d.prngGasPerHash, 10);
                        else if (typeof d.prngGasPerHash === "number")
                            m.prngGasPerHash = d.prngGasPerHash;
                        else if (typeof d.prngGasPerHash === "object")
                            m.prngGasPerHash = new $util.LongBits(d.prngGasPerHash.low >>> 0, d.prngGasPerHash.high >>> 0).toNumber(true);
                    }
                    if (d.maxChallengesPerEpoch != null) {
                        if ($util.Long)
                            m.maxChallengesPerEpoch = $util.Long.fromValue(d.maxChallengesPerEpoch, true);
                        else if (typeof d.maxChallengesPerEpoch === "string")
                            m.maxChallengesPerEpoch = parseInt(d.maxChallengesPerEpoch, 10);
                        else if (typeof d.maxChallengesPerEpoch === "number")
                            m.maxChallengesPerEpoch = d.maxChallengesPerEpoch;
                        else if (typeof d.maxChallengesPerEpoch === "object")
                            m.maxChallengesPerEpoch = new $util.LongBits(d.maxChallengesPerEpoch.low >>> 0, d.maxChallengesPerEpoch.high >>> 0).toNumber(true);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Params message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.Params
                 * @static
                 * @param {pogcs.devices.v1.Params} m Params
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Params.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.epochLength = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.epochLength = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.reportGraceBlocks = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.reportGraceBlocks = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.bondDenom = "";
                        d.minDeviceBond = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.unbondingBlocks = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.unbondingBlocks = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.doubleReportSlashPermille = 0;
                        d.doubleReportRewardPermille = 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.gPenaltyEpochs = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.gPenaltyEpochs = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.challengePermille = 0;
                        d.challengeN = 0;
                        d.challengeK = 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.commitWindowBlocks = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.commitWindowBlocks = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.revealWindowBlocks = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.revealWindowBlocks = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.sampleDelayBlocks = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.sampleDelayBlocks = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.initialScore = 0;
                        d.passBonus = 0;
                        d.failNum = 0;
                        d.failDen = 0;
                        d.densityCap = 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.maxGpuSecondsPerGpu = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.maxGpuSecondsPerGpu = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.verifyGasPer_1000Muladds = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.verifyGasPer_1000Muladds = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.prngGasPerHash = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.prngGasPerHash = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.maxChallengesPerEpoch = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.maxChallengesPerEpoch = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                    }
                    if (m.epochLength != null && Object.hasOwnProperty.call(m, "epochLength")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.epochLength = typeof m.epochLength === "number" ? BigInt(m.epochLength) : $util.Long.fromBits(m.epochLength.low >>> 0, m.epochLength.high >>> 0, true).toBigInt();
                        else if (typeof m.epochLength === "number")
                            d.epochLength = o.longs === String ? String(m.epochLength) : m.epochLength;
                        else
                            d.epochLength = o.longs === String ? $util.Long.prototype.toString.call(m.epochLength) : o.longs === Number ? new $util.LongBits(m.epochLength.low >>> 0, m.epochLength.high >>> 0).toNumber(true) : m.epochLength;
                    }
                    if (m.reportGraceBlocks != null && Object.hasOwnProperty.call(m, "reportGraceBlocks")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.reportGraceBlocks = typeof m.reportGraceBlocks === "number" ? BigInt(m.reportGraceBlocks) : $util.Long.fromBits(m.reportGraceBlocks.low >>> 0, m.reportGraceBlocks.high >>> 0, true).toBigInt();
                        else if (typeof m.reportGraceBlocks === "number")
                            d.reportGraceBlocks = o.longs === String ? String(m.reportGraceBlocks) : m.reportGraceBlocks;
                        else
                            d.reportGraceBlocks = o.longs === String ? $util.Long.prototype.toString.call(m.reportGraceBlocks) : o.longs === Number ? new $util.LongBits(m.reportGraceBlocks.low >>> 0, m.reportGraceBlocks.high >>> 0).toNumber(true) : m.reportGraceBlocks;
                    }
                    if (m.bondDenom != null && Object.hasOwnProperty.call(m, "bondDenom")) {
                        d.bondDenom = m.bondDenom;
                    }
                    if (m.minDeviceBond != null && Object.hasOwnProperty.call(m, "minDeviceBond")) {
                        d.minDeviceBond = m.minDeviceBond;
                    }
                    if (m.unbondingBlocks != null && Object.hasOwnProperty.call(m, "unbondingBlocks")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.unbondingBlocks = typeof m.unbondingBlocks === "number" ? BigInt(m.unbondingBlocks) : $util.Long.fromBits(m.unbondingBlocks.low >>> 0, m.unbondingBlocks.high >>> 0, true).toBigInt();
                        else if (typeof m.unbondingBlocks === "number")
                            d.unbondingBlocks = o.longs === String ? String(m.unbondingBlocks) : m.unbondingBlocks;
                        else
                            d.unbondingBlocks = o.longs === String ? $util.Long.prototype.toString.call(m.unbondingBlocks) : o.longs === Number ? new $util.LongBits(m.unbondingBlocks.low >>> 0, m.unbondingBlocks.high >>> 0).toNumber(true) : m.unbondingBlocks;
                    }
                    if (m.doubleReportSlashPermille != null && Object.hasOwnProperty.call(m, "doubleReportSlashPermille")) {
                        d.doubleReportSlashPermille = m.doubleReportSlashPermille;
                    }
                    if (m.doubleReportRewardPermille != null && Object.hasOwnProperty.call(m, "doubleReportRewardPermille")) {
                        d.doubleReportRewardPermille = m.doubleReportRewardPermille;
                    }
                    if (m.gPenaltyEpochs != null && Object.hasOwnProperty.call(m, "gPenaltyEpochs")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.gPenaltyEpochs = typeof m.gPenaltyEpochs === "number" ? BigInt(m.gPenaltyEpochs) : $util.Long.fromBits(m.gPenaltyEpochs.low >>> 0, m.gPenaltyEpochs.high >>> 0, true).toBigInt();
                        else if (typeof m.gPenaltyEpochs === "number")
                            d.gPenaltyEpochs = o.longs === String ? String(m.gPenaltyEpochs) : m.gPenaltyEpochs;
                        else
                            d.gPenaltyEpochs = o.longs === String ? $util.Long.prototype.toString.call(m.gPenaltyEpochs) : o.longs === Number ? new $util.LongBits(m.gPenaltyEpochs.low >>> 0, m.gPenaltyEpochs.high >>> 0).toNumber(true) : m.gPenaltyEpochs;
                    }
                    if (m.challengePermille != null && Object.hasOwnProperty.call(m, "challengePermille")) {
                        d.challengePermille = m.challengePermille;
                    }
                    if (m.challengeN != null && Object.hasOwnProperty.call(m, "challengeN")) {
                        d.challengeN = m.challengeN;
                    }
                    if (m.challengeK != null && Object.hasOwnProperty.call(m, "challengeK")) {
                        d.challengeK = m.challengeK;
                    }
                    if (m.commitWindowBlocks != null && Object.hasOwnProperty.call(m, "commitWindowBlocks")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.commitWindowBlocks = typeof m.commitWindowBlocks === "number" ? BigInt(m.commitWindowBlocks) : $util.Long.fromBits(m.commitWindowBlocks.low >>> 0, m.commitWindowBlocks.high >>> 0, true).toBigInt();
                        else if (typeof m.commitWindowBlocks === "number")
                            d.commitWindowBlocks = o.longs === String ? String(m.commitWindowBlocks) : m.commitWindowBlocks;
                        else
                            d.commitWindowBlocks = o.longs === String ? $util.Long.prototype.toString.call(m.commitWindowBlocks) : o.longs === Number ? new $util.LongBits(m.commitWindowBlocks.low >>> 0, m.commitWindowBlocks.high >>> 0).toNumber(true) : m.commitWindowBlocks;
                    }
                    if (m.revealWindowBlocks != null && Object.hasOwnProperty.call(m, "revealWindowBlocks")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.revealWindowBlocks = typeof m.revealWindowBlocks === "number" ? BigInt(m.revealWindowBlocks) : $util.Long.fromBits(m.revealWindowBlocks.low >>> 0, m.revealWindowBlocks.high >>> 0, true).toBigInt();
                        else if (typeof m.revealWindowBlocks === "number")
                            d.revealWindowBlocks = o.longs === String ? String(m.revealWindowBlocks) : m.revealWindowBlocks;
                        else
                            d.revealWindowBlocks = o.longs === String ? $util.Long.prototype.toString.call(m.revealWindowBlocks) : o.longs === Number ? new $util.LongBits(m.revealWindowBlocks.low >>> 0, m.revealWindowBlocks.high >>> 0).toNumber(true) : m.revealWindowBlocks;
                    }
                    if (m.sampleDelayBlocks != null && Object.hasOwnProperty.call(m, "sampleDelayBlocks")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.sampleDelayBlocks = typeof m.sampleDelayBlocks === "number" ? BigInt(m.sampleDelayBlocks) : $util.Long.fromBits(m.sampleDelayBlocks.low >>> 0, m.sampleDelayBlocks.high >>> 0, true).toBigInt();
                        else if (typeof m.sampleDelayBlocks === "number")
                            d.sampleDelayBlocks = o.longs === String ? String(m.sampleDelayBlocks) : m.sampleDelayBlocks;
                        else
                            d.sampleDelayBlocks = o.longs === String ? $util.Long.prototype.toString.call(m.sampleDelayBlocks) : o.longs === Number ? new $util.LongBits(m.sampleDelayBlocks.low >>> 0, m.sampleDelayBlocks.high >>> 0).toNumber(true) : m.sampleDelayBlocks;
                    }
                    if (m.initialScore != null && Object.hasOwnProperty.call(m, "initialScore")) {
                        d.initialScore = m.initialScore;
                    }
                    if (m.passBonus != null && Object.hasOwnProperty.call(m, "passBonus")) {
                        d.passBonus = m.passBonus;
                    }
                    if (m.failNum != null && Object.hasOwnProperty.call(m, "failNum")) {
                        d.failNum = m.failNum;
                    }
                    if (m.failDen != null && Object.hasOwnProperty.call(m, "failDen")) {
                        d.failDen = m.failDen;
                    }
                    if (m.densityCap != null && Object.hasOwnProperty.call(m, "densityCap")) {
                        d.densityCap = m.densityCap;
                    }
                    if (m.maxGpuSecondsPerGpu != null && Object.hasOwnProperty.call(m, "maxGpuSecondsPerGpu")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.maxGpuSecondsPerGpu = typeof m.maxGpuSecondsPerGpu === "number" ? BigInt(m.maxGpuSecondsPerGpu) : $util.Long.fromBits(m.maxGpuSecondsPerGpu.low >>> 0, m.maxGpuSecondsPerGpu.high >>> 0, true).toBigInt();
                        else if (typeof m.maxGpuSecondsPerGpu === "number")
                            d.maxGpuSecondsPerGpu = o.longs === String ? String(m.maxGpuSecondsPerGpu) : m.maxGpuSecondsPerGpu;
                        else
                            d.maxGpuSecondsPerGpu = o.longs === String ? $util.Long.prototype.toString.call(m.maxGpuSecondsPerGpu) : o.longs === Number ? new $util.LongBits(m.maxGpuSecondsPerGpu.low >>> 0, m.maxGpuSecondsPerGpu.high >>> 0).toNumber(true) : m.maxGpuSecondsPerGpu;
                    }
                    if (m.verifyGasPer_1000Muladds != null && Object.hasOwnProperty.call(m, "verifyGasPer_1000Muladds")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.verifyGasPer_1000Muladds = typeof m.verifyGasPer_1000Muladds === "number" ? BigInt(m.verifyGasPer_1000Muladds) : $util.Long.fromBits(m.verifyGasPer_1000Muladds.low >>> 0, m.verifyGasPer_1000Muladds.high >>> 0, true).toBigInt();
                        else if (typeof m.verifyGasPer_1000Muladds === "number")
                            d.verifyGasPer_1000Muladds = o.longs === String ? String(m.verifyGasPer_1000Muladds) : m.verifyGasPer_1000Muladds;
                        else
                            d.verifyGasPer_1000Muladds = o.longs === String ? $util.Long.prototype.toString.call(m.verifyGasPer_1000Muladds) : o.longs === Number ? new $util.LongBits(m.verifyGasPer_1000Muladds.low >>> 0, m.verifyGasPer_1000Muladds.high >>> 0).toNumber(true) : m.verifyGasPer_1000Muladds;
                    }
                    if (m.prngGasPerHash != null && Object.hasOwnProperty.call(m, "prngGasPerHash")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.prngGasPerHash = typeof m.prngGasPerHash === "number" ? BigInt(m.prngGasPerHash) : $util.Long.fromBits(m.prngGasPerHash.low >>> 0, m.prngGasPerHash.high >>> 0, true).toBigInt();
                        else if (typeof m.prngGasPerHash === "number")
                            d.prngGasPerHash = o.longs === String ? String(m.prngGasPerHash) : m.prngGasPerHash;
                        else
                            d.prngGasPerHash = o.longs === String ? $util.Long.prototype.toString.call(m.prngGasPerHash) : o.longs === Number ? new $util.LongBits(m.prngGasPerHash.low >>> 0, m.prngGasPerHash.high >>> 0).toNumber(true) : m.prngGasPerHash;
                    }
                    if (m.maxChallengesPerEpoch != null && Object.hasOwnProperty.call(m, "maxChallengesPerEpoch")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.maxChallengesPerEpoch = typeof m.maxChallengesPerEpoch === "number" ? BigInt(m.maxChallengesPerEpoch) : $util.Long.fromBits(m.maxChallengesPerEpoch.low >>> 0, m.maxChallengesPerEpoch.high >>> 0, true).toBigInt();
                        else if (typeof m.maxChallengesPerEpoch === "number")
                            d.maxChallengesPerEpoch = o.longs === String ? String(m.maxChallengesPerEpoch) : m.maxChallengesPerEpoch;
                        else
                            d.maxChallengesPerEpoch = o.longs === String ? $util.Long.prototype.toString.call(m.maxChallengesPerEpoch) : o.longs === Number ? new $util.LongBits(m.maxChallengesPerEpoch.low >>> 0, m.maxChallengesPerEpoch.high >>> 0).toNumber(true) : m.maxChallengesPerEpoch;
                    }
                    return d;
                };

                /**
                 * Converts this Params to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.Params
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Params.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Params
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.Params
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Params.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.Params";
                };

                return Params;
            })();

            v1.MsgRegisterDevice = (function() {

                /**
                 * Properties of a MsgRegisterDevice.
                 * @memberof pogcs.devices.v1
                 * @interface IMsgRegisterDevice
                 * @property {string|null} [owner] MsgRegisterDevice owner
                 * @property {string|null} [makerId] MsgRegisterDevice makerId
                 * @property {Uint8Array|null} [devicePubkey] MsgRegisterDevice devicePubkey
                 * @property {pogcs.devices.v1.DeviceClass|null} ["class"] MsgRegisterDevice class
                 * @property {pogcs.devices.v1.ICapacitySpecs|null} [capacity] MsgRegisterDevice capacity
                 * @property {pogcs.devices.v1.ILocationAddress|null} [location] MsgRegisterDevice location
                 * @property {Uint8Array|null} [makerSignature] MsgRegisterDevice makerSignature
                 * @property {Uint8Array|null} [deviceSignature] MsgRegisterDevice deviceSignature
                 */

                /**
                 * Constructs a new MsgRegisterDevice.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a MsgRegisterDevice.
                 * @implements IMsgRegisterDevice
                 * @constructor
                 * @param {pogcs.devices.v1.IMsgRegisterDevice=} [p] Properties to set
                 */
                function MsgRegisterDevice(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * MsgRegisterDevice owner.
                 * @member {string} owner
                 * @memberof pogcs.devices.v1.MsgRegisterDevice
                 * @instance
                 */
                MsgRegisterDevice.prototype.owner = "";

                /**
                 * MsgRegisterDevice makerId.
                 * @member {string} makerId
                 * @memberof pogcs.devices.v1.MsgRegisterDevice
                 * @instance
                 */
                MsgRegisterDevice.prototype.makerId = "";

                /**
                 * MsgRegisterDevice devicePubkey.
                 * @member {Uint8Array} devicePubkey
                 * @memberof pogcs.devices.v1.MsgRegisterDevice
                 * @instance
                 */
                MsgRegisterDevice.prototype.devicePubkey = $util.newBuffer([]);

                /**
                 * MsgRegisterDevice class.
                 * @member {pogcs.devices.v1.DeviceClass} class
                 * @memberof pogcs.devices.v1.MsgRegisterDevice
                 * @instance
                 */
                MsgRegisterDevice.prototype["class"] = 0;

                /**
                 * MsgRegisterDevice capacity.
                 * @member {pogcs.devices.v1.ICapacitySpecs|null|undefined} capacity
                 * @memberof pogcs.devices.v1.MsgRegisterDevice
                 * @instance
                 */
                MsgRegisterDevice.prototype.capacity = null;

                /**
                 * MsgRegisterDevice location.
                 * @member {pogcs.devices.v1.ILocationAddress|null|undefined} location
                 * @memberof pogcs.devices.v1.MsgRegisterDevice
                 * @instance
                 */
                MsgRegisterDevice.prototype.location = null;

                /**
                 * MsgRegisterDevice makerSignature.
                 * @member {Uint8Array} makerSignature
                 * @memberof pogcs.devices.v1.MsgRegisterDevice
                 * @instance
                 */
                MsgRegisterDevice.prototype.makerSignature = $util.newBuffer([]);

                /**
                 * MsgRegisterDevice deviceSignature.
                 * @member {Uint8Array} deviceSignature
                 * @memberof pogcs.devices.v1.MsgRegisterDevice
                 * @instance
                 */
                MsgRegisterDevice.prototype.deviceSignature = $util.newBuffer([]);

                /**
                 * Creates a new MsgRegisterDevice instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.MsgRegisterDevice
                 * @static
                 * @param {pogcs.devices.v1.IMsgRegisterDevice=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.MsgRegisterDevice} MsgRegisterDevice instance
                 */
                MsgRegisterDevice.create = function create(properties) {
                    return new MsgRegisterDevice(properties);
                };

                /**
                 * Encodes the specified MsgRegisterDevice message. Does not implicitly {@link pogcs.devices.v1.MsgRegisterDevice.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.MsgRegisterDevice
                 * @static
                 * @param {pogcs.devices.v1.IMsgRegisterDevice} m MsgRegisterDevice message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRegisterDevice.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.owner != null && Object.hasOwnProperty.call(m, "owner"))
                        w.uint32(10).string(m.owner);
                    if (m.makerId != null && Object.hasOwnProperty.call(m, "makerId"))
                        w.uint32(18).string(m.makerId);
                    if (m.devicePubkey != null && Object.hasOwnProperty.call(m, "devicePubkey"))
                        w.uint32(26).bytes(m.devicePubkey);
                    if (m["class"] != null && Object.hasOwnProperty.call(m, "class"))
                        w.uint32(32).int32(m["class"]);
                    if (m.capacity != null && Object.hasOwnProperty.call(m, "capacity"))
                        $root.pogcs.devices.v1.CapacitySpecs.encode(m.capacity, w.uint32(42).fork(), q + 1).ldelim();
                    if (m.location != null && Object.hasOwnProperty.call(m, "location"))
                        $root.pogcs.devices.v1.LocationAddress.encode(m.location, w.uint32(50).fork(), q + 1).ldelim();
                    if (m.makerSignature != null && Object.hasOwnProperty.call(m, "makerSignature"))
                        w.uint32(58).bytes(m.makerSignature);
                    if (m.deviceSignature != null && Object.hasOwnProperty.call(m, "deviceSignature"))
                        w.uint32(66).bytes(m.deviceSignature);
                    return w;
                };

                /**
                 * Decodes a MsgRegisterDevice message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.MsgRegisterDevice
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.MsgRegisterDevice} MsgRegisterDevice
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRegisterDevice.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.MsgRegisterDevice();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.owner = r.string();
                                break;
                            }
                        case 2: {
                                m.makerId = r.string();
                                break;
                            }
                        case 3: {
                                m.devicePubkey = r.bytes();
                                break;
                            }
                        case 4: {
                                m["class"] = r.int32();
                                break;
                            }
                        case 5: {
                                m.capacity = $root.pogcs.devices.v1.CapacitySpecs.decode(r, r.uint32(), undefined, n + 1);
                                break;
                            }
                        case 6: {
                                m.location = $root.pogcs.devices.v1.LocationAddress.decode(r, r.uint32(), undefined, n + 1);
                                break;
                            }
                        case 7: {
                                m.makerSignature = r.bytes();
                                break;
                            }
                        case 8: {
                                m.deviceSignature = r.bytes();
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
                 * Creates a MsgRegisterDevice message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.MsgRegisterDevice
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.MsgRegisterDevice} MsgRegisterDevice
                 */
                MsgRegisterDevice.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.MsgRegisterDevice)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.MsgRegisterDevice: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.MsgRegisterDevice();
                    if (d.owner != null) {
                        m.owner = String(d.owner);
                    }
                    if (d.makerId != null) {
                        m.makerId = String(d.makerId);
                    }
                    if (d.devicePubkey != null) {
                        if (typeof d.devicePubkey === "string")
                            $util.base64.decode(d.devicePubkey, m.devicePubkey = $util.newBuffer($util.base64.length(d.devicePubkey)), 0);
                        else if (d.devicePubkey.length >= 0)
                            m.devicePubkey = d.devicePubkey;
                    }
                    switch (d["class"]) {
                    default:
                        if (typeof d["class"] === "number") {
                            m["class"] = d["class"];
                            break;
                        }
                        break;
                    case "DEVICE_CLASS_UNSPECIFIED":
                    case 0:
                        m["class"] = 0;
                        break;
                    case "DEVICE_CLASS_SOLAR":
                    case 1:
                        m["class"] = 1;
                        break;
                    case "DEVICE_CLASS_STORAGE":
                    case 2:
                        m["class"] = 2;
                        break;
                    case "DEVICE_CLASS_GPU":
                    case 3:
                        m["class"] = 3;
                        break;
                    case "DEVICE_CLASS_COMBINED":
                    case 4:
                        m["class"] = 4;
                        break;
                    }
                    if (d.capacity != null) {
                        if (!$util.isObject(d.capacity))
                            throw TypeError(".pogcs.devices.v1.MsgRegisterDevice.capacity: object expected");
                        m.capacity = $root.pogcs.devices.v1.CapacitySpecs.fromObject(d.capacity, n + 1);
                    }
                    if (d.location != null) {
                        if (!$util.isObject(d.location))
                            throw TypeError(".pogcs.devices.v1.MsgRegisterDevice.location: object expected");
                        m.location = $root.pogcs.devices.v1.LocationAddress.fromObject(d.location, n + 1);
                    }
                    if (d.makerSignature != null) {
                        if (typeof d.makerSignature === "string")
                            $util.base64.decode(d.makerSignature, m.makerSignature = $util.newBuffer($util.base64.length(d.makerSignature)), 0);
                        else if (d.makerSignature.length >= 0)
                            m.makerSignature = d.makerSignature;
                    }
                    if (d.deviceSignature != null) {
                        if (typeof d.deviceSignature === "string")
                            $util.base64.decode(d.deviceSignature, m.deviceSignature = $util.newBuffer($util.base64.length(d.deviceSignature)), 0);
                        else if (d.deviceSignature.length >= 0)
                            m.deviceSignature = d.deviceSignature;
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a MsgRegisterDevice message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.MsgRegisterDevice
                 * @static
                 * @param {pogcs.devices.v1.MsgRegisterDevice} m MsgRegisterDevice
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgRegisterDevice.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.owner = "";
                        d.makerId = "";
                        if (o.bytes === String)
                            d.devicePubkey = "";
                        else {
                            d.devicePubkey = [];
                            if (o.bytes !== Array)
                                d.devicePubkey = $util.newBuffer(d.devicePubkey);
                        }
                        d["class"] = o.enums === String ? "DEVICE_CLASS_UNSPECIFIED" : 0;
                        d.capacity = null;
                        d.location = null;
                        if (o.bytes === String)
                            d.makerSignature = "";
                        else {
                            d.makerSignature = [];
                            if (o.bytes !== Array)
                                d.makerSignature = $util.newBuffer(d.makerSignature);
                        }
                        if (o.bytes === String)
                            d.deviceSignature = "";
                        else {
                            d.deviceSignature = [];
                            if (o.bytes !== Array)
                                d.deviceSignature = $util.newBuffer(d.deviceSignature);
                        }
                    }
                    if (m.owner != null && Object.hasOwnProperty.call(m, "owner")) {
                        d.owner = m.owner;
                    }
                    if (m.makerId != null && Object.hasOwnProperty.call(m, "makerId")) {
                        d.makerId = m.makerId;
                    }
                    if (m.devicePubkey != null && Object.hasOwnProperty.call(m, "devicePubkey")) {
                        d.devicePubkey = o.bytes === String ? $util.base64.encode(m.devicePubkey, 0, m.devicePubkey.length) : o.bytes === Array ? Array.prototype.slice.call(m.devicePubkey) : m.devicePubkey;
                    }
                    if (m["class"] != null && Object.hasOwnProperty.call(m, "class")) {
                        d["class"] = o.enums === String ? $root.pogcs.devices.v1.DeviceClass[m["class"]] === undefined ? m["class"] : $root.pogcs.devices.v1.DeviceClass[m["class"]] : m["class"];
                    }
                    if (m.capacity != null && Object.hasOwnProperty.call(m, "capacity")) {
                        d.capacity = $root.pogcs.devices.v1.CapacitySpecs.toObject(m.capacity, o, q + 1);
                    }
                    if (m.location != null && Object.hasOwnProperty.call(m, "location")) {
                        d.location = $root.pogcs.devices.v1.LocationAddress.toObject(m.location, o, q + 1);
                    }
                    if (m.makerSignature != null && Object.hasOwnProperty.call(m, "makerSignature")) {
                        d.makerSignature = o.bytes === String ? $util.base64.encode(m.makerSignature, 0, m.makerSignature.length) : o.bytes === Array ? Array.prototype.slice.call(m.makerSignature) : m.makerSignature;
                    }
                    if (m.deviceSignature != null && Object.hasOwnProperty.call(m, "deviceSignature")) {
                        d.deviceSignature = o.bytes === String ? $util.base64.encode(m.deviceSignature, 0, m.deviceSignature.length) : o.bytes === Array ? Array.prototype.slice.call(m.deviceSignature) : m.deviceSignature;
                    }
                    return d;
                };

                /**
                 * Converts this MsgRegisterDevice to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.MsgRegisterDevice
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgRegisterDevice.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for MsgRegisterDevice
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.MsgRegisterDevice
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgRegisterDevice.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.MsgRegisterDevice";
                };

                return MsgRegisterDevice;
            })();

            v1.MsgRegisterDeviceResponse = (function() {

                /**
                 * Properties of a MsgRegisterDeviceResponse.
                 * @memberof pogcs.devices.v1
                 * @interface IMsgRegisterDeviceResponse
                 * @property {Long|null} [deviceId] MsgRegisterDeviceResponse deviceId
                 */

                /**
                 * Constructs a new MsgRegisterDeviceResponse.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a MsgRegisterDeviceResponse.
                 * @implements IMsgRegisterDeviceResponse
                 * @constructor
                 * @param {pogcs.devices.v1.IMsgRegisterDeviceResponse=} [p] Properties to set
                 */
                function MsgRegisterDeviceResponse(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * MsgRegisterDeviceResponse deviceId.
                 * @member {Long} deviceId
                 * @memberof pogcs.devices.v1.MsgRegisterDeviceResponse
                 * @instance
                 */
                MsgRegisterDeviceResponse.prototype.deviceId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new MsgRegisterDeviceResponse instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.MsgRegisterDeviceResponse
                 * @static
                 * @param {pogcs.devices.v1.IMsgRegisterDeviceResponse=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.MsgRegisterDeviceResponse} MsgRegisterDeviceResponse instance
                 */
                MsgRegisterDeviceResponse.create = function create(properties) {
                    return new MsgRegisterDeviceResponse(properties);
                };

                /**
                 * Encodes the specified MsgRegisterDeviceResponse message. Does not implicitly {@link pogcs.devices.v1.MsgRegisterDeviceResponse.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.MsgRegisterDeviceResponse
                 * @static
                 * @param {pogcs.devices.v1.IMsgRegisterDeviceResponse} m MsgRegisterDeviceResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRegisterDeviceResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.deviceId != null && Object.hasOwnProperty.call(m, "deviceId"))
                        w.uint32(8).uint64(m.deviceId);
                    return w;
                };

                /**
                 * Decodes a MsgRegisterDeviceResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.MsgRegisterDeviceResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.MsgRegisterDeviceResponse} MsgRegisterDeviceResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRegisterDeviceResponse.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.MsgRegisterDeviceResponse();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.deviceId = r.uint64();
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
                 * Creates a MsgRegisterDeviceResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.MsgRegisterDeviceResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.MsgRegisterDeviceResponse} MsgRegisterDeviceResponse
                 */
                MsgRegisterDeviceResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.MsgRegisterDeviceResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.MsgRegisterDeviceResponse: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.MsgRegisterDeviceResponse();
                    if (d.deviceId != null) {
                        if ($util.Long)
                            m.deviceId = $util.Long.fromValue(d.deviceId, true);
                        else if (typeof d.deviceId === "string")
                            m.deviceId = parseInt(d.deviceId, 10);
                        else if (typeof d.deviceId === "number")
                            m.deviceId = d.deviceId;
                        else if (typeof d.deviceId === "object")
                            m.deviceId = new $util.LongBits(d.deviceId.low >>> 0, d.deviceId.high >>> 0).toNumber(true);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a MsgRegisterDeviceResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.MsgRegisterDeviceResponse
                 * @static
                 * @param {pogcs.devices.v1.MsgRegisterDeviceResponse} m MsgRegisterDeviceResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgRegisterDeviceResponse.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.deviceId = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.deviceId = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                    }
                    if (m.deviceId != null && Object.hasOwnProperty.call(m, "deviceId")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.deviceId = typeof m.deviceId === "number" ? BigInt(m.deviceId) : $util.Long.fromBits(m.deviceId.low >>> 0, m.deviceId.high >>> 0, true).toBigInt();
                        else if (typeof m.deviceId === "number")
                            d.deviceId = o.longs === String ? String(m.deviceId) : m.deviceId;
                        else
                            d.deviceId = o.longs === String ? $util.Long.prototype.toString.call(m.deviceId) : o.longs === Number ? new $util.LongBits(m.deviceId.low >>> 0, m.deviceId.high >>> 0).toNumber(true) : m.deviceId;
                    }
                    return d;
                };

                /**
                 * Converts this MsgRegisterDeviceResponse to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.MsgRegisterDeviceResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgRegisterDeviceResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for MsgRegisterDeviceResponse
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.MsgRegisterDeviceResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgRegisterDeviceResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.MsgRegisterDeviceResponse";
                };

                return MsgRegisterDeviceResponse;
            })();

            v1.MsgBondDevice = (function() {

                /**
                 * Properties of a MsgBondDevice.
                 * @memberof pogcs.devices.v1
                 * @interface IMsgBondDevice
                 * @property {string|null} [owner] MsgBondDevice owner
                 * @property {Long|null} [deviceId] MsgBondDevice deviceId
                 * @property {string|null} [amount] MsgBondDevice amount
                 * @property {string|null} [validator] MsgBondDevice validator
                 */

                /**
                 * Constructs a new MsgBondDevice.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a MsgBondDevice.
                 * @implements IMsgBondDevice
                 * @constructor
                 * @param {pogcs.devices.v1.IMsgBondDevice=} [p] Properties to set
                 */
                function MsgBondDevice(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * MsgBondDevice owner.
                 * @member {string} owner
                 * @memberof pogcs.devices.v1.MsgBondDevice
                 * @instance
                 */
                MsgBondDevice.prototype.owner = "";

                /**
                 * MsgBondDevice deviceId.
                 * @member {Long} deviceId
                 * @memberof pogcs.devices.v1.MsgBondDevice
                 * @instance
                 */
                MsgBondDevice.prototype.deviceId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgBondDevice amount.
                 * @member {string} amount
                 * @memberof pogcs.devices.v1.MsgBondDevice
                 * @instance
                 */
                MsgBondDevice.prototype.amount = "";

                /**
                 * MsgBondDevice validator.
                 * @member {string} validator
                 * @memberof pogcs.devices.v1.MsgBondDevice
                 * @instance
                 */
                MsgBondDevice.prototype.validator = "";

                /**
                 * Creates a new MsgBondDevice instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.MsgBondDevice
                 * @static
                 * @param {pogcs.devices.v1.IMsgBondDevice=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.MsgBondDevice} MsgBondDevice instance
                 */
                MsgBondDevice.create = function create(properties) {
                    return new MsgBondDevice(properties);
                };

                /**
                 * Encodes the specified MsgBondDevice message. Does not implicitly {@link pogcs.devices.v1.MsgBondDevice.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.MsgBondDevice
                 * @static
                 * @param {pogcs.devices.v1.IMsgBondDevice} m MsgBondDevice message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgBondDevice.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.owner != null && Object.hasOwnProperty.call(m, "owner"))
                        w.uint32(10).string(m.owner);
                    if (m.deviceId != null && Object.hasOwnProperty.call(m, "deviceId"))
                        w.uint32(16).uint64(m.deviceId);
                    if (m.amount != null && Object.hasOwnProperty.call(m, "amount"))
                        w.uint32(26).string(m.amount);
                    if (m.validator != null && Object.hasOwnProperty.call(m, "validator"))
                        w.uint32(34).string(m.validator);
                    return w;
                };

                /**
                 * Decodes a MsgBondDevice message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.MsgBondDevice
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.MsgBondDevice} MsgBondDevice
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgBondDevice.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.MsgBondDevice();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.owner = r.string();
                                break;
                            }
                        case 2: {
                                m.deviceId = r.uint64();
                                break;
                            }
                        case 3: {
                                m.amount = r.string();
                                break;
                            }
                        case 4: {
                                m.validator = r.string();
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
                 * Creates a MsgBondDevice message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.MsgBondDevice
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.MsgBondDevice} MsgBondDevice
                 */
                MsgBondDevice.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.MsgBondDevice)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.MsgBondDevice: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.MsgBondDevice();
                    if (d.owner != null) {
                        m.owner = String(d.owner);
                    }
                    if (d.deviceId != null) {
                        if ($util.Long)
                            m.deviceId = $util.Long.fromValue(d.deviceId, true);
                        else if (typeof d.deviceId === "string")
                            m.deviceId = parseInt(d.deviceId, 10);
                        else if (typeof d.deviceId === "number")
                            m.deviceId = d.deviceId;
                        else if (typeof d.deviceId === "object")
                            m.deviceId = new $util.LongBits(d.deviceId.low >>> 0, d.deviceId.high >>> 0).toNumber(true);
                    }
                    if (d.amount != null) {
                        m.amount = String(d.amount);
                    }
                    if (d.validator != null) {
                        m.validator = String(d.validator);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a MsgBondDevice message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.MsgBondDevice
                 * @static
                 * @param {pogcs.devices.v1.MsgBondDevice} m MsgBondDevice
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgBondDevice.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.owner = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.deviceId = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.deviceId = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.amount = "";
                        d.validator = "";
                    }
                    if (m.owner != null && Object.hasOwnProperty.call(m, "owner")) {
                        d.owner = m.owner;
                    }
                    if (m.deviceId != null && Object.hasOwnProperty.call(m, "deviceId")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.deviceId = typeof m.deviceId === "number" ? BigInt(m.deviceId) : $util.Long.fromBits(m.deviceId.low >>> 0, m.deviceId.high >>> 0, true).toBigInt();
                        else if (typeof m.deviceId === "number")
                            d.deviceId = o.longs === String ? String(m.deviceId) : m.deviceId;
                        else
                            d.deviceId = o.longs === String ? $util.Long.prototype.toString.call(m.deviceId) : o.longs === Number ? new $util.LongBits(m.deviceId.low >>> 0, m.deviceId.high >>> 0).toNumber(true) : m.deviceId;
                    }
                    if (m.amount != null && Object.hasOwnProperty.call(m, "amount")) {
                        d.amount = m.amount;
                    }
                    if (m.validator != null && Object.hasOwnProperty.call(m, "validator")) {
                        d.validator = m.validator;
                    }
                    return d;
                };

                /**
                 * Converts this MsgBondDevice to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.MsgBondDevice
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgBondDevice.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for MsgBondDevice
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.MsgBondDevice
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgBondDevice.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.MsgBondDevice";
                };

                return MsgBondDevice;
            })();

            v1.MsgBondDeviceResponse = (function() {

                /**
                 * Properties of a MsgBondDeviceResponse.
                 * @memberof pogcs.devices.v1
                 * @interface IMsgBondDeviceResponse
                 */

                /**
                 * Constructs a new MsgBondDeviceResponse.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a MsgBondDeviceResponse.
                 * @implements IMsgBondDeviceResponse
                 * @constructor
                 * @param {pogcs.devices.v1.IMsgBondDeviceResponse=} [p] Properties to set
                 */
                function MsgBondDeviceResponse(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * Creates a new MsgBondDeviceResponse instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.MsgBondDeviceResponse
                 * @static
                 * @param {pogcs.devices.v1.IMsgBondDeviceResponse=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.MsgBondDeviceResponse} MsgBondDeviceResponse instance
                 */
                MsgBondDeviceResponse.create = function create(properties) {
                    return new MsgBondDeviceResponse(properties);
                };

                /**
                 * Encodes the specified MsgBondDeviceResponse message. Does not implicitly {@link pogcs.devices.v1.MsgBondDeviceResponse.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.MsgBondDeviceResponse
                 * @static
                 * @param {pogcs.devices.v1.IMsgBondDeviceResponse} m MsgBondDeviceResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgBondDeviceResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return w;
                };

                /**
                 * Decodes a MsgBondDeviceResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.MsgBondDeviceResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.MsgBondDeviceResponse} MsgBondDeviceResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgBondDeviceResponse.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.MsgBondDeviceResponse();
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
                 * Creates a MsgBondDeviceResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.MsgBondDeviceResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.MsgBondDeviceResponse} MsgBondDeviceResponse
                 */
                MsgBondDeviceResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.MsgBondDeviceResponse)
                        return d;
                    return new $root.pogcs.devices.v1.MsgBondDeviceResponse();
                };

                /**
                 * Creates a plain object from a MsgBondDeviceResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.MsgBondDeviceResponse
                 * @static
                 * @param {pogcs.devices.v1.MsgBondDeviceResponse} m MsgBondDeviceResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgBondDeviceResponse.toObject = function toObject() {
                    return {};
                };

                /**
                 * Converts this MsgBondDeviceResponse to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.MsgBondDeviceResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgBondDeviceResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for MsgBondDeviceResponse
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.MsgBondDeviceResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgBondDeviceResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.MsgBondDeviceResponse";
                };

                return MsgBondDeviceResponse;
            })();

            v1.MsgUnbondDevice = (function() {

                /**
                 * Properties of a MsgUnbondDevice.
                 * @memberof pogcs.devices.v1
                 * @interface IMsgUnbondDevice
                 * @property {string|null} [owner] MsgUnbondDevice owner
                 * @property {Long|null} [deviceId] MsgUnbondDevice deviceId
                 * @property {string|null} [amount] MsgUnbondDevice amount
                 */

                /**
                 * Constructs a new MsgUnbondDevice.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a MsgUnbondDevice.
                 * @implements IMsgUnbondDevice
                 * @constructor
                 * @param {pogcs.devices.v1.IMsgUnbondDevice=} [p] Properties to set
                 */
                function MsgUnbondDevice(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * MsgUnbondDevice owner.
                 * @member {string} owner
                 * @memberof pogcs.devices.v1.MsgUnbondDevice
                 * @instance
                 */
                MsgUnbondDevice.prototype.owner = "";

                /**
                 * MsgUnbondDevice deviceId.
                 * @member {Long} deviceId
                 * @memberof pogcs.devices.v1.MsgUnbondDevice
                 * @instance
                 */
                MsgUnbondDevice.prototype.deviceId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgUnbondDevice amount.
                 * @member {string} amount
                 * @memberof pogcs.devices.v1.MsgUnbondDevice
                 * @instance
                 */
                MsgUnbondDevice.prototype.amount = "";

                /**
                 * Creates a new MsgUnbondDevice instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.MsgUnbondDevice
                 * @static
                 * @param {pogcs.devices.v1.IMsgUnbondDevice=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.MsgUnbondDevice} MsgUnbondDevice instance
                 */
                MsgUnbondDevice.create = function create(properties) {
                    return new MsgUnbondDevice(properties);
                };

                /**
                 * Encodes the specified MsgUnbondDevice message. Does not implicitly {@link pogcs.devices.v1.MsgUnbondDevice.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.MsgUnbondDevice
                 * @static
                 * @param {pogcs.devices.v1.IMsgUnbondDevice} m MsgUnbondDevice message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgUnbondDevice.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.owner != null && Object.hasOwnProperty.call(m, "owner"))
                        w.uint32(10).string(m.owner);
                    if (m.deviceId != null && Object.hasOwnProperty.call(m, "deviceId"))
                        w.uint32(16).uint64(m.deviceId);
                    if (m.amount != null && Object.hasOwnProperty.call(m, "amount"))
                        w.uint32(26).string(m.amount);
                    return w;
                };

                /**
                 * Decodes a MsgUnbondDevice message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.MsgUnbondDevice
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.MsgUnbondDevice} MsgUnbondDevice
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgUnbondDevice.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.MsgUnbondDevice();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.owner = r.string();
                                break;
                            }
                        case 2: {
                                m.deviceId = r.uint64();
                                break;
                            }
                        case 3: {
                                m.amount = r.string();
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
                 * Creates a MsgUnbondDevice message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.MsgUnbondDevice
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.MsgUnbondDevice} MsgUnbondDevice
                 */
                MsgUnbondDevice.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.MsgUnbondDevice)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.MsgUnbondDevice: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.MsgUnbondDevice();
                    if (d.owner != null) {
                        m.owner = String(d.owner);
                    }
                    if (d.deviceId != null) {
                        if ($util.Long)
                            m.deviceId = $util.Long.fromValue(d.deviceId, true);
                        else if (typeof d.deviceId === "string")
                            m.deviceId = parseInt(d.deviceId, 10);
                        else if (typeof d.deviceId === "number")
                            m.deviceId = d.deviceId;
                        else if (typeof d.deviceId === "object")
                            m.deviceId = new $util.LongBits(d.deviceId.low >>> 0, d.deviceId.high >>> 0).toNumber(true);
                    }
                    if (d.amount != null) {
                        m.amount = String(d.amount);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a MsgUnbondDevice message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.MsgUnbondDevice
                 * @static
                 * @param {pogcs.devices.v1.MsgUnbondDevice} m MsgUnbondDevice
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgUnbondDevice.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.owner = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.deviceId = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.deviceId = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.amount = "";
                    }
                    if (m.owner != null && Object.hasOwnProperty.call(m, "owner")) {
                        d.owner = m.owner;
                    }
                    if (m.deviceId != null && Object.hasOwnProperty.call(m, "deviceId")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.deviceId = typeof m.deviceId === "number" ? BigInt(m.deviceId) : $util.Long.fromBits(m.deviceId.low >>> 0, m.deviceId.high >>> 0, true).toBigInt();
                        else if (typeof m.deviceId === "number")
                            d.deviceId = o.longs === String ? String(m.deviceId) : m.deviceId;
                        else
                            d.deviceId = o.longs === String ? $util.Long.prototype.toString.call(m.deviceId) : o.longs === Number ? new $util.LongBits(m.deviceId.low >>> 0, m.deviceId.high >>> 0).toNumber(true) : m.deviceId;
                    }
                    if (m.amount != null && Object.hasOwnProperty.call(m, "amount")) {
                        d.amount = m.amount;
                    }
                    return d;
                };

                /**
                 * Converts this MsgUnbondDevice to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.MsgUnbondDevice
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgUnbondDevice.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for MsgUnbondDevice
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.MsgUnbondDevice
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgUnbondDevice.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.MsgUnbondDevice";
                };

                return MsgUnbondDevice;
            })();

            v1.MsgUnbondDeviceResponse = (function() {

                /**
                 * Properties of a MsgUnbondDeviceResponse.
                 * @memberof pogcs.devices.v1
                 * @interface IMsgUnbondDeviceResponse
                 * @property {Long|null} [completionHeight] MsgUnbondDeviceResponse completionHeight
                 */

                /**
                 * Constructs a new MsgUnbondDeviceResponse.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a MsgUnbondDeviceResponse.
                 * @implements IMsgUnbondDeviceResponse
                 * @constructor
                 * @param {pogcs.devices.v1.IMsgUnbondDeviceResponse=} [p] Properties to set
                 */
                function MsgUnbondDeviceResponse(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * MsgUnbondDeviceResponse completionHeight.
                 * @member {Long} completionHeight
                 * @memberof pogcs.devices.v1.MsgUnbondDeviceResponse
                 * @instance
                 */
                MsgUnbondDeviceResponse.prototype.completionHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new MsgUnbondDeviceResponse instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.MsgUnbondDeviceResponse
                 * @static
                 * @param {pogcs.devices.v1.IMsgUnbondDeviceResponse=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.MsgUnbondDeviceResponse} MsgUnbondDeviceResponse instance
                 */
                MsgUnbondDeviceResponse.create = function create(properties) {
                    return new MsgUnbondDeviceResponse(properties);
                };

                /**
                 * Encodes the specified MsgUnbondDeviceResponse message. Does not implicitly {@link pogcs.devices.v1.MsgUnbondDeviceResponse.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.MsgUnbondDeviceResponse
                 * @static
                 * @param {pogcs.devices.v1.IMsgUnbondDeviceResponse} m MsgUnbondDeviceResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgUnbondDeviceResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.completionHeight != null && Object.hasOwnProperty.call(m, "completionHeight"))
                        w.uint32(8).uint64(m.completionHeight);
                    return w;
                };

                /**
                 * Decodes a MsgUnbondDeviceResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.MsgUnbondDeviceResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.MsgUnbondDeviceResponse} MsgUnbondDeviceResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgUnbondDeviceResponse.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.MsgUnbondDeviceResponse();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.completionHeight = r.uint64();
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
                 * Creates a MsgUnbondDeviceResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.MsgUnbondDeviceResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.MsgUnbondDeviceResponse} MsgUnbondDeviceResponse
                 */
                MsgUnbondDeviceResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.MsgUnbondDeviceResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.MsgUnbondDeviceResponse: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.MsgUnbondDeviceResponse();
                    if (d.completionHeight != null) {
                        if ($util.Long)
                            m.completionHeight = $util.Long.fromValue(d.completionHeight, true);
                        else if (typeof d.completionHeight === "string")
                            m.completionHeight = parseInt(d.completionHeight, 10);
                        else if (typeof d.completionHeight === "number")
                            m.completionHeight = d.completionHeight;
                        else if (typeof d.completionHeight === "object")
                            m.completionHeight = new $util.LongBits(d.completionHeight.low >>> 0, d.completionHeight.high >>> 0).toNumber(true);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a MsgUnbondDeviceResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.MsgUnbondDeviceResponse
                 * @static
                 * @param {pogcs.devices.v1.MsgUnbondDeviceResponse} m MsgUnbondDeviceResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgUnbondDeviceResponse.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.completionHeight = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.completionHeight = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                    }
                    if (m.completionHeight != null && Object.hasOwnProperty.call(m, "completionHeight")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.completionHeight = typeof m.completionHeight === "number" ? BigInt(m.completionHeight) : $util.Long.fromBits(m.completionHeight.low >>> 0, m.completionHeight.high >>> 0, true).toBigInt();
                        else if (typeof m.completionHeight === "number")
                            d.completionHeight = o.longs === String ? String(m.completionHeight) : m.completionHeight;
                        else
                            d.completionHeight = o.longs === String ? $util.Long.prototype.toString.call(m.completionHeight) : o.longs === Number ? new $util.LongBits(m.completionHeight.low >>> 0, m.completionHeight.high >>> 0).toNumber(true) : m.completionHeight;
                    }
                    return d;
                };

                /**
                 * Converts this MsgUnbondDeviceResponse to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.MsgUnbondDeviceResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgUnbondDeviceResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for MsgUnbondDeviceResponse
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.MsgUnbondDeviceResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgUnbondDeviceResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.MsgUnbondDeviceResponse";
                };

                return MsgUnbondDeviceResponse;
            })();

            v1.MsgSubmitReport = (function() {

                /**
                 * Properties of a MsgSubmitReport.
                 * @memberof pogcs.devices.v1
                 * @interface IMsgSubmitReport
                 * @property {string|null} [sender] MsgSubmitReport sender
                 * @property {Uint8Array|null} [body] MsgSubmitReport body
                 * @property {Uint8Array|null} [signature] MsgSubmitReport signature
                 */

                /**
                 * Constructs a new MsgSubmitReport.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a MsgSubmitReport.
                 * @implements IMsgSubmitReport
                 * @constructor
                 * @param {pogcs.devices.v1.IMsgSubmitReport=} [p] Properties to set
                 */
                function MsgSubmitReport(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * MsgSubmitReport sender.
                 * @member {string} sender
                 * @memberof pogcs.devices.v1.MsgSubmitReport
                 * @instance
                 */
                MsgSubmitReport.prototype.sender = "";

                /**
                 * MsgSubmitReport body.
                 * @member {Uint8Array} body
                 * @memberof pogcs.devices.v1.MsgSubmitReport
                 * @instance
                 */
                MsgSubmitReport.prototype.body = $util.newBuffer([]);

                /**
                 * MsgSubmitReport signature.
                 * @member {Uint8Array} signature
                 * @memberof pogcs.devices.v1.MsgSubmitReport
                 * @instance
                 */
                MsgSubmitReport.prototype.signature = $util.newBuffer([]);

                /**
                 * Creates a new MsgSubmitReport instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.MsgSubmitReport
                 * @static
                 * @param {pogcs.devices.v1.IMsgSubmitReport=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.MsgSubmitReport} MsgSubmitReport instance
                 */
                MsgSubmitReport.create = function create(properties) {
                    return new MsgSubmitReport(properties);
                };

                /**
                 * Encodes the specified MsgSubmitReport message. Does not implicitly {@link pogcs.devices.v1.MsgSubmitReport.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.MsgSubmitReport
                 * @static
                 * @param {pogcs.devices.v1.IMsgSubmitReport} m MsgSubmitReport message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSubmitReport.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.sender != null && Object.hasOwnProperty.call(m, "sender"))
                        w.uint32(10).string(m.sender);
                    if (m.body != null && Object.hasOwnProperty.call(m, "body"))
                        w.uint32(18).bytes(m.body);
                    if (m.signature != null && Object.hasOwnProperty.call(m, "signature"))
                        w.uint32(26).bytes(m.signature);
                    return w;
                };

                /**
                 * Decodes a MsgSubmitReport message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.MsgSubmitReport
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.MsgSubmitReport} MsgSubmitReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSubmitReport.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.MsgSubmitReport();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.sender = r.string();
                                break;
                            }
                        case 2: {
                                m.body = r.bytes();
                                break;
                            }
                        case 3: {
                                m.signature = r.bytes();
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
                 * Creates a MsgSubmitReport message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.MsgSubmitReport
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.MsgSubmitReport} MsgSubmitReport
                 */
                MsgSubmitReport.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.MsgSubmitReport)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.MsgSubmitReport: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.MsgSubmitReport();
                    if (d.sender != null) {
                        m.sender = String(d.sender);
                    }
                    if (d.body != null) {
                        if (typeof d.body === "string")
                            $util.base64.decode(d.body, m.body = $util.newBuffer($util.base64.length(d.body)), 0);
                        else if (d.body.length >= 0)
                            m.body = d.body;
                    }
                    if (d.signature != null) {
                        if (typeof d.signature === "string")
                            $util.base64.decode(d.signature, m.signature = $util.newBuffer($util.base64.length(d.signature)), 0);
                        else if (d.signature.length >= 0)
                            m.signature = d.signature;
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a MsgSubmitReport message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.MsgSubmitReport
                 * @static
                 * @param {pogcs.devices.v1.MsgSubmitReport} m MsgSubmitReport
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSubmitReport.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.sender = "";
                        if (o.bytes === String)
                            d.body = "";
                        else {
                            d.body = [];
                            if (o.bytes !== Array)
                                d.body = $util.newBuffer(d.body);
                        }
                        if (o.bytes === String)
                            d.signature = "";
                        else {
                            d.signature = [];
                            if (o.bytes !== Array)
                                d.signature = $util.newBuffer(d.signature);
                        }
                    }
                    if (m.sender != null && Object.hasOwnProperty.call(m, "sender")) {
                        d.sender = m.sender;
                    }
                    if (m.body != null && Object.hasOwnProperty.call(m, "body")) {
                        d.body = o.bytes === String ? $util.base64.encode(m.body, 0, m.body.length) : o.bytes === Array ? Array.prototype.slice.call(m.body) : m.body;
                    }
                    if (m.signature != null && Object.hasOwnProperty.call(m, "signature")) {
                        d.signature = o.bytes === String ? $util.base64.encode(m.signature, 0, m.signature.length) : o.bytes === Array ? Array.prototype.slice.call(m.signature) : m.signature;
                    }
                    return d;
                };

                /**
                 * Converts this MsgSubmitReport to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.MsgSubmitReport
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSubmitReport.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for MsgSubmitReport
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.MsgSubmitReport
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgSubmitReport.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.MsgSubmitReport";
                };

                return MsgSubmitReport;
            })();

            v1.MsgSubmitReportResponse = (function() {

                /**
                 * Properties of a MsgSubmitReportResponse.
                 * @memberof pogcs.devices.v1
                 * @interface IMsgSubmitReportResponse
                 */

                /**
                 * Constructs a new MsgSubmitReportResponse.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a MsgSubmitReportResponse.
                 * @implements IMsgSubmitReportResponse
                 * @constructor
                 * @param {pogcs.devices.v1.IMsgSubmitReportResponse=} [p] Properties to set
                 */
                function MsgSubmitReportResponse(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * Creates a new MsgSubmitReportResponse instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.MsgSubmitReportResponse
                 * @static
                 * @param {pogcs.devices.v1.IMsgSubmitReportResponse=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.MsgSubmitReportResponse} MsgSubmitReportResponse instance
                 */
                MsgSubmitReportResponse.create = function create(properties) {
                    return new MsgSubmitReportResponse(properties);
                };

                /**
                 * Encodes the specified MsgSubmitReportResponse message. Does not implicitly {@link pogcs.devices.v1.MsgSubmitReportResponse.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.MsgSubmitReportResponse
                 * @static
                 * @param {pogcs.devices.v1.IMsgSubmitReportResponse} m MsgSubmitReportResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSubmitReportResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return w;
                };

                /**
                 * Decodes a MsgSubmitReportResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.MsgSubmitReportResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.MsgSubmitReportResponse} MsgSubmitReportResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSubmitReportResponse.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.MsgSubmitReportResponse();
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
                 * Creates a MsgSubmitReportResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.MsgSubmitReportResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.MsgSubmitReportResponse} MsgSubmitReportResponse
                 */
                MsgSubmitReportResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.MsgSubmitReportResponse)
                        return d;
                    return new $root.pogcs.devices.v1.MsgSubmitReportResponse();
                };

                /**
                 * Creates a plain object from a MsgSubmitReportResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.MsgSubmitReportResponse
                 * @static
                 * @param {pogcs.devices.v1.MsgSubmitReportResponse} m MsgSubmitReportResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSubmitReportResponse.toObject = function toObject() {
                    return {};
                };

                /**
                 * Converts this MsgSubmitReportResponse to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.MsgSubmitReportResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSubmitReportResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for MsgSubmitReportResponse
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.MsgSubmitReportResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgSubmitReportResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.MsgSubmitReportResponse";
                };

                return MsgSubmitReportResponse;
            })();

            v1.MsgReportDoubleReport = (function() {

                /**
                 * Properties of a MsgReportDoubleReport.
                 * @memberof pogcs.devices.v1
                 * @interface IMsgReportDoubleReport
                 * @property {string|null} [sender] MsgReportDoubleReport sender
                 * @property {Uint8Array|null} [bodyA] MsgReportDoubleReport bodyA
                 * @property {Uint8Array|null} [signatureA] MsgReportDoubleReport signatureA
                 * @property {Uint8Array|null} [bodyB] MsgReportDoubleReport bodyB
                 * @property {Uint8Array|null} [signatureB] MsgReportDoubleReport signatureB
                 */

                /**
                 * Constructs a new MsgReportDoubleReport.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a MsgReportDoubleReport.
                 * @implements IMsgReportDoubleReport
                 * @constructor
                 * @param {pogcs.devices.v1.IMsgReportDoubleReport=} [p] Properties to set
                 */
                function MsgReportDoubleReport(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * MsgReportDoubleReport sender.
                 * @member {string} sender
                 * @memberof pogcs.devices.v1.MsgReportDoubleReport
                 * @instance
                 */
                MsgReportDoubleReport.prototype.sender = "";

                /**
                 * MsgReportDoubleReport bodyA.
                 * @member {Uint8Array} bodyA
                 * @memberof pogcs.devices.v1.MsgReportDoubleReport
                 * @instance
                 */
                MsgReportDoubleReport.prototype.bodyA = $util.newBuffer([]);

                /**
                 * MsgReportDoubleReport signatureA.
                 * @member {Uint8Array} signatureA
                 * @memberof pogcs.devices.v1.MsgReportDoubleReport
                 * @instance
                 */
                MsgReportDoubleReport.prototype.signatureA = $util.newBuffer([]);

                /**
                 * MsgReportDoubleReport bodyB.
                 * @member {Uint8Array} bodyB
                 * @memberof pogcs.devices.v1.MsgReportDoubleReport
                 * @instance
                 */
                MsgReportDoubleReport.prototype.bodyB = $util.newBuffer([]);

                /**
                 * MsgReportDoubleReport signatureB.
                 * @member {Uint8Array} signatureB
                 * @memberof pogcs.devices.v1.MsgReportDoubleReport
                 * @instance
                 */
                MsgReportDoubleReport.prototype.signatureB = $util.newBuffer([]);

                /**
                 * Creates a new MsgReportDoubleReport instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.MsgReportDoubleReport
                 * @static
                 * @param {pogcs.devices.v1.IMsgReportDoubleReport=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.MsgReportDoubleReport} MsgReportDoubleReport instance
                 */
                MsgReportDoubleReport.create = function create(properties) {
                    return new MsgReportDoubleReport(properties);
                };

                /**
                 * Encodes the specified MsgReportDoubleReport message. Does not implicitly {@link pogcs.devices.v1.MsgReportDoubleReport.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.MsgReportDoubleReport
                 * @static
                 * @param {pogcs.devices.v1.IMsgReportDoubleReport} m MsgReportDoubleReport message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgReportDoubleReport.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.sender != null && Object.hasOwnProperty.call(m, "sender"))
                        w.uint32(10).string(m.sender);
                    if (m.bodyA != null && Object.hasOwnProperty.call(m, "bodyA"))
                        w.uint32(18).bytes(m.bodyA);
                    if (m.signatureA != null && Object.hasOwnProperty.call(m, "signatureA"))
                        w.uint32(26).bytes(m.signatureA);
                    if (m.bodyB != null && Object.hasOwnProperty.call(m, "bodyB"))
                        w.uint32(34).bytes(m.bodyB);
                    if (m.signatureB != null && Object.hasOwnProperty.call(m, "signatureB"))
                        w.uint32(42).bytes(m.signatureB);
                    return w;
                };

                /**
                 * Decodes a MsgReportDoubleReport message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.MsgReportDoubleReport
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.MsgReportDoubleReport} MsgReportDoubleReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgReportDoubleReport.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.MsgReportDoubleReport();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.sender = r.string();
                                break;
                            }
                        case 2: {
                                m.bodyA = r.bytes();
                                break;
                            }
                        case 3: {
                                m.signatureA = r.bytes();
                                break;
                            }
                        case 4: {
                                m.bodyB = r.bytes();
                                break;
                            }
                        case 5: {
                                m.signatureB = r.bytes();
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
                 * Creates a MsgReportDoubleReport message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.MsgReportDoubleReport
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.MsgReportDoubleReport} MsgReportDoubleReport
                 */
                MsgReportDoubleReport.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.MsgReportDoubleReport)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.MsgReportDoubleReport: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.MsgReportDoubleReport();
                    if (d.sender != null) {
                        m.sender = String(d.sender);
                    }
                    if (d.bodyA != null) {
                        if (typeof d.bodyA === "string")
                            $util.base64.decode(d.bodyA, m.bodyA = $util.newBuffer($util.base64.length(d.bodyA)), 0);
                        else if (d.bodyA.length >= 0)
                            m.bodyA = d.bodyA;
                    }
                    if (d.signatureA != null) {
                        if (typeof d.signatureA === "string")
                            $util.base64.decode(d.signatureA, m.signatureA = $util.newBuffer($util.base64.length(d.signatureA)), 0);
                        else if (d.signatureA.length >= 0)
                            m.signatureA = d.signatureA;
                    }
                    if (d.bodyB != null) {
                        if (typeof d.bodyB === "string")
                            $util.base64.decode(d.bodyB, m.bodyB = $util.newBuffer($util.base64.length(d.bodyB)), 0);
                        else if (d.bodyB.length >= 0)
                            m.bodyB = d.bodyB;
                    }
                    if (d.signatureB != null) {
                        if (typeof d.signatureB === "string")
                            $util.base64.decode(d.signatureB, m.signatureB = $util.newBuffer($util.base64.length(d.signatureB)), 0);
                        else if (d.signatureB.length >= 0)
                            m.signatureB = d.signatureB;
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a MsgReportDoubleReport message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.MsgReportDoubleReport
                 * @static
                 * @param {pogcs.devices.v1.MsgReportDoubleReport} m MsgReportDoubleReport
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgReportDoubleReport.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.sender = "";
                        if (o.bytes === String)
                            d.bodyA = "";
                        else {
                            d.bodyA = [];
                            if (o.bytes !== Array)
                                d.bodyA = $util.newBuffer(d.bodyA);
                        }
                        if (o.bytes === String)
                            d.signatureA = "";
                        else {
                            d.signatureA = [];
                            if (o.bytes !== Array)
                                d.signatureA = $util.newBuffer(d.signatureA);
                        }
                        if (o.bytes === String)
                            d.bodyB = "";
                        else {
                            d.bodyB = [];
                            if (o.bytes !== Array)
                                d.bodyB = $util.newBuffer(d.bodyB);
                        }
                        if (o.bytes === String)
                            d.signatureB = "";
                        else {
                            d.signatureB = [];
                            if (o.bytes !== Array)
                                d.signatureB = $util.newBuffer(d.signatureB);
                        }
                    }
                    if (m.sender != null && Object.hasOwnProperty.call(m, "sender")) {
                        d.sender = m.sender;
                    }
                    if (m.bodyA != null && Object.hasOwnProperty.call(m, "bodyA")) {
                        d.bodyA = o.bytes === String ? $util.base64.encode(m.bodyA, 0, m.bodyA.length) : o.bytes === Array ? Array.prototype.slice.call(m.bodyA) : m.bodyA;
                    }
                    if (m.signatureA != null && Object.hasOwnProperty.call(m, "signatureA")) {
                        d.signatureA = o.bytes === String ? $util.base64.encode(m.signatureA, 0, m.signatureA.length) : o.bytes === Array ? Array.prototype.slice.call(m.signatureA) : m.signatureA;
                    }
                    if (m.bodyB != null && Object.hasOwnProperty.call(m, "bodyB")) {
                        d.bodyB = o.bytes === String ? $util.base64.encode(m.bodyB, 0, m.bodyB.length) : o.bytes === Array ? Array.prototype.slice.call(m.bodyB) : m.bodyB;
                    }
                    if (m.signatureB != null && Object.hasOwnProperty.call(m, "signatureB")) {
                        d.signatureB = o.bytes === String ? $util.base64.encode(m.signatureB, 0, m.signatureB.length) : o.bytes === Array ? Array.prototype.slice.call(m.signatureB) : m.signatureB;
                    }
                    return d;
                };

                /**
                 * Converts this MsgReportDoubleReport to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.MsgReportDoubleReport
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgReportDoubleReport.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for MsgReportDoubleReport
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.MsgReportDoubleReport
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgReportDoubleReport.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.MsgReportDoubleReport";
                };

                return MsgReportDoubleReport;
            })();

            v1.MsgReportDoubleReportResponse = (function() {

                /**
                 * Properties of a MsgReportDoubleReportResponse.
                 * @memberof pogcs.devices.v1
                 * @interface IMsgReportDoubleReportResponse
                 * @property {string|null} [slashed] MsgReportDoubleReportResponse slashed
                 * @property {string|null} [reward] MsgReportDoubleReportResponse reward
                 */

                /**
                 * Constructs a new MsgReportDoubleReportResponse.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a MsgReportDoubleReportResponse.
                 * @implements IMsgReportDoubleReportResponse
                 * @constructor
                 * @param {pogcs.devices.v1.IMsgReportDoubleReportResponse=} [p] Properties to set
                 */
                function MsgReportDoubleReportResponse(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * MsgReportDoubleReportResponse slashed.
                 * @member {string} slashed
                 * @memberof pogcs.devices.v1.MsgReportDoubleReportResponse
                 * @instance
                 */
                MsgReportDoubleReportResponse.prototype.slashed = "";

                /**
                 * MsgReportDoubleReportResponse reward.
                 * @member {string} reward
                 * @memberof pogcs.devices.v1.MsgReportDoubleReportResponse
                 * @instance
                 */
                MsgReportDoubleReportResponse.prototype.reward = "";

                /**
                 * Creates a new MsgReportDoubleReportResponse instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.MsgReportDoubleReportResponse
                 * @static
                 * @param {pogcs.devices.v1.IMsgReportDoubleReportResponse=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.MsgReportDoubleReportResponse} MsgReportDoubleReportResponse instance
                 */
                MsgReportDoubleReportResponse.create = function create(properties) {
                    return new MsgReportDoubleReportResponse(properties);
                };

                /**
                 * Encodes the specified MsgReportDoubleReportResponse message. Does not implicitly {@link pogcs.devices.v1.MsgReportDoubleReportResponse.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.MsgReportDoubleReportResponse
                 * @static
                 * @param {pogcs.devices.v1.IMsgReportDoubleReportResponse} m MsgReportDoubleReportResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgReportDoubleReportResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.slashed != null && Object.hasOwnProperty.call(m, "slashed"))
                        w.uint32(10).string(m.slashed);
                    if (m.reward != null && Object.hasOwnProperty.call(m, "reward"))
                        w.uint32(18).string(m.reward);
                    return w;
                };

                /**
                 * Decodes a MsgReportDoubleReportResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.MsgReportDoubleReportResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.MsgReportDoubleReportResponse} MsgReportDoubleReportResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgReportDoubleReportResponse.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.MsgReportDoubleReportResponse();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.slashed = r.string();
                                break;
                            }
                        case 2: {
                                m.reward = r.string();
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
                 * Creates a MsgReportDoubleReportResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.MsgReportDoubleReportResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.MsgReportDoubleReportResponse} MsgReportDoubleReportResponse
                 */
                MsgReportDoubleReportResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.MsgReportDoubleReportResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.MsgReportDoubleReportResponse: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.MsgReportDoubleReportResponse();
                    if (d.slashed != null) {
                        m.slashed = String(d.slashed);
                    }
                    if (d.reward != null) {
                        m.reward = String(d.reward);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a MsgReportDoubleReportResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.MsgReportDoubleReportResponse
                 * @static
                 * @param {pogcs.devices.v1.MsgReportDoubleReportResponse} m MsgReportDoubleReportResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgReportDoubleReportResponse.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.slashed = "";
                        d.reward = "";
                    }
                    if (m.slashed != null && Object.hasOwnProperty.call(m, "slashed")) {
                        d.slashed = m.slashed;
                    }
                    if (m.reward != null && Object.hasOwnProperty.call(m, "reward")) {
                        d.reward = m.reward;
                    }
                    return d;
                };

                /**
                 * Converts this MsgReportDoubleReportResponse to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.MsgReportDoubleReportResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgReportDoubleReportResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for MsgReportDoubleReportResponse
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.MsgReportDoubleReportResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgReportDoubleReportResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.MsgReportDoubleReportResponse";
                };

                return MsgReportDoubleReportResponse;
            })();

            v1.MsgChallengeCommit = (function() {

                /**
                 * Properties of a MsgChallengeCommit.
                 * @memberof pogcs.devices.v1
                 * @interface IMsgChallengeCommit
                 * @property {string|null} [sender] MsgChallengeCommit sender
                 * @property {Long|null} [deviceId] MsgChallengeCommit deviceId
                 * @property {Long|null} [epoch] MsgChallengeCommit epoch
                 * @property {Uint8Array|null} [root] MsgChallengeCommit root
                 * @property {Uint8Array|null} [signature] MsgChallengeCommit signature
                 */

                /**
                 * Constructs a new MsgChallengeCommit.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a MsgChallengeCommit.
                 * @implements IMsgChallengeCommit
                 * @constructor
                 * @param {pogcs.devices.v1.IMsgChallengeCommit=} [p] Properties to set
                 */
                function MsgChallengeCommit(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * MsgChallengeCommit sender.
                 * @member {string} sender
                 * @memberof pogcs.devices.v1.MsgChallengeCommit
                 * @instance
                 */
                MsgChallengeCommit.prototype.sender = "";

                /**
                 * MsgChallengeCommit deviceId.
                 * @member {Long} deviceId
                 * @memberof pogcs.devices.v1.MsgChallengeCommit
                 * @instance
                 */
                MsgChallengeCommit.prototype.deviceId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgChallengeCommit epoch.
                 * @member {Long} epoch
                 * @memberof pogcs.devices.v1.MsgChallengeCommit
                 * @instance
                 */
                MsgChallengeCommit.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgChallengeCommit root.
                 * @member {Uint8Array} root
                 * @memberof pogcs.devices.v1.MsgChallengeCommit
                 * @instance
                 */
                MsgChallengeCommit.prototype.root = $util.newBuffer([]);

                /**
                 * MsgChallengeCommit signature.
                 * @member {Uint8Array} signature
                 * @memberof pogcs.devices.v1.MsgChallengeCommit
                 * @instance
                 */
                MsgChallengeCommit.prototype.signature = $util.newBuffer([]);

                /**
                 * Creates a new MsgChallengeCommit instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.MsgChallengeCommit
                 * @static
                 * @param {pogcs.devices.v1.IMsgChallengeCommit=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.MsgChallengeCommit} MsgChallengeCommit instance
                 */
                MsgChallengeCommit.create = function create(properties) {
                    return new MsgChallengeCommit(properties);
                };

                /**
                 * Encodes the specified MsgChallengeCommit message. Does not implicitly {@link pogcs.devices.v1.MsgChallengeCommit.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.MsgChallengeCommit
                 * @static
                 * @param {pogcs.devices.v1.IMsgChallengeCommit} m MsgChallengeCommit message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgChallengeCommit.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.sender != null && Object.hasOwnProperty.call(m, "sender"))
                        w.uint32(10).string(m.sender);
                    if (m.deviceId != null && Object.hasOwnProperty.call(m, "deviceId"))
                        w.uint32(16).uint64(m.deviceId);
                    if (m.epoch != null && Object.hasOwnProperty.call(m, "epoch"))
                        w.uint32(24).uint64(m.epoch);
                    if (m.root != null && Object.hasOwnProperty.call(m, "root"))
                        w.uint32(34).bytes(m.root);
                    if (m.signature != null && Object.hasOwnProperty.call(m, "signature"))
                        w.uint32(42).bytes(m.signature);
                    return w;
                };

                /**
                 * Decodes a MsgChallengeCommit message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.MsgChallengeCommit
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.MsgChallengeCommit} MsgChallengeCommit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgChallengeCommit.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.MsgChallengeCommit();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.sender = r.string();
                                break;
                            }
                        case 2: {
                                m.deviceId = r.uint64();
                                break;
                            }
                        case 3: {
                                m.epoch = r.uint64();
                                break;
                            }
                        case 4: {
                                m.root = r.bytes();
                                break;
                            }
                        case 5: {
                                m.signature = r.bytes();
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
                 * Creates a MsgChallengeCommit message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.MsgChallengeCommit
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.MsgChallengeCommit} MsgChallengeCommit
                 */
                MsgChallengeCommit.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.MsgChallengeCommit)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.MsgChallengeCommit: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.MsgChallengeCommit();
                    if (d.sender != null) {
                        m.sender = String(d.sender);
                    }
                    if (d.deviceId != null) {
                        if ($util.Long)
                            m.deviceId = $util.Long.fromValue(d.deviceId, true);
                        else if (typeof d.deviceId === "string")
                            m.deviceId = parseInt(d.deviceId, 10);
                        else if (typeof d.deviceId === "number")
                            m.deviceId = d.deviceId;
                        else if (typeof d.deviceId === "object")
                            m.deviceId = new $util.LongBits(d.deviceId.low >>> 0, d.deviceId.high >>> 0).toNumber(true);
                    }
                    if (d.epoch != null) {
                        if ($util.Long)
                            m.epoch = $util.Long.fromValue(d.epoch, true);
                        else if (typeof d.epoch === "string")
                            m.epoch = parseInt(d.epoch, 10);
                        else if (typeof d.epoch === "number")
                            m.epoch = d.epoch;
                        else if (typeof d.epoch === "object")
                            m.epoch = new $util.LongBits(d.epoch.low >>> 0, d.epoch.high >>> 0).toNumber(true);
                    }
                    if (d.root != null) {
                        if (typeof d.root === "string")
                            $util.base64.decode(d.root, m.root = $util.newBuffer($util.base64.length(d.root)), 0);
                        else if (d.root.length >= 0)
                            m.root = d.root;
                    }
                    if (d.signature != null) {
                        if (typeof d.signature === "string")
                            $util.base64.decode(d.signature, m.signature = $util.newBuffer($util.base64.length(d.signature)), 0);
                        else if (d.signature.length >= 0)
                            m.signature = d.signature;
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a MsgChallengeCommit message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.MsgChallengeCommit
                 * @static
                 * @param {pogcs.devices.v1.MsgChallengeCommit} m MsgChallengeCommit
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgChallengeCommit.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.sender = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.deviceId = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.deviceId = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.epoch = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.epoch = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        if (o.bytes === String)
                            d.root = "";
                        else {
                            d.root = [];
                            if (o.bytes !== Array)
                                d.root = $util.newBuffer(d.root);
                        }
                        if (o.bytes === String)
                            d.signature = "";
                        else {
                            d.signature = [];
                            if (o.bytes !== Array)
                                d.signature = $util.newBuffer(d.signature);
                        }
                    }
                    if (m.sender != null && Object.hasOwnProperty.call(m, "sender")) {
                        d.sender = m.sender;
                    }
                    if (m.deviceId != null && Object.hasOwnProperty.call(m, "deviceId")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.deviceId = typeof m.deviceId === "number" ? BigInt(m.deviceId) : $util.Long.fromBits(m.deviceId.low >>> 0, m.deviceId.high >>> 0, true).toBigInt();
                        else if (typeof m.deviceId === "number")
                            d.deviceId = o.longs === String ? String(m.deviceId) : m.deviceId;
                        else
                            d.deviceId = o.longs === String ? $util.Long.prototype.toString.call(m.deviceId) : o.longs === Number ? new $util.LongBits(m.deviceId.low >>> 0, m.deviceId.high >>> 0).toNumber(true) : m.deviceId;
                    }
                    if (m.epoch != null && Object.hasOwnProperty.call(m, "epoch")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.epoch = typeof m.epoch === "number" ? BigInt(m.epoch) : $util.Long.fromBits(m.epoch.low >>> 0, m.epoch.high >>> 0, true).toBigInt();
                        else if (typeof m.epoch === "number")
                            d.epoch = o.longs === String ? String(m.epoch) : m.epoch;
                        else
                            d.epoch = o.longs === String ? $util.Long.prototype.toString.call(m.epoch) : o.longs === Number ? new $util.LongBits(m.epoch.low >>> 0, m.epoch.high >>> 0).toNumber(true) : m.epoch;
                    }
                    if (m.root != null && Object.hasOwnProperty.call(m, "root")) {
                        d.root = o.bytes === String ? $util.base64.encode(m.root, 0, m.root.length) : o.bytes === Array ? Array.prototype.slice.call(m.root) : m.root;
                    }
                    if (m.signature != null && Object.hasOwnProperty.call(m, "signature")) {
                        d.signature = o.bytes === String ? $util.base64.encode(m.signature, 0, m.signature.length) : o.bytes === Array ? Array.prototype.slice.call(m.signature) : m.signature;
                    }
                    return d;
                };

                /**
                 * Converts this MsgChallengeCommit to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.MsgChallengeCommit
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgChallengeCommit.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for MsgChallengeCommit
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.MsgChallengeCommit
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgChallengeCommit.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.MsgChallengeCommit";
                };

                return MsgChallengeCommit;
            })();

            v1.MsgChallengeCommitResponse = (function() {

                /**
                 * Properties of a MsgChallengeCommitResponse.
                 * @memberof pogcs.devices.v1
                 * @interface IMsgChallengeCommitResponse
                 */

                /**
                 * Constructs a new MsgChallengeCommitResponse.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a MsgChallengeCommitResponse.
                 * @implements IMsgChallengeCommitResponse
                 * @constructor
                 * @param {pogcs.devices.v1.IMsgChallengeCommitResponse=} [p] Properties to set
                 */
                function MsgChallengeCommitResponse(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * Creates a new MsgChallengeCommitResponse instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.MsgChallengeCommitResponse
                 * @static
                 * @param {pogcs.devices.v1.IMsgChallengeCommitResponse=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.MsgChallengeCommitResponse} MsgChallengeCommitResponse instance
                 */
                MsgChallengeCommitResponse.create = function create(properties) {
                    return new MsgChallengeCommitResponse(properties);
                };

                /**
                 * Encodes the specified MsgChallengeCommitResponse message. Does not implicitly {@link pogcs.devices.v1.MsgChallengeCommitResponse.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.MsgChallengeCommitResponse
                 * @static
                 * @param {pogcs.devices.v1.IMsgChallengeCommitResponse} m MsgChallengeCommitResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgChallengeCommitResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return w;
                };

                /**
                 * Decodes a MsgChallengeCommitResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.MsgChallengeCommitResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.MsgChallengeCommitResponse} MsgChallengeCommitResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgChallengeCommitResponse.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.MsgChallengeCommitResponse();
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
                 * Creates a MsgChallengeCommitResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.MsgChallengeCommitResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.MsgChallengeCommitResponse} MsgChallengeCommitResponse
                 */
                MsgChallengeCommitResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.MsgChallengeCommitResponse)
                        return d;
                    return new $root.pogcs.devices.v1.MsgChallengeCommitResponse();
                };

                /**
                 * Creates a plain object from a MsgChallengeCommitResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.MsgChallengeCommitResponse
                 * @static
                 * @param {pogcs.devices.v1.MsgChallengeCommitResponse} m MsgChallengeCommitResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgChallengeCommitResponse.toObject = function toObject() {
                    return {};
                };

                /**
                 * Converts this MsgChallengeCommitResponse to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.MsgChallengeCommitResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgChallengeCommitResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for MsgChallengeCommitResponse
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.MsgChallengeCommitResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgChallengeCommitResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.MsgChallengeCommitResponse";
                };

                return MsgChallengeCommitResponse;
            })();

            v1.RevealedRow = (function() {

                /**
                 * Properties of a RevealedRow.
                 * @memberof pogcs.devices.v1
                 * @interface IRevealedRow
                 * @property {number|null} [index] RevealedRow index
                 * @property {Uint8Array|null} [values] RevealedRow values
                 * @property {Array.<Uint8Array>|null} [proof] RevealedRow proof
                 */

                /**
                 * Constructs a new RevealedRow.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a RevealedRow.
                 * @implements IRevealedRow
                 * @constructor
                 * @param {pogcs.devices.v1.IRevealedRow=} [p] Properties to set
                 */
                function RevealedRow(p) {
                    this.proof = [];
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * RevealedRow index.
                 * @member {number} index
                 * @memberof pogcs.devices.v1.RevealedRow
                 * @instance
                 */
                RevealedRow.prototype.index = 0;

                /**
                 * RevealedRow values.
                 * @member {Uint8Array} values
                 * @memberof pogcs.devices.v1.RevealedRow
                 * @instance
                 */
                RevealedRow.prototype.values = $util.newBuffer([]);

                /**
                 * RevealedRow proof.
                 * @member {Array.<Uint8Array>} proof
                 * @memberof pogcs.devices.v1.RevealedRow
                 * @instance
                 */
                RevealedRow.prototype.proof = $util.emptyArray;

                /**
                 * Creates a new RevealedRow instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.RevealedRow
                 * @static
                 * @param {pogcs.devices.v1.IRevealedRow=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.RevealedRow} RevealedRow instance
                 */
                RevealedRow.create = function create(properties) {
                    return new RevealedRow(properties);
                };

                /**
                 * Encodes the specified RevealedRow message. Does not implicitly {@link pogcs.devices.v1.RevealedRow.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.RevealedRow
                 * @static
                 * @param {pogcs.devices.v1.IRevealedRow} m RevealedRow message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RevealedRow.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.index != null && Object.hasOwnProperty.call(m, "index"))
                        w.uint32(8).uint32(m.index);
                    if (m.values != null && Object.hasOwnProperty.call(m, "values"))
                        w.uint32(18).bytes(m.values);
                    if (m.proof != null && m.proof.length) {
                        for (var i = 0; i < m.proof.length; ++i)
                            w.uint32(26).bytes(m.proof[i]);
                    }
                    return w;
                };

                /**
                 * Decodes a RevealedRow message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.RevealedRow
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.RevealedRow} RevealedRow
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RevealedRow.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.RevealedRow();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.index = r.uint32();
                                break;
                            }
                        case 2: {
                                m.values = r.bytes();
                                break;
                            }
                        case 3: {
                                if (!(m.proof && m.proof.length))
                                    m.proof = [];
                                m.proof.push(r.bytes());
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
                 * Creates a RevealedRow message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.RevealedRow
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.RevealedRow} RevealedRow
                 */
                RevealedRow.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.RevealedRow)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.RevealedRow: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.RevealedRow();
                    if (d.index != null) {
                        m.index = d.index >>> 0;
                    }
                    if (d.values != null) {
                        if (typeof d.values === "string")
                            $util.base64.decode(d.values, m.values = $util.newBuffer($util.base64.length(d.values)), 0);
                        else if (d.values.length >= 0)
                            m.values = d.values;
                    }
                    if (d.proof) {
                        if (!Array.isArray(d.proof))
                            throw TypeError(".pogcs.devices.v1.RevealedRow.proof: array expected");
                        m.proof = [];
                        for (var i = 0; i < d.proof.length; ++i) {
                            if (typeof d.proof[i] === "string")
                                $util.base64.decode(d.proof[i], m.proof[i] = $util.newBuffer($util.base64.length(d.proof[i])), 0);
                            else if (d.proof[i].length >= 0)
                                m.proof[i] = d.proof[i];
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a RevealedRow message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.RevealedRow
                 * @static
                 * @param {pogcs.devices.v1.RevealedRow} m RevealedRow
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RevealedRow.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.proof = [];
                    }
                    if (o.defaults) {
                        d.index = 0;
                        if (o.bytes === String)
                            d.values = "";
                        else {
                            d.values = [];
                            if (o.bytes !== Array)
                                d.values = $util.newBuffer(d.values);
                        }
                    }
                    if (m.index != null && Object.hasOwnProperty.call(m, "index")) {
                        d.index = m.index;
                    }
                    if (m.values != null && Object.hasOwnProperty.call(m, "values")) {
                        d.values = o.bytes === String ? $util.base64.encode(m.values, 0, m.values.length) : o.bytes === Array ? Array.prototype.slice.call(m.values) : m.values;
                    }
                    if (m.proof && m.proof.length) {
                        d.proof = [];
                        for (var j = 0; j < m.proof.length; ++j) {
                            d.proof[j] = o.bytes === String ? $util.base64.encode(m.proof[j], 0, m.proof[j].length) : o.bytes === Array ? Array.prototype.slice.call(m.proof[j]) : m.proof[j];
                        }
                    }
                    return d;
                };

                /**
                 * Converts this RevealedRow to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.RevealedRow
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RevealedRow.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for RevealedRow
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.RevealedRow
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                RevealedRow.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.RevealedRow";
                };

                return RevealedRow;
            })();

            v1.MsgChallengeReveal = (function() {

                /**
                 * Properties of a MsgChallengeReveal.
                 * @memberof pogcs.devices.v1
                 * @interface IMsgChallengeReveal
                 * @property {string|null} [sender] MsgChallengeReveal sender
                 * @property {Long|null} [deviceId] MsgChallengeReveal deviceId
                 * @property {Long|null} [epoch] MsgChallengeReveal epoch
                 * @property {Array.<pogcs.devices.v1.IRevealedRow>|null} [rows] MsgChallengeReveal rows
                 */

                /**
                 * Constructs a new MsgChallengeReveal.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a MsgChallengeReveal.
                 * @implements IMsgChallengeReveal
                 * @constructor
                 * @param {pogcs.devices.v1.IMsgChallengeReveal=} [p] Properties to set
                 */
                function MsgChallengeReveal(p) {
                    this.rows = [];
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * MsgChallengeReveal sender.
                 * @member {string} sender
                 * @memberof pogcs.devices.v1.MsgChallengeReveal
                 * @instance
                 */
                MsgChallengeReveal.prototype.sender = "";

                /**
                 * MsgChallengeReveal deviceId.
                 * @member {Long} deviceId
                 * @memberof pogcs.devices.v1.MsgChallengeReveal
                 * @instance
                 */
                MsgChallengeReveal.prototype.deviceId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgChallengeReveal epoch.
                 * @member {Long} epoch
                 * @memberof pogcs.devices.v1.MsgChallengeReveal
                 * @instance
                 */
                MsgChallengeReveal.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgChallengeReveal rows.
                 * @member {Array.<pogcs.devices.v1.IRevealedRow>} rows
                 * @memberof pogcs.devices.v1.MsgChallengeReveal
                 * @instance
                 */
                MsgChallengeReveal.prototype.rows = $util.emptyArray;

                /**
                 * Creates a new MsgChallengeReveal instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.MsgChallengeReveal
                 * @static
                 * @param {pogcs.devices.v1.IMsgChallengeReveal=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.MsgChallengeReveal} MsgChallengeReveal instance
                 */
                MsgChallengeReveal.create = function create(properties) {
                    return new MsgChallengeReveal(properties);
                };

                /**
                 * Encodes the specified MsgChallengeReveal message. Does not implicitly {@link pogcs.devices.v1.MsgChallengeReveal.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.MsgChallengeReveal
                 * @static
                 * @param {pogcs.devices.v1.IMsgChallengeReveal} m MsgChallengeReveal message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgChallengeReveal.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.sender != null && Object.hasOwnProperty.call(m, "sender"))
                        w.uint32(10).string(m.sender);
                    if (m.deviceId != null && Object.hasOwnProperty.call(m, "deviceId"))
                        w.uint32(16).uint64(m.deviceId);
                    if (m.epoch != null && Object.hasOwnProperty.call(m, "epoch"))
                        w.uint32(24).uint64(m.epoch);
                    if (m.rows != null && m.rows.length) {
                        for (var i = 0; i < m.rows.length; ++i)
                            $root.pogcs.devices.v1.RevealedRow.encode(m.rows[i], w.uint32(34).fork(), q + 1).ldelim();
                    }
                    return w;
                };

                /**
                 * Decodes a MsgChallengeReveal message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.MsgChallengeReveal
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.MsgChallengeReveal} MsgChallengeReveal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgChallengeReveal.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.MsgChallengeReveal();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.sender = r.string();
                                break;
                            }
                        case 2: {
                                m.deviceId = r.uint64();
                                break;
                            }
                        case 3: {
                                m.epoch = r.uint64();
                                break;
                            }
                        case 4: {
                                if (!(m.rows && m.rows.length))
                                    m.rows = [];
                                m.rows.push($root.pogcs.devices.v1.RevealedRow.decode(r, r.uint32(), undefined, n + 1));
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
                 * Creates a MsgChallengeReveal message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.MsgChallengeReveal
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.MsgChallengeReveal} MsgChallengeReveal
                 */
                MsgChallengeReveal.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.MsgChallengeReveal)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.MsgChallengeReveal: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.MsgChallengeReveal();
                    if (d.sender != null) {
                        m.sender = String(d.sender);
                    }
                    if (d.deviceId != null) {
                        if ($util.Long)
                            m.deviceId = $util.Long.fromValue(d.deviceId, true);
                        else if (typeof d.deviceId === "string")
                            m.deviceId = parseInt(d.deviceId, 10);
                        else if (typeof d.deviceId === "number")
                            m.deviceId = d.deviceId;
                        else if (typeof d.deviceId === "object")
                            m.deviceId = new $util.LongBits(d.deviceId.low >>> 0, d.deviceId.high >>> 0).toNumber(true);
                    }
                    if (d.epoch != null) {
                        if ($util.Long)
                            m.epoch = $util.Long.fromValue(d.epoch, true);
                        else if (typeof d.epoch === "string")
                            m.epoch = parseInt(d.epoch, 10);
                        else if (typeof d.epoch === "number")
                            m.epoch = d.epoch;
                        else if (typeof d.epoch === "object")
                            m.epoch = new $util.LongBits(d.epoch.low >>> 0, d.epoch.high >>> 0).toNumber(true);
                    }
                    if (d.rows) {
                        if (!Array.isArray(d.rows))
                            throw TypeError(".pogcs.devices.v1.MsgChallengeReveal.rows: array expected");
                        m.rows = [];
                        for (var i = 0; i < d.rows.length; ++i) {
                            if (!$util.isObject(d.rows[i]))
                                throw TypeError(".pogcs.devices.v1.MsgChallengeReveal.rows: object expected");
                            m.rows[i] = $root.pogcs.devices.v1.RevealedRow.fromObject(d.rows[i], n + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a MsgChallengeReveal message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.MsgChallengeReveal
                 * @static
                 * @param {pogcs.devices.v1.MsgChallengeReveal} m MsgChallengeReveal
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgChallengeReveal.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.rows = [];
                    }
                    if (o.defaults) {
                        d.sender = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.deviceId = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.deviceId = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.epoch = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.epoch = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                    }
                    if (m.sender != null && Object.hasOwnProperty.call(m, "sender")) {
                        d.sender = m.sender;
                    }
                    if (m.deviceId != null && Object.hasOwnProperty.call(m, "deviceId")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.deviceId = typeof m.deviceId === "number" ? BigInt(m.deviceId) : $util.Long.fromBits(m.deviceId.low >>> 0, m.deviceId.high >>> 0, true).toBigInt();
                        else if (typeof m.deviceId === "number")
                            d.deviceId = o.longs === String ? String(m.deviceId) : m.deviceId;
                        else
                            d.deviceId = o.longs === String ? $util.Long.prototype.toString.call(m.deviceId) : o.longs === Number ? new $util.LongBits(m.deviceId.low >>> 0, m.deviceId.high >>> 0).toNumber(true) : m.deviceId;
                    }
                    if (m.epoch != null && Object.hasOwnProperty.call(m, "epoch")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.epoch = typeof m.epoch === "number" ? BigInt(m.epoch) : $util.Long.fromBits(m.epoch.low >>> 0, m.epoch.high >>> 0, true).toBigInt();
                        else if (typeof m.epoch === "number")
                            d.epoch = o.longs === String ? String(m.epoch) : m.epoch;
                        else
                            d.epoch = o.longs === String ? $util.Long.prototype.toString.call(m.epoch) : o.longs === Number ? new $util.LongBits(m.epoch.low >>> 0, m.epoch.high >>> 0).toNumber(true) : m.epoch;
                    }
                    if (m.rows && m.rows.length) {
                        d.rows = [];
                        for (var j = 0; j < m.rows.length; ++j) {
                            d.rows[j] = $root.pogcs.devices.v1.RevealedRow.toObject(m.rows[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this MsgChallengeReveal to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.MsgChallengeReveal
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgChallengeReveal.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for MsgChallengeReveal
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.MsgChallengeReveal
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgChallengeReveal.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.MsgChallengeReveal";
                };

                return MsgChallengeReveal;
            })();

            v1.MsgChallengeRevealResponse = (function() {

                /**
                 * Properties of a MsgChallengeRevealResponse.
                 * @memberof pogcs.devices.v1
                 * @interface IMsgChallengeRevealResponse
                 * @property {boolean|null} [passed] MsgChallengeRevealResponse passed
                 * @property {number|null} [score] MsgChallengeRevealResponse score
                 */

                /**
                 * Constructs a new MsgChallengeRevealResponse.
                 * @memberof pogcs.devices.v1
                 * @classdesc Represents a MsgChallengeRevealResponse.
                 * @implements IMsgChallengeRevealResponse
                 * @constructor
                 * @param {pogcs.devices.v1.IMsgChallengeRevealResponse=} [p] Properties to set
                 */
                function MsgChallengeRevealResponse(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * MsgChallengeRevealResponse passed.
                 * @member {boolean} passed
                 * @memberof pogcs.devices.v1.MsgChallengeRevealResponse
                 * @instance
                 */
                MsgChallengeRevealResponse.prototype.passed = false;

                /**
                 * MsgChallengeRevealResponse score.
                 * @member {number} score
                 * @memberof pogcs.devices.v1.MsgChallengeRevealResponse
                 * @instance
                 */
                MsgChallengeRevealResponse.prototype.score = 0;

                /**
                 * Creates a new MsgChallengeRevealResponse instance using the specified properties.
                 * @function create
                 * @memberof pogcs.devices.v1.MsgChallengeRevealResponse
                 * @static
                 * @param {pogcs.devices.v1.IMsgChallengeRevealResponse=} [properties] Properties to set
                 * @returns {pogcs.devices.v1.MsgChallengeRevealResponse} MsgChallengeRevealResponse instance
                 */
                MsgChallengeRevealResponse.create = function create(properties) {
                    return new MsgChallengeRevealResponse(properties);
                };

                /**
                 * Encodes the specified MsgChallengeRevealResponse message. Does not implicitly {@link pogcs.devices.v1.MsgChallengeRevealResponse.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.devices.v1.MsgChallengeRevealResponse
                 * @static
                 * @param {pogcs.devices.v1.IMsgChallengeRevealResponse} m MsgChallengeRevealResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgChallengeRevealResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.passed != null && Object.hasOwnProperty.call(m, "passed"))
                        w.uint32(8).bool(m.passed);
                    if (m.score != null && Object.hasOwnProperty.call(m, "score"))
                        w.uint32(16).uint32(m.score);
                    return w;
                };

                /**
                 * Decodes a MsgChallengeRevealResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.devices.v1.MsgChallengeRevealResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.devices.v1.MsgChallengeRevealResponse} MsgChallengeRevealResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgChallengeRevealResponse.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.devices.v1.MsgChallengeRevealResponse();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.passed = r.bool();
                                break;
                            }
                        case 2: {
                                m.score = r.uint32();
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
                 * Creates a MsgChallengeRevealResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.devices.v1.MsgChallengeRevealResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.devices.v1.MsgChallengeRevealResponse} MsgChallengeRevealResponse
                 */
                MsgChallengeRevealResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.devices.v1.MsgChallengeRevealResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.devices.v1.MsgChallengeRevealResponse: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.devices.v1.MsgChallengeRevealResponse();
                    if (d.passed != null) {
                        m.passed = Boolean(d.passed);
                    }
                    if (d.score != null) {
                        m.score = d.score >>> 0;
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a MsgChallengeRevealResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.devices.v1.MsgChallengeRevealResponse
                 * @static
                 * @param {pogcs.devices.v1.MsgChallengeRevealResponse} m MsgChallengeRevealResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgChallengeRevealResponse.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.passed = false;
                        d.score = 0;
                    }
                    if (m.passed != null && Object.hasOwnProperty.call(m, "passed")) {
                        d.passed = m.passed;
                    }
                    if (m.score != null && Object.hasOwnProperty.call(m, "score")) {
                        d.score = m.score;
                    }
                    return d;
                };

                /**
                 * Converts this MsgChallengeRevealResponse to JSON.
                 * @function toJSON
                 * @memberof pogcs.devices.v1.MsgChallengeRevealResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgChallengeRevealResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for MsgChallengeRevealResponse
                 * @function getTypeUrl
                 * @memberof pogcs.devices.v1.MsgChallengeRevealResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgChallengeRevealResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.devices.v1.MsgChallengeRevealResponse";
                };

                return MsgChallengeRevealResponse;
            })();

            return v1;
        })();

        return devices;
    })();

    pogcs.pogcs = (function() {

        /**
         * Namespace pogcs.
         * @memberof pogcs
         * @namespace
         */
        const pogcs = {};

        pogcs.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof pogcs.pogcs
             * @namespace
             */
            const v1 = {};

            v1.QueryParamsRequest = (function() {

                /**
                 * Properties of a QueryParamsRequest.
                 * @memberof pogcs.pogcs.v1
                 * @interface IQueryParamsRequest
                 */

                /**
                 * Constructs a new QueryParamsRequest.
                 * @memberof pogcs.pogcs.v1
                 * @classdesc Represents a QueryParamsRequest.
                 * @implements IQueryParamsRequest
                 * @constructor
                 * @param {pogcs.pogcs.v1.IQueryParamsRequest=} [p] Properties to set
                 */
                function QueryParamsRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @function create
                 * @memberof pogcs.pogcs.v1.QueryParamsRequest
                 * @static
                 * @param {pogcs.pogcs.v1.IQueryParamsRequest=} [properties] Properties to set
                 * @returns {pogcs.pogcs.v1.QueryParamsRequest} QueryParamsRequest instance
                 */
                QueryParamsRequest.create = function create(properties) {
                    return new QueryParamsRequest(properties);
                };

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link pogcs.pogcs.v1.QueryParamsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.pogcs.v1.QueryParamsRequest
                 * @static
                 * @param {pogcs.pogcs.v1.IQueryParamsRequest} m QueryParamsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return w;
                };

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.pogcs.v1.QueryParamsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.pogcs.v1.QueryParamsRequest} QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsRequest.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.pogcs.v1.QueryParamsRequest();
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
                 * Creates a QueryParamsRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.pogcs.v1.QueryParamsRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.pogcs.v1.QueryParamsRequest} QueryParamsRequest
                 */
                QueryParamsRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.pogcs.v1.QueryParamsRequest)
                        return d;
                    return new $root.pogcs.pogcs.v1.QueryParamsRequest();
                };

                /**
                 * Creates a plain object from a QueryParamsRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.pogcs.v1.QueryParamsRequest
                 * @static
                 * @param {pogcs.pogcs.v1.QueryParamsRequest} m QueryParamsRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryParamsRequest.toObject = function toObject() {
                    return {};
                };

                /**
                 * Converts this QueryParamsRequest to JSON.
                 * @function toJSON
                 * @memberof pogcs.pogcs.v1.QueryParamsRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryParamsRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for QueryParamsRequest
                 * @function getTypeUrl
                 * @memberof pogcs.pogcs.v1.QueryParamsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryParamsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.pogcs.v1.QueryParamsRequest";
                };

                return QueryParamsRequest;
            })();

            v1.QueryParamsResponse = (function() {

                /**
                 * Properties of a QueryParamsResponse.
                 * @memberof pogcs.pogcs.v1
                 * @interface IQueryParamsResponse
                 * @property {pogcs.pogcs.v1.IParams|null} [params] QueryParamsResponse params
                 * @property {pogcs.pogcs.v1.IEmissionSchedule|null} [emission] QueryParamsResponse emission
                 */

                /**
                 * Constructs a new QueryParamsResponse.
                 * @memberof pogcs.pogcs.v1
                 * @classdesc Represents a QueryParamsResponse.
                 * @implements IQueryParamsResponse
                 * @constructor
                 * @param {pogcs.pogcs.v1.IQueryParamsResponse=} [p] Properties to set
                 */
                function QueryParamsResponse(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * QueryParamsResponse params.
                 * @member {pogcs.pogcs.v1.IParams|null|undefined} params
                 * @memberof pogcs.pogcs.v1.QueryParamsResponse
                 * @instance
                 */
                QueryParamsResponse.prototype.params = null;

                /**
                 * QueryParamsResponse emission.
                 * @member {pogcs.pogcs.v1.IEmissionSchedule|null|undefined} emission
                 * @memberof pogcs.pogcs.v1.QueryParamsResponse
                 * @instance
                 */
                QueryParamsResponse.prototype.emission = null;

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @function create
                 * @memberof pogcs.pogcs.v1.QueryParamsResponse
                 * @static
                 * @param {pogcs.pogcs.v1.IQueryParamsResponse=} [properties] Properties to set
                 * @returns {pogcs.pogcs.v1.QueryParamsResponse} QueryParamsResponse instance
                 */
                QueryParamsResponse.create = function create(properties) {
                    return new QueryParamsResponse(properties);
                };

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link pogcs.pogcs.v1.QueryParamsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.pogcs.v1.QueryParamsResponse
                 * @static
                 * @param {pogcs.pogcs.v1.IQueryParamsResponse} m QueryParamsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.params != null && Object.hasOwnProperty.call(m, "params"))
                        $root.pogcs.pogcs.v1.Params.encode(m.params, w.uint32(10).fork(), q + 1).ldelim();
                    if (m.emission != null && Object.hasOwnProperty.call(m, "emission"))
                        $root.pogcs.pogcs.v1.EmissionSchedule.encode(m.emission, w.uint32(18).fork(), q + 1).ldelim();
                    return w;
                };

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.pogcs.v1.QueryParamsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.pogcs.v1.QueryParamsResponse} QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsResponse.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.pogcs.v1.QueryParamsResponse();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.params = $root.pogcs.pogcs.v1.Params.decode(r, r.uint32(), undefined, n + 1);
                                break;
                            }
                        case 2: {
                                m.emission = $root.pogcs.pogcs.v1.EmissionSchedule.decode(r, r.uint32(), undefined, n + 1);
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
                 * Creates a QueryParamsResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.pogcs.v1.QueryParamsResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.pogcs.v1.QueryParamsResponse} QueryParamsResponse
                 */
                QueryParamsResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.pogcs.v1.QueryParamsResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.pogcs.v1.QueryParamsResponse: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.pogcs.v1.QueryParamsResponse();
                    if (d.params != null) {
                        if (!$util.isObject(d.params))
                            throw TypeError(".pogcs.pogcs.v1.QueryParamsResponse.params: object expected");
                        m.params = $root.pogcs.pogcs.v1.Params.fromObject(d.params, n + 1);
                    }
                    if (d.emission != null) {
                        if (!$util.isObject(d.emission))
                            throw TypeError(".pogcs.pogcs.v1.QueryParamsResponse.emission: object expected");
                        m.emission = $root.pogcs.pogcs.v1.EmissionSchedule.fromObject(d.emission, n + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a QueryParamsResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.pogcs.v1.QueryParamsResponse
                 * @static
                 * @param {pogcs.pogcs.v1.QueryParamsResponse} m QueryParamsResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryParamsResponse.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.params = null;
                        d.emission = null;
                    }
                    if (m.params != null && Object.hasOwnProperty.call(m, "params")) {
                        d.params = $root.pogcs.pogcs.v1.Params.toObject(m.params, o, q + 1);
                    }
                    if (m.emission != null && Object.hasOwnProperty.call(m, "emission")) {
                        d.emission = $root.pogcs.pogcs.v1.EmissionSchedule.toObject(m.emission, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this QueryParamsResponse to JSON.
                 * @function toJSON
                 * @memberof pogcs.pogcs.v1.QueryParamsResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryParamsResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for QueryParamsResponse
                 * @function getTypeUrl
                 * @memberof pogcs.pogcs.v1.QueryParamsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryParamsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.pogcs.v1.QueryParamsResponse";
                };

                return QueryParamsResponse;
            })();

            v1.QueryValidatorPowerRequest = (function() {

                /**
                 * Properties of a QueryValidatorPowerRequest.
                 * @memberof pogcs.pogcs.v1
                 * @interface IQueryValidatorPowerRequest
                 * @property {string|null} [operator] QueryValidatorPowerRequest operator
                 */

                /**
                 * Constructs a new QueryValidatorPowerRequest.
                 * @memberof pogcs.pogcs.v1
                 * @classdesc Represents a QueryValidatorPowerRequest.
                 * @implements IQueryValidatorPowerRequest
                 * @constructor
                 * @param {pogcs.pogcs.v1.IQueryValidatorPowerRequest=} [p] Properties to set
                 */
                function QueryValidatorPowerRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * QueryValidatorPowerRequest operator.
                 * @member {string} operator
                 * @memberof pogcs.pogcs.v1.QueryValidatorPowerRequest
                 * @instance
                 */
                QueryValidatorPowerRequest.prototype.operator = "";

                /**
                 * Creates a new QueryValidatorPowerRequest instance using the specified properties.
                 * @function create
                 * @memberof pogcs.pogcs.v1.QueryValidatorPowerRequest
                 * @static
                 * @param {pogcs.pogcs.v1.IQueryValidatorPowerRequest=} [properties] Properties to set
                 * @returns {pogcs.pogcs.v1.QueryValidatorPowerRequest} QueryValidatorPowerRequest instance
                 */
                QueryValidatorPowerRequest.create = function create(properties) {
                    return new QueryValidatorPowerRequest(properties);
                };

                /**
                 * Encodes the specified QueryValidatorPowerRequest message. Does not implicitly {@link pogcs.pogcs.v1.QueryValidatorPowerRequest.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.pogcs.v1.QueryValidatorPowerRequest
                 * @static
                 * @param {pogcs.pogcs.v1.IQueryValidatorPowerRequest} m QueryValidatorPowerRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryValidatorPowerRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.operator != null && Object.hasOwnProperty.call(m, "operator"))
                        w.uint32(10).string(m.operator);
                    return w;
                };

                /**
                 * Decodes a QueryValidatorPowerRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.pogcs.v1.QueryValidatorPowerRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.pogcs.v1.QueryValidatorPowerRequest} QueryValidatorPowerRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryValidatorPowerRequest.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.pogcs.v1.QueryValidatorPowerRequest();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.operator = r.string();
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
                 * Creates a QueryValidatorPowerRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.pogcs.v1.QueryValidatorPowerRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.pogcs.v1.QueryValidatorPowerRequest} QueryValidatorPowerRequest
                 */
                QueryValidatorPowerRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.pogcs.v1.QueryValidatorPowerRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.pogcs.v1.QueryValidatorPowerRequest: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.pogcs.v1.QueryValidatorPowerRequest();
                    if (d.operator != null) {
                        m.operator = String(d.operator);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a QueryValidatorPowerRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.pogcs.v1.QueryValidatorPowerRequest
                 * @static
                 * @param {pogcs.pogcs.v1.QueryValidatorPowerRequest} m QueryValidatorPowerRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryValidatorPowerRequest.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.operator = "";
                    }
                    if (m.operator != null && Object.hasOwnProperty.call(m, "operator")) {
                        d.operator = m.operator;
                    }
                    return d;
                };

                /**
                 * Converts this QueryValidatorPowerRequest to JSON.
                 * @function toJSON
                 * @memberof pogcs.pogcs.v1.QueryValidatorPowerRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryValidatorPowerRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for QueryValidatorPowerRequest
                 * @function getTypeUrl
                 * @memberof pogcs.pogcs.v1.QueryValidatorPowerRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryValidatorPowerRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.pogcs.v1.QueryValidatorPowerRequest";
                };

                return QueryValidatorPowerRequest;
            })();

            v1.QueryValidatorPowerResponse = (function() {

                /**
                 * Properties of a QueryValidatorPowerResponse.
                 * @memberof pogcs.pogcs.v1
                 * @interface IQueryValidatorPowerResponse
                 * @property {pogcs.pogcs.v1.IValidatorPower|null} [power] QueryValidatorPowerResponse power
                 */

                /**
                 * Constructs a new QueryValidatorPowerResponse.
                 * @memberof pogcs.pogcs.v1
                 * @classdesc Represents a QueryValidatorPowerResponse.
                 * @implements IQueryValidatorPowerResponse
                 * @constructor
                 * @param {pogcs.pogcs.v1.IQueryValidatorPowerResponse=} [p] Properties to set
                 */
                function QueryValidatorPowerResponse(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * QueryValidatorPowerResponse power.
                 * @member {pogcs.pogcs.v1.IValidatorPower|null|undefined} power
                 * @memberof pogcs.pogcs.v1.QueryValidatorPowerResponse
                 * @instance
                 */
                QueryValidatorPowerResponse.prototype.power = null;

                /**
                 * Creates a new QueryValidatorPowerResponse instance using the specified properties.
                 * @function create
                 * @memberof pogcs.pogcs.v1.QueryValidatorPowerResponse
                 * @static
                 * @param {pogcs.pogcs.v1.IQueryValidatorPowerResponse=} [properties] Properties to set
                 * @returns {pogcs.pogcs.v1.QueryValidatorPowerResponse} QueryValidatorPowerResponse instance
                 */
                QueryValidatorPowerResponse.create = function create(properties) {
                    return new QueryValidatorPowerResponse(properties);
                };

                /**
                 * Encodes the specified QueryValidatorPowerResponse message. Does not implicitly {@link pogcs.pogcs.v1.QueryValidatorPowerResponse.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.pogcs.v1.QueryValidatorPowerResponse
                 * @static
                 * @param {pogcs.pogcs.v1.IQueryValidatorPowerResponse} m QueryValidatorPowerResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryValidatorPowerResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.power != null && Object.hasOwnProperty.call(m, "power"))
                        $root.pogcs.pogcs.v1.ValidatorPower.encode(m.power, w.uint32(10).fork(), q + 1).ldelim();
                    return w;
                };

                /**
                 * Decodes a QueryValidatorPowerResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.pogcs.v1.QueryValidatorPowerResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.pogcs.v1.QueryValidatorPowerResponse} QueryValidatorPowerResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryValidatorPowerResponse.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.pogcs.v1.QueryValidatorPowerResponse();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.power = $root.pogcs.pogcs.v1.ValidatorPower.decode(r, r.uint32(), undefined, n + 1);
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
                 * Creates a QueryValidatorPowerResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.pogcs.v1.QueryValidatorPowerResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.pogcs.v1.QueryValidatorPowerResponse} QueryValidatorPowerResponse
                 */
                QueryValidatorPowerResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.pogcs.v1.QueryValidatorPowerResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.pogcs.v1.QueryValidatorPowerResponse: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.pogcs.v1.QueryValidatorPowerResponse();
                    if (d.power != null) {
                        if (!$util.isObject(d.power))
                            throw TypeError(".pogcs.pogcs.v1.QueryValidatorPowerResponse.power: object expected");
                        m.power = $root.pogcs.pogcs.v1.ValidatorPower.fromObject(d.power, n + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a QueryValidatorPowerResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.pogcs.v1.QueryValidatorPowerResponse
                 * @static
                 * @param {pogcs.pogcs.v1.QueryValidatorPowerResponse} m QueryValidatorPowerResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryValidatorPowerResponse.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.power = null;
                    }
                    if (m.power != null && Object.hasOwnProperty.call(m, "power")) {
                        d.power = $root.pogcs.pogcs.v1.ValidatorPower.toObject(m.power, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this QueryValidatorPowerResponse to JSON.
                 * @function toJSON
                 * @memberof pogcs.pogcs.v1.QueryValidatorPowerResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryValidatorPowerResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for QueryValidatorPowerResponse
                 * @function getTypeUrl
                 * @memberof pogcs.pogcs.v1.QueryValidatorPowerResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryValidatorPowerResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.pogcs.v1.QueryValidatorPowerResponse";
                };

                return QueryValidatorPowerResponse;
            })();

            v1.QueryValidatorPowersRequest = (function() {

                /**
                 * Properties of a QueryValidatorPowersRequest.
                 * @memberof pogcs.pogcs.v1
                 * @interface IQueryValidatorPowersRequest
                 */

                /**
                 * Constructs a new QueryValidatorPowersRequest.
                 * @memberof pogcs.pogcs.v1
                 * @classdesc Represents a QueryValidatorPowersRequest.
                 * @implements IQueryValidatorPowersRequest
                 * @constructor
                 * @param {pogcs.pogcs.v1.IQueryValidatorPowersRequest=} [p] Properties to set
                 */
                function QueryValidatorPowersRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * Creates a new QueryValidatorPowersRequest instance using the specified properties.
                 * @function create
                 * @memberof pogcs.pogcs.v1.QueryValidatorPowersRequest
                 * @static
                 * @param {pogcs.pogcs.v1.IQueryValidatorPowersRequest=} [properties] Properties to set
                 * @returns {pogcs.pogcs.v1.QueryValidatorPowersRequest} QueryValidatorPowersRequest instance
                 */
                QueryValidatorPowersRequest.create = function create(properties) {
                    return new QueryValidatorPowersRequest(properties);
                };

                /**
                 * Encodes the specified QueryValidatorPowersRequest message. Does not implicitly {@link pogcs.pogcs.v1.QueryValidatorPowersRequest.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.pogcs.v1.QueryValidatorPowersRequest
                 * @static
                 * @param {pogcs.pogcs.v1.IQueryValidatorPowersRequest} m QueryValidatorPowersRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryValidatorPowersRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return w;
                };

                /**
                 * Decodes a QueryValidatorPowersRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.pogcs.v1.QueryValidatorPowersRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.pogcs.v1.QueryValidatorPowersRequest} QueryValidatorPowersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryValidatorPowersRequest.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.pogcs.v1.QueryValidatorPowersRequest();
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
                 * Creates a QueryValidatorPowersRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.pogcs.v1.QueryValidatorPowersRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.pogcs.v1.QueryValidatorPowersRequest} QueryValidatorPowersRequest
                 */
                QueryValidatorPowersRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.pogcs.v1.QueryValidatorPowersRequest)
                        return d;
                    return new $root.pogcs.pogcs.v1.QueryValidatorPowersRequest();
                };

                /**
                 * Creates a plain object from a QueryValidatorPowersRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.pogcs.v1.QueryValidatorPowersRequest
                 * @static
                 * @param {pogcs.pogcs.v1.QueryValidatorPowersRequest} m QueryValidatorPowersRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryValidatorPowersRequest.toObject = function toObject() {
                    return {};
                };

                /**
                 * Converts this QueryValidatorPowersRequest to JSON.
                 * @function toJSON
                 * @memberof pogcs.pogcs.v1.QueryValidatorPowersRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryValidatorPowersRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for QueryValidatorPowersRequest
                 * @function getTypeUrl
                 * @memberof pogcs.pogcs.v1.QueryValidatorPowersRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryValidatorPowersRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.pogcs.v1.QueryValidatorPowersRequest";
                };

                return QueryValidatorPowersRequest;
            })();

            v1.QueryValidatorPowersResponse = (function() {

                /**
                 * Properties of a QueryValidatorPowersResponse.
                 * @memberof pogcs.pogcs.v1
                 * @interface IQueryValidatorPowersResponse
                 * @property {Array.<pogcs.pogcs.v1.IValidatorPower>|null} [powers] QueryValidatorPowersResponse powers
                 * @property {string|null} [total] QueryValidatorPowersResponse total
                 */

                /**
                 * Constructs a new QueryValidatorPowersResponse.
                 * @memberof pogcs.pogcs.v1
                 * @classdesc Represents a QueryValidatorPowersResponse.
                 * @implements IQueryValidatorPowersResponse
                 * @constructor
                 * @param {pogcs.pogcs.v1.IQueryValidatorPowersResponse=} [p] Properties to set
                 */
                function QueryValidatorPowersResponse(p) {
                    this.powers = [];
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * QueryValidatorPowersResponse powers.
                 * @member {Array.<pogcs.pogcs.v1.IValidatorPower>} powers
                 * @memberof pogcs.pogcs.v1.QueryValidatorPowersResponse
                 * @instance
                 */
                QueryValidatorPowersResponse.prototype.powers = $util.emptyArray;

                /**
                 * QueryValidatorPowersResponse total.
                 * @member {string} total
                 * @memberof pogcs.pogcs.v1.QueryValidatorPowersResponse
                 * @instance
                 */
                QueryValidatorPowersResponse.prototype.total = "";

                /**
                 * Creates a new QueryValidatorPowersResponse instance using the specified properties.
                 * @function create
                 * @memberof pogcs.pogcs.v1.QueryValidatorPowersResponse
                 * @static
                 * @param {pogcs.pogcs.v1.IQueryValidatorPowersResponse=} [properties] Properties to set
                 * @returns {pogcs.pogcs.v1.QueryValidatorPowersResponse} QueryValidatorPowersResponse instance
                 */
                QueryValidatorPowersResponse.create = function create(properties) {
                    return new QueryValidatorPowersResponse(properties);
                };

                /**
                 * Encodes the specified QueryValidatorPowersResponse message. Does not implicitly {@link pogcs.pogcs.v1.QueryValidatorPowersResponse.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.pogcs.v1.QueryValidatorPowersResponse
                 * @static
                 * @param {pogcs.pogcs.v1.IQueryValidatorPowersResponse} m QueryValidatorPowersResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryValidatorPowersResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.powers != null && m.powers.length) {
                        for (var i = 0; i < m.powers.length; ++i)
                            $root.pogcs.pogcs.v1.ValidatorPower.encode(m.powers[i], w.uint32(10).fork(), q + 1).ldelim();
                    }
                    if (m.total != null && Object.hasOwnProperty.call(m, "total"))
                        w.uint32(18).string(m.total);
                    return w;
                };

                /**
                 * Decodes a QueryValidatorPowersResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.pogcs.v1.QueryValidatorPowersResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.pogcs.v1.QueryValidatorPowersResponse} QueryValidatorPowersResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryValidatorPowersResponse.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.pogcs.v1.QueryValidatorPowersResponse();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                if (!(m.powers && m.powers.length))
                                    m.powers = [];
                                m.powers.push($root.pogcs.pogcs.v1.ValidatorPower.decode(r, r.uint32(), undefined, n + 1));
                                break;
                            }
                        case 2: {
                                m.total = r.string();
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
                 * Creates a QueryValidatorPowersResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.pogcs.v1.QueryValidatorPowersResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.pogcs.v1.QueryValidatorPowersResponse} QueryValidatorPowersResponse
                 */
                QueryValidatorPowersResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.pogcs.v1.QueryValidatorPowersResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.pogcs.v1.QueryValidatorPowersResponse: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.pogcs.v1.QueryValidatorPowersResponse();
                    if (d.powers) {
                        if (!Array.isArray(d.powers))
                            throw TypeError(".pogcs.pogcs.v1.QueryValidatorPowersResponse.powers: array expected");
                        m.powers = [];
                        for (var i = 0; i < d.powers.length; ++i) {
                            if (!$util.isObject(d.powers[i]))
                                throw TypeError(".pogcs.pogcs.v1.QueryValidatorPowersResponse.powers: object expected");
                            m.powers[i] = $root.pogcs.pogcs.v1.ValidatorPower.fromObject(d.powers[i], n + 1);
                        }
                    }
                    if (d.total != null) {
                        m.total = String(d.total);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a QueryValidatorPowersResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.pogcs.v1.QueryValidatorPowersResponse
                 * @static
                 * @param {pogcs.pogcs.v1.QueryValidatorPowersResponse} m QueryValidatorPowersResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryValidatorPowersResponse.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.powers = [];
                    }
                    if (o.defaults) {
                        d.total = "";
                    }
                    if (m.powers && m.powers.length) {
                        d.powers = [];
                        for (var j = 0; j < m.powers.length; ++j) {
                            d.powers[j] = $root.pogcs.pogcs.v1.ValidatorPower.toObject(m.powers[j], o, q + 1);
                        }
                    }
                    if (m.total != null && Object.hasOwnProperty.call(m, "total")) {
                        d.total = m.total;
                    }
                    return d;
                };

                /**
                 * Converts this QueryValidatorPowersResponse to JSON.
                 * @function toJSON
                 * @memberof pogcs.pogcs.v1.QueryValidatorPowersResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryValidatorPowersResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for QueryValidatorPowersResponse
                 * @function getTypeUrl
                 * @memberof pogcs.pogcs.v1.QueryValidatorPowersResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryValidatorPowersResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.pogcs.v1.QueryValidatorPowersResponse";
                };

                return QueryValidatorPowersResponse;
            })();

            v1.QueryPendingRewardsRequest = (function() {

                /**
                 * Properties of a QueryPendingRewardsRequest.
                 * @memberof pogcs.pogcs.v1
                 * @interface IQueryPendingRewardsRequest
                 * @property {string|null} [address] QueryPendingRewardsRequest address
                 */

                /**
                 * Constructs a new QueryPendingRewardsRequest.
                 * @memberof pogcs.pogcs.v1
                 * @classdesc Represents a QueryPendingRewardsRequest.
                 * @implements IQueryPendingRewardsRequest
                 * @constructor
                 * @param {pogcs.pogcs.v1.IQueryPendingRewardsRequest=} [p] Properties to set
                 */
                function QueryPendingRewardsRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * QueryPendingRewardsRequest address.
                 * @member {string} address
                 * @memberof pogcs.pogcs.v1.QueryPendingRewardsRequest
                 * @instance
                 */
                QueryPendingRewardsRequest.prototype.address = "";

                /**
                 * Creates a new QueryPendingRewardsRequest instance using the specified properties.
                 * @function create
                 * @memberof pogcs.pogcs.v1.QueryPendingRewardsRequest
                 * @static
                 * @param {pogcs.pogcs.v1.IQueryPendingRewardsRequest=} [properties] Properties to set
                 * @returns {pogcs.pogcs.v1.QueryPendingRewardsRequest} QueryPendingRewardsRequest instance
                 */
                QueryPendingRewardsRequest.create = function create(properties) {
                    return new QueryPendingRewardsRequest(properties);
                };

                /**
                 * Encodes the specified QueryPendingRewardsRequest message. Does not implicitly {@link pogcs.pogcs.v1.QueryPendingRewardsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.pogcs.v1.QueryPendingRewardsRequest
                 * @static
                 * @param {pogcs.pogcs.v1.IQueryPendingRewardsRequest} m QueryPendingRewardsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryPendingRewardsRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.address != null && Object.hasOwnProperty.call(m, "address"))
                        w.uint32(10).string(m.address);
                    return w;
                };

                /**
                 * Decodes a QueryPendingRewardsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.pogcs.v1.QueryPendingRewardsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.pogcs.v1.QueryPendingRewardsRequest} QueryPendingRewardsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryPendingRewardsRequest.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.pogcs.v1.QueryPendingRewardsRequest();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.address = r.string();
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
                 * Creates a QueryPendingRewardsRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.pogcs.v1.QueryPendingRewardsRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.pogcs.v1.QueryPendingRewardsRequest} QueryPendingRewardsRequest
                 */
                QueryPendingRewardsRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.pogcs.v1.QueryPendingRewardsRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.pogcs.v1.QueryPendingRewardsRequest: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.pogcs.v1.QueryPendingRewardsRequest();
                    if (d.address != null) {
                        m.address = String(d.address);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a QueryPendingRewardsRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.pogcs.v1.QueryPendingRewardsRequest
                 * @static
                 * @param {pogcs.pogcs.v1.QueryPendingRewardsRequest} m QueryPendingRewardsRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryPendingRewardsRequest.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.address = "";
                    }
                    if (m.address != null && Object.hasOwnProperty.call(m, "address")) {
                        d.address = m.address;
                    }
                    return d;
                };

                /**
                 * Converts this QueryPendingRewardsRequest to JSON.
                 * @function toJSON
                 * @memberof pogcs.pogcs.v1.QueryPendingRewardsRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryPendingRewardsRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for QueryPendingRewardsRequest
                 * @function getTypeUrl
                 * @memberof pogcs.pogcs.v1.QueryPendingRewardsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryPendingRewardsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.pogcs.v1.QueryPendingRewardsRequest";
                };

                return QueryPendingRewardsRequest;
            })();

            v1.QueryPendingRewardsResponse = (function() {

                /**
                 * Properties of a QueryPendingRewardsResponse.
                 * @memberof pogcs.pogcs.v1
                 * @interface IQueryPendingRewardsResponse
                 * @property {string|null} [amount] QueryPendingRewardsResponse amount
                 * @property {string|null} [denom] QueryPendingRewardsResponse denom
                 */

                /**
                 * Constructs a new QueryPendingRewardsResponse.
                 * @memberof pogcs.pogcs.v1
                 * @classdesc Represents a QueryPendingRewardsResponse.
                 * @implements IQueryPendingRewardsResponse
                 * @constructor
                 * @param {pogcs.pogcs.v1.IQueryPendingRewardsResponse=} [p] Properties to set
                 */
                function QueryPendingRewardsResponse(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * QueryPendingRewardsResponse amount.
                 * @member {string} amount
                 * @memberof pogcs.pogcs.v1.QueryPendingRewardsResponse
                 * @instance
                 */
                QueryPendingRewardsResponse.prototype.amount = "";

                /**
                 * QueryPendingRewardsResponse denom.
                 * @member {string} denom
                 * @memberof pogcs.pogcs.v1.QueryPendingRewardsResponse
                 * @instance
                 */
                QueryPendingRewardsResponse.prototype.denom = "";

                /**
                 * Creates a new QueryPendingRewardsResponse instance using the specified properties.
                 * @function create
                 * @memberof pogcs.pogcs.v1.QueryPendingRewardsResponse
                 * @static
                 * @param {pogcs.pogcs.v1.IQueryPendingRewardsResponse=} [properties] Properties to set
                 * @returns {pogcs.pogcs.v1.QueryPendingRewardsResponse} QueryPendingRewardsResponse instance
                 */
                QueryPendingRewardsResponse.create = function create(properties) {
                    return new QueryPendingRewardsResponse(properties);
                };

                /**
                 * Encodes the specified QueryPendingRewardsResponse message. Does not implicitly {@link pogcs.pogcs.v1.QueryPendingRewardsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.pogcs.v1.QueryPendingRewardsResponse
                 * @static
                 * @param {pogcs.pogcs.v1.IQueryPendingRewardsResponse} m QueryPendingRewardsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryPendingRewardsResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.amount != null && Object.hasOwnProperty.call(m, "amount"))
                        w.uint32(10).string(m.amount);
                    if (m.denom != null && Object.hasOwnProperty.call(m, "denom"))
                        w.uint32(18).string(m.denom);
                    return w;
                };

                /**
                 * Decodes a QueryPendingRewardsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.pogcs.v1.QueryPendingRewardsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.pogcs.v1.QueryPendingRewardsResponse} QueryPendingRewardsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryPendingRewardsResponse.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.pogcs.v1.QueryPendingRewardsResponse();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.amount = r.string();
                                break;
                            }
                        case 2: {
                                m.denom = r.string();
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
                 * Creates a QueryPendingRewardsResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.pogcs.v1.QueryPendingRewardsResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.pogcs.v1.QueryPendingRewardsResponse} QueryPendingRewardsResponse
                 */
                QueryPendingRewardsResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.pogcs.v1.QueryPendingRewardsResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.pogcs.v1.QueryPendingRewardsResponse: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.pogcs.v1.QueryPendingRewardsResponse();
                    if (d.amount != null) {
                        m.amount = String(d.amount);
                    }
                    if (d.denom != null) {
                        m.denom = String(d.denom);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a QueryPendingRewardsResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.pogcs.v1.QueryPendingRewardsResponse
                 * @static
                 * @param {pogcs.pogcs.v1.QueryPendingRewardsResponse} m QueryPendingRewardsResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryPendingRewardsResponse.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.amount = "";
                        d.denom = "";
                    }
                    if (m.amount != null && Object.hasOwnProperty.call(m, "amount")) {
                        d.amount = m.amount;
                    }
                    if (m.denom != null && Object.hasOwnProperty.call(m, "denom")) {
                        d.denom = m.denom;
                    }
                    return d;
                };

                /**
                 * Converts this QueryPendingRewardsResponse to JSON.
                 * @function toJSON
                 * @memberof pogcs.pogcs.v1.QueryPendingRewardsResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryPendingRewardsResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for QueryPendingRewardsResponse
                 * @function getTypeUrl
                 * @memberof pogcs.pogcs.v1.QueryPendingRewardsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryPendingRewardsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.pogcs.v1.QueryPendingRewardsResponse";
                };

                return QueryPendingRewardsResponse;
            })();

            v1.QueryLedgerRequest = (function() {

                /**
                 * Properties of a QueryLedgerRequest.
                 * @memberof pogcs.pogcs.v1
                 * @interface IQueryLedgerRequest
                 */

                /**
                 * Constructs a new QueryLedgerRequest.
                 * @memberof pogcs.pogcs.v1
                 * @classdesc Represents a QueryLedgerRequest.
                 * @implements IQueryLedgerRequest
                 * @constructor
                 * @param {pogcs.pogcs.v1.IQueryLedgerRequest=} [p] Properties to set
                 */
                function QueryLedgerRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * Creates a new QueryLedgerRequest instance using the specified properties.
                 * @function create
                 * @memberof pogcs.pogcs.v1.QueryLedgerRequest
                 * @static
                 * @param {pogcs.pogcs.v1.IQueryLedgerRequest=} [properties] Properties to set
                 * @returns {pogcs.pogcs.v1.QueryLedgerRequest} QueryLedgerRequest instance
                 */
                QueryLedgerRequest.create = function create(properties) {
                    return new QueryLedgerRequest(properties);
                };

                /**
                 * Encodes the specified QueryLedgerRequest message. Does not implicitly {@link pogcs.pogcs.v1.QueryLedgerRequest.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.pogcs.v1.QueryLedgerRequest
                 * @static
                 * @param {pogcs.pogcs.v1.IQueryLedgerRequest} m QueryLedgerRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryLedgerRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return w;
                };

                /**
                 * Decodes a QueryLedgerRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.pogcs.v1.QueryLedgerRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.pogcs.v1.QueryLedgerRequest} QueryLedgerRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryLedgerRequest.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.pogcs.v1.QueryLedgerRequest();
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
                 * Creates a QueryLedgerRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.pogcs.v1.QueryLedgerRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.pogcs.v1.QueryLedgerRequest} QueryLedgerRequest
                 */
                QueryLedgerRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.pogcs.v1.QueryLedgerRequest)
                        return d;
                    return new $root.pogcs.pogcs.v1.QueryLedgerRequest();
                };

                /**
                 * Creates a plain object from a QueryLedgerRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.pogcs.v1.QueryLedgerRequest
                 * @static
                 * @param {pogcs.pogcs.v1.QueryLedgerRequest} m QueryLedgerRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryLedgerRequest.toObject = function toObject() {
                    return {};
                };

                /**
                 * Converts this QueryLedgerRequest to JSON.
                 * @function toJSON
                 * @memberof pogcs.pogcs.v1.QueryLedgerRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryLedgerRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for QueryLedgerRequest
                 * @function getTypeUrl
                 * @memberof pogcs.pogcs.v1.QueryLedgerRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryLedgerRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.pogcs.v1.QueryLedgerRequest";
                };

                return QueryLedgerRequest;
            })();

            v1.QueryLedgerResponse = (function() {

                /**
                 * Properties of a QueryLedgerResponse.
                 * @memberof pogcs.pogcs.v1
                 * @interface IQueryLedgerResponse
                 * @property {pogcs.pogcs.v1.ILedger|null} [ledger] QueryLedgerResponse ledger
                 */

                /**
                 * Constructs a new QueryLedgerResponse.
                 * @memberof pogcs.pogcs.v1
                 * @classdesc Represents a QueryLedgerResponse.
                 * @implements IQueryLedgerResponse
                 * @constructor
                 * @param {pogcs.pogcs.v1.IQueryLedgerResponse=} [p] Properties to set
                 */
                function QueryLedgerResponse(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * QueryLedgerResponse ledger.
                 * @member {pogcs.pogcs.v1.ILedger|null|undefined} ledger
                 * @memberof pogcs.pogcs.v1.QueryLedgerResponse
                 * @instance
                 */
                QueryLedgerResponse.prototype.ledger = null;

                /**
                 * Creates a new QueryLedgerResponse instance using the specified properties.
                 * @function create
                 * @memberof pogcs.pogcs.v1.QueryLedgerResponse
                 * @static
                 * @param {pogcs.pogcs.v1.IQueryLedgerResponse=} [properties] Properties to set
                 * @returns {pogcs.pogcs.v1.QueryLedgerResponse} QueryLedgerResponse instance
                 */
                QueryLedgerResponse.create = function create(properties) {
                    return new QueryLedgerResponse(properties);
                };

                /**
                 * Encodes the specified QueryLedgerResponse message. Does not implicitly {@link pogcs.pogcs.v1.QueryLedgerResponse.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.pogcs.v1.QueryLedgerResponse
                 * @static
                 * @param {pogcs.pogcs.v1.IQueryLedgerResponse} m QueryLedgerResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryLedgerResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.ledger != null && Object.hasOwnProperty.call(m, "ledger"))
                        $root.pogcs.pogcs.v1.Ledger.encode(m.ledger, w.uint32(10).fork(), q + 1).ldelim();
                    return w;
                };

                /**
                 * Decodes a QueryLedgerResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.pogcs.v1.QueryLedgerResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.pogcs.v1.QueryLedgerResponse} QueryLedgerResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryLedgerResponse.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.pogcs.v1.QueryLedgerResponse();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.ledger = $root.pogcs.pogcs.v1.Ledger.decode(r, r.uint32(), undefined, n + 1);
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
                 * Creates a QueryLedgerResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.pogcs.v1.QueryLedgerResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.pogcs.v1.QueryLedgerResponse} QueryLedgerResponse
                 */
                QueryLedgerResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.pogcs.v1.QueryLedgerResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.pogcs.v1.QueryLedgerResponse: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.pogcs.v1.QueryLedgerResponse();
                    if (d.ledger != null) {
                        if (!$util.isObject(d.ledger))
                            throw TypeError(".pogcs.pogcs.v1.QueryLedgerResponse.ledger: object expected");
                        m.ledger = $root.pogcs.pogcs.v1.Ledger.fromObject(d.ledger, n + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a QueryLedgerResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.pogcs.v1.QueryLedgerResponse
                 * @static
                 * @param {pogcs.pogcs.v1.QueryLedgerResponse} m QueryLedgerResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryLedgerResponse.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.ledger = null;
                    }
                    if (m.ledger != null && Object.hasOwnProperty.call(m, "ledger")) {
                        d.ledger = $root.pogcs.pogcs.v1.Ledger.toObject(m.ledger, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this QueryLedgerResponse to JSON.
                 * @function toJSON
                 * @memberof pogcs.pogcs.v1.QueryLedgerResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryLedgerResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for QueryLedgerResponse
                 * @function getTypeUrl
                 * @memberof pogcs.pogcs.v1.QueryLedgerResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryLedgerResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.pogcs.v1.QueryLedgerResponse";
                };

                return QueryLedgerResponse;
            })();

            v1.QueryDeviceRewardsRequest = (function() {

                /**
                 * Properties of a QueryDeviceRewardsRequest.
                 * @memberof pogcs.pogcs.v1
                 * @interface IQueryDeviceRewardsRequest
                 * @property {Long|null} [deviceId] QueryDeviceRewardsRequest deviceId
                 * @property {Long|null} [epoch] QueryDeviceRewardsRequest epoch
                 */

                /**
                 * Constructs a new QueryDeviceRewardsRequest.
                 * @memberof pogcs.pogcs.v1
                 * @classdesc Represents a QueryDeviceRewardsRequest.
                 * @implements IQueryDeviceRewardsRequest
                 * @constructor
                 * @param {pogcs.pogcs.v1.IQueryDeviceRewardsRequest=} [p] Properties to set
                 */
                function QueryDeviceRewardsRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * QueryDeviceRewardsRequest deviceId.
                 * @member {Long} deviceId
                 * @memberof pogcs.pogcs.v1.QueryDeviceRewardsRequest
                 * @instance
                 */
                QueryDeviceRewardsRequest.prototype.deviceId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QueryDeviceRewardsRequest epoch.
                 * @member {Long} epoch
                 * @memberof pogcs.pogcs.v1.QueryDeviceRewardsRequest
                 * @instance
                 */
                QueryDeviceRewardsRequest.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new QueryDeviceRewardsRequest instance using the specified properties.
                 * @function create
                 * @memberof pogcs.pogcs.v1.QueryDeviceRewardsRequest
                 * @static
                 * @param {pogcs.pogcs.v1.IQueryDeviceRewardsRequest=} [properties] Properties to set
                 * @returns {pogcs.pogcs.v1.QueryDeviceRewardsRequest} QueryDeviceRewardsRequest instance
                 */
                QueryDeviceRewardsRequest.create = function create(properties) {
                    return new QueryDeviceRewardsRequest(properties);
                };

                /**
                 * Encodes the specified QueryDeviceRewardsRequest message. Does not implicitly {@link pogcs.pogcs.v1.QueryDeviceRewardsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.pogcs.v1.QueryDeviceRewardsRequest
                 * @static
                 * @param {pogcs.pogcs.v1.IQueryDeviceRewardsRequest} m QueryDeviceRewardsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryDeviceRewardsRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.deviceId != null && Object.hasOwnProperty.call(m, "deviceId"))
                        w.uint32(8).uint64(m.deviceId);
                    if (m.epoch != null && Object.hasOwnProperty.call(m, "epoch"))
                        w.uint32(16).uint64(m.epoch);
                    return w;
                };

                /**
                 * Decodes a QueryDeviceRewardsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.pogcs.v1.QueryDeviceRewardsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.pogcs.v1.QueryDeviceRewardsRequest} QueryDeviceRewardsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryDeviceRewardsRequest.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.pogcs.v1.QueryDeviceRewardsRequest();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.deviceId = r.uint64();
                                break;
                            }
                        case 2: {
                                m.epoch = r.uint64();
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
                 * Creates a QueryDeviceRewardsRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.pogcs.v1.QueryDeviceRewardsRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.pogcs.v1.QueryDeviceRewardsRequest} QueryDeviceRewardsRequest
                 */
                QueryDeviceRewardsRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.pogcs.v1.QueryDeviceRewardsRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.pogcs.v1.QueryDeviceRewardsRequest: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.pogcs.v1.QueryDeviceRewardsRequest();
                    if (d.deviceId != null) {
                        if ($util.Long)
                            m.deviceId = $util.Long.fromValue(d.deviceId, true);
                        else if (typeof d.deviceId === "string")
                            m.deviceId = parseInt(d.deviceId, 10);
                        else if (typeof d.deviceId === "number")
                            m.deviceId = d.deviceId;
                        else if (typeof d.deviceId === "object")
                            m.deviceId = new $util.LongBits(d.deviceId.low >>> 0, d.deviceId.high >>> 0).toNumber(true);
                    }
                    if (d.epoch != null) {
                        if ($util.Long)
                            m.epoch = $util.Long.fromValue(d.epoch, true);
                        else if (typeof d.epoch === "string")
                            m.epoch = parseInt(d.epoch, 10);
                        else if (typeof d.epoch === "number")
                            m.epoch = d.epoch;
                        else if (typeof d.epoch === "object")
                            m.epoch = new $util.LongBits(d.epoch.low >>> 0, d.epoch.high >>> 0).toNumber(true);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a QueryDeviceRewardsRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.pogcs.v1.QueryDeviceRewardsRequest
                 * @static
                 * @param {pogcs.pogcs.v1.QueryDeviceRewardsRequest} m QueryDeviceRewardsRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryDeviceRewardsRequest.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.deviceId = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.deviceId = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.epoch = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.epoch = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                    }
                    if (m.deviceId != null && Object.hasOwnProperty.call(m, "deviceId")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.deviceId = typeof m.deviceId === "number" ? BigInt(m.deviceId) : $util.Long.fromBits(m.deviceId.low >>> 0, m.deviceId.high >>> 0, true).toBigInt();
                        else if (typeof m.deviceId === "number")
                            d.deviceId = o.longs === String ? String(m.deviceId) : m.deviceId;
                        else
                            d.deviceId = o.longs === String ? $util.Long.prototype.toString.call(m.deviceId) : o.longs === Number ? new $util.LongBits(m.deviceId.low >>> 0, m.deviceId.high >>> 0).toNumber(true) : m.deviceId;
                    }
                    if (m.epoch != null && Object.hasOwnProperty.call(m, "epoch")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.epoch = typeof m.epoch === "number" ? BigInt(m.epoch) : $util.Long.fromBits(m.epoch.low >>> 0, m.epoch.high >>> 0, true).toBigInt();
                        else if (typeof m.epoch === "number")
                            d.epoch = o.longs === String ? String(m.epoch) : m.epoch;
                        else
                            d.epoch = o.longs === String ? $util.Long.prototype.toString.call(m.epoch) : o.longs === Number ? new $util.LongBits(m.epoch.low >>> 0, m.epoch.high >>> 0).toNumber(true) : m.epoch;
                    }
                    return d;
                };

                /**
                 * Converts this QueryDeviceRewardsRequest to JSON.
                 * @function toJSON
                 * @memberof pogcs.pogcs.v1.QueryDeviceRewardsRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryDeviceRewardsRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for QueryDeviceRewardsRequest
                 * @function getTypeUrl
                 * @memberof pogcs.pogcs.v1.QueryDeviceRewardsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryDeviceRewardsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.pogcs.v1.QueryDeviceRewardsRequest";
                };

                return QueryDeviceRewardsRequest;
            })();

            v1.QueryDeviceRewardsResponse = (function() {

                /**
                 * Properties of a QueryDeviceRewardsResponse.
                 * @memberof pogcs.pogcs.v1
                 * @interface IQueryDeviceRewardsResponse
                 * @property {pogcs.pogcs.v1.IDeviceEpochResult|null} [result] QueryDeviceRewardsResponse result
                 */

                /**
                 * Constructs a new QueryDeviceRewardsResponse.
                 * @memberof pogcs.pogcs.v1
                 * @classdesc Represents a QueryDeviceRewardsResponse.
                 * @implements IQueryDeviceRewardsResponse
                 * @constructor
                 * @param {pogcs.pogcs.v1.IQueryDeviceRewardsResponse=} [p] Properties to set
                 */
                function QueryDeviceRewardsResponse(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * QueryDeviceRewardsResponse result.
                 * @member {pogcs.pogcs.v1.IDeviceEpochResult|null|undefined} result
                 * @memberof pogcs.pogcs.v1.QueryDeviceRewardsResponse
                 * @instance
                 */
                QueryDeviceRewardsResponse.prototype.result = null;

                /**
                 * Creates a new QueryDeviceRewardsResponse instance using the specified properties.
                 * @function create
                 * @memberof pogcs.pogcs.v1.QueryDeviceRewardsResponse
                 * @static
                 * @param {pogcs.pogcs.v1.IQueryDeviceRewardsResponse=} [properties] Properties to set
                 * @returns {pogcs.pogcs.v1.QueryDeviceRewardsResponse} QueryDeviceRewardsResponse instance
                 */
                QueryDeviceRewardsResponse.create = function create(properties) {
                    return new QueryDeviceRewardsResponse(properties);
                };

                /**
                 * Encodes the specified QueryDeviceRewardsResponse message. Does not implicitly {@link pogcs.pogcs.v1.QueryDeviceRewardsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.pogcs.v1.QueryDeviceRewardsResponse
                 * @static
                 * @param {pogcs.pogcs.v1.IQueryDeviceRewardsResponse} m QueryDeviceRewardsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryDeviceRewardsResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.result != null && Object.hasOwnProperty.call(m, "result"))
                        $root.pogcs.pogcs.v1.DeviceEpochResult.encode(m.result, w.uint32(10).fork(), q + 1).ldelim();
                    return w;
                };

                /**
                 * Decodes a QueryDeviceRewardsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.pogcs.v1.QueryDeviceRewardsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.pogcs.v1.QueryDeviceRewardsResponse} QueryDeviceRewardsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryDeviceRewardsResponse.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.pogcs.v1.QueryDeviceRewardsResponse();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.result = $root.pogcs.pogcs.v1.DeviceEpochResult.decode(r, r.uint32(), undefined, n + 1);
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
                 * Creates a QueryDeviceRewardsResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.pogcs.v1.QueryDeviceRewardsResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.pogcs.v1.QueryDeviceRewardsResponse} QueryDeviceRewardsResponse
                 */
                QueryDeviceRewardsResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.pogcs.v1.QueryDeviceRewardsResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.pogcs.v1.QueryDeviceRewardsResponse: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.pogcs.v1.QueryDeviceRewardsResponse();
                    if (d.result != null) {
                        if (!$util.isObject(d.result))
                            throw TypeError(".pogcs.pogcs.v1.QueryDeviceRewardsResponse.result: object expected");
                        m.result = $root.pogcs.pogcs.v1.DeviceEpochResult.fromObject(d.result, n + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a QueryDeviceRewardsResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.pogcs.v1.QueryDeviceRewardsResponse
                 * @static
                 * @param {pogcs.pogcs.v1.QueryDeviceRewardsResponse} m QueryDeviceRewardsResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryDeviceRewardsResponse.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.result = null;
                    }
                    if (m.result != null && Object.hasOwnProperty.call(m, "result")) {
                        d.result = $root.pogcs.pogcs.v1.DeviceEpochResult.toObject(m.result, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this QueryDeviceRewardsResponse to JSON.
                 * @function toJSON
                 * @memberof pogcs.pogcs.v1.QueryDeviceRewardsResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryDeviceRewardsResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for QueryDeviceRewardsResponse
                 * @function getTypeUrl
                 * @memberof pogcs.pogcs.v1.QueryDeviceRewardsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryDeviceRewardsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.pogcs.v1.QueryDeviceRewardsResponse";
                };

                return QueryDeviceRewardsResponse;
            })();

            v1.Params = (function() {

                /**
                 * Properties of a Params.
                 * @memberof pogcs.pogcs.v1
                 * @interface IParams
                 * @property {Long|null} [vgcWindowEpochs] Params vgcWindowEpochs
                 * @property {string|null} [vgcTarget] Params vgcTarget
                 * @property {Long|null} [gMaxPpm] Params gMaxPpm
                 * @property {Long|null} [powerCapPpm] Params powerCapPpm
                 * @property {Long|null} [whPerGpuHour] Params whPerGpuHour
                 * @property {number|null} [scoreThreshold] Params scoreThreshold
                 * @property {number|null} [stakersPermille] Params stakersPermille
                 * @property {number|null} [capacityPoolPermille] Params capacityPoolPermille
                 * @property {number|null} [workPoolPermille] Params workPoolPermille
                 * @property {number|null} [feeBurnPermille] Params feeBurnPermille
                 */

                /**
                 * Constructs a new Params.
                 * @memberof pogcs.pogcs.v1
                 * @classdesc Represents a Params.
                 * @implements IParams
                 * @constructor
                 * @param {pogcs.pogcs.v1.IParams=} [p] Properties to set
                 */
                function Params(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * Params vgcWindowEpochs.
                 * @member {Long} vgcWindowEpochs
                 * @memberof pogcs.pogcs.v1.Params
                 * @instance
                 */
                Params.prototype.vgcWindowEpochs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params vgcTarget.
                 * @member {string} vgcTarget
                 * @memberof pogcs.pogcs.v1.Params
                 * @instance
                 */
                Params.prototype.vgcTarget = "";

                /**
                 * Params gMaxPpm.
                 * @member {Long} gMaxPpm
                 * @memberof pogcs.pogcs.v1.Params
                 * @instance
                 */
                Params.prototype.gMaxPpm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params powerCapPpm.
                 * @member {Long} powerCapPpm
                 * @memberof pogcs.pogcs.v1.Params
                 * @instance
                 */
                Params.prototype.powerCapPpm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params whPerGpuHour.
                 * @member {Long} whPerGpuHour
                 * @memberof pogcs.pogcs.v1.Params
                 * @instance
                 */
                Params.prototype.whPerGpuHour = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params scoreThreshold.
                 * @member {number} scoreThreshold
                 * @memberof pogcs.pogcs.v1.Params
                 * @instance
                 */
                Params.prototype.scoreThreshold = 0;

                /**
                 * Params stakersPermille.
                 * @member {number} stakersPermille
                 * @memberof pogcs.pogcs.v1.Params
                 * @instance
                 */
                Params.prototype.stakersPermille = 0;

                /**
                 * Params capacityPoolPermille.
                 * @member {number} capacityPoolPermille
                 * @memberof pogcs.pogcs.v1.Params
                 * @instance
                 */
                Params.prototype.capacityPoolPermille = 0;

                /**
                 * Params workPoolPermille.
                 * @member {number} workPoolPermille
                 * @memberof pogcs.pogcs.v1.Params
                 * @instance
                 */
                Params.prototype.workPoolPermille = 0;

                /**
                 * Params feeBurnPermille.
                 * @member {number} feeBurnPermille
                 * @memberof pogcs.pogcs.v1.Params
                 * @instance
                 */
                Params.prototype.feeBurnPermille = 0;

                /**
                 * Creates a new Params instance using the specified properties.
                 * @function create
                 * @memberof pogcs.pogcs.v1.Params
                 * @static
                 * @param {pogcs.pogcs.v1.IParams=} [properties] Properties to set
                 * @returns {pogcs.pogcs.v1.Params} Params instance
                 */
                Params.create = function create(properties) {
                    return new Params(properties);
                };

                /**
                 * Encodes the specified Params message. Does not implicitly {@link pogcs.pogcs.v1.Params.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.pogcs.v1.Params
                 * @static
                 * @param {pogcs.pogcs.v1.IParams} m Params message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Params.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.vgcWindowEpochs != null && Object.hasOwnProperty.call(m, "vgcWindowEpochs"))
                        w.uint32(8).uint64(m.vgcWindowEpochs);
                    if (m.vgcTarget != null && Object.hasOwnProperty.call(m, "vgcTarget"))
                        w.uint32(18).string(m.vgcTarget);
                    if (m.gMaxPpm != null && Object.hasOwnProperty.call(m, "gMaxPpm"))
                        w.uint32(24).uint64(m.gMaxPpm);
                    if (m.powerCapPpm != null && Object.hasOwnProperty.call(m, "powerCapPpm"))
                        w.uint32(32).uint64(m.powerCapPpm);
                    if (m.whPerGpuHour != null && Object.hasOwnProperty.call(m, "whPerGpuHour"))
                        w.uint32(40).uint64(m.whPerGpuHour);
                    if (m.scoreThreshold != null && Object.hasOwnProperty.call(m, "scoreThreshold"))
                        w.uint32(48).uint32(m.scoreThreshold);
                    if (m.stakersPermille != null && Object.hasOwnProperty.call(m, "stakersPermille"))
                        w.uint32(56).uint32(m.stakersPermille);
                    if (m.capacityPoolPermille != null && Object.hasOwnProperty.call(m, "capacityPoolPermille"))
                        w.uint32(64).uint32(m.capacityPoolPermille);
                    if (m.workPoolPermille != null && Object.hasOwnProperty.call(m, "workPoolPermille"))
                        w.uint32(72).uint32(m.workPoolPermille);
                    if (m.feeBurnPermille != null && Object.hasOwnProperty.call(m, "feeBurnPermille"))
                        w.uint32(80).uint32(m.feeBurnPermille);
                    return w;
                };

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.pogcs.v1.Params
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.pogcs.v1.Params} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Params.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.pogcs.v1.Params();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.vgcWindowEpochs = r.uint64();
                                break;
                            }
                        case 2: {
                                m.vgcTarget = r.string();
                                break;
                            }
                        case 3: {
                                m.gMaxPpm = r.uint64();
                                break;
                            }
                        case 4: {
                                m.powerCapPpm = r.uint64();
                                break;
                            }
                        case 5: {
                                m.whPerGpuHour = r.uint64();
                                break;
                            }
                        case 6: {
                                m.scoreThreshold = r.uint32();
                                break;
                            }
                        case 7: {
                                m.stakersPermille = r.uint32();
                                break;
                            }
                        case 8: {
                                m.capacityPoolPermille = r.uint32();
                                break;
                            }
                        case 9: {
                                m.workPoolPermille = r.uint32();
                                break;
                            }
                        case 10: {
                                m.feeBurnPermille = r.uint32();
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
                 * Creates a Params message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.pogcs.v1.Params
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.pogcs.v1.Params} Params
                 */
                Params.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.pogcs.v1.Params)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.pogcs.v1.Params: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.pogcs.v1.Params();
                    if (d.vgcWindowEpochs != null) {
                        if ($util.Long)
                            m.vgcWindowEpochs = $util.Long.fromValue(d.vgcWindowEpochs, true);
                        else if (typeof d.vgcWindowEpochs === "string")
                            m.vgcWindowEpochs = parseInt(d.vgcWindowEpochs, 10);
                        else if (typeof d.vgcWindowEpochs === "number")
                            m.vgcWindowEpochs = d.vgcWindowEpochs;
                        else if (typeof d.vgcWindowEpochs === "object")
                            m.vgcWindowEpochs = new $util.LongBits(d.vgcWindowEpochs.low >>> 0, d.vgcWindowEpochs.high >>> 0).toNumber(true);
                    }
                    if (d.vgcTarget != null) {
                        m.vgcTarget = String(d.vgcTarget);
                    }
                    if (d.gMaxPpm != null) {
                        if ($util.Long)
                            m.gMaxPpm = $util.Long.fromValue(d.gMaxPpm, true);
                        else if (typeof d.gMaxPpm === "string")
                            m.gMaxPpm = parseInt(d.gMaxPpm, 10);
                        else if (typeof d.gMaxPpm === "number")
                            m.gMaxPpm = d.gMaxPpm;
                        else if (typeof d.gMaxPpm === "object")
                            m.gMaxPpm = new $util.LongBits(d.gMaxPpm.low >>> 0, d.gMaxPpm.high >>> 0).toNumber(true);
                    }
                    if (d.powerCapPpm != null) {
                        if ($util.Long)
                            m.powerCapPpm = $util.Long.fromValue(d.powerCapPpm, true);
                        else if (typeof d.powerCapPpm === "string")
                            m.powerCapPpm = parseInt(d.powerCapPpm, 10);
                        else if (typeof d.powerCapPpm === "number")
                            m.powerCapPpm = d.powerCapPpm;
                        else if (typeof d.powerCapPpm === "object")
                            m.powerCapPpm = new $util.LongBits(d.powerCapPpm.low >>> 0, d.powerCapPpm.high >>> 0).toNumber(true);
                    }
                    if (d.whPerGpuHour != null) {
                        if ($util.Long)
                            m.whPerGpuHour = $util.Long.fromValue(d.whPerGpuHour, true);
                        else if (typeof d.whPerGpuHour === "string")
                            m.whPerGpuHour = parseInt(d.whPerGpuHour, 10);
                        else if (typeof d.whPerGpuHour === "number")
                            m.whPerGpuHour = d.whPerGpuHour;
                        else if (typeof d.whPerGpuHour === "object")
                            m.whPerGpuHour = new $util.LongBits(d.whPerGpuHour.low >>> 0, d.whPerGpuHour.high >>> 0).toNumber(true);
                    }
                    if (d.scoreThreshold != null) {
                        m.scoreThreshold = d.scoreThreshold >>> 0;
                    }
                    if (d.stakersPermille != null) {
                        m.stakersPermille = d.stakersPermille >>> 0;
                    }
                    if (d.capacityPoolPermille != null) {
                        m.capacityPoolPermille = d.capacityPoolPermille >>> 0;
                    }
                    if (d.workPoolPermille != null) {
                        m.workPoolPermille = d.workPoolPermille >>> 0;
                    }
                    if (d.feeBurnPermille != null) {
                        m.feeBurnPermille = d.feeBurnPermille >>> 0;
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Params message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.pogcs.v1.Params
                 * @static
                 * @param {pogcs.pogcs.v1.Params} m Params
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Params.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.vgcWindowEpochs = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.vgcWindowEpochs = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.vgcTarget = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.gMaxPpm = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.gMaxPpm = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.powerCapPpm = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.powerCapPpm = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.whPerGpuHour = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.whPerGpuHour = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.scoreThreshold = 0;
                        d.stakersPermille = 0;
                        d.capacityPoolPermille = 0;
                        d.workPoolPermille = 0;
                        d.feeBurnPermille = 0;
                    }
                    if (m.vgcWindowEpochs != null && Object.hasOwnProperty.call(m, "vgcWindowEpochs")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.vgcWindowEpochs = typeof m.vgcWindowEpochs === "number" ? BigInt(m.vgcWindowEpochs) : $util.Long.fromBits(m.vgcWindowEpochs.low >>> 0, m.vgcWindowEpochs.high >>> 0, true).toBigInt();
                        else if (typeof m.vgcWindowEpochs === "number")
                            d.vgcWindowEpochs = o.longs === String ? String(m.vgcWindowEpochs) : m.vgcWindowEpochs;
                        else
                            d.vgcWindowEpochs = o.longs === String ? $util.Long.prototype.toString.call(m.vgcWindowEpochs) : o.longs === Number ? new $util.LongBits(m.vgcWindowEpochs.low >>> 0, m.vgcWindowEpochs.high >>> 0).toNumber(true) : m.vgcWindowEpochs;
                    }
                    if (m.vgcTarget != null && Object.hasOwnProperty.call(m, "vgcTarget")) {
                        d.vgcTarget = m.vgcTarget;
                    }
                    if (m.gMaxPpm != null && Object.hasOwnProperty.call(m, "gMaxPpm")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.gMaxPpm = typeof m.gMaxPpm === "number" ? BigInt(m.gMaxPpm) : $util.Long.fromBits(m.gMaxPpm.low >>> 0, m.gMaxPpm.high >>> 0, true).toBigInt();
                        else if (typeof m.gMaxPpm === "number")
                            d.gMaxPpm = o.longs === String ? String(m.gMaxPpm) : m.gMaxPpm;
                        else
                            d.gMaxPpm = o.longs === String ? $util.Long.prototype.toString.call(m.gMaxPpm) : o.longs === Number ? new $util.LongBits(m.gMaxPpm.low >>> 0, m.gMaxPpm.high >>> 0).toNumber(true) : m.gMaxPpm;
                    }
                    if (m.powerCapPpm != null && Object.hasOwnProperty.call(m, "powerCapPpm")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.powerCapPpm = typeof m.powerCapPpm === "number" ? BigInt(m.powerCapPpm) : $util.Long.fromBits(m.powerCapPpm.low >>> 0, m.powerCapPpm.high >>> 0, true).toBigInt();
                        else if (typeof m.powerCapPpm === "number")
                            d.powerCapPpm = o.longs === String ? String(m.powerCapPpm) : m.powerCapPpm;
                        else
                            d.powerCapPpm = o.longs === String ? $util.Long.prototype.toString.call(m.powerCapPpm) : o.longs === Number ? new $util.LongBits(m.powerCapPpm.low >>> 0, m.powerCapPpm.high >>> 0).toNumber(true) : m.powerCapPpm;
                    }
                    if (m.whPerGpuHour != null && Object.hasOwnProperty.call(m, "whPerGpuHour")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.whPerGpuHour = typeof m.whPerGpuHour === "number" ? BigInt(m.whPerGpuHour) : $util.Long.fromBits(m.whPerGpuHour.low >>> 0, m.whPerGpuHour.high >>> 0, true).toBigInt();
                        else if (typeof m.whPerGpuHour === "number")
                            d.whPerGpuHour = o.longs === String ? String(m.whPerGpuHour) : m.whPerGpuHour;
                        else
                            d.whPerGpuHour = o.longs === String ? $util.Long.prototype.toString.call(m.whPerGpuHour) : o.longs === Number ? new $util.LongBits(m.whPerGpuHour.low >>> 0, m.whPerGpuHour.high >>> 0).toNumber(true) : m.whPerGpuHour;
                    }
                    if (m.scoreThreshold != null && Object.hasOwnProperty.call(m, "scoreThreshold")) {
                        d.scoreThreshold = m.scoreThreshold;
                    }
                    if (m.stakersPermille != null && Object.hasOwnProperty.call(m, "stakersPermille")) {
                        d.stakersPermille = m.stakersPermille;
                    }
                    if (m.capacityPoolPermille != null && Object.hasOwnProperty.call(m, "capacityPoolPermille")) {
                        d.capacityPoolPermille = m.capacityPoolPermille;
                    }
                    if (m.workPoolPermille != null && Object.hasOwnProperty.call(m, "workPoolPermille")) {
                        d.workPoolPermille = m.workPoolPermille;
                    }
                    if (m.feeBurnPermille != null && Object.hasOwnProperty.call(m, "feeBurnPermille")) {
                        d.feeBurnPermille = m.feeBurnPermille;
                    }
                    return d;
                };

                /**
                 * Converts this Params to JSON.
                 * @function toJSON
                 * @memberof pogcs.pogcs.v1.Params
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Params.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Params
                 * @function getTypeUrl
                 * @memberof pogcs.pogcs.v1.Params
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Params.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.pogcs.v1.Params";
                };

                return Params;
            })();

            v1.EmissionSchedule = (function() {

                /**
                 * Properties of an EmissionSchedule.
                 * @memberof pogcs.pogcs.v1
                 * @interface IEmissionSchedule
                 * @property {string|null} [denom] EmissionSchedule denom
                 * @property {string|null} [initialPerBlock] EmissionSchedule initialPerBlock
                 * @property {Long|null} [decayEveryBlocks] EmissionSchedule decayEveryBlocks
                 * @property {number|null} [decayNum] EmissionSchedule decayNum
                 * @property {number|null} [decayDen] EmissionSchedule decayDen
                 * @property {string|null} [maxSupply] EmissionSchedule maxSupply
                 */

                /**
                 * Constructs a new EmissionSchedule.
                 * @memberof pogcs.pogcs.v1
                 * @classdesc Represents an EmissionSchedule.
                 * @implements IEmissionSchedule
                 * @constructor
                 * @param {pogcs.pogcs.v1.IEmissionSchedule=} [p] Properties to set
                 */
                function EmissionSchedule(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * EmissionSchedule denom.
                 * @member {string} denom
                 * @memberof pogcs.pogcs.v1.EmissionSchedule
                 * @instance
                 */
                EmissionSchedule.prototype.denom = "";

                /**
                 * EmissionSchedule initialPerBlock.
                 * @member {string} initialPerBlock
                 * @memberof pogcs.pogcs.v1.EmissionSchedule
                 * @instance
                 */
                EmissionSchedule.prototype.initialPerBlock = "";

                /**
                 * EmissionSchedule decayEveryBlocks.
                 * @member {Long} decayEveryBlocks
                 * @memberof pogcs.pogcs.v1.EmissionSchedule
                 * @instance
                 */
                EmissionSchedule.prototype.decayEveryBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EmissionSchedule decayNum.
                 * @member {number} decayNum
                 * @memberof pogcs.pogcs.v1.EmissionSchedule
                 * @instance
                 */
                EmissionSchedule.prototype.decayNum = 0;

                /**
                 * EmissionSchedule decayDen.
                 * @member {number} decayDen
                 * @memberof pogcs.pogcs.v1.EmissionSchedule
                 * @instance
                 */
                EmissionSchedule.prototype.decayDen = 0;

                /**
                 * EmissionSchedule maxSupply.
                 * @member {string} maxSupply
                 * @memberof pogcs.pogcs.v1.EmissionSchedule
                 * @instance
                 */
                EmissionSchedule.prototype.maxSupply = "";

                /**
                 * Creates a new EmissionSchedule instance using the specified properties.
                 * @function create
                 * @memberof pogcs.pogcs.v1.EmissionSchedule
                 * @static
                 * @param {pogcs.pogcs.v1.IEmissionSchedule=} [properties] Properties to set
                 * @returns {pogcs.pogcs.v1.EmissionSchedule} EmissionSchedule instance
                 */
                EmissionSchedule.create = function create(properties) {
                    return new EmissionSchedule(properties);
                };

                /**
                 * Encodes the specified EmissionSchedule message. Does not implicitly {@link pogcs.pogcs.v1.EmissionSchedule.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.pogcs.v1.EmissionSchedule
                 * @static
                 * @param {pogcs.pogcs.v1.IEmissionSchedule} m EmissionSchedule message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EmissionSchedule.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.denom != null && Object.hasOwnProperty.call(m, "denom"))
                        w.uint32(10).string(m.denom);
                    if (m.initialPerBlock != null && Object.hasOwnProperty.call(m, "initialPerBlock"))
                        w.uint32(18).string(m.initialPerBlock);
                    if (m.decayEveryBlocks != null && Object.hasOwnProperty.call(m, "decayEveryBlocks"))
                        w.uint32(24).uint64(m.decayEveryBlocks);
                    if (m.decayNum != null && Object.hasOwnProperty.call(m, "decayNum"))
                        w.uint32(32).uint32(m.decayNum);
                    if (m.decayDen != null && Object.hasOwnProperty.call(m, "decayDen"))
                        w.uint32(40).uint32(m.decayDen);
                    if (m.maxSupply != null && Object.hasOwnProperty.call(m, "maxSupply"))
                        w.uint32(50).string(m.maxSupply);
                    return w;
                };

                /**
                 * Decodes an EmissionSchedule message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.pogcs.v1.EmissionSchedule
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.pogcs.v1.EmissionSchedule} EmissionSchedule
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EmissionSchedule.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.pogcs.v1.EmissionSchedule();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.denom = r.string();
                                break;
                            }
                        case 2: {
                                m.initialPerBlock = r.string();
                                break;
                            }
                        case 3: {
                                m.decayEveryBlocks = r.uint64();
                                break;
                            }
                        case 4: {
                                m.decayNum = r.uint32();
                                break;
                            }
                        case 5: {
                                m.decayDen = r.uint32();
                                break;
                            }
                        case 6: {
                                m.maxSupply = r.string();
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
                 * Creates an EmissionSchedule message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.pogcs.v1.EmissionSchedule
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.pogcs.v1.EmissionSchedule} EmissionSchedule
                 */
                EmissionSchedule.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.pogcs.v1.EmissionSchedule)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.pogcs.v1.EmissionSchedule: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.pogcs.v1.EmissionSchedule();
                    if (d.denom != null) {
                        m.denom = String(d.denom);
                    }
                    if (d.initialPerBlock != null) {
                        m.initialPerBlock = String(d.initialPerBlock);
                    }
                    if (d.decayEveryBlocks != null) {
                        if ($util.Long)
                            m.decayEveryBlocks = $util.Long.fromValue(d.decayEveryBlocks, true);
                        else if (typeof d.decayEveryBlocks === "string")
                            m.decayEveryBlocks = parseInt(d.decayEveryBlocks, 10);
                        else if (typeof d.decayEveryBlocks === "number")
                            m.decayEveryBlocks = d.decayEveryBlocks;
                        else if (typeof d.decayEveryBlocks === "object")
                            m.decayEveryBlocks = new $util.LongBits(d.decayEveryBlocks.low >>> 0, d.decayEveryBlocks.high >>> 0).toNumber(true);
                    }
                    if (d.decayNum != null) {
                        m.decayNum = d.decayNum >>> 0;
                    }
                    if (d.decayDen != null) {
                        m.decayDen = d.decayDen >>> 0;
                    }
                    if (d.maxSupply != null) {
                        m.maxSupply = String(d.maxSupply);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an EmissionSchedule message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.pogcs.v1.EmissionSchedule
                 * @static
                 * @param {pogcs.pogcs.v1.EmissionSchedule} m EmissionSchedule
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                EmissionSchedule.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.denom = "";
                        d.initialPerBlock = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.decayEveryBlocks = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.decayEveryBlocks = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.decayNum = 0;
                        d.decayDen = 0;
                        d.maxSupply = "";
                    }
                    if (m.denom != null && Object.hasOwnProperty.call(m, "denom")) {
                        d.denom = m.denom;
                    }
                    if (m.initialPerBlock != null && Object.hasOwnProperty.call(m, "initialPerBlock")) {
                        d.initialPerBlock = m.initialPerBlock;
                    }
                    if (m.decayEveryBlocks != null && Object.hasOwnProperty.call(m, "decayEveryBlocks")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.decayEveryBlocks = typeof m.decayEveryBlocks === "number" ? BigInt(m.decayEveryBlocks) : $util.Long.fromBits(m.decayEveryBlocks.low >>> 0, m.decayEveryBlocks.high >>> 0, true).toBigInt();
                        else if (typeof m.decayEveryBlocks === "number")
                            d.decayEveryBlocks = o.longs === String ? String(m.decayEveryBlocks) : m.decayEveryBlocks;
                        else
                            d.decayEveryBlocks = o.longs === String ? $util.Long.prototype.toString.call(m.decayEveryBlocks) : o.longs === Number ? new $util.LongBits(m.decayEveryBlocks.low >>> 0, m.decayEveryBlocks.high >>> 0).toNumber(true) : m.decayEveryBlocks;
                    }
                    if (m.decayNum != null && Object.hasOwnProperty.call(m, "decayNum")) {
                        d.decayNum = m.decayNum;
                    }
                    if (m.decayDen != null && Object.hasOwnProperty.call(m, "decayDen")) {
                        d.decayDen = m.decayDen;
                    }
                    if (m.maxSupply != null && Object.hasOwnProperty.call(m, "maxSupply")) {
                        d.maxSupply = m.maxSupply;
                    }
                    return d;
                };

                /**
                 * Converts this EmissionSchedule to JSON.
                 * @function toJSON
                 * @memberof pogcs.pogcs.v1.EmissionSchedule
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                EmissionSchedule.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for EmissionSchedule
                 * @function getTypeUrl
                 * @memberof pogcs.pogcs.v1.EmissionSchedule
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                EmissionSchedule.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.pogcs.v1.EmissionSchedule";
                };

                return EmissionSchedule;
            })();

            v1.Ledger = (function() {

                /**
                 * Properties of a Ledger.
                 * @memberof pogcs.pogcs.v1
                 * @interface ILedger
                 * @property {string|null} [genesisSupply] Ledger genesisSupply
                 * @property {string|null} [emitted] Ledger emitted
                 * @property {string|null} [burned] Ledger burned
                 * @property {string|null} [currentPerBlock] Ledger currentPerBlock
                 * @property {string|null} [stakerDust] Ledger stakerDust
                 * @property {string|null} [capacityPool] Ledger capacityPool
                 * @property {string|null} [workPool] Ledger workPool
                 * @property {string|null} [distributed] Ledger distributed
                 * @property {Long|null} [lastSettledEpoch] Ledger lastSettledEpoch
                 * @property {boolean|null} [anySettled] Ledger anySettled
                 * @property {string|null} [feesCollected] Ledger feesCollected
                 * @property {string|null} [withdrawn] Ledger withdrawn
                 * @property {string|null} [burnedElsewhere] Ledger burnedElsewhere
                 */

                /**
                 * Constructs a new Ledger.
                 * @memberof pogcs.pogcs.v1
                 * @classdesc Represents a Ledger.
                 * @implements ILedger
                 * @constructor
                 * @param {pogcs.pogcs.v1.ILedger=} [p] Properties to set
                 */
                function Ledger(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * Ledger genesisSupply.
                 * @member {string} genesisSupply
                 * @memberof pogcs.pogcs.v1.Ledger
                 * @instance
                 */
                Ledger.prototype.genesisSupply = "";

                /**
                 * Ledger emitted.
                 * @member {string} emitted
                 * @memberof pogcs.pogcs.v1.Ledger
                 * @instance
                 */
                Ledger.prototype.emitted = "";

                /**
                 * Ledger burned.
                 * @member {string} burned
                 * @memberof pogcs.pogcs.v1.Ledger
                 * @instance
                 */
                Ledger.prototype.burned = "";

                /**
                 * Ledger currentPerBlock.
                 * @member {string} currentPerBlock
                 * @memberof pogcs.pogcs.v1.Ledger
                 * @instance
                 */
                Ledger.prototype.currentPerBlock = "";

                /**
                 * Ledger stakerDust.
                 * @member {string} stakerDust
                 * @memberof pogcs.pogcs.v1.Ledger
                 * @instance
                 */
                Ledger.prototype.stakerDust = "";

                /**
                 * Ledger capacityPool.
                 * @member {string} capacityPool
                 * @memberof pogcs.pogcs.v1.Ledger
                 * @instance
                 */
                Ledger.prototype.capacityPool = "";

                /**
                 * Ledger workPool.
                 * @member {string} workPool
                 * @memberof pogcs.pogcs.v1.Ledger
                 * @instance
                 */
                Ledger.prototype.workPool = "";

                /**
                 * Ledger distributed.
                 * @member {string} distributed
                 * @memberof pogcs.pogcs.v1.Ledger
                 * @instance
                 */
                Ledger.prototype.distributed = "";

                /**
                 * Ledger lastSettledEpoch.
                 * @member {Long} lastSettledEpoch
                 * @memberof pogcs.pogcs.v1.Ledger
                 * @instance
                 */
                Ledger.prototype.lastSettledEpoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Ledger anySettled.
                 * @member {boolean} anySettled
                 * @memberof pogcs.pogcs.v1.Ledger
                 * @instance
                 */
                Ledger.prototype.anySettled = false;

                /**
                 * Ledger feesCollected.
                 * @member {string} feesCollected
                 * @memberof pogcs.pogcs.v1.Ledger
                 * @instance
                 */
                Ledger.prototype.feesCollected = "";

                /**
                 * Ledger withdrawn.
                 * @member {string} withdrawn
                 * @memberof pogcs.pogcs.v1.Ledger
                 * @instance
                 */
                Ledger.prototype.withdrawn = "";

                /**
                 * Ledger burnedElsewhere.
                 * @member {string} burnedElsewhere
                 * @memberof pogcs.pogcs.v1.Ledger
                 * @instance
                 */
                Ledger.prototype.burnedElsewhere = "";

                /**
                 * Creates a new Ledger instance using the specified properties.
                 * @function create
                 * @memberof pogcs.pogcs.v1.Ledger
                 * @static
                 * @param {pogcs.pogcs.v1.ILedger=} [properties] Properties to set
                 * @returns {pogcs.pogcs.v1.Ledger} Ledger instance
                 */
                Ledger.create = function create(properties) {
                    return new Ledger(properties);
                };

                /**
                 * Encodes the specified Ledger message. Does not implicitly {@link pogcs.pogcs.v1.Ledger.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.pogcs.v1.Ledger
                 * @static
                 * @param {pogcs.pogcs.v1.ILedger} m Ledger message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Ledger.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.genesisSupply != null && Object.hasOwnProperty.call(m, "genesisSupply"))
                        w.uint32(10).string(m.genesisSupply);
                    if (m.emitted != null && Object.hasOwnProperty.call(m, "emitted"))
                        w.uint32(18).string(m.emitted);
                    if (m.burned != null && Object.hasOwnProperty.call(m, "burned"))
                        w.uint32(26).string(m.burned);
                    if (m.currentPerBlock != null && Object.hasOwnProperty.call(m, "currentPerBlock"))
                        w.uint32(34).string(m.currentPerBlock);
                    if (m.stakerDust != null && Object.hasOwnProperty.call(m, "stakerDust"))
                        w.uint32(42).string(m.stakerDust);
                    if (m.capacityPool != null && Object.hasOwnProperty.call(m, "capacityPool"))
                        w.uint32(50).string(m.capacityPool);
                    if (m.workPool != null && Object.hasOwnProperty.call(m, "workPool"))
                        w.uint32(58).string(m.workPool);
                    if (m.distributed != null && Object.hasOwnProperty.call(m, "distributed"))
                        w.uint32(66).string(m.distributed);
                    if (m.lastSettledEpoch != null && Object.hasOwnProperty.call(m, "lastSettledEpoch"))
                        w.uint32(72).uint64(m.lastSettledEpoch);
                    if (m.anySettled != null && Object.hasOwnProperty.call(m, "anySettled"))
                        w.uint32(80).bool(m.anySettled);
                    if (m.feesCollected != null && Object.hasOwnProperty.call(m, "feesCollected"))
                        w.uint32(90).string(m.feesCollected);
                    if (m.withdrawn != null && Object.hasOwnProperty.call(m, "withdrawn"))
                        w.uint32(98).string(m.withdrawn);
                    if (m.burnedElsewhere != null && Object.hasOwnProperty.call(m, "burnedElsewhere"))
                        w.uint32(106).string(m.burnedElsewhere);
                    return w;
                };

                /**
                 * Decodes a Ledger message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.pogcs.v1.Ledger
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.pogcs.v1.Ledger} Ledger
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Ledger.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.pogcs.v1.Ledger();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.genesisSupply = r.string();
                                break;
                            }
                        case 2: {
                                m.emitted = r.string();
                                break;
                            }
                        case 3: {
                                m.burned = r.string();
                                break;
                            }
                        case 4: {
                                m.currentPerBlock = r.string();
                                break;
                            }
                        case 5: {
                                m.stakerDust = r.string();
                                break;
                            }
                        case 6: {
                                m.capacityPool = r.string();
                                break;
                            }
                        case 7: {
                                m.workPool = r.string();
                                break;
                            }
                        case 8: {
                                m.distributed = r.string();
                                break;
                            }
                        case 9: {
                                m.lastSettledEpoch = r.uint64();
                                break;
                            }
                        case 10: {
                                m.anySettled = r.bool();
                                break;
                            }
                        case 11: {
                                m.feesCollected = r.string();
                                break;
                            }
                        case 12: {
                                m.withdrawn = r.string();
                                break;
                            }
                        case 13: {
                                m.burnedElsewhere = r.string();
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
                 * Creates a Ledger message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.pogcs.v1.Ledger
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.pogcs.v1.Ledger} Ledger
                 */
                Ledger.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.pogcs.v1.Ledger)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.pogcs.v1.Ledger: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.pogcs.v1.Ledger();
                    if (d.genesisSupply != null) {
                        m.genesisSupply = String(d.genesisSupply);
                    }
                    if (d.emitted != null) {
                        m.emitted = String(d.emitted);
                    }
                    if (d.burned != null) {
                        m.burned = String(d.burned);
                    }
                    if (d.currentPerBlock != null) {
                        m.currentPerBlock = String(d.currentPerBlock);
                    }
                    if (d.stakerDust != null) {
                        m.stakerDust = String(d.stakerDust);
                    }
                    if (d.capacityPool != null) {
                        m.capacityPool = String(d.capacityPool);
                    }
                    if (d.workPool != null) {
                        m.workPool = String(d.workPool);
                    }
                    if (d.distributed != null) {
                        m.distributed = String(d.distributed);
                    }
                    if (d.lastSettledEpoch != null) {
                        if ($util.Long)
                            m.lastSettledEpoch = $util.Long.fromValue(d.lastSettledEpoch, true);
                        else if (typeof d.lastSettledEpoch === "string")
                            m.lastSettledEpoch = parseInt(d.lastSettledEpoch, 10);
                        else if (typeof d.lastSettledEpoch === "number")
                            m.lastSettledEpoch = d.lastSettledEpoch;
                        else if (typeof d.lastSettledEpoch === "object")
                            m.lastSettledEpoch = new $util.LongBits(d.lastSettledEpoch.low >>> 0, d.lastSettledEpoch.high >>> 0).toNumber(true);
                    }
                    if (d.anySettled != null) {
                        m.anySettled = Boolean(d.anySettled);
                    }
                    if (d.feesCollected != null) {
                        m.feesCollected = String(d.feesCollected);
                    }
                    if (d.withdrawn != null) {
                        m.withdrawn = String(d.withdrawn);
                    }
                    if (d.burnedElsewhere != null) {
                        m.burnedElsewhere = String(d.burnedElsewhere);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Ledger message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.pogcs.v1.Ledger
                 * @static
                 * @param {pogcs.pogcs.v1.Ledger} m Ledger
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Ledger.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.genesisSupply = "";
                        d.emitted = "";
                        d.burned = "";
                        d.currentPerBlock = "";
                        d.stakerDust = "";
                        d.capacityPool = "";
                        d.workPool = "";
                        d.distributed = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.lastSettledEpoch = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.lastSettledEpoch = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.anySettled = false;
                        d.feesCollected = "";
                        d.withdrawn = "";
                        d.burnedElsewhere = "";
                    }
                    if (m.genesisSupply != null && Object.hasOwnProperty.call(m, "genesisSupply")) {
                        d.genesisSupply = m.genesisSupply;
                    }
                    if (m.emitted != null && Object.hasOwnProperty.call(m, "emitted")) {
                        d.emitted = m.emitted;
                    }
                    if (m.burned != null && Object.hasOwnProperty.call(m, "burned")) {
                        d.burned = m.burned;
                    }
                    if (m.currentPerBlock != null && Object.hasOwnProperty.call(m, "currentPerBlock")) {
                        d.currentPerBlock = m.currentPerBlock;
                    }
                    if (m.stakerDust != null && Object.hasOwnProperty.call(m, "stakerDust")) {
                        d.stakerDust = m.stakerDust;
                    }
                    if (m.capacityPool != null && Object.hasOwnProperty.call(m, "capacityPool")) {
                        d.capacityPool = m.capacityPool;
                    }
                    if (m.workPool != null && Object.hasOwnProperty.call(m, "workPool")) {
                        d.workPool = m.workPool;
                    }
                    if (m.distributed != null && Object.hasOwnProperty.call(m, "distributed")) {
                        d.distributed = m.distributed;
                    }
                    if (m.lastSettledEpoch != null && Object.hasOwnProperty.call(m, "lastSettledEpoch")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.lastSettledEpoch = typeof m.lastSettledEpoch === "number" ? BigInt(m.lastSettledEpoch) : $util.Long.fromBits(m.lastSettledEpoch.low >>> 0, m.lastSettledEpoch.high >>> 0, true).toBigInt();
                        else if (typeof m.lastSettledEpoch === "number")
                            d.lastSettledEpoch = o.longs === String ? String(m.lastSettledEpoch) : m.lastSettledEpoch;
                        else
                            d.lastSettledEpoch = o.longs === String ? $util.Long.prototype.toString.call(m.lastSettledEpoch) : o.longs === Number ? new $util.LongBits(m.lastSettledEpoch.low >>> 0, m.lastSettledEpoch.high >>> 0).toNumber(true) : m.lastSettledEpoch;
                    }
                    if (m.anySettled != null && Object.hasOwnProperty.call(m, "anySettled")) {
                        d.anySettled = m.anySettled;
                    }
                    if (m.feesCollected != null && Object.hasOwnProperty.call(m, "feesCollected")) {
                        d.feesCollected = m.feesCollected;
                    }
                    if (m.withdrawn != null && Object.hasOwnProperty.call(m, "withdrawn")) {
                        d.withdrawn = m.withdrawn;
                    }
                    if (m.burnedElsewhere != null && Object.hasOwnProperty.call(m, "burnedElsewhere")) {
                        d.burnedElsewhere = m.burnedElsewhere;
                    }
                    return d;
                };

                /**
                 * Converts this Ledger to JSON.
                 * @function toJSON
                 * @memberof pogcs.pogcs.v1.Ledger
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Ledger.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Ledger
                 * @function getTypeUrl
                 * @memberof pogcs.pogcs.v1.Ledger
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Ledger.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.pogcs.v1.Ledger";
                };

                return Ledger;
            })();

            v1.ValidatorPower = (function() {

                /**
                 * Properties of a ValidatorPower.
                 * @memberof pogcs.pogcs.v1
                 * @interface IValidatorPower
                 * @property {string|null} [operator] ValidatorPower operator
                 * @property {string|null} [stake] ValidatorPower stake
                 * @property {Long|null} [gPpm] ValidatorPower gPpm
                 * @property {string|null} [vgc] ValidatorPower vgc
                 * @property {string|null} [uncapped] ValidatorPower uncapped
                 * @property {string|null} [power] ValidatorPower power
                 * @property {boolean|null} [penalized] ValidatorPower penalized
                 * @property {Long|null} [epoch] ValidatorPower epoch
                 */

                /**
                 * Constructs a new ValidatorPower.
                 * @memberof pogcs.pogcs.v1
                 * @classdesc Represents a ValidatorPower.
                 * @implements IValidatorPower
                 * @constructor
                 * @param {pogcs.pogcs.v1.IValidatorPower=} [p] Properties to set
                 */
                function ValidatorPower(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * ValidatorPower operator.
                 * @member {string} operator
                 * @memberof pogcs.pogcs.v1.ValidatorPower
                 * @instance
                 */
                ValidatorPower.prototype.operator = "";

                /**
                 * ValidatorPower stake.
                 * @member {string} stake
                 * @memberof pogcs.pogcs.v1.ValidatorPower
                 * @instance
                 */
                ValidatorPower.prototype.stake = "";

                /**
                 * ValidatorPower gPpm.
                 * @member {Long} gPpm
                 * @memberof pogcs.pogcs.v1.ValidatorPower
                 * @instance
                 */
                ValidatorPower.prototype.gPpm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ValidatorPower vgc.
                 * @member {string} vgc
                 * @memberof pogcs.pogcs.v1.ValidatorPower
                 * @instance
                 */
                ValidatorPower.prototype.vgc = "";

                /**
                 * ValidatorPower uncapped.
                 * @member {string} uncapped
                 * @memberof pogcs.pogcs.v1.ValidatorPower
                 * @instance
                 */
                ValidatorPower.prototype.uncapped = "";

                /**
                 * ValidatorPower power.
                 * @member {string} power
                 * @memberof pogcs.pogcs.v1.ValidatorPower
                 * @instance
                 */
                ValidatorPower.prototype.power = "";

                /**
                 * ValidatorPower penalized.
                 * @member {boolean} penalized
                 * @memberof pogcs.pogcs.v1.ValidatorPower
                 * @instance
                 */
                ValidatorPower.prototype.penalized = false;

                /**
                 * ValidatorPower epoch.
                 * @member {Long} epoch
                 * @memberof pogcs.pogcs.v1.ValidatorPower
                 * @instance
                 */
                ValidatorPower.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new ValidatorPower instance using the specified properties.
                 * @function create
                 * @memberof pogcs.pogcs.v1.ValidatorPower
                 * @static
                 * @param {pogcs.pogcs.v1.IValidatorPower=} [properties] Properties to set
                 * @returns {pogcs.pogcs.v1.ValidatorPower} ValidatorPower instance
                 */
                ValidatorPower.create = function create(properties) {
                    return new ValidatorPower(properties);
                };

                /**
                 * Encodes the specified ValidatorPower message. Does not implicitly {@link pogcs.pogcs.v1.ValidatorPower.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.pogcs.v1.ValidatorPower
                 * @static
                 * @param {pogcs.pogcs.v1.IValidatorPower} m ValidatorPower message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ValidatorPower.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.operator != null && Object.hasOwnProperty.call(m, "operator"))
                        w.uint32(10).string(m.operator);
                    if (m.stake != null && Object.hasOwnProperty.call(m, "stake"))
                        w.uint32(18).string(m.stake);
                    if (m.gPpm != null && Object.hasOwnProperty.call(m, "gPpm"))
                        w.uint32(24).uint64(m.gPpm);
                    if (m.vgc != null && Object.hasOwnProperty.call(m, "vgc"))
                        w.uint32(34).string(m.vgc);
                    if (m.uncapped != null && Object.hasOwnProperty.call(m, "uncapped"))
                        w.uint32(42).string(m.uncapped);
                    if (m.power != null && Object.hasOwnProperty.call(m, "power"))
                        w.uint32(50).string(m.power);
                    if (m.penalized != null && Object.hasOwnProperty.call(m, "penalized"))
                        w.uint32(56).bool(m.penalized);
                    if (m.epoch != null && Object.hasOwnProperty.call(m, "epoch"))
                        w.uint32(64).uint64(m.epoch);
                    return w;
                };

                /**
                 * Decodes a ValidatorPower message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.pogcs.v1.ValidatorPower
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.pogcs.v1.ValidatorPower} ValidatorPower
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ValidatorPower.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.pogcs.v1.ValidatorPower();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.operator = r.string();
                                break;
                            }
                        case 2: {
                                m.stake = r.string();
                                break;
                            }
                        case 3: {
                                m.gPpm = r.uint64();
                                break;
                            }
                        case 4: {
                                m.vgc = r.string();
                                break;
                            }
                        case 5: {
                                m.uncapped = r.string();
                                break;
                            }
                        case 6: {
                                m.power = r.string();
                                break;
                            }
                        case 7: {
                                m.penalized = r.bool();
                                break;
                            }
                        case 8: {
                                m.epoch = r.uint64();
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
                 * Creates a ValidatorPower message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.pogcs.v1.ValidatorPower
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.pogcs.v1.ValidatorPower} ValidatorPower
                 */
                ValidatorPower.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.pogcs.v1.ValidatorPower)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.pogcs.v1.ValidatorPower: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.pogcs.v1.ValidatorPower();
                    if (d.operator != null) {
                        m.operator = String(d.operator);
                    }
                    if (d.stake != null) {
                        m.stake = String(d.stake);
                    }
                    if (d.gPpm != null) {
                        if ($util.Long)
                            m.gPpm = $util.Long.fromValue(d.gPpm, true);
                        else if (typeof d.gPpm === "string")
                            m.gPpm = parseInt(d.gPpm, 10);
                        else if (typeof d.gPpm === "number")
                            m.gPpm = d.gPpm;
                        else if (typeof d.gPpm === "object")
                            m.gPpm = new $util.LongBits(d.gPpm.low >>> 0, d.gPpm.high >>> 0).toNumber(true);
                    }
                    if (d.vgc != null) {
                        m.vgc = String(d.vgc);
                    }
                    if (d.uncapped != null) {
                        m.uncapped = String(d.uncapped);
                    }
                    if (d.power != null) {
                        m.power = String(d.power);
                    }
                    if (d.penalized != null) {
                        m.penalized = Boolean(d.penalized);
                    }
                    if (d.epoch != null) {
                        if ($util.Long)
                            m.epoch = $util.Long.fromValue(d.epoch, true);
                        else if (typeof d.epoch === "string")
                            m.epoch = parseInt(d.epoch, 10);
                        else if (typeof d.epoch === "number")
                            m.epoch = d.epoch;
                        else if (typeof d.epoch === "object")
                            m.epoch = new $util.LongBits(d.epoch.low >>> 0, d.epoch.high >>> 0).toNumber(true);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ValidatorPower message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.pogcs.v1.ValidatorPower
                 * @static
                 * @param {pogcs.pogcs.v1.ValidatorPower} m ValidatorPower
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ValidatorPower.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.operator = "";
                        d.stake = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.gPpm = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.gPpm = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.vgc = "";
                        d.uncapped = "";
                        d.power = "";
                        d.penalized = false;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.epoch = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.epoch = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                    }
                    if (m.operator != null && Object.hasOwnProperty.call(m, "operator")) {
                        d.operator = m.operator;
                    }
                    if (m.stake != null && Object.hasOwnProperty.call(m, "stake")) {
                        d.stake = m.stake;
                    }
                    if (m.gPpm != null && Object.hasOwnProperty.call(m, "gPpm")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.gPpm = typeof m.gPpm === "number" ? BigInt(m.gPpm) : $util.Long.fromBits(m.gPpm.low >>> 0, m.gPpm.high >>> 0, true).toBigInt();
                        else if (typeof m.gPpm === "number")
                            d.gPpm = o.longs === String ? String(m.gPpm) : m.gPpm;
                        else
                            d.gPpm = o.longs === String ? $util.Long.prototype.toString.call(m.gPpm) : o.longs === Number ? new $util.LongBits(m.gPpm.low >>> 0, m.gPpm.high >>> 0).toNumber(true) : m.gPpm;
                    }
                    if (m.vgc != null && Object.hasOwnProperty.call(m, "vgc")) {
                        d.vgc = m.vgc;
                    }
                    if (m.uncapped != null && Object.hasOwnProperty.call(m, "uncapped")) {
                        d.uncapped = m.uncapped;
                    }
                    if (m.power != null && Object.hasOwnProperty.call(m, "power")) {
                        d.power = m.power;
                    }
                    if (m.penalized != null && Object.hasOwnProperty.call(m, "penalized")) {
                        d.penalized = m.penalized;
                    }
                    if (m.epoch != null && Object.hasOwnProperty.call(m, "epoch")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.epoch = typeof m.epoch === "number" ? BigInt(m.epoch) : $util.Long.fromBits(m.epoch.low >>> 0, m.epoch.high >>> 0, true).toBigInt();
                        else if (typeof m.epoch === "number")
                            d.epoch = o.longs === String ? String(m.epoch) : m.epoch;
                        else
                            d.epoch = o.longs === String ? $util.Long.prototype.toString.call(m.epoch) : o.longs === Number ? new $util.LongBits(m.epoch.low >>> 0, m.epoch.high >>> 0).toNumber(true) : m.epoch;
                    }
                    return d;
                };

                /**
                 * Converts this ValidatorPower to JSON.
                 * @function toJSON
                 * @memberof pogcs.pogcs.v1.ValidatorPower
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ValidatorPower.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for ValidatorPower
                 * @function getTypeUrl
                 * @memberof pogcs.pogcs.v1.ValidatorPower
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ValidatorPower.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.pogcs.v1.ValidatorPower";
                };

                return ValidatorPower;
            })();

            v1.DeviceEpochResult = (function() {

                /**
                 * Properties of a DeviceEpochResult.
                 * @memberof pogcs.pogcs.v1
                 * @interface IDeviceEpochResult
                 * @property {Long|null} [deviceId] DeviceEpochResult deviceId
                 * @property {Long|null} [epoch] DeviceEpochResult epoch
                 * @property {string|null} [validator] DeviceEpochResult validator
                 * @property {string|null} [vgc] DeviceEpochResult vgc
                 * @property {string|null} [capacityWeight] DeviceEpochResult capacityWeight
                 * @property {string|null} [workReward] DeviceEpochResult workReward
                 * @property {string|null} [capacityReward] DeviceEpochResult capacityReward
                 */

                /**
                 * Constructs a new DeviceEpochResult.
                 * @memberof pogcs.pogcs.v1
                 * @classdesc Represents a DeviceEpochResult.
                 * @implements IDeviceEpochResult
                 * @constructor
                 * @param {pogcs.pogcs.v1.IDeviceEpochResult=} [p] Properties to set
                 */
                function DeviceEpochResult(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * DeviceEpochResult deviceId.
                 * @member {Long} deviceId
                 * @memberof pogcs.pogcs.v1.DeviceEpochResult
                 * @instance
                 */
                DeviceEpochResult.prototype.deviceId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DeviceEpochResult epoch.
                 * @member {Long} epoch
                 * @memberof pogcs.pogcs.v1.DeviceEpochResult
                 * @instance
                 */
                DeviceEpochResult.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DeviceEpochResult validator.
                 * @member {string} validator
                 * @memberof pogcs.pogcs.v1.DeviceEpochResult
                 * @instance
                 */
                DeviceEpochResult.prototype.validator = "";

                /**
                 * DeviceEpochResult vgc.
                 * @member {string} vgc
                 * @memberof pogcs.pogcs.v1.DeviceEpochResult
                 * @instance
                 */
                DeviceEpochResult.prototype.vgc = "";

                /**
                 * DeviceEpochResult capacityWeight.
                 * @member {string} capacityWeight
                 * @memberof pogcs.pogcs.v1.DeviceEpochResult
                 * @instance
                 */
                DeviceEpochResult.prototype.capacityWeight = "";

                /**
                 * DeviceEpochResult workReward.
                 * @member {string} workReward
                 * @memberof pogcs.pogcs.v1.DeviceEpochResult
                 * @instance
                 */
                DeviceEpochResult.prototype.workReward = "";

                /**
                 * DeviceEpochResult capacityReward.
                 * @member {string} capacityReward
                 * @memberof pogcs.pogcs.v1.DeviceEpochResult
                 * @instance
                 */
                DeviceEpochResult.prototype.capacityReward = "";

                /**
                 * Creates a new DeviceEpochResult instance using the specified properties.
                 * @function create
                 * @memberof pogcs.pogcs.v1.DeviceEpochResult
                 * @static
                 * @param {pogcs.pogcs.v1.IDeviceEpochResult=} [properties] Properties to set
                 * @returns {pogcs.pogcs.v1.DeviceEpochResult} DeviceEpochResult instance
                 */
                DeviceEpochResult.create = function create(properties) {
                    return new DeviceEpochResult(properties);
                };

                /**
                 * Encodes the specified DeviceEpochResult message. Does not implicitly {@link pogcs.pogcs.v1.DeviceEpochResult.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.pogcs.v1.DeviceEpochResult
                 * @static
                 * @param {pogcs.pogcs.v1.IDeviceEpochResult} m DeviceEpochResult message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DeviceEpochResult.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.deviceId != null && Object.hasOwnProperty.call(m, "deviceId"))
                        w.uint32(8).uint64(m.deviceId);
                    if (m.epoch != null && Object.hasOwnProperty.call(m, "epoch"))
                        w.uint32(16).uint64(m.epoch);
                    if (m.validator != null && Object.hasOwnProperty.call(m, "validator"))
                        w.uint32(26).string(m.validator);
                    if (m.vgc != null && Object.hasOwnProperty.call(m, "vgc"))
                        w.uint32(34).string(m.vgc);
                    if (m.capacityWeight != null && Object.hasOwnProperty.call(m, "capacityWeight"))
                        w.uint32(42).string(m.capacityWeight);
                    if (m.workReward != null && Object.hasOwnProperty.call(m, "workReward"))
                        w.uint32(50).string(m.workReward);
                    if (m.capacityReward != null && Object.hasOwnProperty.call(m, "capacityReward"))
                        w.uint32(58).string(m.capacityReward);
                    return w;
                };

                /**
                 * Decodes a DeviceEpochResult message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.pogcs.v1.DeviceEpochResult
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.pogcs.v1.DeviceEpochResult} DeviceEpochResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DeviceEpochResult.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.pogcs.v1.DeviceEpochResult();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.deviceId = r.uint64();
                                break;
                            }
                        case 2: {
                                m.epoch = r.uint64();
                                break;
                            }
                        case 3: {
                                m.validator = r.string();
                                break;
                            }
                        case 4: {
                                m.vgc = r.string();
                                break;
                            }
                        case 5: {
                                m.capacityWeight = r.string();
                                break;
                            }
                        case 6: {
                                m.workReward = r.string();
                                break;
                            }
                        case 7: {
                                m.capacityReward = r.string();
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
                 * Creates a DeviceEpochResult message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.pogcs.v1.DeviceEpochResult
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.pogcs.v1.DeviceEpochResult} DeviceEpochResult
                 */
                DeviceEpochResult.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.pogcs.v1.DeviceEpochResult)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.pogcs.v1.DeviceEpochResult: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.pogcs.v1.DeviceEpochResult();
                    if (d.deviceId != null) {
                        if ($util.Long)
                            m.deviceId = $util.Long.fromValue(d.deviceId, true);
                        else if (typeof d.deviceId === "string")
                            m.deviceId = parseInt(d.deviceId, 10);
                        else if (typeof d.deviceId === "number")
                            m.deviceId = d.deviceId;
                        else if (typeof d.deviceId === "object")
                            m.deviceId = new $util.LongBits(d.deviceId.low >>> 0, d.deviceId.high >>> 0).toNumber(true);
                    }
                    if (d.epoch != null) {
                        if ($util.Long)
                            m.epoch = $util.Long.fromValue(d.epoch, true);
                        else if (typeof d.epoch === "string")
                            m.epoch = parseInt(d.epoch, 10);
                        else if (typeof d.epoch === "number")
                            m.epoch = d.epoch;
                        else if (typeof d.epoch === "object")
                            m.epoch = new $util.LongBits(d.epoch.low >>> 0, d.epoch.high >>> 0).toNumber(true);
                    }
                    if (d.validator != null) {
                        m.validator = String(d.validator);
                    }
                    if (d.vgc != null) {
                        m.vgc = String(d.vgc);
                    }
                    if (d.capacityWeight != null) {
                        m.capacityWeight = String(d.capacityWeight);
                    }
                    if (d.workReward != null) {
                        m.workReward = String(d.workReward);
                    }
                    if (d.capacityReward != null) {
                        m.capacityReward = String(d.capacityReward);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a DeviceEpochResult message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.pogcs.v1.DeviceEpochResult
                 * @static
                 * @param {pogcs.pogcs.v1.DeviceEpochResult} m DeviceEpochResult
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                DeviceEpochResult.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.deviceId = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.deviceId = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.epoch = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.epoch = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.validator = "";
                        d.vgc = "";
                        d.capacityWeight = "";
                        d.workReward = "";
                        d.capacityReward = "";
                    }
                    if (m.deviceId != null && Object.hasOwnProperty.call(m, "deviceId")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.deviceId = typeof m.deviceId === "number" ? BigInt(m.deviceId) : $util.Long.fromBits(m.deviceId.low >>> 0, m.deviceId.high >>> 0, true).toBigInt();
                        else if (typeof m.deviceId === "number")
                            d.deviceId = o.longs === String ? String(m.deviceId) : m.deviceId;
                        else
                            d.deviceId = o.longs === String ? $util.Long.prototype.toString.call(m.deviceId) : o.longs === Number ? new $util.LongBits(m.deviceId.low >>> 0, m.deviceId.high >>> 0).toNumber(true) : m.deviceId;
                    }
                    if (m.epoch != null && Object.hasOwnProperty.call(m, "epoch")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.epoch = typeof m.epoch === "number" ? BigInt(m.epoch) : $util.Long.fromBits(m.epoch.low >>> 0, m.epoch.high >>> 0, true).toBigInt();
                        else if (typeof m.epoch === "number")
                            d.epoch = o.longs === String ? String(m.epoch) : m.epoch;
                        else
                            d.epoch = o.longs === String ? $util.Long.prototype.toString.call(m.epoch) : o.longs === Number ? new $util.LongBits(m.epoch.low >>> 0, m.epoch.high >>> 0).toNumber(true) : m.epoch;
                    }
                    if (m.validator != null && Object.hasOwnProperty.call(m, "validator")) {
                        d.validator = m.validator;
                    }
                    if (m.vgc != null && Object.hasOwnProperty.call(m, "vgc")) {
                        d.vgc = m.vgc;
                    }
                    if (m.capacityWeight != null && Object.hasOwnProperty.call(m, "capacityWeight")) {
                        d.capacityWeight = m.capacityWeight;
                    }
                    if (m.workReward != null && Object.hasOwnProperty.call(m, "workReward")) {
                        d.workReward = m.workReward;
                    }
                    if (m.capacityReward != null && Object.hasOwnProperty.call(m, "capacityReward")) {
                        d.capacityReward = m.capacityReward;
                    }
                    return d;
                };

                /**
                 * Converts this DeviceEpochResult to JSON.
                 * @function toJSON
                 * @memberof pogcs.pogcs.v1.DeviceEpochResult
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                DeviceEpochResult.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for DeviceEpochResult
                 * @function getTypeUrl
                 * @memberof pogcs.pogcs.v1.DeviceEpochResult
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                DeviceEpochResult.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.pogcs.v1.DeviceEpochResult";
                };

                return DeviceEpochResult;
            })();

            v1.MsgWithdrawRewards = (function() {

                /**
                 * Properties of a MsgWithdrawRewards.
                 * @memberof pogcs.pogcs.v1
                 * @interface IMsgWithdrawRewards
                 * @property {string|null} [address] MsgWithdrawRewards address
                 */

                /**
                 * Constructs a new MsgWithdrawRewards.
                 * @memberof pogcs.pogcs.v1
                 * @classdesc Represents a MsgWithdrawRewards.
                 * @implements IMsgWithdrawRewards
                 * @constructor
                 * @param {pogcs.pogcs.v1.IMsgWithdrawRewards=} [p] Properties to set
                 */
                function MsgWithdrawRewards(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * MsgWithdrawRewards address.
                 * @member {string} address
                 * @memberof pogcs.pogcs.v1.MsgWithdrawRewards
                 * @instance
                 */
                MsgWithdrawRewards.prototype.address = "";

                /**
                 * Creates a new MsgWithdrawRewards instance using the specified properties.
                 * @function create
                 * @memberof pogcs.pogcs.v1.MsgWithdrawRewards
                 * @static
                 * @param {pogcs.pogcs.v1.IMsgWithdrawRewards=} [properties] Properties to set
                 * @returns {pogcs.pogcs.v1.MsgWithdrawRewards} MsgWithdrawRewards instance
                 */
                MsgWithdrawRewards.create = function create(properties) {
                    return new MsgWithdrawRewards(properties);
                };

                /**
                 * Encodes the specified MsgWithdrawRewards message. Does not implicitly {@link pogcs.pogcs.v1.MsgWithdrawRewards.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.pogcs.v1.MsgWithdrawRewards
                 * @static
                 * @param {pogcs.pogcs.v1.IMsgWithdrawRewards} m MsgWithdrawRewards message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgWithdrawRewards.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.address != null && Object.hasOwnProperty.call(m, "address"))
                        w.uint32(10).string(m.address);
                    return w;
                };

                /**
                 * Decodes a MsgWithdrawRewards message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.pogcs.v1.MsgWithdrawRewards
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.pogcs.v1.MsgWithdrawRewards} MsgWithdrawRewards
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgWithdrawRewards.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.pogcs.v1.MsgWithdrawRewards();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.address = r.string();
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
                 * Creates a MsgWithdrawRewards message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.pogcs.v1.MsgWithdrawRewards
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.pogcs.v1.MsgWithdrawRewards} MsgWithdrawRewards
                 */
                MsgWithdrawRewards.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.pogcs.v1.MsgWithdrawRewards)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.pogcs.v1.MsgWithdrawRewards: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.pogcs.v1.MsgWithdrawRewards();
                    if (d.address != null) {
                        m.address = String(d.address);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a MsgWithdrawRewards message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.pogcs.v1.MsgWithdrawRewards
                 * @static
                 * @param {pogcs.pogcs.v1.MsgWithdrawRewards} m MsgWithdrawRewards
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgWithdrawRewards.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.address = "";
                    }
                    if (m.address != null && Object.hasOwnProperty.call(m, "address")) {
                        d.address = m.address;
                    }
                    return d;
                };

                /**
                 * Converts this MsgWithdrawRewards to JSON.
                 * @function toJSON
                 * @memberof pogcs.pogcs.v1.MsgWithdrawRewards
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgWithdrawRewards.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for MsgWithdrawRewards
                 * @function getTypeUrl
                 * @memberof pogcs.pogcs.v1.MsgWithdrawRewards
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgWithdrawRewards.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.pogcs.v1.MsgWithdrawRewards";
                };

                return MsgWithdrawRewards;
            })();

            v1.MsgWithdrawRewardsResponse = (function() {

                /**
                 * Properties of a MsgWithdrawRewardsResponse.
                 * @memberof pogcs.pogcs.v1
                 * @interface IMsgWithdrawRewardsResponse
                 * @property {string|null} [amount] MsgWithdrawRewardsResponse amount
                 */

                /**
                 * Constructs a new MsgWithdrawRewardsResponse.
                 * @memberof pogcs.pogcs.v1
                 * @classdesc Represents a MsgWithdrawRewardsResponse.
                 * @implements IMsgWithdrawRewardsResponse
                 * @constructor
                 * @param {pogcs.pogcs.v1.IMsgWithdrawRewardsResponse=} [p] Properties to set
                 */
                function MsgWithdrawRewardsResponse(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * MsgWithdrawRewardsResponse amount.
                 * @member {string} amount
                 * @memberof pogcs.pogcs.v1.MsgWithdrawRewardsResponse
                 * @instance
                 */
                MsgWithdrawRewardsResponse.prototype.amount = "";

                /**
                 * Creates a new MsgWithdrawRewardsResponse instance using the specified properties.
                 * @function create
                 * @memberof pogcs.pogcs.v1.MsgWithdrawRewardsResponse
                 * @static
                 * @param {pogcs.pogcs.v1.IMsgWithdrawRewardsResponse=} [properties] Properties to set
                 * @returns {pogcs.pogcs.v1.MsgWithdrawRewardsResponse} MsgWithdrawRewardsResponse instance
                 */
                MsgWithdrawRewardsResponse.create = function create(properties) {
                    return new MsgWithdrawRewardsResponse(properties);
                };

                /**
                 * Encodes the specified MsgWithdrawRewardsResponse message. Does not implicitly {@link pogcs.pogcs.v1.MsgWithdrawRewardsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof pogcs.pogcs.v1.MsgWithdrawRewardsResponse
                 * @static
                 * @param {pogcs.pogcs.v1.IMsgWithdrawRewardsResponse} m MsgWithdrawRewardsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgWithdrawRewardsResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.amount != null && Object.hasOwnProperty.call(m, "amount"))
                        w.uint32(10).string(m.amount);
                    return w;
                };

                /**
                 * Decodes a MsgWithdrawRewardsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof pogcs.pogcs.v1.MsgWithdrawRewardsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {pogcs.pogcs.v1.MsgWithdrawRewardsResponse} MsgWithdrawRewardsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgWithdrawRewardsResponse.decode = function decode(r, l, e, n) {
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
                    m = new $root.pogcs.pogcs.v1.MsgWithdrawRewardsResponse();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.amount = r.string();
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
                 * Creates a MsgWithdrawRewardsResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof pogcs.pogcs.v1.MsgWithdrawRewardsResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {pogcs.pogcs.v1.MsgWithdrawRewardsResponse} MsgWithdrawRewardsResponse
                 */
                MsgWithdrawRewardsResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.pogcs.pogcs.v1.MsgWithdrawRewardsResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".pogcs.pogcs.v1.MsgWithdrawRewardsResponse: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.pogcs.pogcs.v1.MsgWithdrawRewardsResponse();
                    if (d.amount != null) {
                        m.amount = String(d.amount);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a MsgWithdrawRewardsResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof pogcs.pogcs.v1.MsgWithdrawRewardsResponse
                 * @static
                 * @param {pogcs.pogcs.v1.MsgWithdrawRewardsResponse} m MsgWithdrawRewardsResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgWithdrawRewardsResponse.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.amount = "";
                    }
                    if (m.amount != null && Object.hasOwnProperty.call(m, "amount")) {
                        d.amount = m.amount;
                    }
                    return d;
                };

                /**
                 * Converts this MsgWithdrawRewardsResponse to JSON.
                 * @function toJSON
                 * @memberof pogcs.pogcs.v1.MsgWithdrawRewardsResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgWithdrawRewardsResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for MsgWithdrawRewardsResponse
                 * @function getTypeUrl
                 * @memberof pogcs.pogcs.v1.MsgWithdrawRewardsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgWithdrawRewardsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/pogcs.pogcs.v1.MsgWithdrawRewardsResponse";
                };

                return MsgWithdrawRewardsResponse;
            })();

            return v1;
        })();

        return pogcs;
    })();

    return pogcs;
})();

export { $root as default };
