/**
 * Gas prices of store access and tx checks, the Cosmos SDK defaults (store/types/gas.go
 * KVGasConfig, x/auth DefaultParams), so gas estimates look familiar to wallets:
 * a MsgSend costs roughly what it costs on an SDK chain (well under 100,000).
 */
export interface KVGasConfig {
  hasCost: bigint;
  deleteCost: bigint;
  readCostFlat: bigint;
  readCostPerByte: bigint;
  writeCostFlat: bigint;
  writeCostPerByte: bigint;
  iterNextCostFlat: bigint;
}

export const DEFAULT_KV_GAS: KVGasConfig = {
  hasCost: 1000n,
  deleteCost: 1000n,
  readCostFlat: 1000n,
  readCostPerByte: 3n,
  writeCostFlat: 2000n,
  writeCostPerByte: 30n,
  iterNextCostFlat: 30n,
};
