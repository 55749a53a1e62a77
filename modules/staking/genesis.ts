import type { Context } from "../../chain/app/context.js";
import { fromBech32, parseAccAddress, parseValAddress, valAddress } from "../../chain/codec/address.js";
import { ErrInvalidRequest, ErrLogic } from "../../chain/errors/index.js";
import { stakingStore as S, type ReadCtx } from "./store.js";
import type { StakingKeeper } from "./keeper.js";
import { DEC_ONE } from "./dec.js";
import { processCreateValidator } from "./msgs.js";
import { consAddressOf, decodeConsPubKey, encodeConsPubKey, valconsAddress, VALCONS_PREFIX } from "./types.js";
import {
  slashingParamsFromJson, slashingParamsToJson, stakingParamsFromJson, stakingParamsToJson,
  validateSlashingParams, validateStakingParams, DEFAULT_SLASHING_PARAMS, DEFAULT_STAKING_PARAMS,
} from "./params.js";
import {
  b64, delegationFromJson, delegationToJson, redelegationFromJson, redelegationToJson, timeFromJson, timeToJson,
  unbondingFromJson, unbondingToJson, validatorFromJson, validatorToJson, type Json,
} from "./genesis-json.js";

/**
 * Staking genesis in the SDK's JSON shape (x/staking GenesisState), with x/slashing's state under
 * `slashing`, plus a devnet shortcut: `genesis_validators` bond a self-delegation out of the
 * operator account's genesis balance (bank genesis must fund it) with default commission.
 */
export interface StakingGenesisJson {
  params?: Json;
  last_total_power?: string;
  last_validator_powers?: Array<{ address: string; power: string }>;
  validators?: Json[];
  delegations?: Json[];
  unbonding_delegations?: Json[];
  redelegations?: Json[];
  exported?: boolean;
  genesis_validators?: Array<{ operator: string; consensus_pubkey: string; self_delegation: string; moniker?: string; min_self_delegation?: string }>;
  slashing?: {
    params?: Json;
    signing_infos?: Array<{ address: string; validator_signing_info: Json }>;
    missed_blocks?: Array<{ address: string; missed_blocks: Array<{ index: string; missed: boolean }> }>;
  };
}

export const DEFAULT_GENESIS_COMMISSION = { rate: DEC_ONE / 10n, maxRate: DEC_ONE / 5n, maxChangeRate: DEC_ONE / 100n };

export function defaultStakingGenesis(): StakingGenesisJson {
  return {
    params: stakingParamsToJson(DEFAULT_STAKING_PARAMS),
    last_total_power: "0",
    last_validator_powers: [],
    validators: [],
    delegations: [],
    unbonding_delegations: [],
    redelegations: [],
    exported: false,
    genesis_validators: [],
    slashing: { params: slashingParamsToJson(DEFAULT_SLASHING_PARAMS), signing_infos: [], missed_blocks: [] },
  };
}

