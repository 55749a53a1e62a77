import * as Q from "cosmjs-types/cosmos/staking/v1beta1/query";
import type { DelegationResponse, RedelegationResponse, Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import type { QuerySpec } from "../../chain/app/module.js";
import type { QueryContext } from "../../chain/app/context.js";
import { parseAccAddress, parseValAddress } from "../../chain/codec/address.js";
import { ErrInvalidRequest, ErrKeyNotFound } from "../../chain/errors/index.js";
import { decodeRequest } from "../shared/query-codec.js";
import { paginate } from "../shared/pagination.js";
import { stakingStore as S } from "./store.js";
import type { StakingKeeper } from "./keeper.js";
import { computeTokensOf } from "./shares.js";
import { stakingParamsToProto } from "./params.js";
import {
  BondStatus, delegationToProto, redelegationToProto, unbondingToProto, validatorToProto,
  type DelegationRecord, type RedelegationRecord, type ValidatorRecord,
} from "./types.js";

const SVC = "/cosmos.staking.v1beta1.Query";

function notFound(what: string): never {
  throw ErrKeyNotFound.raise(`rpc error: code = NotFound desc = ${what}`);
}

function need(value: string, what: string): string {
  if (!value) throw ErrInvalidRequest.raise(`rpc error: code = InvalidArgument desc = ${what} cannot be empty`);
  return value;
}

const STATUS_NAMES: Record<string, BondStatus> = {
  BOND_STATUS_BONDED: BondStatus.BOND_STATUS_BONDED,
  BOND_STATUS_UNBONDED: BondStatus.BOND_STATUS_UNBONDED,
  BOND_STATUS_UNBONDING: BondStatus.BOND_STATUS_UNBONDING,
};

function delegationResponse(ctx: QueryContext, d: DelegationRecord): DelegationResponse {
  const v = S.getValidator(ctx, d.validator);
  const amount = v ? computeTokensOf(v, d.shares) : 0n;
  return { delegation: delegationToProto(d), balance: { denom: S.params(ctx).bondDenom, amount: amount.toString() } };
}

function redelegationResponse(ctx: QueryContext, r: RedelegationRecord): RedelegationResponse {
  const dst = S.getValidator(ctx, r.dst);
  const proto = redelegationToProto(r);
  return {
    redelegation: proto,
    entries: proto.entries.map((e, i) => ({ redelegationEntry: e, balance: (dst ? computeTokensOf(dst, r.entries[i]!.sharesDst) : 0n).toString() })),
  };
}

function getValidatorOrThrow(ctx: QueryContext, addr: string): ValidatorRecord {
  parseValAddress(need(addr, "validator address"));
  return S.getValidator(ctx, addr) ?? notFound(`validator ${addr} not found`);
}

export function stakingQueries(k: StakingKeeper): QuerySpec[] {
  const v = (x: ValidatorRecord): Validator => validatorToProto(x);
  return [
    {
      path: `${SVC}/Validators`,
      handle(ctx, data) {
        const req = decodeRequest(Q.QueryValidatorsRequest, data);
        let all = [...S.iterateValidators(ctx)];
        if (req.status) {
          const s = STATUS_NAMES[req.status];
          if (s === undefined) throw ErrInvalidRequest.raise(`rpc error: code = InvalidArgument desc = invalid validator status ${req.status}`);
          all = all.filter((x) => x.status === s);
        }
        const { items, pagination } = paginate(all, req.pagination);
        return Q.QueryValidatorsResponse.encode({ validators: items.map(v), pagination }).finish();
      },
    },
    {
      path: `${SVC}/Validator`,
      handle(ctx, data) {
        const req = decodeRequest(Q.QueryValidatorRequest, data);
        return Q.QueryValidatorResponse.encode({ validator: v(getValidatorOrThrow(ctx, req.validatorAddr)) }).finish();
      },
    },
    {
      path: `${SVC}/ValidatorDelegations`,
      handle(ctx, data) {
        const req = decodeRequest(Q.QueryValidatorDelegationsRequest, data);
        getValidatorOrThrow(ctx, req.validatorAddr);
        const all = [...S.iterateDelegations(ctx)].filter((d) => d.validator === req.validatorAddr);
        const { items, pagination } = paginate(all, req.pagination);
        return Q.QueryValidatorDelegationsResponse.encode({ delegationResponses: items.map((d) => delegationResponse(ctx, d)), pagination }).finish();
      },
    },
    {
      path: `${SVC}/ValidatorUnbondingDelegations`,
      handle(ctx, data) {
        const req = decodeRequest(Q.QueryValidatorUnbondingDelegationsRequest, data);
        parseValAddress(need(req.validatorAddr, "validator address"));
        const { items, pagination } = paginate([...S.validatorUnbondings(ctx, req.validatorAddr)], req.pagination);
        return Q.QueryValidatorUnbondingDelegationsResponse.encode({ unbondingResponses: items.map(unbondingToProto), pagination }).finish();
      },
    },
    {
      path: `${SVC}/Delegation`,
      handle(ctx, data) {
        const req = decodeRequest(Q.QueryDelegationRequest, data);
        parseAccAddress(need(req.delegatorAddr, "delegator address"));
        parseValAddress(need(req.validatorAddr, "validator address"));
        const d = S.getDelegation(ctx, req.delegatorAddr, req.validatorAddr);
        if (!d) notFound(`delegation with delegator ${req.delegatorAddr} not found for validator ${req.validatorAddr}`);
        return Q.QueryDelegationResponse.encode({ delegationResponse: delegationResponse(ctx, d) }).finish();
      },
    },
    {
      path: `${SVC}/UnbondingDelegation`,
      handle(ctx, data) {
        const req = decodeRequest(Q.QueryUnbondingDelegationRequest, data);
        parseAccAddress(need(req.delegatorAddr, "delegator address"));
        parseValAddress(need(req.validatorAddr, "validator address"));
        const u = S.getUnbonding(ctx, req.delegatorAddr, req.validatorAddr);
        if (!u) notFound(`unbonding delegation with delegator ${req.delegatorAddr} not found for validator ${req.validatorAddr}`);
        return Q.QueryUnbondingDelegationResponse.encode({ unbond: unbondingToProto(u) }).finish();
      },
    },
    {
      path: `${SVC}/DelegatorDelegations`,
      handle(ctx, data) {
        const req = decodeRequest(Q.QueryDelegatorDelegationsRequest, data);
        parseAccAddress(need(req.delegatorAddr, "delegator address"));
        const { items, pagination } = paginate([...S.delegatorDelegations(ctx, req.delegatorAddr)], req.pagination);
        return Q.QueryDelegatorDelegationsResponse.encode({ delegationResponses: items.map((d) => delegationResponse(ctx, d)), pagination }).finish();
      },
    },
    {
      path: `${SVC}/DelegatorUnbondingDelegations`,
      handle(ctx, data) {
        const req = decodeRequest(Q.QueryDelegatorUnbondingDelegationsRequest, data);
        parseAccAddress(need(req.delegatorAddr, "delegator address"));
        const { items, pagination } = paginate([...S.delegatorUnbondings(ctx, req.delegatorAddr)], req.pagination);
        return Q.QueryDelegatorUnbondingDelegationsResponse.encode({ unbondingResponses: items.map(unbondingToProto), pagination }).finish();
      },
    },
    {
      path: `${SVC}/Redelegations`,
      handle(ctx, data) {
        const req = decodeRequest(Q.QueryRedelegationsRequest, data);
        let all: RedelegationRecord[];
        if (req.delegatorAddr) {
          parseAccAddress(req.delegatorAddr);
          all = [...S.delegatorRedelegations(ctx, req.delegatorAddr)];
        } else if (req.srcValidatorAddr) {
          parseValAddress(req.srcValidatorAddr);
          all = [...S.redelegationsFromValidator(ctx, req.srcValidatorAddr)];
        } else {
          all = [...S.iterateRedelegations(ctx)];
        }
        if (req.srcValidatorAddr) all = all.filter((r) => r.src === req.srcValidatorAddr);
        if (req.dstValidatorAddr) all = all.filter((r) => r.dst === req.dstValidatorAddr);
        if (req.delegatorAddr && req.srcValidatorAddr && req.dstValidatorAddr && all.length === 0) {
          notFound(`redelegation not found for delegator address ${req.delegatorAddr} from validator address ${req.srcValidatorAddr}`);
        }
        const { items, pagination } = paginate(all, req.pagination);
        return Q.QueryRedelegationsResponse.encode({ redelegationResponses: items.map((r) => redelegationResponse(ctx, r)), pagination }).finish();
      },
    },
    {
      path: `${SVC}/DelegatorValidators`,
      handle(ctx, data) {
        const req = decodeRequest(Q.QueryDelegatorValidatorsRequest, data);
        parseAccAddress(need(req.delegatorAddr, "delegator address"));
        const vals = [...S.delegatorDelegations(ctx, req.delegatorAddr)].map((d) => S.getValidator(ctx, d.validator)).filter((x) => x !== undefined);
        const { items, pagination } = paginate(vals, req.pagination);
        return Q.QueryDelegatorValidatorsResponse.encode({ validators: items.map(v), pagination }).finish();
      },
    },
    {
      path: `${SVC}/DelegatorValidator`,
      handle(ctx, data) {
        const req = decodeRequest(Q.QueryDelegatorValidatorRequest, data);
        parseAccAddress(need(req.delegatorAddr, "delegator address"));
        const val = getValidatorOrThrow(ctx, req.validatorAddr);
        if (!S.getDelegation(ctx, req.delegatorAddr, req.validatorAddr)) notFound("no delegation for (address, validator) tuple");
        return Q.QueryDelegatorValidatorResponse.encode({ validator: v(val) }).finish();
      },
    },
    {
      // No historical info is kept (historical_entries = 0), as the SDK answers then.
      path: `${SVC}/HistoricalInfo`,
      handle(_ctx, data) {
        const req = decodeRequest(Q.QueryHistoricalInfoRequest, data);
        notFound(`historical info for height ${req.height} not found`);
      },
    },
    {
      path: `${SVC}/Pool`,
      handle(ctx, data) {
        decodeRequest(Q.QueryPoolRequest, data);
        const p = k.poolBalances(ctx);
        return Q.QueryPoolResponse.encode({ pool: { bondedTokens: p.bonded.toString(), notBondedTokens: p.notBonded.toString() } }).finish();
      },
    },
    {
      path: `${SVC}/Params`,
      handle(ctx, data) {
        decodeRequest(Q.QueryParamsRequest, data);
        return Q.QueryParamsResponse.encode({ params: stakingParamsToProto(S.params(ctx)) }).finish();
      },
    },
  ];
}
