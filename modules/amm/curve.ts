/**
 * Constant-product curve x·y = k for one (class, slot hour) pool: slot tokens against the quote denom.
 * Pure bigint maths, no state. Every division names its rounding, always in favour of the pool:
 * output and shares minted round down, input and amounts required round up (CONVENTIONS §5).
 * Uniswap v2 shapes (UniswapV2Pair.sol, UniswapV2Library.sol): fee taken on the input and left in
 * the pool, first mint sqrt(a·b) with MINIMUM_LIQUIDITY locked for ever.
 */
import {
  ErrInsufficientLiquidity,
  ErrInvalidAmount,
  ErrInvalidFeeSchedule,
  ErrOverflow,
  ErrSlippageExceeded,
  ErrZeroAmount,
} from "./errors.js";
import { isqrt } from "./isqrt.js";

/** Largest amount, reserve or share supply accepted: 2^128 − 1 (products then stay below 2^256). */
export const MAX_AMOUNT = (1n << 128n) - 1n;
/** Basis-point denominator; a fee is in [0, BPS). */
export const BPS = 10_000n;
/** Shares locked at the first deposit so the share price can never be pushed to dust (Uniswap v2). */
export const MINIMUM_LIQUIDITY = 1_000n;

/** floor(a·b / d). */
export function mulDivDown(a: bigint, b: bigint, d: bigint): bigint {
  return (a * b) / d;
}

/** ceil(a·b / d) for a, b ≥ 0, d > 0. */
export function mulDivUp(a: bigint, b: bigint, d: bigint): bigint {
  const p = a * b;
  return p === 0n ? 0n : (p - 1n) / d + 1n;
}

/** Throws ErrInvalidAmount below zero and ErrOverflow above MAX_AMOUNT. */
export function validateAmount(name: string, v: bigint): void {
  if (v < 0n) throw ErrInvalidAmount.raise(`${name} ${v}`);
  if (v > MAX_AMOUNT) throw ErrOverflow.raise(`${name} ${v}`);
}

function validatePositive(name: string, v: bigint): void {
  validateAmount(name, v);
  if (v === 0n) throw ErrZeroAmount.raise(name);
}

function validateFeeBps(feeBps: bigint): void {
  if (feeBps < 0n || feeBps >= BPS) throw ErrInvalidFeeSchedule.raise(`fee ${feeBps} bps`);
}

function validateReserves(reserveIn: bigint, reserveOut: bigint): void {
  validateAmount("reserve in", reserveIn);
  validateAmount("reserve out", reserveOut);
  if (reserveIn === 0n || reserveOut === 0n) throw ErrInsufficientLiquidity.raise("empty pool");
}

export interface SwapQuote {
  /** Paid into the pool, fee included. */
  readonly amountIn: bigint;
  readonly amountOut: bigint;
  /** The part of amountIn that is fee (stays in the pool, accrues to LP shares). */
  readonly feeAmount: bigint;
  readonly reserveIn: bigint;
  readonly reserveOut: bigint;
}

/**
 * Exact input: net = floor(amountIn·(BPS − fee)/BPS), out = floor(reserveOut·net / (reserveIn + net)).
 * k never decreases: (rIn + amountIn)(rOut − out) ≥ (rIn + net)·rOut·rIn/(rIn + net) = rIn·rOut.
 */
export function computeSwapExactIn(
  reserveIn: bigint,
  reserveOut: bigint,
  amountIn: bigint,
  feeBps: bigint,
  minAmountOut = 0n,
): SwapQuote {
  validateReserves(reserveIn, reserveOut);
  validatePositive("amount in", amountIn);
  validateFeeBps(feeBps);
  validateAmount("min amount out", minAmountOut);
  const newIn = reserveIn + amountIn;
  if (newIn > MAX_AMOUNT) throw ErrOverflow.raise(`reserve in ${newIn}`);
  const net = mulDivDown(amountIn, BPS - feeBps, BPS);
  const amountOut = mulDivDown(reserveOut, net, reserveIn + net);
  if (amountOut === 0n) throw ErrZeroAmount.raise("amount out");
  if (amountOut < minAmountOut) throw ErrSlippageExceeded.raise(`out ${amountOut} < min ${minAmountOut}`);
  return { amountIn, amountOut, feeAmount: amountIn - net, reserveIn: newIn, reserveOut: reserveOut - amountOut };
}

/**
 * Exact output: net = ceil(reserveIn·out / (reserveOut − out)), amountIn = ceil(net·BPS/(BPS − fee)).
 * Then floor(amountIn·(BPS − fee)/BPS) ≥ net, so (rIn + net)(rOut − out) ≥ rIn·rOut.
 */
