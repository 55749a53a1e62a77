import {
  MsgBeginRedelegate, MsgBeginRedelegateResponse, MsgCancelUnbondingDelegation, MsgCancelUnbondingDelegationResponse, MsgCreateValidator, MsgCreateValidatorResponse, MsgDelegate,
  MsgDelegateResponse, MsgEditValidator, MsgEditValidatorResponse, MsgUndelegate, MsgUndelegateResponse,
} from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { MsgUnjail, MsgUnjailResponse } from "cosmjs-types/cosmos/slashing/v1beta1/tx";
import type { Description } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import type { MsgSpec } from "../../chain/app/module.js";
import type { Context } from "../../chain/app/context.js";
import { equalBytes } from "../../chain/crypto/bytes.js";
import { parseAccAddress, parseValAddress } from "../../chain/codec/address.js";
import { ErrInvalidAddress, ErrInvalidRequest } from "../../chain/errors/index.js";
import { makeEvent } from "../../chain/events/types.js";
import { stakingStore as S, operatorAccount } from "./store.js";
import type { StakingKeeper } from "./keeper.js";
import { newSigningInfo, processUnjail } from "./slash.js";
import { parseDec } from "./dec.js";
import { BondStatus, consAddressOf, decodeConsPubKey, nowOf, type ValidatorRecord } from "./types.js";
import { DO_NOT_MODIFY, parsePositiveInt, type ParsedRates, validateCommissionRates, validateDescription, validatePositiveAmount } from "./validate.js";
import {
  ErrCommissionGTMaxChangeRate, ErrCommissionGTMaxRate, ErrCommissionHuge, ErrCommissionLTMinRate, ErrCommissionUpdateTime,
  ErrMinSelfDelegationDecreased, ErrNoValidatorFound, ErrSelfDelegationBelowMinimum, ErrValidatorOwnerExists, ErrValidatorPubKeyExists,
} from "./errors.js";

export interface CreateValidatorInput {
  operator: string;
  pubKey: Uint8Array;
  description: Description;
  rates: ParsedRates;
  minSelfDelegation: bigint;
  /** Self-delegation, bonded from the operator's account. */
  amount: bigint;
}

/** Creates a validator (unique operator and consensus key) and bonds its self-delegation. */
export function processCreateValidator(k: StakingKeeper, ctx: Context, i: CreateValidatorInput): ValidatorRecord {
  if (S.getValidator(ctx, i.operator)) throw ErrValidatorOwnerExists.raise();
  const cons = consAddressOf(i.pubKey);
  if (S.operatorByCons(ctx, cons)) throw ErrValidatorPubKeyExists.raise();
  if (i.amount < i.minSelfDelegation) throw ErrSelfDelegationBelowMinimum.raise();
  const v: ValidatorRecord = {
    operator: i.operator,
    consPubKey: i.pubKey,
    jailed: false,
    status: BondStatus.BOND_STATUS_UNBONDED,
    tokens: 0n,
    shares: 0n,
    description: i.description,
    unbondingHeight: 0n,
    unbondingTime: { seconds: 0n, nanos: 0 },
    commission: { ...i.rates, updateTime: nowOf(ctx) },
    minSelfDelegation: i.minSelfDelegation,
  };
  S.setValidator(ctx, v);
  if (!S.getSigningInfo(ctx, cons)) S.setSigningInfo(ctx, cons, newSigningInfo(cons, ctx.block.height));
  for (const h of k.hooks) h.afterValidatorCreated?.(ctx, v.operator);
  ctx.emit(makeEvent("create_validator", [["validator", v.operator], ["amount", `${i.amount}${S.params(ctx).bondDenom}`]]));
  k.delegate(ctx, operatorAccount(v.operator), v.operator, i.amount);
  return S.getValidator(ctx, v.operator)!;
}

const COMMISSION_UPDATE_PERIOD = 24n * 3600n;

const response = (typeUrl: string, value: Uint8Array) => ({ typeUrl, value });

