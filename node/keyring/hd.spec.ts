import { describe, expect, it } from "vitest";
import { secp256k1 } from "@noble/curves/secp256k1";
import { DirectSecp256k1HdWallet, makeSignDoc } from "@cosmjs/proto-signing";
import { Secp256k1HdWallet, makeCosmoshubPath, serializeSignDoc, type StdSignDoc } from "@cosmjs/amino";
import { fromHex, toHex } from "../../chain/crypto/bytes.js";
import { sha256 } from "../../chain/crypto/hash.js";
import {
  derivePrivateKey,
  hdPath,
  secp256k1PubKey,
  signDigest,
  signerFromMnemonic,
  signerFromPrivateKey,
  verifyDigest,
} from "./hd.js";
import { isKeyringError } from "./errors.js";

// research/cosmjs.md §7.1 faucet mnemonic and §3.5 vectors
const FAUCET =
  "economy stock theory fatal elder harbor betray wasp final emotion task crumble siren bottom lizard educate guess current outdoor pair theory focus wife stone";
const FAUCET_PUBS = [
  "A08EGB7ro1ORuFhjOnZcSgwYlpe0DSFjVNUIkNNQxwKQ",
  "AiDosfIbBi54XJ1QjCeApumcy/FjdtF+YhywPf3DKTx7",
  "AzQg33JZqH7vSsm09esZY5bZvmzYwE/SY78cA0iLxpD7",
  "A3gOAlB6aiRTCPvWMQg2+ZbGYNsLd8qlvV28m8p2UhY2",
  "Aum2063ub/ErUnIUB36sK55LktGUStgcbSiaAnL1wadu",
];
const FAUCET_COSMOS = [
  "cosmos1pkptre7fdkl6gfrzlesjjvhxhlc3r4gmmk8rs6",
  "cosmos10dyr9899g6t0pelew4nvf4j5c3jcgv0r73qga5",
  "cosmos1xy4yqngt0nlkdcenxymg8tenrghmek4nmqm28k",
  "cosmos142u9fgcjdlycfcez3lw8x6x5h7rfjlnfhpw2lx",
  "cosmos1hsm76p4ahyhl5yh3ve9ur49r5kemhp2r0dcjvx",
];
const VALIDATOR_MNEMONIC = "gather series sample skin gate mask gossip between equip knife total stereo";

const b64 = (b: Uint8Array): string => Buffer.from(b).toString("base64");
const hex = (s: string): Uint8Array => fromHex(s)!;

// §3.5 SIGN_MODE_DIRECT vector
const BODY =
  "0a90010a1c2f636f736d6f732e62616e6b2e763162657461312e4d736753656e6412700a2d636f736d6f7331706b707472653766646b6c366766727a6c65736a6a766878686c63337234676d6d6b38727336122d636f736d6f733130647972393839396736743070656c6577346e7666346a3563336a63677630723733716761351a100a0575636f736d120731323334353637120474657374";
const AUTH =
  "0a4e0a460a1f2f636f736d6f732e63727970746f2e736563703235366b312e5075624b657912230a21034f04181eeba35391b858633a765c4a0c189697b40d216354d50890d350c7029012040a02080112130a0d0a0575636f736d12043235303010a08d06";
const SIGN_BYTES =
  "0a99010a90010a1c2f636f736d6f732e62616e6b2e763162657461312e4d736753656e6412700a2d636f736d6f7331706b707472653766646b6c366766727a6c65736a6a766878686c63337234676d6d6b38727336122d636f736d6f733130647972393839396736743070656c6577346e7666346a3563336a63677630723733716761351a100a0575636f736d12073132333435363712047465737412650a4e0a460a1f2f636f736d6f732e63727970746f2e736563703235366b312e5075624b657912230a21034f04181eeba35391b858633a765c4a0c189697b40d216354d50890d350c7029012040a02080112130a0d0a0575636f736d12043235303010a08d061a0c73696d642d74657374696e672001";
