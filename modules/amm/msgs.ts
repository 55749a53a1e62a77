import { pogcs } from "../../proto/gen/pogcs.js";
import type { MsgSpec } from "../../chain/app/module.js";
import { ErrInvalidRequest, ErrUnauthorized } from "../../chain/errors/index.js";
import { moduleAddress } from "../auth/keeper.js";
import { fromLong, toLong } from "../devices/long.js";
import { validateAddress } from "../nft/keeper.js";
import { validateAmount } from "./curve.js";
import { ErrInvalidAmount, ErrInvalidParams, ErrOverflow, ErrZeroAmount } from "./errors.js";
import type { AmmKeeper } from "./keeper.js";
import { processAddLiquidity, processRemoveLiquidity } from "./liquidity.js";
import { ammParamsFromProto, validateAmmParams } from "./params.js";
import { processSwap } from "./swap.js";
import { requireBaseDenom } from "./denoms.js";
import { validateDeadline } from "./trading.js";

const V1 = pogcs.amm.v1;

/** A decimal amount field: malformed or negative -> code 7, above 2^128 - 1 -> code 5. */
export function parseAmount(name: string, s: string): bigint {
  if (!/^[0-9]*$/.test(s)) throw ErrInvalidAmount.raise(`${name} ${JSON.stringify(s.slice(0, 80))} is not a decimal amount`);
  if (s.length > 80) throw ErrOverflow.raise(`${name} has ${s.length} digits`);
  const v = s === "" ? 0n : BigInt(s);
  validateAmount(name, v);
  return v;
}

/** Handlers re-read fields validateBasic already checked. */
const amt = (s: string): bigint => parseAmount("amount", s);

function parsePositive(name: string, s: string): bigint {
  const v = parseAmount(name, s);
  if (v === 0n) throw ErrZeroAmount.raise(name);
  return v;
}

function response(name: string, bytes: Uint8Array): { typeUrl: string; value: Uint8Array } {
  return { typeUrl: `/pogcs.amm.v1.${name}`, value: bytes };
}

/**
 * Liquidity, swaps and params. Stateless checks (addresses, amounts, slot or carbon denom form) run in
 * validateBasic; deadline and everything stateful in the handlers, before any write. The
 * legacy Amino form is the generic `pogcs/amm/<MsgName>` one (proto/registry.ts).
 */
