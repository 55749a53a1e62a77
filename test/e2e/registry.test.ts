/**
 * Dapps sign PoGCS messages with unmodified CosmJS: the exported Registry types cover every message
 * the app routes, and txs signed offline by SigningStargateClient in DIRECT and in LEGACY_AMINO_JSON
 * mode (with the exported amino converters) execute in the full app.
 */
import { describe, expect, it } from "vitest";
import { DirectSecp256k1HdWallet, Registry } from "@cosmjs/proto-signing";
import { Secp256k1HdWallet, makeCosmoshubPath } from "@cosmjs/amino";
import { AminoTypes, SigningStargateClient, createDefaultAminoConverters, defaultRegistryTypes } from "@cosmjs/stargate";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { QueryAccountRequest, QueryAccountResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { QueryClassRequest, QueryClassResponse } from "cosmjs-types/cosmos/nft/v1beta1/query";
import { BaseAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { cosmosExtraRegistryTypes, pogcsAminoConverters, pogcsRegistryTypes, pogcsAminoJson, pogcsMsgType } from "../../proto/registry.js";
import { FULL_APP_MNEMONIC, createFullApp } from "../support/pogcs-app.js";
import { CHAIN_ID } from "../../modules/devices/test-support.js";
import { pogcs } from "../../proto/gen/pogcs.js";

const registry = () => new Registry([...defaultRegistryTypes, ...cosmosExtraRegistryTypes, ...(pogcsRegistryTypes as never[])]);
const aminoTypes = () => new AminoTypes({ ...createDefaultAminoConverters(), ...pogcsAminoConverters() });

describe("CosmJS registry and amino converters for PoGCS messages", () => {
  it("cover every message type the app routes", () => {
    const f = createFullApp({ validators: 1, accounts: 1 });
    const r = registry();
    const routed = f.pogcs.app.router.msgTypeUrls();
    const missing = routed.filter((u) => !r.lookupType(u));
    expect(missing).toEqual([]);
    for (const u of routed.filter((x) => x.startsWith("/pogcs."))) {
      expect(pogcsMsgType(u), u).toBeDefined();
      // One amino form per pogcs message: the generic one CosmJS converters produce.
      expect(f.pogcs.app.router.msg(u)!.aminoJson, `${u} must not carry a hand-written amino form`).toBeUndefined();
    }
  });

  it("amino JSON round-trips a message to the same protobuf bytes", () => {
    const M = pogcs.nft.v1.MsgCreateClass;
    const msg = { sender: "gcs1x", id: "art", name: "Art & <things>", symbol: "", description: "", uri: "", uriHash: "", transferable: true };
    const bytes = M.encode(M.fromObject(msg)).finish();
    const amino = pogcsAminoJson("/pogcs.nft.v1.MsgCreateClass", bytes)!;
    expect(amino).toEqual({ type: "pogcs/nft/MsgCreateClass", value: { sender: "gcs1x", id: "art", name: "Art & <things>", transferable: true } });
    const conv = pogcsAminoConverters()["/pogcs.nft.v1.MsgCreateClass"]!;
    const back = M.decode(M.encode(conv.fromAmino(amino.value) as never).finish());
    expect(M.toObject(back, { defaults: true })).toEqual(M.toObject(M.decode(bytes), { defaults: true }));
  });

  for (const mode of ["direct", "amino"] as const) {
    it(`a tx signed offline by SigningStargateClient (${mode}) executes`, async () => {
      const f = createFullApp({ validators: 1, accounts: 2 });
      const idx = 2; // the second funded account; the harness never signs for it here
      const hdPaths = [makeCosmoshubPath(idx)];
      const wallet = mode === "direct"
        ? await DirectSecp256k1HdWallet.fromMnemonic(FULL_APP_MNEMONIC, { prefix: "gcs", hdPaths })
        : await Secp256k1HdWallet.fromMnemonic(FULL_APP_MNEMONIC, { prefix: "gcs", hdPaths });
      const [{ address }] = await wallet.getAccounts();
      expect(address).toBe(f.signers[idx]!.address);
      f.block();
      const acc = f.query("/cosmos.auth.v1beta1.Query/Account", QueryAccountRequest.encode({ address: address! }).finish(), QueryAccountResponse);
      const base = BaseAccount.decode(acc.account!.value);
      const client = await SigningStargateClient.offline(wallet, { registry: registry(), aminoTypes: aminoTypes() });
      const msg = { typeUrl: "/pogcs.nft.v1.MsgCreateClass", value: { sender: address, id: `cls${mode}`, name: "Signed by CosmJS", transferable: true } };
      const raw = await client.sign(address!, [msg], { amount: [], gas: "400000" }, "registry test", { accountNumber: base.accountNumber, sequence: Number(base.sequence), chainId: CHAIN_ID });
      const res = f.block([TxRaw.encode(raw).finish()]);
      expect(res.txResults[0]!.code, res.txResults[0]!.log).toBe(0);
      const q = f.query("/cosmos.nft.v1beta1.Query/Class", QueryClassRequest.encode({ classId: `cls${mode}` }).finish(), QueryClassResponse);
      expect(q.class?.name).toBe("Signed by CosmJS");
    });
  }
});
