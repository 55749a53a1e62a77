import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { QueryBalanceRequest, QueryBalanceResponse, QuerySupplyOfRequest, QuerySupplyOfResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { createHarness } from "../support/app-harness.js";
import { moduleAddress } from "../../modules/auth/keeper.js";

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
          for (const txs of blocks) {
            // Senders who cannot even pay the fee are left out: CheckTx would refuse them.
            const planned = txs.filter((t) => model.get(addrs[t.from]!)! >= FEE * 2n);
            const bytes = planned.map((t) => h.send(t.from, addrs[t.to]!, t.amount, { fee: FEE }));
            const res = h.block(bytes);
            res.txResults.forEach((r, i) => {
              const t = planned[i]!;
              const from = addrs[t.from]!;
              if (r.code === 0 || r.code === 5) {
                model.set(from, model.get(from)! - FEE);
                fees += FEE;
              }
              if (r.code === 0) {
                model.set(from, model.get(from)! - t.amount);
                model.set(addrs[t.to]!, model.get(addrs[t.to]!)! + t.amount);
              } else {
                expect(r.code === 5 || r.code === 32).toBe(true);
                if (r.code === 32) h.sequences.set(from, h.sequences.get(from)! - 1n);
              }
            });
            expect(h.pogcs.app.runInvariants()).toEqual([]);
          }
          for (const a of addrs) expect(balance(h, a)).toBe(model.get(a));
          expect(balance(h, feeCollector)).toBe(fees);
          const supply = h.pogcs.app.query("/cosmos.bank.v1beta1.Query/SupplyOf", QuerySupplyOfRequest.encode({ denom: "ugcs" }).finish());
          expect(BigInt(QuerySupplyOfResponse.decode(supply.value!).amount!.amount)).toBe(FUNDS * 5n);
        },
      ),
      { numRuns: 60 },
    );
  });
});