export function ammMsgs(k: AmmKeeper): MsgSpec<any>[] {
  const add: MsgSpec<pogcs.amm.v1.MsgAddLiquidity> = {
    typeUrl: "/pogcs.amm.v1.MsgAddLiquidity",
    decode: (b) => V1.MsgAddLiquidity.decode(b),
    signers: (m) => [m.provider],
    validateBasic(m) {
      validateAddress(m.provider, "provider");
      requireBaseDenom(m.slotDenom);
      parsePositive("base_max", m.baseMax);
      parsePositive("quote_max", m.quoteMax);
      parseAmount("min_shares", m.minShares);
    },
    handle(ctx, m) {
      validateDeadline(ctx, fromLong(m.deadline));
      const r = processAddLiquidity(k, ctx, {
        provider: m.provider, slotDenom: m.slotDenom, baseMax: amt(m.baseMax), quoteMax: amt(m.quoteMax), minShares: amt(m.minShares),
      });
      return response("MsgAddLiquidityResponse", V1.MsgAddLiquidityResponse.encode({
        positionId: toLong(r.position.id), nftId: r.position.nftId, shares: r.change.shares.toString(), base: r.change.base.toString(), quote: r.change.quote.toString(),
      }).finish());
    },
  };

  const remove: MsgSpec<pogcs.amm.v1.MsgRemoveLiquidity> = {
    typeUrl: "/pogcs.amm.v1.MsgRemoveLiquidity",
    decode: (b) => V1.MsgRemoveLiquidity.decode(b),
    signers: (m) => [m.owner],
    validateBasic(m) {
      validateAddress(m.owner, "owner");
      if (fromLong(m.positionId) === 0n) throw ErrInvalidRequest.raise("position_id is required");
      parsePositive("shares", m.shares);
      parseAmount("min_base", m.minBase);
      parseAmount("min_quote", m.minQuote);
    },
    handle(ctx, m) {
      validateDeadline(ctx, fromLong(m.deadline));
      const r = processRemoveLiquidity(k, ctx, {
        owner: m.owner, positionId: fromLong(m.positionId), shares: amt(m.shares), minBase: amt(m.minBase), minQuote: amt(m.minQuote),
      });
      return response("MsgRemoveLiquidityResponse", V1.MsgRemoveLiquidityResponse.encode({ base: r.change.base.toString(), quote: r.change.quote.toString(), positionClosed: r.closed }).finish());
    },
  };

  const swapIn: MsgSpec<pogcs.amm.v1.MsgSwapExactIn> = {
    typeUrl: "/pogcs.amm.v1.MsgSwapExactIn",
    decode: (b) => V1.MsgSwapExactIn.decode(b),
    signers: (m) => [m.trader],
    validateBasic(m) {
      validateAddress(m.trader, "trader");
      requireBaseDenom(m.slotDenom);
      if (m.denomIn === "") throw ErrInvalidRequest.raise("denom_in is required");
      parsePositive("amount_in", m.amountIn);
      parseAmount("min_amount_out", m.minAmountOut);
    },
    handle(ctx, m) {
      validateDeadline(ctx, fromLong(m.deadline));
      const p = processSwap(k, ctx, m.trader, { slotDenom: m.slotDenom, denomIn: m.denomIn, amount: amt(m.amountIn), exactOut: false, limit: amt(m.minAmountOut) });
      return response("MsgSwapExactInResponse", V1.MsgSwapExactInResponse.encode({ amountOut: p.quote.amountOut.toString(), fee: p.quote.feeAmount.toString() }).finish());
    },
  };

  const swapOut: MsgSpec<pogcs.amm.v1.MsgSwapExactOut> = {
    typeUrl: "/pogcs.amm.v1.MsgSwapExactOut",
    decode: (b) => V1.MsgSwapExactOut.decode(b),
    signers: (m) => [m.trader],
    validateBasic(m) {
      validateAddress(m.trader, "trader");
      requireBaseDenom(m.slotDenom);
      if (m.denomIn === "") throw ErrInvalidRequest.raise("denom_in is required");
      parsePositive("amount_out", m.amountOut);
      parseAmount("max_amount_in", m.maxAmountIn);
    },
    handle(ctx, m) {
      validateDeadline(ctx, fromLong(m.deadline));
      const p = processSwap(k, ctx, m.trader, { slotDenom: m.slotDenom, denomIn: m.denomIn, amount: amt(m.amountOut), exactOut: true, limit: amt(m.maxAmountIn) });
      return response("MsgSwapExactOutResponse", V1.MsgSwapExactOutResponse.encode({ amountIn: p.quote.amountIn.toString(), fee: p.quote.feeAmount.toString() }).finish());
    },
  };

  const updateParams: MsgSpec<pogcs.amm.v1.MsgUpdateParams> = {
    typeUrl: "/pogcs.amm.v1.MsgUpdateParams",
    decode: (b) => V1.MsgUpdateParams.decode(b),
    signers: (m) => [m.authority],
    validateBasic(m) {
      validateAddress(m.authority, "authority");
      if (!m.params) throw ErrInvalidParams.raise("params are required");
      validateAmmParams(ammParamsFromProto(m.params));
    },
    handle(ctx, m) {
      if (m.authority !== moduleAddress("gov")) throw ErrUnauthorized.raise(`${m.authority} is not the governance account`);
      // Existing pools keep the quote denom they were created with.
      k.setParams(ctx, ammParamsFromProto(m.params!));
      return response("MsgUpdateParamsResponse", V1.MsgUpdateParamsResponse.encode({}).finish());
    },
  };

  return [add, remove, swapIn, swapOut, updateParams];
}
