export * from "./types.js";
export { createTcpP2P, TcpP2P, type TcpP2POptions } from "./tcp.js";
export { MemoryNetwork, MemoryP2P, type DeliveryDecision, type MemoryMessage, type MemoryNetworkOptions, type MemoryNodeConfig } from "./memory.js";
export { parsePeerAddress, formatHostPort, type PeerAddress } from "./address.js";
export { P2PError, isP2PError, type P2PErrorCode } from "./errors.js";
export { nodeIdFromPubKey } from "./connection.js";
