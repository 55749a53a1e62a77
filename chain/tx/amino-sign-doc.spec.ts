import { describe, it, expect } from "vitest";
import { TxBody, AuthInfo, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import { secp256k1 } from "@noble/curves/secp256k1";
import { sha256 } from "@noble/hashes/sha256";
import { decodeTx } from "./decode.js";
import { makeAminoSignBytes, canonicalJson } from "./amino-sign-doc.js";
import { Router } from "../app/router.js";
import { createAuthModule } from "../../modules/auth/module.js";
import { createBankModule } from "../../modules/bank/module.js";

/** The Amino vector of research/cosmjs.md §3.5 (CosmJS 0.39 Secp256k1HdWallet.signAmino). */
const EXPECTED =
  '{"account_number":"1","chain_id":"simd-testing","fee":{"amount":[{"amount":"2500","denom":"ucosm"}],"gas":"100000"},"memo":"a\\u0026b\\u003cc\\u003e","msgs":[{"type":"cosmos-sdk/MsgSend","value":{"amount":[{"amount":"1234567","denom":"ucosm"}],"from_address":"cosmos1pkptre7fdkl6gfrzlesjjvhxhlc3r4gmmk8rs6","to_address":"cosmos10dyr9899g6t0pelew4nvf4j5c3jcgv0r73qga5"}}],"sequence":"0"}';
const SIGNATURE = "rPXOqo7eZh4lBjXqGU5MU12y4U54kAbasMpRUBFVYtw7FZ8FRAocDIopMlqCQj2AdrEOxQeh4av2GTs8fH1ozQ==";
const PUBKEY = "A08EGB7ro1ORuFhjOnZcSgwYlpe0DSFjVNUIkNNQxwKQ";

describe("SIGN_MODE_LEGACY_AMINO_JSON", () => {
  const auth = createAuthModule({ modulePermissions: new Map() });
  const router = new Router([auth.module, createBankModule({ accounts: auth.keeper }).module]);

  it("builds the exact StdSignDoc bytes CosmJS signs, and CosmJS's signature verifies over them", () => {
    const pub = new Uint8Array(Buffer.from(PUBKEY, "base64"));
    const bodyBytes = TxBody.encode(TxBody.fromPartial({
      messages: [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: MsgSend.encode({ fromAddress: "cosmos1pkptre7fdkl6gfrzlesjjvhxhlc3r4gmmk8rs6", toAddress: "cosmos10dyr9899g6t0pelew4nvf4j5c3jcgv0r73qga5", amount: [{ denom: "ucosm", amount: "1234567" }] }).finish() }],
      memo: "a&b<c>",
    })).finish();
    const authInfoBytes = AuthInfo.encode(AuthInfo.fromPartial({
      signerInfos: [{ publicKey: { typeUrl: "/cosmos.crypto.secp256k1.PubKey", value: PubKey.encode({ key: pub }).finish() }, modeInfo: { single: { mode: 127 } }, sequence: 0n }],
      fee: { amount: [{ denom: "ucosm", amount: "2500" }], gasLimit: 100000n },
    })).finish();
    const sig = new Uint8Array(Buffer.from(SIGNATURE, "base64"));
    const tx = decodeTx(TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [sig] }).finish(), (u) => router.msg(u));
    const bytes = makeAminoSignBytes(tx, "simd-testing", 1n, 0n);
    expect(new TextDecoder().decode(bytes)).toBe(EXPECTED);
    expect(secp256k1.verify(sig, sha256(bytes), pub)).toBe(true);
  });

  it("sorts keys at every level and escapes HTML characters", () => {
    expect(canonicalJson({ b: 1, a: { d: "<&>", c: [{ z: 1, y: 2 }] } })).toBe('{"a":{"c":[{"y":2,"z":1}],"d":"\\u003c\\u0026\\u003e"},"b":1}');
  });
});
