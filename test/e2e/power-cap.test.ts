/**
 * The 20% power cap, in-process with the full app (real staking, devices, pogcs; invariants
 * checked after every block, including power-cap): 6 validators of equal stake, 6 honest GPU
 * devices reporting behind validator 0. Its uncapped PoGCS power doubles (g = G_MAX), the cap
 * holds it at 20% of the total, and that capped power is what end block hands to consensus.
 * (A 4-validator devnet cannot show the cap: pogcs leaves powers uncapped below 5 validators.)
 */
import { describe, it, expect } from "vitest";
import { pogcs } from "../../proto/gen/pogcs.js";
import { createFullApp } from "../support/pogcs-app.js";
import { edKey, registerMsg, bondMsg, signedReport, reportBody, GPU_CAPACITY, MSG } from "../../modules/devices/test-support.js";
import { makeH3Cell } from "../../modules/devices/h3.js";
import { DeviceClass } from "../../modules/devices/types.js";
import { epochOf } from "../../modules/devices/epochs.js";

describe("PoGCS power cap with 6 validators (in-process full app)", () => {
  it("validator 0's green compute doubles its uncapped power; the cap keeps it at 20%, and consensus gets the capped value", () => {
    const L = 10n;
    const f = createFullApp({ validators: 6, accounts: 1, epochLength: L, devices: { challenge_permille: 0 }, pogcs: { vgc_target: "1000" } });
    const owner = 6; // signer index of the funded owner
    const ownerAddr = f.signers[owner]!.address;
    const devs = Array.from({ length: 6 }, (_, i) => ({ key: edKey(`cap-${i}`), cls: DeviceClass.DEVICE_CLASS_GPU, capacity: GPU_CAPACITY, location: { h3Cell: makeH3Cell(30 + i, [1, 2, 3, 4, 5, 6, 0, 1]), index: 0 } }));
    const ok = (rs: Array<{ code: number; log: string }>) => rs.forEach((r) => expect(r.log).toBe(""));
    ok(f.block([f.tx(owner, devs.map((d) => ({ typeUrl: MSG.RegisterDevice, value: registerMsg(ownerAddr, d) })))]).txResults);
    ok(f.block([f.tx(owner, devs.map((_, i) => ({ typeUrl: MSG.BondDevice, value: bondMsg(ownerAddr, BigInt(i + 1), 10_000_000n, f.validators[0]!.valoper) })))]).txResults);
    const v0 = f.validators[0]!;
    let consensusPower: bigint | undefined;
    let nonce = 1n;
    // Report every epoch until two boundaries have passed with VGC settled.
    for (let e = epochOf(f.height + 1n, L); e <= 3n; e++) {
      const reports = devs.map((d, i) => ({ typeUrl: MSG.SubmitReport, value: signedReport(ownerAddr, reportBody(BigInt(i + 1), e, nonce), d.key.priv).msg }));
      nonce += 1n;
      ok(f.block([f.tx(owner, reports)]).txResults);
      while (f.height < (e + 1n) * L) {
        const out = f.block();
        for (const u of out.validatorUpdates) if (Buffer.from(u.pubKey).equals(Buffer.from(v0.key.pubKey))) consensusPower = u.power;
      }
    }
    const rows = f.query("/pogcs.pogcs.v1.Query/ValidatorPowers", pogcs.pogcs.v1.QueryValidatorPowersRequest.encode({}).finish(), pogcs.pogcs.v1.QueryValidatorPowersResponse).powers;
    const mine = rows.find((r: pogcs.pogcs.v1.IValidatorPower) => r.operator === v0.valoper)!;
    const total = rows.reduce((s: bigint, r: pogcs.pogcs.v1.IValidatorPower) => s + BigInt(r.power!), 0n);
    expect(rows.length).toBe(6);
    expect(BigInt(mine.uncapped!)).toBe(20_000n); // stake 10,000 GCS · (1 + g), g = G_MAX
    // water-filling: C = floor(0.2 · 50,000 / 0.8) = 12,500 = 20% of 62,500
    expect(BigInt(mine.power!)).toBe(12_500n);
    expect(total).toBe(62_500n);
    expect(BigInt(mine.power!) * 5n).toBeLessThanOrEqual(total);
    for (const r of rows) if (r.operator !== v0.valoper) expect(BigInt(r.power!)).toBe(10_000n);
    expect(consensusPower).toBe(12_500n);
    expect(f.pogcs.app.runInvariants()).toEqual([]);
  });
});