const DIRECT_SIG = "k56jOiFW9gGjiwHuL/ZEcmcxs07lx9xMXijyjsrzzS4wDjIxhnBQtNl8kCG8OgHEivI6qV2TQQjPR0OKgYKM2g==";
const AMINO_SIG = "rPXOqo7eZh4lBjXqGU5MU12y4U54kAbasMpRUBFVYtw7FZ8FRAocDIopMlqCQj2AdrEOxQeh4av2GTs8fH1ozQ==";

describe("HD derivation matches CosmJS", () => {
  it("hdPath", () => {
    expect(hdPath()).toBe("m/44'/118'/0'/0/0");
    expect(hdPath(7)).toBe("m/44'/118'/0'/0/7");
    for (const bad of [-1, 1.5, 2 ** 31, Number.NaN]) {
      expect(() => hdPath(bad)).toThrow(/index/);
    }
  });

  it("faucet accounts 0-4: gcs address and pubkey equal DirectSecp256k1HdWallet's", async () => {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(FAUCET, {
      prefix: "gcs",
      hdPaths: [0, 1, 2, 3, 4].map((i) => makeCosmoshubPath(i)),
    });
    const accounts = await wallet.getAccounts();
    for (let i = 0; i < 5; i++) {
      const s = signerFromMnemonic(FAUCET, i);
      expect(s.address).toBe(accounts[i]!.address);
      expect(s.address.startsWith("gcs1")).toBe(true);
      expect(s.pubKey).toEqual(accounts[i]!.pubkey);
      expect(b64(s.pubKey)).toBe(FAUCET_PUBS[i]);
      expect(signerFromMnemonic(FAUCET, i, { prefix: "cosmos" }).address).toBe(FAUCET_COSMOS[i]);
    }
  });

  it("validator mnemonic (12 words) and default CosmJS path", async () => {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(VALIDATOR_MNEMONIC, { prefix: "gcs" });
    const [acct] = await wallet.getAccounts();
    const s = signerFromMnemonic(VALIDATOR_MNEMONIC);
    expect(s.address).toBe(acct!.address);
    expect(b64(s.pubKey)).toBe("A0RZ3+xLf9xJiySHQxQsQtW8HJYEcniJKbFxG2R9ZEQv");
    expect(signerFromMnemonic(VALIDATOR_MNEMONIC, 0, { prefix: "cosmos" }).address).toBe(
      "cosmos12nt2hqjps8r065wc02qks88tvqzdeua0ld3jxy",
    );
  });

  it("whitespace/case variations of the mnemonic derive the same key", () => {
    const messy = `  ${FAUCET.toUpperCase().split(" ").join("\n  ")}  `;
    expect(derivePrivateKey(messy)).toEqual(derivePrivateKey(FAUCET));
  });

  it("a passphrase changes the key (BIP-39 25th word)", () => {
    expect(toHex(derivePrivateKey(FAUCET, 0, "x"))).not.toBe(toHex(derivePrivateKey(FAUCET)));
  });

  it("invalid mnemonics are refused", () => {
    const swapped = FAUCET.split(" ");
    [swapped[0], swapped[1]] = [swapped[1]!, swapped[0]!];
    for (const bad of ["", "abandon", swapped.join(" "), FAUCET.replace("economy", "economyy")]) {
      try {
        derivePrivateKey(bad);
        throw new Error("expected failure");
      } catch (e) {
        expect(isKeyringError(e, "INVALID_MNEMONIC")).toBe(true);
      }
    }
  });
});

