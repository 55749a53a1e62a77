import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { QueryBalanceRequest, QueryBalanceResponse, QuerySupplyOfRequest, QuerySupplyOfResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { createHarness } from "../support/app-harness.js";
import { moduleAddress } from "../../modules/auth/keeper.js";
import { pogcs } from "../../proto/gen/pogcs.js";

const FUNDS = 1_000_000n;
const FEE = 2000n;

function balance(h: ReturnType<typeof createHarness>, address: string): bigint {
  const r = h.pogcs.app.query("/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest.encode({ address, denom: "ugcs" }).finish());
  return BigInt(QueryBalanceResponse.decode(r.value!).balance!.amount);
}

describe("property: random sends", () => {
  it("keep total supply, every invariant, and a simple balance model", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.record({
              from: fc.integer({ min: 0, max: 3 }),
              to: fc.integer({ min: 0, max: 4 }),
              // Often more than the balance, so failing sends (code 5) are exercised too.
              amount: fc.oneof(fc.bigInt({ min: 1n, max: 5000n }), fc.bigInt({ min: 1n, max: 2n * FUNDS })),
            }),
            { maxLength: 6 },
          ),
          { minLength: 1, maxLength: 5 },
        ),
        (blocks) => {
          const h = createHarness({ accounts: 5, funds: FUNDS });
          const addrs = h.signers.map((s) => s.address);
          const model = new Map(addrs.map((a) => [a, FUNDS]));
          const feeCollector = moduleAddress("fee_collector");
          let fees = 0n;
          const chainSeq = new Map(addrs.map((a) => [a, 0n]));
          for (const txs of blocks) {
            const signed: Array<{ t: (typeof txs)[number]; seq: bigint }> = [];
            const bytes = txs.map((t) => {
              signed.push({ t, seq: h.sequences.get(addrs[t.from]!)! });
              return h.send(t.from, addrs[t.to]!, t.amount, { fee: FEE });
            });
            const res = h.block(bytes);
            res.txResults.forEach((r, i) => {
              const { t, seq } = signed[i]!;
              const from = addrs[t.from]!;
              const bal = model.get(from)!;
              if (bal < FEE) {
                // The fee cannot be paid: refused in the ante chain (fee deduction runs before the
                // signature and sequence checks, as in the SDK), nothing changes, not even the sequence.
                expect(r.code).toBe(5);
                return;
              }
              if (seq !== chainSeq.get(from)) {
                // An earlier tx of this sender was refused in the ante chain: this one's sequence is ahead.
                expect(r.code).toBe(32);
                return;
              }
              chainSeq.set(from, seq + 1n);
              model.set(from, bal - FEE);
              fees += FEE;
              if (t.amount <= bal - FEE) {
                expect(r.code, r.log).toBe(0);
                model.set(from, model.get(from)! - t.amount);
                model.set(addrs[t.to]!, model.get(addrs[t.to]!)! + t.amount);
              } else {
                // The message fails in the block: fee and sequence stick, the amount does not move.
                expect(r.code).toBe(5);
              }
            });
            for (const a of addrs) h.sequences.set(a, chainSeq.get(a)!);
            expect(h.pogcs.app.runInvariants()).toEqual([]);
          }
          for (const a of addrs) expect(balance(h, a)).toBe(model.get(a));
          // Fees reach pogcs (part burned, the rest paid out with the emission) by the end of each block.
          const ledger = pogcs.pogcs.v1.QueryLedgerResponse.decode(h.pogcs.app.query("/pogcs.pogcs.v1.Query/Ledger", new Uint8Array()).value!).ledger!;
          expect(BigInt(ledger.feesCollected || "0") + balance(h, feeCollector)).toBe(fees);
          const supply = h.pogcs.app.query("/cosmos.bank.v1beta1.Query/SupplyOf", QuerySupplyOfRequest.encode({ denom: "ugcs" }).finish());
          const emitted = BigInt(ledger.emitted || "0");
          const burned = BigInt(ledger.burned || "0");
          expect(BigInt(QuerySupplyOfResponse.decode(supply.value!).amount!.amount)).toBe(FUNDS * 5n + emitted - burned);
        },
      ),
      { numRuns: 60 },
    );
  });
});