export function initStakingGenesis(k: StakingKeeper, ctx: Context, g: StakingGenesisJson | undefined): void {
  const params = stakingParamsFromJson(g?.params);
  validateStakingParams(params);
  S.setParams(ctx, params);
  const sp = slashingParamsFromJson(g?.slashing?.params);
  validateSlashingParams(sp);
  S.setSlashingParams(ctx, sp);

  let tokens = 0n;
  for (const j of g?.validators ?? []) {
    const v = validatorFromJson(j);
    parseValAddress(v.operator);
    if (S.getValidator(ctx, v.operator)) throw ErrLogic.raise(`duplicate genesis validator ${v.operator}`);
    if (S.operatorByCons(ctx, consAddressOf(v.consPubKey))) throw ErrLogic.raise(`duplicate consensus key for ${v.operator}`);
    S.setValidator(ctx, v);
    tokens += v.tokens;
  }
  for (const j of g?.delegations ?? []) {
    const d = delegationFromJson(j);
    parseAccAddress(d.delegator);
    if (!S.getValidator(ctx, d.validator)) throw ErrLogic.raise(`delegation to unknown validator ${d.validator}`);
    S.setDelegation(ctx, d);
  }
  let unbonding = 0n;
  for (const j of g?.unbonding_delegations ?? []) {
    const u = unbondingFromJson(j);
    S.setUnbonding(ctx, u);
    for (const e of u.entries) {
      unbonding += e.balance;
      S.enqueueUnbonding(ctx, e.completionTime.seconds, u.delegator, u.validator);
    }
  }
  for (const j of g?.redelegations ?? []) {
    const r = redelegationFromJson(j);
    S.setRedelegation(ctx, r);
    for (const e of r.entries) S.enqueueRedelegation(ctx, e.completionTime.seconds, r.delegator, r.src, r.dst);
  }
  for (const lp of g?.last_validator_powers ?? []) S.setLastPower(ctx, lp.address, BigInt(lp.power));
  if (g?.last_total_power) S.setLastTotalPower(ctx, BigInt(g.last_total_power));

  // Imported records must be backed by the pools' genesis balances, as the SDK checks.
  const pools = k.poolBalances(ctx);
  if (pools.bonded !== tokens) throw ErrLogic.raise(`bonded pool balance ${pools.bonded} != validator tokens ${tokens}`);
  if (pools.notBonded !== unbonding) throw ErrLogic.raise(`not bonded pool balance ${pools.notBonded} != unbonding balances ${unbonding}`);

  for (const s of g?.slashing?.signing_infos ?? []) {
    const cons = fromBech32(s.address, VALCONS_PREFIX);
    const j = s.validator_signing_info;
    S.setSigningInfo(ctx, cons, {
      address: s.address,
      startHeight: BigInt(String(j["start_height"] ?? "0")),
      indexOffset: BigInt(String(j["index_offset"] ?? "0")),
      jailedUntil: timeFromJson(j["jailed_until"]),
      tombstoned: Boolean(j["tombstoned"]),
      missedBlocksCounter: BigInt(String(j["missed_blocks_counter"] ?? "0")),
    });
  }
  for (const m of g?.slashing?.missed_blocks ?? []) {
    const cons = fromBech32(m.address, VALCONS_PREFIX);
    for (const b of m.missed_blocks) if (b.missed) S.setMissed(ctx, cons, BigInt(b.index), true);
  }

  for (const gv of g?.genesis_validators ?? []) {
    const operatorAcc = parseAccAddress(gv.operator);
    const amount = BigInt(gv.self_delegation);
    if (amount <= 0n) throw ErrInvalidRequest.raise(`genesis validator ${gv.operator}: self delegation must be positive`);
    processCreateValidator(k, ctx, {
      operator: valAddress(operatorAcc),
      pubKey: decodeConsPubKey(encodeConsPubKey(b64(gv.consensus_pubkey))),
      description: { moniker: gv.moniker ?? "", identity: "", website: "", securityContact: "", details: "" },
      rates: DEFAULT_GENESIS_COMMISSION,
      minSelfDelegation: BigInt(gv.min_self_delegation ?? "1"),
      amount,
    });
  }
}

export function exportStakingGenesis(ctx: ReadCtx): StakingGenesisJson {
  const powers = S.lastPowers(ctx);
  const signingInfos = [...S.iterateSigningInfos(ctx)];
  return {
    params: stakingParamsToJson(S.params(ctx)),
    last_total_power: S.lastTotalPower(ctx).toString(),
    last_validator_powers: [...powers].map(([address, power]) => ({ address, power: power.toString() })),
    validators: [...S.iterateValidators(ctx)].map(validatorToJson),
    delegations: [...S.iterateDelegations(ctx)].map(delegationToJson),
    unbonding_delegations: [...S.iterateUnbondings(ctx)].map(unbondingToJson),
    redelegations: [...S.iterateRedelegations(ctx)].map(redelegationToJson),
    exported: true,
    genesis_validators: [],
    slashing: {
      params: slashingParamsToJson(S.slashingParams(ctx)),
      signing_infos: signingInfos.map((i) => ({
        address: i.address,
        validator_signing_info: {
          address: i.address,
          start_height: i.startHeight.toString(),
          index_offset: i.indexOffset.toString(),
          jailed_until: timeToJson(i.jailedUntil),
          tombstoned: i.tombstoned,
          missed_blocks_counter: i.missedBlocksCounter.toString(),
        },
      })),
      missed_blocks: signingInfos.map((i) => {
        const cons = fromBech32(i.address, VALCONS_PREFIX);
        return { address: valconsAddress(cons), missed_blocks: S.missedIndexes(ctx, cons).map((index) => ({ index: index.toString(), missed: true })) };
      }),
    },
  };
}