describe("secp256k1 signing matches CosmJS", () => {
  it("SIGN_MODE_DIRECT vector of cosmjs.md §3.5 and DirectSecp256k1HdWallet.signDirect", async () => {
    const signDoc = makeSignDoc(hex(BODY), hex(AUTH), "simd-testing", 1);
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(FAUCET, { prefix: "gcs" });
    const [acct] = await wallet.getAccounts();
    const cosm = await wallet.signDirect(acct!.address, signDoc);

    const s = signerFromMnemonic(FAUCET);
    const signBytes = hex(SIGN_BYTES);
    expect(toHex(sha256(signBytes))).toBe("c830ca13a5b74fb99602b15587db4e30706ed028aef42cf46dd6a535f813829a");
    const sig = s.signDirect(signBytes);
    expect(sig.length).toBe(64);
    expect(b64(sig)).toBe(DIRECT_SIG);
    expect(b64(sig)).toBe(cosm.signature.signature);
    expect(s.signDigest(sha256(signBytes))).toEqual(sig); // deterministic
    // verifies with @noble (low-S enforced)
    expect(secp256k1.verify(sig, sha256(signBytes), s.pubKey, { prehash: false, lowS: true, format: "compact" })).toBe(true);
    expect(verifyDigest(sig, sha256(signBytes), s.pubKey)).toBe(true);
  });

  it("amino vector of cosmjs.md §3.5 and Secp256k1HdWallet.signAmino", async () => {
    const doc: StdSignDoc = {
      account_number: "1",
      chain_id: "simd-testing",
      fee: { amount: [{ amount: "2500", denom: "ucosm" }], gas: "100000" },
      memo: "a&b<c>",
      msgs: [
        {
          type: "cosmos-sdk/MsgSend",
          value: {
            amount: [{ amount: "1234567", denom: "ucosm" }],
            from_address: FAUCET_COSMOS[0],
            to_address: FAUCET_COSMOS[1],
          },
        },
      ],
      sequence: "0",
    };
    const bytes = serializeSignDoc(doc);
    expect(toHex(sha256(bytes))).toBe("80e1d7b8ec9c1c7350fc5046bdc7eb3b393efb03d08f71dff35d4da596e1f38f");
    const wallet = await Secp256k1HdWallet.fromMnemonic(FAUCET);
    const cosm = await wallet.signAmino(FAUCET_COSMOS[0]!, doc);
    const sig = signerFromMnemonic(FAUCET).signAmino(bytes);
    expect(b64(sig)).toBe(AMINO_SIG);
    expect(b64(sig)).toBe(cosm.signature.signature);
  });

  it("random digests: deterministic, low-S, verify; tampering fails", () => {
    const priv = derivePrivateKey(FAUCET, 3);
    const pub = secp256k1PubKey(priv);
    const half = secp256k1.CURVE.n >> 1n;
    for (let i = 0; i < 50; i++) {
      const d = sha256(Uint8Array.of(i, 1, 2, 3));
      const sig = signDigest(d, priv);
      expect(signDigest(d, priv)).toEqual(sig);
      const s = BigInt(`0x${toHex(sig.subarray(32))}`);
      expect(s <= half).toBe(true);
      expect(verifyDigest(sig, d, pub)).toBe(true);
      const bad = sig.slice();
      bad[5]! ^= 1;
      expect(verifyDigest(bad, d, pub)).toBe(false);
    }
  });

  it("high-S signatures are rejected by verifyDigest", () => {
    const priv = derivePrivateKey(FAUCET);
    const pub = secp256k1PubKey(priv);
    const d = sha256(Uint8Array.of(9));
    const sig = signDigest(d, priv);
    const n = secp256k1.CURVE.n;
    const s = BigInt(`0x${toHex(sig.subarray(32))}`);
    const highS = hex((n - s).toString(16).padStart(64, "0"));
    const malleated = new Uint8Array(64);
    malleated.set(sig.subarray(0, 32));
    malleated.set(highS, 32);
    expect(secp256k1.verify(malleated, d, pub, { prehash: false, lowS: false, format: "compact" })).toBe(true);
    expect(verifyDigest(malleated, d, pub)).toBe(false);
  });

  it("input validation", () => {
    const priv = derivePrivateKey(FAUCET);
    expect(() => signDigest(new Uint8Array(31), priv)).toThrow(/32 bytes/);
    expect(() => signDigest(new Uint8Array(32), new Uint8Array(32))).toThrow(/private key/);
    expect(() => signerFromPrivateKey(new Uint8Array(5))).toThrow(/private key/);
    expect(verifyDigest(new Uint8Array(63), new Uint8Array(32), secp256k1PubKey(priv))).toBe(false);
  });
});
