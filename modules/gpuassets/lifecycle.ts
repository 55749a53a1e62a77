import type { Context } from "../../chain/app/context.js";
import type { Coin } from "../../chain/codec/coins.js";
import { makeEvent } from "../../chain/events/types.js";
import {
  ErrAlreadyPledged, ErrInvalidDuration, ErrInvalidRate, ErrLoanNotActive, ErrLoanNotOffered, ErrLtvExceeded, ErrNoInsurance, ErrNotAssetOwner,
  ErrNotDue, ErrNotLender, ErrNotPledged, ErrNoValuation, ErrSelfLending, ErrStaleValuation,
} from "./errors.js";
import type { GpuAssetsKeeper } from "./keeper.js";
import { GPUASSETS, GPU_ASSET_CLASS } from "./keys.js";
import { computeAmountDue } from "./math.js";
import { formatCoin } from "./amounts.js";
import { computeValuation } from "./valuation.js";
import { AssetStatus, LoanStatus, type GpuAsset, type Loan } from "./types.js";

const EV = "pogcs.gpuassets.v1.";

function now(ctx: Context): bigint {
  return ctx.block.timeSeconds;
}

function requireOwnedAsset(k: GpuAssetsKeeper, ctx: Context, owner: string, assetId: bigint): GpuAsset {
  const a = k.requireAsset(ctx, assetId);
  if (k.ownerOf(ctx, a) !== owner) throw ErrNotAssetOwner.raise(`${owner} on asset ${assetId}`);
  return a;
}

/** The open loan of a PLEDGED asset. */
function openLoanOf(k: GpuAssetsKeeper, ctx: Context, a: GpuAsset): Loan {
  if (a.status !== AssetStatus.ASSET_STATUS_PLEDGED) throw ErrNotPledged.raise(`asset ${a.assetId}`);
  return k.requireLoan(ctx, a.loanId);
}

function loanAttrs(l: Loan): Array<[string, string]> {
  return [["loan_id", l.loanId.toString()], ["asset_id", l.assetId.toString()], ["borrower", l.borrower], ["lender", l.lender]];
}

export interface PledgeInput {
  owner: string;
  assetId: bigint;
  lender: string;
  principal: Coin;
  dueSeconds: bigint;
  interestRateBps: number;
}

/**
 * The NFT owner offers the asset as collateral to `lender`. The NFT locks at once (the guard
 * refuses transfers) so it cannot leave while the lender decides; terms are checked here:
 * term and rate within params, a fresh appraisal in the principal's denom, principal <= LTV cap.
 */
export function processPledge(k: GpuAssetsKeeper, ctx: Context, i: PledgeInput): Loan {
  if (i.lender === i.owner) throw ErrSelfLending.raise(i.owner);
  const a = requireOwnedAsset(k, ctx, i.owner, i.assetId);
  if (a.status === AssetStatus.ASSET_STATUS_PLEDGED) throw ErrAlreadyPledged.raise(`asset ${i.assetId} backs loan ${a.loanId}`);
  const p = k.params(ctx);
  if (i.dueSeconds < p.minLoanSeconds || i.dueSeconds > p.maxLoanSeconds) throw ErrInvalidDuration.raise(`${i.dueSeconds}s not in ${p.minLoanSeconds}..${p.maxLoanSeconds}`);
  if (i.interestRateBps > p.maxInterestRateBps) throw ErrInvalidRate.raise(`${i.interestRateBps} bps above ${p.maxInterestRateBps}`);
  const v = computeValuation(k, ctx, a, now(ctx));
  if (!v || v.value.denom !== i.principal.denom) throw ErrNoValuation.raise(`asset ${i.assetId} in ${i.principal.denom}`);
  if (now(ctx) - v.last.time > p.maxAppraisalAgeSeconds) throw ErrStaleValuation.raise(`appraised at ${v.last.time}`);
  if (i.principal.amount > v.maxPrincipal.amount) throw ErrLtvExceeded.raise(`${formatCoin(i.principal)} > ${formatCoin(v.maxPrincipal)}`);
  if (p.requireInsurance && (!a.insurance || a.insurance.expires <= now(ctx))) throw ErrNoInsurance.raise(`asset ${i.assetId}`);
  const loan: Loan = {
    loanId: k.nextLoanId(ctx), assetId: i.assetId, borrower: i.owner, lender: i.lender, principal: i.principal, interestRateBps: i.interestRateBps,
    durationSeconds: i.dueSeconds, offeredTime: now(ctx), fundedTime: 0n, dueTime: 0n, status: LoanStatus.LOAN_STATUS_OFFERED, closedTime: 0n,
  };
  k.setLoan(ctx, loan);
  k.setAsset(ctx, { ...a, status: AssetStatus.ASSET_STATUS_PLEDGED, loanId: loan.loanId });
  ctx.emit(makeEvent(`${EV}EventPledge`, [
    ...loanAttrs(loan), ["principal", formatCoin(i.principal)], ["due_seconds", i.dueSeconds.toString()], ["interest_rate_bps", String(i.interestRateBps)],
  ]));
  return loan;
}

