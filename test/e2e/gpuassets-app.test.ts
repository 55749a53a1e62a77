/**
 * GPU asset NFTs in the full app (real auth, bank, staking, devices, pogcs, nft, gpuassets; signed
 * txs through the ante chain; invariants after every block). Two identical GPU devices report
 * every epoch behind validator 0: asset 1 is valued, pledged (an nft MsgSend is refused), and
 * redeemed; asset 2 is pledged, defaults, and moves to the lender. Both devices keep reporting and
 * earn exactly the same rewards as each other throughout, pledged or not.
 */
import { describe, it, expect } from "vitest";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { QueryBalanceRequest, QueryBalanceResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { QueryOwnerRequest, QueryOwnerResponse } from "cosmjs-types/cosmos/nft/v1beta1/query";
import { pogcs } from "../../proto/gen/pogcs.js";
import { createFullApp, type FullApp } from "../support/pogcs-app.js";
import { edKey, registerMsg, bondMsg, signedReport, reportBody, GPU_CAPACITY, MSG } from "../../modules/devices/test-support.js";
import { makeH3Cell } from "../../modules/devices/h3.js";
import { DeviceClass } from "../../modules/devices/types.js";
import { epochOf } from "../../modules/devices/epochs.js";
import { toLong } from "../../modules/devices/long.js";
import { gpuMsg as g } from "../../modules/gpuassets/test-msgs.js";
import { GPU_ASSET_CLASS, nftIdOf } from "../../modules/gpuassets/keys.js";
import { GPUASSETS_ROUTES } from "../../node/rest/routes/gpuassets.js";

import G = pogcs.gpuassets.v1;

const L = 10n;
const GCS = 1_000_000n;
const coin = (n: bigint) => ({ denom: "ugcs", amount: n.toString() });

function bal(f: FullApp, address: string): bigint {
  return BigInt(f.query("/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest.encode({ address, denom: "ugcs" }).finish(), QueryBalanceResponse).balance!.amount);
}

describe("GPU asset NFTs in the full app", () => {
  it("value, pledge (transfer refused), redeem; a second pledge defaults to the lender; the devices keep earning", () => {
    const f = createFullApp({ validators: 4, accounts: 4, epochLength: L, devices: { challenge_permille: 0 }, pogcs: { vgc_target: "1000" } });
    const [OWNER, LENDER, APPRAISER, OTHER] = [4, 5, 6, 7];
    const addr = (i: number) => f.signers[i]!.address;
    const codes = (rs: Array<{ code: number; codespace: string; log: string }>) => rs.map((r) => (r.code === 0 ? 0 : `${r.codespace}:${r.code}`));
    const run = (i: number, msgs: Any[]) => codes(f.block([f.tx(i, msgs)]).txResults)[0];
    const owner = (id: bigint) => f.query("/cosmos.nft.v1beta1.Query/Owner", QueryOwnerRequest.encode({ classId: GPU_ASSET_CLASS, id: nftIdOf(id) }).finish(), QueryOwnerResponse).owner;
    const asset = (id: bigint) => f.query("/pogcs.gpuassets.v1.Query/Asset", G.QueryAssetRequest.encode({ assetId: toLong(id) }).finish(), G.QueryAssetResponse).asset!;

    // Two identical GPU devices and a solar panel, GPUs bonded behind validator 0.
    const cell = (i: number) => ({ h3Cell: makeH3Cell(40 + i, [1, 2, 3, 4, 5, 6, 0, 1]), index: 0 });
    const gpus = [0, 1].map((i) => ({ key: edKey(`gpuasset-${i}`), cls: DeviceClass.DEVICE_CLASS_GPU, capacity: GPU_CAPACITY, location: cell(i) }));
    const solar = { key: edKey("gpuasset-solar"), cls: DeviceClass.DEVICE_CLASS_SOLAR, capacity: { ...GPU_CAPACITY, solarPeakW: 5000n, gpuModel: "", gpuCount: 0, fp32TflopsMilli: 0n }, location: cell(2) };
    expect(run(OWNER, [...gpus, solar].map((d) => ({ typeUrl: MSG.RegisterDevice, value: registerMsg(addr(OWNER), d) })))).toBe(0);
    expect(run(OWNER, gpus.map((_, i) => ({ typeUrl: MSG.BondDevice, value: bondMsg(addr(OWNER), BigInt(i + 1), 10_000_000n, f.validators[0]!.valoper) })))).toBe(0);
    f.direct((ctx) => f.pogcs.gpuAssetsKeeper.setAppraiser(ctx, addr(APPRAISER), "Appraiser One"));

    // Mint: the GPUs yes (once), the solar panel no.
    expect(run(OWNER, [g.mint(addr(OWNER), 1n), g.mint(addr(OWNER), 2n)])).toBe(0);
    expect(run(OWNER, [g.mint(addr(OWNER), 3n)])).toBe("gpuassets:5");
    expect(run(OWNER, [g.mint(addr(OWNER), 1n)])).toBe("gpuassets:3");
    expect(run(OTHER, [g.mint(addr(OTHER), 2n)])).toBe("gpuassets:6");
    expect(owner(1n)).toBe(addr(OWNER));

    // Value both at 1000 GCS.
    expect(run(APPRAISER, [g.appraise(addr(APPRAISER), 1n, coin(1000n * GCS)), g.appraise(addr(APPRAISER), 2n, coin(1000n * GCS))])).toBe(0);
    const val = f.query("/pogcs.gpuassets.v1.Query/Valuation", G.QueryValuationRequest.encode({ assetId: toLong(1n) }).finish(), G.QueryValuationResponse);
    expect(BigInt(val.value!.amount!)).toBeLessThanOrEqual(1000n * GCS);
    expect(BigInt(val.value!.amount!)).toBeGreaterThan(999n * GCS);

    // Pledge asset 1 for 600 GCS at 10%/year, lender funds it.
    expect(run(OWNER, [g.pledge(addr(OWNER), 1n, addr(LENDER), coin(600n * GCS), 3600n, 1000)])).toBe(0);
    const ownerBefore = bal(f, addr(OWNER));
    expect(run(LENDER, [g.fund(addr(LENDER), 1n)])).toBe(0);
    expect(bal(f, addr(OWNER)) - ownerBefore).toBe(600n * GCS);
    expect(asset(1n).asset!.status).toBe(G.AssetStatus.ASSET_STATUS_PLEDGED);

    // The NFT cannot move while pledged.
    expect(run(OWNER, [g.nftSend(addr(OWNER), 1n, addr(OTHER))])).toBe("gpuassets:15");
    expect(owner(1n)).toBe(addr(OWNER));

    // Pledge asset 2 for 5 seconds (one block = one second here).
    expect(run(OWNER, [g.pledge(addr(OWNER), 2n, addr(LENDER), coin(500n * GCS), 5n, 0)])).toBe(0);
    expect(run(LENDER, [g.fund(addr(LENDER), 2n)])).toBe(0);
    expect(run(LENDER, [g.claim(addr(LENDER), 2n)])).toBe("gpuassets:22");

    // Both devices report every epoch for two epochs while pledged; rewards are equal.
    let nonce = 1n;
    const first = epochOf(f.height + 1n, L);
    for (let e = first; e < first + 2n; e++) {
      const reports = gpus.map((d, i) => ({ typeUrl: MSG.SubmitReport, value: signedReport(addr(OWNER), reportBody(BigInt(i + 1), e, nonce), d.key.priv).msg }));
      nonce += 1n;
      expect(codes(f.block([f.tx(OWNER, reports)]).txResults)).toEqual([0]);
      while (f.height < (e + 1n) * L + 1n) f.block();
    }
    // Epoch e settles at the end of epoch e + 1.
    while (f.height < (first + 3n) * L) f.block();
    for (let e = first; e < first + 2n; e++) {
      const res = [1n, 2n].map((id) => f.query("/pogcs.pogcs.v1.Query/DeviceRewards", pogcs.pogcs.v1.QueryDeviceRewardsRequest.encode({ deviceId: toLong(id), epoch: toLong(e) }).finish(), pogcs.pogcs.v1.QueryDeviceRewardsResponse).result!);
      expect(BigInt(res[0]!.workReward!) + BigInt(res[0]!.capacityReward!)).toBeGreaterThan(0n);
      expect([res[0]!.vgc, res[0]!.workReward, res[0]!.capacityReward]).toEqual([res[1]!.vgc, res[1]!.workReward, res[1]!.capacityReward]);
    }

    // Redeem asset 1: the lender gets principal + interest; the NFT is free and can move.
    const lenderBefore = bal(f, addr(LENDER));
    expect(run(OWNER, [g.redeem(addr(OWNER), 1n)])).toBe(0);
    const loan1 = f.query("/pogcs.gpuassets.v1.Query/Loan", G.QueryLoanRequest.encode({ loanId: toLong(1n) }).finish(), G.QueryLoanResponse).loan!.loan!;
    expect(loan1.status).toBe(G.LoanStatus.LOAN_STATUS_REDEEMED);
    const paid = BigInt(loan1.repaid!.amount!);
    expect(paid).toBeGreaterThan(600n * GCS);
    expect(bal(f, addr(LENDER)) - lenderBefore).toBe(paid);
    expect(asset(1n).asset!.status).toBe(G.AssetStatus.ASSET_STATUS_FREE);
    expect(run(OWNER, [g.nftSend(addr(OWNER), 1n, addr(OTHER))])).toBe(0);
    expect(owner(1n)).toBe(addr(OTHER));

    // Asset 2 is long past due: the lender claims it.
    expect(run(OTHER, [g.claim(addr(OTHER), 2n)])).toBe("gpuassets:19");
    expect(run(LENDER, [g.claim(addr(LENDER), 2n)])).toBe(0);
    expect(owner(2n)).toBe(addr(LENDER));
    expect(asset(2n).asset!.status).toBe(G.AssetStatus.ASSET_STATUS_DEFAULTED);
    expect(run(OWNER, [g.redeem(addr(OWNER), 2n)])).toBe("gpuassets:7");

    // The device registry is untouched: still owned and operated by the original owner, reports accepted.
    const dev = f.query("/pogcs.devices.v1.Query/Device", pogcs.devices.v1.QueryDeviceRequest.encode({ deviceId: toLong(2n) }).finish(), pogcs.devices.v1.QueryDeviceResponse).device!;
    expect([dev.owner, dev.flagged]).toEqual([addr(OWNER), false]);
    const e = epochOf(f.height + 1n, L);
    const late = gpus.map((d, i) => ({ typeUrl: MSG.SubmitReport, value: signedReport(addr(OWNER), reportBody(BigInt(i + 1), e, nonce), d.key.priv).msg }));
    expect(codes(f.block([f.tx(OWNER, late)]).txResults)).toEqual([0]);
    expect(f.pogcs.app.runInvariants()).toEqual([]);

    // Every REST route builds a request its ABCI query answers.
    const params: Record<string, string> = { asset_id: "1", loan_id: "1", owner: addr(LENDER) };
    for (const route of GPUASSETS_ROUTES) {
      const req = route.req.encode(route.req.fromPartial(route.build(params, { open_only: "true", at_time: "0" }) as never) as never).finish();
      const r = f.pogcs.app.query(route.path, req);
      expect([route.url, r.code, r.log]).toEqual([route.url, 0, ""]);
      expect(route.res.toJSON(route.res.decode(r.value!) as never)).toBeTruthy();
    }
  });
});
