import { describe, expect, it } from "vitest";
import { AminoTypes, createGovAminoConverters } from "@cosmjs/stargate";
import { MsgDeposit, MsgVote, MsgVoteWeighted } from "cosmjs-types/cosmos/gov/v1beta1/tx";
import type { MsgSpec } from "../../chain/app/module.js";
import { pogcs } from "../../proto/gen/pogcs.js";
import { exportGovGenesis, initGovGenesis } from "./genesis.js";
import { createCommitMultiStore } from "../../chain/store/commit-multistore.js";
import { createContext } from "../../chain/app/create-context.js";
import { createInfiniteGasMeter } from "../../chain/gas/meter.js";
import { createQueryContext } from "../../chain/app/query-context.js";
import { govMsgs } from "./msgs.js";
import { GovKeeper } from "./keeper.js";
import { GOV_ADDR, MIN_DEPOSIT, govApp, pogcsParams, pogcsParamsMsg, run, submitMsg } from "./spec-kit.js";
import { pogcsParamsFromProto } from "../pogcs/params.js";

const voter = "gcs1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqe9nx0m";

describe("amino JSON matches CosmJS's converters (Keplr/Ledger signing of v1beta1 votes and deposits)", () => {
  const k = new GovKeeper({} as never, {} as never);
  const specs = new Map(govMsgs(k).map((s) => [s.typeUrl, s as MsgSpec<unknown>]));
  const cosmjs = new AminoTypes(createGovAminoConverters());
  const cases: Array<[string, unknown]> = [
    ["/cosmos.gov.v1beta1.MsgVote", MsgVote.fromPartial({ proposalId: 7n, voter, option: 3 })],
    ["/cosmos.gov.v1beta1.MsgDeposit", MsgDeposit.fromPartial({ proposalId: 7n, depositor: voter, amount: [{ denom: "ugcs", amount: "5" }] })],
    ["/cosmos.gov.v1beta1.MsgVoteWeighted", MsgVoteWeighted.fromPartial({ proposalId: 7n, voter, options: [{ option: 1, weight: "250000000000000000" }, { option: 3, weight: "750000000000000000" }] })],
  ];
  for (const [typeUrl, value] of cases) {
    it(typeUrl, () => {
      expect(specs.get(typeUrl)!.aminoJson!(value)).toEqual(cosmjs.toAmino({ typeUrl, value }));
    });
  }

  it("a v1 proposal's inner pogcs message uses the generic pogcs amino form", () => {
    k.setRouter(() => undefined);
    const P = pogcs.pogcs.v1;
    const inner = { typeUrl: "/pogcs.pogcs.v1.MsgUpdateParams", value: P.MsgUpdateParams.encode({ authority: GOV_ADDR, params: { scoreThreshold: 5 } }).finish() };
    const out = specs.get("/cosmos.gov.v1.MsgSubmitProposal")!.aminoJson!({ messages: [inner], initialDeposit: [], proposer: voter, metadata: "", title: "t", summary: "s", expedited: false }) as { type: string; value: { messages: Array<{ type: string }> } };
    expect(out.type).toBe("cosmos-sdk/v1/MsgSubmitProposal");
    expect(out.value.messages[0]!.type).toBe("pogcs/pogcs/MsgUpdateParams");
  });
});

describe("gov genesis", () => {
  it("exports open proposals, deposits and votes, and a new chain imports them unchanged", () => {
    const f = govApp({ voting_period: "100s" });
    const proposer = f.signers[3]!.address;
    expect(run(f, 3, [submitMsg(proposer, [pogcsParamsMsg(pogcsParamsFromProto(pogcsParams(f)))], MIN_DEPOSIT)]).code).toBe(0);
    expect(run(f, 3, [submitMsg(proposer, [], 5n, "small")]).code).toBe(0);
    const ctx = () => createQueryContext(f.cms, "pogcs-test-1", f.cms.version);
    const g = exportGovGenesis(f.pogcs.govKeeper, ctx());
    expect(g.proposals).toHaveLength(2);
    expect(g.deposits).toHaveLength(2);
    expect(g.starting_proposal_id).toBe("3");
    // A fresh gov store imports it and exports the same document.
    const cms = createCommitMultiStore({ storeNames: ["gov"], keepRecent: 0 });
    const k2 = new GovKeeper({} as never, {} as never);
    const c2 = createContext({ block: { chainId: "x", height: 0n, timeSeconds: 0n, timeNanos: 0, proposer: new Uint8Array() }, mode: "genesis", store: cms.branch(), gasMeter: createInfiniteGasMeter() });
    initGovGenesis(k2, c2, JSON.parse(JSON.stringify(g)));
    expect(exportGovGenesis(k2, c2)).toEqual(g);
    expect(k2.dueEntries(c2, "active", 1n << 40n).map((e) => e.id)).toEqual([1n]);
    expect(k2.dueEntries(c2, "inactive", 1n << 40n).map((e) => e.id)).toEqual([2n]);
  });
});