/** The owner withdraws an unfunded offer; the asset is free again. */
export function processCancelPledge(k: GpuAssetsKeeper, ctx: Context, owner: string, assetId: bigint): void {
  const a = requireOwnedAsset(k, ctx, owner, assetId);
  const l = openLoanOf(k, ctx, a);
  if (l.status !== LoanStatus.LOAN_STATUS_OFFERED) throw ErrLoanNotOffered.raise(`loan ${l.loanId}`);
  k.setLoan(ctx, { ...l, status: LoanStatus.LOAN_STATUS_CANCELLED, closedTime: now(ctx) });
  k.setAsset(ctx, { ...a, status: AssetStatus.ASSET_STATUS_FREE, loanId: 0n });
  ctx.emit(makeEvent(`${EV}EventCancelPledge`, loanAttrs(l)));
}

/** The named lender pays the principal straight to the borrower; the term starts now. */
export function processFundLoan(k: GpuAssetsKeeper, ctx: Context, lender: string, loanId: bigint): Loan {
  const l = k.requireLoan(ctx, loanId);
  if (l.lender !== lender) throw ErrNotLender.raise(`${lender} on loan ${loanId}`);
  if (l.status !== LoanStatus.LOAN_STATUS_OFFERED) throw ErrLoanNotOffered.raise(`loan ${loanId}`);
  const funded: Loan = { ...l, status: LoanStatus.LOAN_STATUS_ACTIVE, fundedTime: now(ctx), dueTime: now(ctx) + l.durationSeconds };
  k.setLoan(ctx, funded);
  k.bank.send(ctx, lender, l.borrower, [l.principal]);
  ctx.emit(makeEvent(`${EV}EventFundLoan`, [...loanAttrs(l), ["principal", formatCoin(l.principal)], ["due_time", funded.dueTime.toString()]]));
  return funded;
}

/**
 * The borrower pays principal + interest (math.ts, accrued to now, also after the due time as
 * long as the lender has not claimed) to the lender; the asset is free again.
 */
export function processRedeem(k: GpuAssetsKeeper, ctx: Context, owner: string, assetId: bigint): Coin {
  const a = requireOwnedAsset(k, ctx, owner, assetId);
  const l = openLoanOf(k, ctx, a);
  if (l.status !== LoanStatus.LOAN_STATUS_ACTIVE) throw ErrLoanNotActive.raise(`loan ${l.loanId}`);
  const paid: Coin = { denom: l.principal.denom, amount: computeAmountDue(l.principal.amount, l.interestRateBps, l.fundedTime, now(ctx)) };
  k.setLoan(ctx, { ...l, status: LoanStatus.LOAN_STATUS_REDEEMED, closedTime: now(ctx), repaid: paid });
  k.setAsset(ctx, { ...a, status: AssetStatus.ASSET_STATUS_FREE, loanId: 0n });
  k.bank.send(ctx, owner, l.lender, [paid]);
  ctx.emit(makeEvent(`${EV}EventRedeem`, [...loanAttrs(l), ["paid", formatCoin(paid)]]));
  return paid;
}

/** At or after the due time, the lender takes the NFT; the asset is unencumbered in its hands. */
export function processClaimDefault(k: GpuAssetsKeeper, ctx: Context, lender: string, assetId: bigint): void {
  const a = k.requireAsset(ctx, assetId);
  const l = openLoanOf(k, ctx, a);
  if (l.lender !== lender) throw ErrNotLender.raise(`${lender} on loan ${l.loanId}`);
  if (l.status !== LoanStatus.LOAN_STATUS_ACTIVE) throw ErrLoanNotActive.raise(`loan ${l.loanId}`);
  if (now(ctx) < l.dueTime) throw ErrNotDue.raise(`due at ${l.dueTime}, block time ${now(ctx)}`);
  k.setLoan(ctx, { ...l, status: LoanStatus.LOAN_STATUS_DEFAULTED, closedTime: now(ctx) });
  // Status first: the transfer guard reads it and lets a DEFAULTED asset move.
  k.setAsset(ctx, { ...a, status: AssetStatus.ASSET_STATUS_DEFAULTED, loanId: 0n });
  k.nft.transfer(ctx, GPUASSETS, GPU_ASSET_CLASS, a.nftId, lender);
  ctx.emit(makeEvent(`${EV}EventDefault`, [...loanAttrs(l), ["nft_id", a.nftId]]));
}
