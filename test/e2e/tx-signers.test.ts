/**
 * Txs that list many signers, through the full app: the signer list is built in linear time (a
 * MsgMultiSend with tens of thousands of inputs took seconds to decode, twice per tx, blocking
 * the node), and a tx CheckTx will refuse for its signer count gets no signature pre-verification
 * (each job carries the whole body: many signers times a large body cost memory before any check).
 */
import { describe, it, expect } from "vitest";
import { bech32 } from "bech32";
import { MsgMultiSend, MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { createFullApp } from "../support/pogcs-app.js";

const addr = (i: number) => {
  const b = new Uint8Array(20);
  new DataView(b.buffer).setUint32(0, i + 1);
  return bech32.encode("gcs", bech32.toWords(b));
};

describe("txs with many signers", () => {
  it("a MsgMultiSend with 40,000 inputs is decoded quickly and refused with a code, with no signature jobs", () => {
    const f = createFullApp({ validators: 1, accounts: 1 });
    const inputs = Array.from({ length: 40_000 }, (_, i) => ({ address: i === 0 ? f.signers[1]!.address : addr(i), coins: [{ denom: "ugcs", amount: "1" }] }));
    const msg = MsgMultiSend.fromPartial({ inputs, outputs: [{ address: addr(1), coins: [{ denom: "ugcs", amount: "40000" }] }] });
    const tx = f.tx(1, [{ typeUrl: "/cosmos.bank.v1beta1.MsgMultiSend", value: MsgMultiSend.encode(msg).finish() }]);
    const t0 = process.hrtime.bigint();
    expect(f.pogcs.app.signatureJobs(tx)).toEqual([]);
    const r = f.pogcs.app.checkTx(tx);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    expect(r.result.code).not.toBe(0);
    expect(r.result.codespace).toBe("sdk");
    expect(r.tx?.signers.length).toBe(40_000);
    // Linear: tens of milliseconds here; the quadratic scan took over 2 s for each of the two decodes.
    expect(ms).toBeLessThan(1_500);
  }, 20_000);

  it("pre-verifies a normal tx's signature, and none for a tx with more signers than txSigLimit", () => {
    const f = createFullApp({ validators: 1, accounts: 1 });
    const me = f.signers[1]!.address;
    const send = (from: string) => ({ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: MsgSend.encode({ fromAddress: from, toAddress: addr(9), amount: [{ denom: "ugcs", amount: "1" }] }).finish() });
    const ok = f.tx(1, [send(me)]);
    const jobs = f.pogcs.app.signatureJobs(ok);
    expect(jobs.length).toBe(1);
    expect(jobs[0]!.signature.length).toBe(64);
    // Eight distinct "from" addresses: eight signers, above the default txSigLimit of 7.
    const many = f.tx(1, [send(me), ...Array.from({ length: 7 }, (_, i) => send(addr(100 + i)))]);
    expect(f.pogcs.app.signatureJobs(many)).toEqual([]);
    expect(f.pogcs.app.checkTx(many).result.code).not.toBe(0);
  });
});
