import { pogcs } from "../../proto/gen/pogcs.js";
import type { MsgSpec } from "../../chain/app/module.js";
import { parseAccAddress } from "../../chain/codec/address.js";
import { MAX_AMOUNT } from "../../chain/codec/coins.js";
import { moduleAddress } from "../auth/keeper.js";
import { fromLong, toLong } from "../devices/long.js";
import type { PoolsKeeper } from "./keeper.js";
import { processApplyDevice, processCreatePool, processLeavePool, validatePoolDefinition } from "./membership.js";
import { processDeposit, processFundPool, processRequestWithdraw } from "./investors.js";
import { processCommitCapacity } from "./capacity.js";
import { paramsFromProto, validatePoolsParams } from "./params.js";
import { entryRuleFromProto } from "./types.js";
import { ErrInvalidAmount, ErrUnauthorized, ErrZeroAmount } from "./errors.js";

import P = pogcs.pools.v1;

/** Positive decimal amount below 2^256; each bad form has its own code. */
export function parsePositive(s: string, what: string): bigint {
  if (!/^[0-9]{1,78}$/.test(s)) throw ErrInvalidAmount.raise(`${what} ${JSON.stringify(s)}`);
  const v = BigInt(s);
  if (v > MAX_AMOUNT) throw ErrInvalidAmount.raise(`${what} overflows 256 bits`);
  if (v === 0n) throw ErrZeroAmount.raise(what);
  return v;
}

const res = (name: string, bytes: Uint8Array) => ({ typeUrl: `/pogcs.pools.v1.${name}`, value: bytes });

export const POOLS_MSG = {
  createPool: "/pogcs.pools.v1.MsgCreatePool",
  applyDevice: "/pogcs.pools.v1.MsgApplyDevice",
  leavePool: "/pogcs.pools.v1.MsgLeavePool",
  deposit: "/pogcs.pools.v1.MsgDeposit",
  requestWithdraw: "/pogcs.pools.v1.MsgRequestWithdraw",
  fundPool: "/pogcs.pools.v1.MsgFundPool",
  commitCapacity: "/pogcs.pools.v1.MsgCommitCapacity",
  updateParams: "/pogcs.pools.v1.MsgUpdateParams",
} as const;