export function computeSwapExactOut(
  reserveIn: bigint,
  reserveOut: bigint,
  amountOut: bigint,
  feeBps: bigint,
  maxAmountIn: bigint = MAX_AMOUNT,
): SwapQuote {
  validateReserves(reserveIn, reserveOut);
  validatePositive("amount out", amountOut);
  validateFeeBps(feeBps);
  validateAmount("max amount in", maxAmountIn);
  if (amountOut >= reserveOut) throw ErrInsufficientLiquidity.raise(`out ${amountOut} >= reserve ${reserveOut}`);
  const net = mulDivUp(reserveIn, amountOut, reserveOut - amountOut);
  const amountIn = mulDivUp(net, BPS, BPS - feeBps);
  if (amountIn > MAX_AMOUNT || reserveIn + amountIn > MAX_AMOUNT) throw ErrOverflow.raise(`amount in ${amountIn}`);
  if (amountIn > maxAmountIn) throw ErrSlippageExceeded.raise(`in ${amountIn} > max ${maxAmountIn}`);
  const feeAmount = amountIn - mulDivDown(amountIn, BPS - feeBps, BPS);
  return { amountIn, amountOut, feeAmount, reserveIn: reserveIn + amountIn, reserveOut: reserveOut - amountOut };
}

/** Pool state the liquidity functions read: reserves of the slot token (base) and quote, share supply. */
export interface PoolReserves {
  readonly base: bigint;
  readonly quote: bigint;
  /** All shares, MINIMUM_LIQUIDITY locked ones included. */
  readonly shares: bigint;
}

export interface LiquidityChange {
  readonly base: bigint;
  readonly quote: bigint;
  /** Shares minted to (add) or burnt from (remove) the provider. */
  readonly shares: bigint;
  readonly pool: PoolReserves;
}

/** First deposit: floor(sqrt(base·quote)) shares, MINIMUM_LIQUIDITY of them locked in the pool. */
export function computeInitialLiquidity(base: bigint, quote: bigint): LiquidityChange {
  validatePositive("base", base);
  validatePositive("quote", quote);
  const total = isqrt(base * quote);
  if (total <= MINIMUM_LIQUIDITY) throw ErrInsufficientLiquidity.raise(`sqrt(base·quote) ${total} <= ${MINIMUM_LIQUIDITY}`);
  return { base, quote, shares: total - MINIMUM_LIQUIDITY, pool: { base, quote, shares: total } };
}

/**
 * Later deposit with maxima: shares = min(floor(baseMax·S/B), floor(quoteMax·S/Q)) (down), then the
 * amounts taken are ceil(shares·B/S), ceil(shares·Q/S) (up, never above the maxima). So reserves
 * per share never fall: (B + ceil(s·B/S))/(S + s) ≥ B/S.
 */
export function computeAddLiquidity(
  pool: PoolReserves,
  baseMax: bigint,
  quoteMax: bigint,
  minShares = 0n,
): LiquidityChange {
  validatePool(pool);
  validatePositive("base max", baseMax);
  validatePositive("quote max", quoteMax);
  validateAmount("min shares", minShares);
  const byBase = mulDivDown(baseMax, pool.shares, pool.base);
  const byQuote = mulDivDown(quoteMax, pool.shares, pool.quote);
  const shares = byBase < byQuote ? byBase : byQuote;
  if (shares === 0n) throw ErrZeroAmount.raise("shares minted");
  if (shares < minShares) throw ErrSlippageExceeded.raise(`shares ${shares} < min ${minShares}`);
  const base = mulDivUp(shares, pool.base, pool.shares);
  const quote = mulDivUp(shares, pool.quote, pool.shares);
  const next = { base: pool.base + base, quote: pool.quote + quote, shares: pool.shares + shares };
  if (next.base > MAX_AMOUNT || next.quote > MAX_AMOUNT || next.shares > MAX_AMOUNT) {
    throw ErrOverflow.raise("pool after deposit");
  }
  return { base, quote, shares, pool: next };
}

/** Withdrawal: floor(shares·B/S) and floor(shares·Q/S) (down), never more than the reserves. */
export function computeRemoveLiquidity(
  pool: PoolReserves,
  shares: bigint,
  minBase = 0n,
  minQuote = 0n,
): LiquidityChange {
  validatePool(pool);
  validatePositive("shares", shares);
  validateAmount("min base", minBase);
  validateAmount("min quote", minQuote);
  if (shares > pool.shares) throw ErrInsufficientLiquidity.raise(`shares ${shares} > supply ${pool.shares}`);
  const base = mulDivDown(shares, pool.base, pool.shares);
  const quote = mulDivDown(shares, pool.quote, pool.shares);
  if (base === 0n && quote === 0n) throw ErrZeroAmount.raise("withdrawal");
  if (base < minBase || quote < minQuote) {
    throw ErrSlippageExceeded.raise(`withdrawal ${base}/${quote} < min ${minBase}/${minQuote}`);
  }
  return { base, quote, shares, pool: { base: pool.base - base, quote: pool.quote - quote, shares: pool.shares - shares } };
}

function validatePool(pool: PoolReserves): void {
  validateAmount("pool base", pool.base);
  validateAmount("pool quote", pool.quote);
  validateAmount("pool shares", pool.shares);
  if (pool.base === 0n || pool.quote === 0n || pool.shares === 0n) throw ErrInsufficientLiquidity.raise("empty pool");
}
