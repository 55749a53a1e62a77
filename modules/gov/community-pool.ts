import { MsgCommunityPoolSpend, MsgCommunityPoolSpendResponse, MsgFundCommunityPool, MsgFundCommunityPoolResponse } from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { QueryCommunityPoolRequest, QueryCommunityPoolResponse } from "cosmjs-types/cosmos/distribution/v1beta1/query";
import type { MsgSpec, QuerySpec } from "../../chain/app/module.js";
import { coinsFromProto, formatCoins, validatePositiveCoins, type Coin } from "../../chain/codec/coins.js";
import { ErrInvalidCoins, ErrUnauthorized } from "../../chain/errors/index.js";
import { makeEvent } from "../../chain/events/types.js";
import { moduleAddress } from "../auth/keeper.js";
import { validateAddress } from "../nft/keeper.js";
import { decodeRequest } from "../shared/query-codec.js";
import { DEC_ONE } from "../staking/dec.js";
import { ErrInsufficientCommunityPool } from "./errors.js";
import { govAuthority, type GovKeeper } from "./keeper.js";
import { msgDecoder } from "../../chain/app/msg-decoder.js";

/**
 * The community pool: a module account funded only by MsgFundCommunityPool (PoGCS has no
 * distribution tax; fees and emission are the pogcs module's and are not diverted here) and
 * spent only by a passed proposal's MsgCommunityPoolSpend. Its balance is the pool.
 */
export const COMMUNITY_POOL = "community_pool";

function coins(list: Array<{ denom: string; amount: string }>): Coin[] {
  const c = coinsFromProto(list);
  if (c.length === 0) throw ErrInvalidCoins.raise("amount is empty");
  validatePositiveCoins(c);
  return c;
}


export function communityPoolMsgs(k: GovKeeper, isBlocked: (address: string) => boolean): MsgSpec<any>[] {
  const fund: MsgSpec<MsgFundCommunityPool> = {
    typeUrl: "/cosmos.distribution.v1beta1.MsgFundCommunityPool",
    decode: msgDecoder(MsgFundCommunityPool),
    signers: (m) => [m.depositor],
    aminoJson: (m) => ({ type: "cosmos-sdk/MsgFundCommunityPool", value: { amount: m.amount, depositor: m.depositor } }),
    validateBasic(m) {
      validateAddress(m.depositor, "depositor");
      coins(m.amount);
    },
    handle(ctx, m) {
      const c = coins(m.amount);
      k.bank.sendFromAccountToModule(ctx, m.depositor, COMMUNITY_POOL, c);
      ctx.emit(makeEvent("fund_community_pool", [["depositor", m.depositor], ["amount", formatCoins(c)]]));
      return { typeUrl: "/cosmos.distribution.v1beta1.MsgFundCommunityPoolResponse", value: MsgFundCommunityPoolResponse.encode({}).finish() };
    },
  };

  const spend: MsgSpec<MsgCommunityPoolSpend> = {
    typeUrl: "/cosmos.distribution.v1beta1.MsgCommunityPoolSpend",
    decode: msgDecoder(MsgCommunityPoolSpend),
    signers: (m) => [m.authority],
    aminoJson: (m) => ({ type: "cosmos-sdk/distr/MsgCommunityPoolSpend", value: { authority: m.authority, recipient: m.recipient, amount: m.amount } }),
    validateBasic(m) {
      validateAddress(m.authority, "authority");
      validateAddress(m.recipient, "recipient");
      coins(m.amount);
    },
    handle(ctx, m) {
      if (m.authority !== govAuthority()) throw ErrUnauthorized.raise(`invalid authority; expected ${govAuthority()}, got ${m.authority}`);
      if (isBlocked(m.recipient)) throw ErrUnauthorized.raise(`${m.recipient} is not allowed to receive funds`);
      const c = coins(m.amount);
      const pool = moduleAddress(COMMUNITY_POOL);
      for (const x of c) {
        const have = k.bank.getBalance(ctx, pool, x.denom);
        if (have < x.amount) throw ErrInsufficientCommunityPool.raise(`pool holds ${have}${x.denom}, spend asks ${x.amount}${x.denom}`);
      }
      k.bank.sendFromModuleToAccount(ctx, COMMUNITY_POOL, m.recipient, c);
      ctx.emit(makeEvent("community_pool_spend", [["recipient", m.recipient], ["amount", formatCoins(c)]]));
      return { typeUrl: "/cosmos.distribution.v1beta1.MsgCommunityPoolSpendResponse", value: MsgCommunityPoolSpendResponse.encode({}).finish() };
    },
  };
  return [fund, spend];
}

/** x/distribution's CommunityPool query: DecCoins, whose amounts are Dec atomics on the wire. */
export function communityPoolQueries(k: GovKeeper): QuerySpec[] {
  return [
    {
      path: "/cosmos.distribution.v1beta1.Query/CommunityPool",
      handle(ctx, data) {
        decodeRequest(QueryCommunityPoolRequest, data);
        const pool = k.bank.getAllBalances(ctx, moduleAddress(COMMUNITY_POOL));
        return QueryCommunityPoolResponse.encode({ pool: pool.map((c) => ({ denom: c.denom, amount: (c.amount * DEC_ONE).toString() })) }).finish();
      },
    },
  ];
}