/** Amino JSON: the generic pogcs form (proto/registry.ts, `pogcs/pools/<MsgName>`), shared with CosmJS clients. */
export function poolsMsgs(k: PoolsKeeper): MsgSpec<any>[] {
  const createPool: MsgSpec<P.MsgCreatePool> = {
    typeUrl: POOLS_MSG.createPool,
    decode: (b) => P.MsgCreatePool.decode(b),
    signers: (m) => [m.creator],
    validateBasic(m) {
      parseAccAddress(m.creator);
      validatePoolDefinition({ name: m.name, kind: m.kind, quoteDenom: m.quoteDenom, seats: m.seats, revenueShareBps: m.revenueShareBps, entryRule: entryRuleFromProto(m.entryRule) });
    },
    handle(ctx, m) {
      const id = processCreatePool(k, ctx, { creator: m.creator, name: m.name, kind: m.kind, quoteDenom: m.quoteDenom, seats: m.seats, revenueShareBps: m.revenueShareBps, entryRule: entryRuleFromProto(m.entryRule) });
      return res("MsgCreatePoolResponse", P.MsgCreatePoolResponse.encode({ poolId: toLong(id) }).finish());
    },
  };
  const applyDevice: MsgSpec<P.MsgApplyDevice> = {
    typeUrl: POOLS_MSG.applyDevice,
    decode: (b) => P.MsgApplyDevice.decode(b),
    signers: (m) => [m.owner],
    validateBasic: (m) => void parseAccAddress(m.owner),
    handle(ctx, m) {
      const seq = processApplyDevice(k, ctx, m.owner, fromLong(m.poolId), fromLong(m.deviceId));
      return res("MsgApplyDeviceResponse", P.MsgApplyDeviceResponse.encode({ seq: toLong(seq) }).finish());
    },
  };
  const leavePool: MsgSpec<P.MsgLeavePool> = {
    typeUrl: POOLS_MSG.leavePool,
    decode: (b) => P.MsgLeavePool.decode(b),
    signers: (m) => [m.owner],
    validateBasic: (m) => void parseAccAddress(m.owner),
    handle(ctx, m) {
      processLeavePool(k, ctx, m.owner, fromLong(m.deviceId));
      return res("MsgLeavePoolResponse", P.MsgLeavePoolResponse.encode({}).finish());
    },
  };
  const deposit: MsgSpec<P.MsgDeposit> = {
    typeUrl: POOLS_MSG.deposit,
    decode: (b) => P.MsgDeposit.decode(b),
    signers: (m) => [m.investor],
    validateBasic(m) {
      parseAccAddress(m.investor);
      parsePositive(m.amount, "amount");
    },
    handle(ctx, m) {
      const shares = processDeposit(k, ctx, m.investor, fromLong(m.poolId), parsePositive(m.amount, "amount"));
      return res("MsgDepositResponse", P.MsgDepositResponse.encode({ shares: shares.toString() }).finish());
    },
  };
  const requestWithdraw: MsgSpec<P.MsgRequestWithdraw> = {
    typeUrl: POOLS_MSG.requestWithdraw,
    decode: (b) => P.MsgRequestWithdraw.decode(b),
    signers: (m) => [m.investor],
    validateBasic(m) {
      parseAccAddress(m.investor);
      parsePositive(m.shares, "shares");
    },
    handle(ctx, m) {
      const seq = processRequestWithdraw(k, ctx, m.investor, fromLong(m.poolId), parsePositive(m.shares, "shares"));
      return res("MsgRequestWithdrawResponse", P.MsgRequestWithdrawResponse.encode({ seq: toLong(seq) }).finish());
    },
  };
  const fundPool: MsgSpec<P.MsgFundPool> = {
    typeUrl: POOLS_MSG.fundPool,
    decode: (b) => P.MsgFundPool.decode(b),
    signers: (m) => [m.sender],
    validateBasic(m) {
      parseAccAddress(m.sender);
      parsePositive(m.amount, "amount");
    },
    handle(ctx, m) {
      processFundPool(k, ctx, m.sender, fromLong(m.poolId), parsePositive(m.amount, "amount"));
      return res("MsgFundPoolResponse", P.MsgFundPoolResponse.encode({}).finish());
    },
  };
  const commitCapacity: MsgSpec<P.MsgCommitCapacity> = {
    typeUrl: POOLS_MSG.commitCapacity,
    decode: (b) => P.MsgCommitCapacity.decode(b),
    signers: (m) => [m.owner],
    validateBasic(m) {
      parseAccAddress(m.owner);
      if (fromLong(m.units) === 0n) throw ErrZeroAmount.raise("units");
    },
    handle(ctx, m) {
      const r = processCommitCapacity(k, ctx, m.owner, fromLong(m.deviceId), fromLong(m.hourStart), fromLong(m.units));
      return res("MsgCommitCapacityResponse", P.MsgCommitCapacityResponse.encode({ denom: r.denom, commitmentId: toLong(r.commitmentId) }).finish());
    },
  };
  const updateParams: MsgSpec<P.MsgUpdateParams> = {
    typeUrl: POOLS_MSG.updateParams,
    decode: (b) => P.MsgUpdateParams.decode(b),
    signers: (m) => [m.authority],
    validateBasic(m) {
      parseAccAddress(m.authority);
      validatePoolsParams(paramsFromProto(m.params));
    },
    handle(ctx, m) {
      if (m.authority !== moduleAddress("gov")) throw ErrUnauthorized.raise(`${m.authority} is not the governance account`);
      k.setParams(ctx, paramsFromProto(m.params));
      return res("MsgUpdateParamsResponse", P.MsgUpdateParamsResponse.encode({}).finish());
    },
  };
  return [createPool, applyDevice, leavePool, deposit, requestWithdraw, fundPool, commitCapacity, updateParams];
}