function createValidator(k: StakingKeeper): MsgSpec<MsgCreateValidator> {
  return {
    typeUrl: "/cosmos.staking.v1beta1.MsgCreateValidator",
    decode: (b) => MsgCreateValidator.decode(b),
    // SDK v0.50: the operator's account signs; the deprecated delegator_address must match if set.
    signers: (m) => [operatorAccount(m.validatorAddress)],
    validateBasic(m) {
      const op = parseValAddress(m.validatorAddress);
      if (m.delegatorAddress && !equalBytes(parseAccAddress(m.delegatorAddress), op)) {
        throw ErrInvalidAddress.raise("validator address is invalid: delegator and validator addresses differ");
      }
      decodeConsPubKey(m.pubkey);
      const value = validatePositiveAmount(m.value);
      validateDescription(m.description, true);
      validateCommissionRates(m.commission);
      const min = parsePositiveInt(m.minSelfDelegation, "minimum self delegation");
      if (value.amount < min) throw ErrSelfDelegationBelowMinimum.raise();
    },
    handle(ctx, m) {
      const value = validatePositiveAmount(m.value);
      k.validateBondDenom(ctx, value.denom);
      const rates = validateCommissionRates(m.commission);
      const p = S.params(ctx);
      if (rates.rate < p.minCommissionRate) throw ErrCommissionLTMinRate.raise(`cannot set validator commission to less than minimum rate of ${p.minCommissionRate}`);
      processCreateValidator(k, ctx, {
        operator: m.validatorAddress,
        pubKey: decodeConsPubKey(m.pubkey),
        description: m.description,
        rates,
        minSelfDelegation: BigInt(m.minSelfDelegation),
        amount: value.amount,
      });
      return response("/cosmos.staking.v1beta1.MsgCreateValidatorResponse", MsgCreateValidatorResponse.encode({}).finish());
    },
  };
}

function editValidator(k: StakingKeeper): MsgSpec<MsgEditValidator> {
  return {
    typeUrl: "/cosmos.staking.v1beta1.MsgEditValidator",
    decode: (b) => MsgEditValidator.decode(b),
    signers: (m) => [operatorAccount(m.validatorAddress)],
    validateBasic(m) {
      parseValAddress(m.validatorAddress);
      validateDescription(m.description, false);
      if (m.commissionRate) {
        const r = parseDec(m.commissionRate, "commission rate");
        if (r > 10n ** 18n) throw ErrCommissionHuge.raise();
      }
      if (m.minSelfDelegation) parsePositiveInt(m.minSelfDelegation, "minimum self delegation");
    },
    handle(ctx, m) {
      const v = S.getValidator(ctx, m.validatorAddress);
      if (!v) throw ErrNoValidatorFound.raise(m.validatorAddress);
      const keep = (next: string, cur: string) => (next === DO_NOT_MODIFY ? cur : next);
      const d = v.description;
      const description = {
        moniker: keep(m.description.moniker, d.moniker) || d.moniker,
        identity: keep(m.description.identity, d.identity),
        website: keep(m.description.website, d.website),
        securityContact: keep(m.description.securityContact, d.securityContact),
        details: keep(m.description.details, d.details),
      };
      let commission = v.commission;
      if (m.commissionRate) {
        const rate = parseDec(m.commissionRate, "commission rate");
        const now = nowOf(ctx);
        if (now.seconds - v.commission.updateTime.seconds < COMMISSION_UPDATE_PERIOD) throw ErrCommissionUpdateTime.raise();
        if (rate > v.commission.maxRate) throw ErrCommissionGTMaxRate.raise();
        const change = rate > v.commission.rate ? rate - v.commission.rate : v.commission.rate - rate;
        if (change > v.commission.maxChangeRate) throw ErrCommissionGTMaxChangeRate.raise();
        if (rate < S.params(ctx).minCommissionRate) throw ErrCommissionLTMinRate.raise();
        commission = { ...v.commission, rate, updateTime: now };
      }
      let minSelfDelegation = v.minSelfDelegation;
      if (m.minSelfDelegation) {
        const min = BigInt(m.minSelfDelegation);
        if (min <= v.minSelfDelegation) throw ErrMinSelfDelegationDecreased.raise();
        if (min > v.tokens) throw ErrSelfDelegationBelowMinimum.raise();
        minSelfDelegation = min;
      }
      S.setValidator(ctx, { ...v, description, commission, minSelfDelegation });
      ctx.emit(makeEvent("edit_validator", [["commission_rate", commission.rate.toString()], ["min_self_delegation", minSelfDelegation.toString()]]));
      return response("/cosmos.staking.v1beta1.MsgEditValidatorResponse", MsgEditValidatorResponse.encode({}).finish());
    },
  };
}

