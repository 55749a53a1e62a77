import { ProposalStatus } from "cosmjs-types/cosmos/gov/v1/gov";
import type { Invariant } from "../../chain/app/module.js";
import { moduleAddress } from "../auth/keeper.js";
import { GOV_MODULE_ACCOUNT, type GovKeeper } from "./keeper.js";

const open = (s: ProposalStatus) => s === ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD || s === ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD;

function sum(into: Map<string, bigint>, coins: Array<{ denom: string; amount: string }>): void {
  for (const c of coins) into.set(c.denom, (into.get(c.denom) ?? 0n) + BigInt(c.amount));
}

function same(a: Map<string, bigint>, b: Map<string, bigint>): string | undefined {
  for (const d of new Set([...a.keys(), ...b.keys()])) if ((a.get(d) ?? 0n) !== (b.get(d) ?? 0n)) return `${d}: ${a.get(d) ?? 0n} vs ${b.get(d) ?? 0n}`;
  return undefined;
}

/**
 * The gov module account holds exactly the deposits of open (deposit or voting period)
 * proposals: balance = sum of deposit records = sum of those proposals' total_deposit.
 */
export function govInvariants(k: GovKeeper): Invariant[] {
  return [
    {
      name: "module-account-deposits",
      check(ctx) {
        const records = new Map<string, bigint>();
        for (const d of k.iterateAllDeposits(ctx)) {
          const p = k.getProposal(ctx, d.proposalId);
          if (!p || !open(p.status)) return `deposit of ${d.depositor} on proposal ${d.proposalId}, which is not open`;
          sum(records, d.amount);
        }
        const totals = new Map<string, bigint>();
        for (const p of k.iterateProposals(ctx)) if (open(p.status)) sum(totals, p.totalDeposit);
        const balance = new Map(k.bank.getAllBalances(ctx, moduleAddress(GOV_MODULE_ACCOUNT)).map((c) => [c.denom, c.amount]));
        const a = same(balance, records);
        if (a) return `module account balance != sum of deposits (${a})`;
        const b = same(records, totals);
        if (b) return `sum of deposits != sum of open proposals' total_deposit (${b})`;
        return undefined;
      },
    },
    {
      name: "queues",
      check(ctx) {
        const far = 1n << 62n;
        const inactive = new Set(k.dueEntries(ctx, "inactive", far).map((e) => e.id));
        const active = new Set(k.dueEntries(ctx, "active", far).map((e) => e.id));
        for (const p of k.iterateProposals(ctx)) {
          if (inactive.delete(p.id) !== (p.status === ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD)) return `proposal ${p.id} (status ${p.status}) deposit-queue membership wrong`;
          if (active.delete(p.id) !== (p.status === ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD)) return `proposal ${p.id} (status ${p.status}) voting-queue membership wrong`;
        }
        if (inactive.size + active.size > 0) return `queues list missing proposals ${[...inactive, ...active].join(",")}`;
        return undefined;
      },
    },
  ];
}
