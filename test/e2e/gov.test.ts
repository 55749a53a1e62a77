/**
 * Governance on a real 1-validator devnet (--check-invariants, 4 s voting period) through CosmJS
 * 0.39 (SigningStargateClient with its default registry, which has cosmos.gov.v1) and the REST
 * gateway: a pogcs parameter change passes by the validator's vote and takes effect; a proposal
 * whose only vote has no stake misses quorum, is rejected, and its deposit comes back.
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { makeCosmoshubPath } from "@cosmjs/amino";
import { GasPrice, SigningStargateClient } from "@cosmjs/stargate";
import { MsgSubmitProposal, MsgVote } from "cosmjs-types/cosmos/gov/v1/tx";
import { tempDevnet } from "../support/devnet-fixture.js";
import { until } from "../support/bft.js";
import { pogcs } from "../../proto/gen/pogcs.js";
import { moduleAddress } from "../../modules/auth/keeper.js";

type Net = Awaited<ReturnType<typeof tempDevnet>>;
const DEPOSIT = { denom: "ugcs", amount: "10000000" };
const P = pogcs.pogcs.v1;

describe("governance through CosmJS on a devnet", () => {
  let net: Net;
  let proposerClient: SigningStargateClient;
  let voterClient: SigningStargateClient;
  let proposer: string;
  let operator: string;
  let rest: string;
  const get = async (path: string) => {
    const r = await fetch(rest + path);
    return { status: r.status, body: (await r.json()) as Record<string, any> };
  };
  const options = { gasPrice: GasPrice.fromString("0.025ugcs"), broadcastPollIntervalMs: 200, broadcastTimeoutMs: 20_000 };

  beforeAll(async () => {
    net = await tempDevnet({ blockIntervalMs: 300, epochLength: 10, nodeArgs: () => ["--check-invariants"], genesis: { gov: { voting_period: "4s", expedited_voting_period: "2s", max_deposit_period: "30s" } } });
    rest = net.info.validators[0]!.rest!;
    const faucet = await DirectSecp256k1HdWallet.fromMnemonic(net.info.faucet.mnemonic, { prefix: "gcs" });
    const op = await DirectSecp256k1HdWallet.fromMnemonic(net.info.faucet.mnemonic, { prefix: "gcs", hdPaths: [makeCosmoshubPath(1000)] });
    proposer = (await faucet.getAccounts())[0]!.address;
    operator = (await op.getAccounts())[0]!.address;
    proposerClient = await SigningStargateClient.connectWithSigner(net.info.validators[0]!.rpc, faucet, options);
    voterClient = await SigningStargateClient.connectWithSigner(net.info.validators[0]!.rpc, op, options);
  });

  afterAll(async () => {
    proposerClient?.disconnect();
    voterClient?.disconnect();
    await net?.close();
  });

  const submit = async (messages: Array<{ typeUrl: string; value: Uint8Array }>, title: string) => {
    const value = MsgSubmitProposal.fromPartial({ messages, initialDeposit: [DEPOSIT], proposer, title, summary: "devnet e2e", metadata: "" });
    const res = await proposerClient.signAndBroadcast(proposer, [{ typeUrl: "/cosmos.gov.v1.MsgSubmitProposal", value }], "auto");
    expect(res.code).toBe(0);
    const id = res.events.find((e) => e.type === "submit_proposal")!.attributes.find((a) => a.key === "proposal_id")!.value;
    return id;
  };
  const vote = async (client: SigningStargateClient, voter: string, id: string) => {
    const res = await client.signAndBroadcast(voter, [{ typeUrl: "/cosmos.gov.v1.MsgVote", value: MsgVote.fromPartial({ proposalId: BigInt(id), voter, option: 1 }) }], "auto");
    expect(res.code).toBe(0);
    expect(res.events.some((e) => e.type === "proposal_vote")).toBe(true);
  };
  const decided = (id: string) =>
    until(async () => {
      const p = (await get(`/cosmos/gov/v1/proposals/${id}`)).body.proposal;
      return p && p.status !== "PROPOSAL_STATUS_VOTING_PERIOD" ? p : undefined;
    }, 30_000, `proposal ${id} decided`);

  it("a parameter-change proposal passes by vote and takes effect", { timeout: 90_000 }, async () => {
    const params = (await get("/pogcs/pogcs/v1/params")).body.params;
    const current = P.Params.fromObject({ ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase()), v])) });
    const wanted = Number(current.scoreThreshold) + 100;
    const msg = P.MsgUpdateParams.encode({ authority: moduleAddress("gov"), params: { ...current, scoreThreshold: wanted } }).finish();
    const id = await submit([{ typeUrl: "/pogcs.pogcs.v1.MsgUpdateParams", value: msg }], "raise the score threshold");
    const open = (await get(`/cosmos/gov/v1/proposals/${id}`)).body.proposal;
    expect(open.status).toBe("PROPOSAL_STATUS_VOTING_PERIOD");
    expect(open.messages[0]["@type"]).toBe("/pogcs.pogcs.v1.MsgUpdateParams");
    await vote(voterClient, operator, id);
    expect((await get(`/cosmos/gov/v1/proposals/${id}/votes/${operator}`)).body.vote.options).toEqual([{ option: "VOTE_OPTION_YES", weight: "1.000000000000000000" }]);
    const p = await decided(id);
    expect(p.status).toBe("PROPOSAL_STATUS_PASSED");
    expect(Number(p.final_tally_result.yes_count)).toBeGreaterThan(0);
    expect(Number((await get("/pogcs/pogcs/v1/params")).body.params.score_threshold)).toBe(wanted);
    expect(net.processes[0]!.exitCode).toBeNull(); // invariants held at every block
  });

  it("a proposal that misses quorum is rejected and its deposit is refunded", { timeout: 90_000 }, async () => {
    const id = await submit([], "signal without stake");
    const deposits = (await get(`/cosmos/gov/v1/proposals/${id}/deposits`)).body.deposits;
    expect(deposits).toEqual([{ proposal_id: id, depositor: proposer, amount: [DEPOSIT] }]);
    await vote(proposerClient, proposer, id); // the faucet stakes nothing: zero voting power
    const before = BigInt((await proposerClient.getBalance(proposer, "ugcs")).amount);
    const p = await decided(id);
    expect(p.status).toBe("PROPOSAL_STATUS_REJECTED");
    expect(p.failed_reason).toContain("quorum not met");
    expect(p.final_tally_result).toEqual({ yes_count: "0", abstain_count: "0", no_count: "0", no_with_veto_count: "0" });
    expect(BigInt((await proposerClient.getBalance(proposer, "ugcs")).amount)).toBe(before + 10_000_000n);
    expect((await proposerClient.getBalance(moduleAddress("gov"), "ugcs")).amount).toBe("0");
    const rejected = (await get("/cosmos/gov/v1/proposals?proposal_status=PROPOSAL_STATUS_REJECTED")).body.proposals;
    expect(rejected.map((x: { id: string }) => x.id)).toEqual([id]);
    const legacy = (await get(`/cosmos/gov/v1beta1/proposals/${id}`)).body.proposal;
    expect(legacy.content).toMatchObject({ "@type": "/cosmos.gov.v1beta1.TextProposal", title: "signal without stake" });
    expect(net.processes[0]!.exitCode).toBeNull();
  });
});