function delegate(k: StakingKeeper): MsgSpec<MsgDelegate> {
  return {
    typeUrl: "/cosmos.staking.v1beta1.MsgDelegate",
    decode: (b) => MsgDelegate.decode(b),
    signers: (m) => [m.delegatorAddress],
    validateBasic(m) {
      parseAccAddress(m.delegatorAddress);
      parseValAddress(m.validatorAddress);
      validatePositiveAmount(m.amount);
    },
    handle(ctx, m) {
      const c = validatePositiveAmount(m.amount);
      k.validateBondDenom(ctx, c.denom);
      k.delegate(ctx, m.delegatorAddress, m.validatorAddress, c.amount);
      return response("/cosmos.staking.v1beta1.MsgDelegateResponse", MsgDelegateResponse.encode({}).finish());
    },
  };
}

function undelegate(k: StakingKeeper): MsgSpec<MsgUndelegate> {
  return {
    typeUrl: "/cosmos.staking.v1beta1.MsgUndelegate",
    decode: (b) => MsgUndelegate.decode(b),
    signers: (m) => [m.delegatorAddress],
    validateBasic(m) {
      parseAccAddress(m.delegatorAddress);
      parseValAddress(m.validatorAddress);
      validatePositiveAmount(m.amount, "shares");
    },
    handle(ctx, m) {
      const c = validatePositiveAmount(m.amount, "shares");
      k.validateBondDenom(ctx, c.denom);
      const out = k.undelegate(ctx, m.delegatorAddress, m.validatorAddress, c.amount);
      return response(
        "/cosmos.staking.v1beta1.MsgUndelegateResponse",
        MsgUndelegateResponse.encode({ completionTime: out.completionTime, amount: { denom: c.denom, amount: out.amount.toString() } }).finish(),
      );
    },
  };
}

function beginRedelegate(k: StakingKeeper): MsgSpec<MsgBeginRedelegate> {
  return {
    typeUrl: "/cosmos.staking.v1beta1.MsgBeginRedelegate",
    decode: (b) => MsgBeginRedelegate.decode(b),
    signers: (m) => [m.delegatorAddress],
    validateBasic(m) {
      parseAccAddress(m.delegatorAddress);
      parseValAddress(m.validatorSrcAddress);
      parseValAddress(m.validatorDstAddress);
      validatePositiveAmount(m.amount, "shares");
    },
    handle(ctx, m) {
      const c = validatePositiveAmount(m.amount, "shares");
      k.validateBondDenom(ctx, c.denom);
      const out = k.redelegate(ctx, m.delegatorAddress, m.validatorSrcAddress, m.validatorDstAddress, c.amount);
      return response("/cosmos.staking.v1beta1.MsgBeginRedelegateResponse", MsgBeginRedelegateResponse.encode({ completionTime: out.completionTime }).finish());
    },
  };
}

function cancelUnbonding(k: StakingKeeper): MsgSpec<MsgCancelUnbondingDelegation> {
  return {
    typeUrl: "/cosmos.staking.v1beta1.MsgCancelUnbondingDelegation",
    decode: (b) => MsgCancelUnbondingDelegation.decode(b),
    signers: (m) => [m.delegatorAddress],
    validateBasic(m) {
      parseAccAddress(m.delegatorAddress);
      parseValAddress(m.validatorAddress);
      validatePositiveAmount(m.amount);
      if (m.creationHeight <= 0n) throw ErrInvalidRequest.raise("invalid height");
    },
    handle(ctx, m) {
      const c = validatePositiveAmount(m.amount);
      k.validateBondDenom(ctx, c.denom);
      k.cancelUnbonding(ctx, m.delegatorAddress, m.validatorAddress, c.amount, m.creationHeight);
      return response("/cosmos.staking.v1beta1.MsgCancelUnbondingDelegationResponse", MsgCancelUnbondingDelegationResponse.encode({}).finish());
    },
  };
}

function unjail(k: StakingKeeper): MsgSpec<MsgUnjail> {
  return {
    typeUrl: "/cosmos.slashing.v1beta1.MsgUnjail",
    decode: (b) => MsgUnjail.decode(b),
    signers: (m) => [operatorAccount(m.validatorAddr)],
    validateBasic(m) {
      parseValAddress(m.validatorAddr);
    },
    handle(ctx, m) {
      processUnjail(k, ctx, m.validatorAddr);
      return response("/cosmos.slashing.v1beta1.MsgUnjailResponse", MsgUnjailResponse.encode({}).finish());
    },
  };
}

export function stakingMsgs(k: StakingKeeper): MsgSpec<any>[] {
  return [createValidator(k), editValidator(k), delegate(k), undelegate(k), beginRedelegate(k), cancelUnbonding(k), unjail(k)];
}
