import type { Invariant } from "../../chain/app/module.js";
import { prefixEnd } from "../../chain/crypto/bytes.js";
import { basketEscrow, basketHoldings, getBaskets } from "./baskets.js";
import type { CarbonKeeper } from "./keeper.js";
import { CARBON, HOLDER_PREFIX, ISSUED_PREFIX, parseHolderKey } from "./keys.js";
import { big } from "./amounts.js";
import { iterateRetirements } from "./retire.js";
import { SerialStatus } from "./types.js";

const S = SerialStatus;

/**
 * Per batch: issued = tradable + retired + escrowed + cancelled + converted; supply = sum of
 * balances; the serial segments tile the batch range and sum to the balances. Baskets: coin
 * supply = credits held in basket escrow. Retired supply = what the retirement records list.
 */
export function carbonInvariants(k: CarbonKeeper): Invariant[] {
  return [
    {
      name: "batch-supply",
      check(ctx) {
        for (const b of k.ledger.iterateBatches(ctx)) {
          const s = k.ledger.getSupply(ctx, b.id);
          if (s.issued !== b.amount) return `batch ${b.id} issued ${s.issued} != amount ${b.amount}`;
          const sum = s.tradable + s.retired + s.escrowed + s.cancelled + s.converted;
          if (sum !== s.issued) return `batch ${b.id}: issued ${s.issued} != tradable+retired+escrowed+cancelled+converted ${sum}`;
          const bal = { tradable: 0n, retired: 0n, escrowed: 0n };
          const byHolder = new Map<string, { tradable: bigint; retired: bigint; escrowed: bigint }>();
          for (const h of k.ledger.holdersOf(ctx, b.id)) {
            bal.tradable += h.tradable;
            bal.retired += h.retired;
            bal.escrowed += h.escrowed;
            byHolder.set(h.holder, { tradable: h.tradable, retired: h.retired, escrowed: h.escrowed });
          }
          if (bal.tradable !== s.tradable || bal.retired !== s.retired || bal.escrowed !== s.escrowed) return `batch ${b.id}: supply differs from the sum of balances`;
          let next = b.serialStart;
          const seg = new Map<string, bigint>();
          let cancelled = 0n;
          let converted = 0n;
          for (const g of k.ledger.segmentsOf(ctx, b.id)) {
            if (g.start !== next || g.end < g.start) return `batch ${b.id}: segment ${g.start}-${g.end} does not continue at ${next}`;
            next = g.end + 1n;
            const len = g.end - g.start + 1n;
            if (g.status === S.SERIAL_STATUS_CANCELLED) cancelled += len;
            else if (g.status === S.SERIAL_STATUS_CONVERTED) converted += len;
            else seg.set(`${g.holder}/${g.status}`, (seg.get(`${g.holder}/${g.status}`) ?? 0n) + len);
          }
          if (next !== b.serialEnd + 1n) return `batch ${b.id}: segments end at ${next - 1n}, batch at ${b.serialEnd}`;
          if (cancelled !== s.cancelled || converted !== s.converted) return `batch ${b.id}: cancelled/converted segments differ from supply`;
          for (const [holder, h] of byHolder) {
            for (const [field, st] of [["tradable", S.SERIAL_STATUS_TRADABLE], ["retired", S.SERIAL_STATUS_RETIRED], ["escrowed", S.SERIAL_STATUS_ESCROWED]] as const) {
              const v = seg.get(`${holder}/${st}`) ?? 0n;
              if (v !== h[field]) return `batch ${b.id}: ${holder} ${field} ${h[field]} but segments hold ${v}`;
              seg.delete(`${holder}/${st}`);
            }
          }
          for (const [key, v] of seg) return `batch ${b.id}: segments ${key} (${v}) without a balance`;
        }
        return undefined;
      },
    },
    {
      name: "holder-index",
      check(ctx) {
        let n = 0;
        for (const [key] of ctx.kv(CARBON).iterate(HOLDER_PREFIX, prefixEnd(HOLDER_PREFIX))) {
          const { holder, batchId } = parseHolderKey(key);
          const b = k.ledger.getBalance(ctx, batchId, holder);
          if (b.tradable + b.retired + b.escrowed === 0n) return `holder index lists ${holder} in ${batchId} without a balance`;
          n++;
        }
        let balances = 0;
        for (const b of k.ledger.iterateBatches(ctx)) balances += k.ledger.holdersOf(ctx, b.id).length;
        return n === balances ? undefined : `${balances} balances but ${n} holder index entries`;
      },
    },
    {
      name: "basket-coins",
      check(ctx) {
        for (const basket of getBaskets(ctx)) {
          const held = basketHoldings(ctx, basket.id).reduce((a, h) => a + h.amount, 0n);
          const escrow = k.ledger.balancesOf(ctx, basketEscrow(basket.id));
          const escrowed = escrow.reduce((a, b) => a + b.escrowed, 0n);
          const other = escrow.reduce((a, b) => a + b.tradable + b.retired, 0n);
          const supply = k.bank.getSupply(ctx, basket.denom);
          if (supply !== held || held !== escrowed || other !== 0n) return `basket ${basket.id}: coin supply ${supply}, holdings ${held}, escrowed ${escrowed}, other ${other}`;
        }
        return undefined;
      },
    },
    {
      name: "issued-reports",
      check(ctx) {
        let markers = 0;
        for (const _ of ctx.kv(CARBON).iterate(ISSUED_PREFIX, prefixEnd(ISSUED_PREFIX))) markers++;
        let reports = 0;
        for (const b of k.ledger.iterateBatches(ctx)) {
          if (!b.report) continue;
          reports++;
          if (k.issuedBatchOf(ctx, b.report.deviceId, b.report.epoch) !== b.id) return `batch ${b.id}: report ${b.report.deviceId}/${b.report.epoch} not marked as issued to it`;
        }
        return markers === reports ? undefined : `${markers} issued-report markers for ${reports} report batches`;
      },
    },
    {
      name: "retirement-records",
      check(ctx) {
        const retired = new Map<string, bigint>();
        for (const r of iterateRetirements(ctx)) for (const c of r.credits) retired.set(c.batchId ?? "", (retired.get(c.batchId ?? "") ?? 0n) + big(c.amount));
        for (const b of k.ledger.iterateBatches(ctx)) {
          const s = k.ledger.getSupply(ctx, b.id).retired;
          if (s !== (retired.get(b.id) ?? 0n)) return `batch ${b.id}: retired supply ${s} but records list ${retired.get(b.id) ?? 0n}`;
        }
        return undefined;
      },
    },
  ];
}
