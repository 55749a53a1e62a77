import { describe, it, expect } from "vitest";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { pogcs } from "../../proto/gen/pogcs.js";
import { createHarness, CHAIN_ID } from "../../test/support/app-harness.js";
import { buildSignedTx } from "../../node/client/build-tx.js";
import { signerFromMnemonic } from "../../node/keyring/hd.js";
import { createCommitMultiStore } from "../../chain/store/commit-multistore.js";
import { createPogcsApp, STORE_NAMES } from "./create-app.js";
import { createNodeSecp256k1Verifier } from "../../node/crypto/secp256k1.js";

type Over = Partial<{ gas: bigint; fee: bigint; memo: string; sequence: bigint; chainId: string; accountNumber: bigint; timeoutHeight: bigint; amount: string; to: string }>;

function tx(h: ReturnType<typeof createHarness>, o: Over = {}, signerIndex = 0) {
  const s = h.signers[signerIndex]!;
  return buildSignedTx(s, {
    messages: [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: MsgSend.encode({ fromAddress: s.address, toAddress: o.to ?? h.signers[1]!.address, amount: [{ denom: "ugcs", amount: o.amount ?? "10" }] }).finish() }],
    fee: [{ denom: "ugcs", amount: String(o.fee ?? 5000n) }],
    gasLimit: o.gas ?? 200_000n,
    memo: o.memo,
    chainId: o.chainId ?? CHAIN_ID,
    accountNumber: o.accountNumber ?? h.accountNumbers.get(s.address)!,
    sequence: o.sequence ?? 0n,
    timeoutHeight: o.timeoutHeight,
  });
}

describe("CheckTx scenarios: each refusal has its own code", () => {
  const cases: Array<[string, Over, number]> = [
    ["valid", {}, 0],
    ["zero gas limit", { gas: 0n }, 41],
    ["memo over 256 characters", { memo: "x".repeat(257) }, 12],
    ["stale or future sequence", { sequence: 5n }, 32],
    ["wrong chain id", { chainId: "other-chain" }, 4],
    ["wrong account number", { accountNumber: 99n }, 4],
    ["fee larger than the balance", { fee: 10n ** 15n }, 5],
    ["invalid recipient", { to: "gcs1notanaddress" }, 7],
    ["zero amount", { amount: "0" }, 10],
    ["negative-looking amount", { amount: "-5" }, 10],
  ];
  for (const [name, over, code] of cases) {
    it(`${name} -> code ${code}`, () => {
      const h = createHarness({ accounts: 2 });
      const r = h.pogcs.app.checkTx(tx(h, over));
      expect(r.result.code, r.result.log).toBe(code);
      if (code !== 0) expect(r.result.codespace).toBe("sdk");
    });
  }

  it("a tx past its timeout height -> code 30", () => {
    const h = createHarness({ accounts: 2 });
    h.block([]);
    h.block([]);
    expect(h.pogcs.app.checkTx(tx(h, { timeoutHeight: 1n })).result.code).toBe(30);
  });

  it("an unknown signer account -> code 9", () => {
    const h = createHarness({ accounts: 2 });
    const stranger = signerFromMnemonic("oyster design unusual machine spread century engine gravity focus cave carry slot", 0, { prefix: "gcs" });
    const bytes = buildSignedTx(stranger, {
      messages: [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: MsgSend.encode({ fromAddress: stranger.address, toAddress: h.signers[0]!.address, amount: [{ denom: "ugcs", amount: "1" }] }).finish() }],
      fee: [{ denom: "ugcs", amount: "5000" }], gasLimit: 200_000n, chainId: CHAIN_ID, accountNumber: 0n, sequence: 0n,
    });
    expect(h.pogcs.app.checkTx(bytes).result.code).toBe(9);
  });

  it("a fee under the node's minimum gas price -> code 13 (CheckTx only)", () => {
    const h = createHarness({ accounts: 2 });
    h.block([]);
    // Same genesis through the harness app, but with a strict price: 200000 gas * 0.1 = 20000ugcs needed.
    const app = createPogcsApp({ chainId: CHAIN_ID, cms: createCommitMultiStore({ storeNames: STORE_NAMES }), verifier: createNodeSecp256k1Verifier(), minGasPrices: [{ denom: "ugcs", numerator: 1n, denominator: 10n }] }).app;
    app.initChain({ chainId: CHAIN_ID, initialHeight: 1n, timeSeconds: 0n, timeNanos: 0, appState: h.pogcs.app.exportGenesis() });
    expect(app.checkTx(tx(h, { fee: 19_999n })).result.code).toBe(13);
    expect(app.checkTx(tx(h, { fee: 20_000n })).result.code).toBe(0);
  });

  it("a second tx of a sender is admitted only in sequence order", () => {
    const h = createHarness({ accounts: 2 });
    expect(h.pogcs.app.checkTx(tx(h, { sequence: 1n })).result.code).toBe(32);
    expect(h.pogcs.app.checkTx(tx(h, { sequence: 0n })).result.code).toBe(0);
    expect(h.pogcs.app.checkTx(tx(h, { sequence: 1n })).result.code).toBe(0);
  });
});

describe("app queries", () => {
  it("serves invariants and message types, and refuses unknown paths with code 6", () => {
    const h = createHarness({ accounts: 2 });
    h.block([]);
    const inv = pogcs.app.v1.QueryInvariantsResponse.decode(h.pogcs.app.query("/pogcs.app.v1.Query/Invariants", new Uint8Array()).value!);
    expect(inv.broken).toEqual([]);
    expect(inv.checked).toBeGreaterThanOrEqual(2);
    const types = pogcs.app.v1.QueryMsgTypesResponse.decode(h.pogcs.app.query("/pogcs.app.v1.Query/MsgTypes", new Uint8Array()).value!);
    expect(types.typeUrls).toEqual([...types.typeUrls].sort());
    for (const u of ["/cosmos.bank.v1beta1.MsgSend", "/cosmos.staking.v1beta1.MsgDelegate", "/cosmos.slashing.v1beta1.MsgUnjail", "/pogcs.devices.v1.MsgSubmitReport", "/pogcs.pogcs.v1.MsgWithdrawRewards"]) {
      expect(types.typeUrls).toContain(u);
    }
    const unknown = h.pogcs.app.query("/nope.v1.Query/Nothing", new Uint8Array());
    expect(unknown.code).toBe(6);
    const garbage = h.pogcs.app.query("/cosmos.bank.v1beta1.Query/Balance", new Uint8Array([0xff, 0xff, 0xff]));
    expect(garbage.code).not.toBe(0);
  });
});
