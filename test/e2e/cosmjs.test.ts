import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { StargateClient, SigningStargateClient, GasPrice, calculateFee, BroadcastTxError } from "@cosmjs/stargate";
import { DirectSecp256k1HdWallet, makeAuthInfoBytes, makeSignDoc, encodePubkey, Registry } from "@cosmjs/proto-signing";
import { makeCosmoshubPath, Secp256k1HdWallet } from "@cosmjs/amino";
import { encodeSecp256k1Pubkey } from "@cosmjs/amino";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { fromBech32, toBech32 } from "@cosmjs/encoding";

/** The same 20 bytes as a CosmJS test address, under our prefix. */
const gcs = (cosmosAddr: string) => toBech32("gcs", fromBech32(cosmosAddr, 90).data);
import { tempDevnet } from "../support/devnet-fixture.js";
import { startDevnet } from "../../devnet/devnet.js";

type Net = Awaited<ReturnType<typeof tempDevnet>>;

const RECIPIENT_MNEMONIC = "oyster design unusual machine spread century engine gravity focus cave carry slot";

describe("CosmJS 0.39 against a real pogcsd process", () => {
  let net: Net;
  let rpc: string;
  let wallet: DirectSecp256k1HdWallet;
  let faucet: string;
  let client: SigningStargateClient;

  beforeAll(async () => {
    net = await tempDevnet({ blockIntervalMs: 300 });
    rpc = net.info.validators[0]!.rpc;
    wallet = await DirectSecp256k1HdWallet.fromMnemonic(net.info.faucet.mnemonic, { prefix: "gcs" });
    faucet = (await wallet.getAccounts())[0]!.address;
    client = await SigningStargateClient.connectWithSigner(rpc, wallet, {
      gasPrice: GasPrice.fromString("0.025ugcs"),
      broadcastPollIntervalMs: 200,
      broadcastTimeoutMs: 10_000,
    });
  });

  afterAll(async () => {
    client?.disconnect();
    await net?.close();
  });

  it("reads chain id, height, accounts and balances", async () => {
    expect(faucet).toBe(net.info.faucet.address);
    expect(await client.getChainId()).toBe(net.info.chainId);
    const h1 = await client.getHeight();
    expect(h1).toBeGreaterThanOrEqual(1);
    const acc = await client.getAccount(faucet);
    expect(acc?.address).toBe(faucet);
    expect(await client.getAccount(gcs("cosmos1p79apjaufyphcmsn4g07cynqf0wyjuezqu84hd"))).toBeNull();
    expect(await client.getBalance(faucet, "unobtainium")).toEqual({ denom: "unobtainium", amount: "0" });
    const all = await client.getAllBalances(faucet);
    expect(all).toEqual([{ denom: "ugcs", amount: "1000000000000000" }]);
  });

  it("sends with fee auto, then finds the tx by hash, sender+action, recipient and height; getBlock works", async () => {
    const [recipient] = await (await DirectSecp256k1HdWallet.fromMnemonic(RECIPIENT_MNEMONIC, { prefix: "gcs" })).getAccounts();
    const to = recipient!.address;
    const res = await client.sendTokens(faucet, to, [{ denom: "ugcs", amount: "12345" }], "auto", "hello pogcs");
    expect(res.code).toBe(0);
    expect(res.gasUsed).toBeGreaterThan(0n);
    expect(res.gasUsed).toBeLessThanOrEqual(res.gasWanted);
    expect(res.msgResponses[0]?.typeUrl).toBe("/cosmos.bank.v1beta1.MsgSendResponse");
    expect(await client.getBalance(to, "ugcs")).toEqual({ denom: "ugcs", amount: "12345" });

    const tx = await client.getTx(res.transactionHash);
    expect(tx?.hash).toBe(res.transactionHash);
    expect(tx?.height).toBe(res.height);
    const bySender = await client.searchTx([
      { key: "message.action", value: "/cosmos.bank.v1beta1.MsgSend" },
      { key: "message.sender", value: faucet },
    ]);
    expect(bySender.map((t) => t.hash)).toContain(res.transactionHash);
    const byRecipient = await client.searchTx([{ key: "transfer.recipient", value: to }]);
    expect(byRecipient.map((t) => t.hash)).toEqual([res.transactionHash]);
    const byHeight = await client.searchTx(`tx.height=${res.height}`);
    expect(byHeight.map((t) => t.hash)).toContain(res.transactionHash);
    const block = await client.getBlock(res.height);
    expect(block.header.height).toBe(res.height);
    expect(block.header.chainId).toBe(net.info.chainId);
    expect(block.txs.length).toBeGreaterThanOrEqual(1);
    const latest = await client.getBlock();
    expect(latest.header.height).toBeGreaterThanOrEqual(res.height);
  });

  it("includes a failing send with code 5 and changes no balance but the fee", async () => {
    const to = gcs("cosmos1p79apjaufyphcmsn4g07cynqf0wyjuezqu84hd");
    const before = BigInt((await client.getBalance(faucet, "ugcs")).amount);
    const fee = calculateFee(100_000, "0.025ugcs");
    const res = await client.sendTokens(faucet, to, [{ denom: "ugcs", amount: "999999999999999999" }], fee);
    expect(res.code).toBe(5);
    expect(res.msgResponses).toHaveLength(0);
    const after = BigInt((await client.getBalance(faucet, "ugcs")).amount);
    expect(after).toBe(before - 2500n);
    expect(await client.getBalance(to, "ugcs")).toEqual({ denom: "ugcs", amount: "0" });
  });

  it("refuses a tx whose fee exceeds the balance with code 5 at CheckTx, changing nothing", async () => {
    const poorWallet = await DirectSecp256k1HdWallet.fromMnemonic(RECIPIENT_MNEMONIC, { prefix: "gcs", hdPaths: [makeCosmoshubPath(3)] });
    const poor = (await poorWallet.getAccounts())[0]!.address;
    expect((await client.sendTokens(faucet, poor, [{ denom: "ugcs", amount: "1000" }], "auto")).code).toBe(0);
    const poorClient = await SigningStargateClient.connectWithSigner(rpc, poorWallet);
    try {
      const err = await poorClient
        .sendTokens(poor, faucet, [{ denom: "ugcs", amount: "1" }], { amount: [{ denom: "ugcs", amount: "5000" }], gas: "100000" })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(BroadcastTxError);
      expect((err as BroadcastTxError).code).toBe(5);
      expect(await client.getBalance(poor, "ugcs")).toEqual({ denom: "ugcs", amount: "1000" });
      expect((await client.getAccount(poor))?.sequence).toBe(0);
    } finally {
      poorClient.disconnect();
    }
  });

  it("accepts a send signed with Amino JSON (SIGN_MODE_LEGACY_AMINO_JSON, the Ledger path)", async () => {
    const aminoWallet = await Secp256k1HdWallet.fromMnemonic(net.info.faucet.mnemonic, { prefix: "gcs" });
    const aminoClient = await SigningStargateClient.connectWithSigner(rpc, aminoWallet, { gasPrice: GasPrice.fromString("0.025ugcs") });
    try {
      const res = await aminoClient.sendTokens(faucet, gcs("cosmos1hsm76p4ahyhl5yh3ve9ur49r5kemhp2r0dcjvx"), [{ denom: "ugcs", amount: "31" }], "auto", "signed & sealed <amino>");
      expect(res.code).toBe(0);
      expect(await client.getBalance(gcs("cosmos1hsm76p4ahyhl5yh3ve9ur49r5kemhp2r0dcjvx"), "ugcs")).toEqual({ denom: "ugcs", amount: "31" });
    } finally {
      aminoClient.disconnect();
    }
  });

  it("refuses a stale sequence with code 32 and a wrong chain id with code 4", async () => {
    const account = (await client.getAccount(faucet))!;
    const registry = new Registry();
    const send = {
      typeUrl: "/cosmos.bank.v1beta1.MsgSend",
      value: { fromAddress: faucet, toAddress: faucet, amount: [{ denom: "ugcs", amount: "1" }] },
    };
    const fee = calculateFee(100_000, "0.025ugcs");
    const sign = async (sequence: number, chainId: string) => {
      const pubkey = (await wallet.getAccounts())[0]!.pubkey;
      const bodyBytes = registry.encode({ typeUrl: "/cosmos.tx.v1beta1.TxBody", value: { messages: [send], memo: "" } });
      const authInfoBytes = makeAuthInfoBytes([{ pubkey: encodePubkey(encodeSecp256k1Pubkey(pubkey)), sequence }], fee.amount, Number(fee.gas), undefined, undefined);
      const { signed, signature } = await wallet.signDirect(faucet, makeSignDoc(bodyBytes, authInfoBytes, chainId, account.accountNumber));
      return TxRaw.encode({
        bodyBytes: signed.bodyBytes,
        authInfoBytes: signed.authInfoBytes,
        signatures: [Buffer.from(signature.signature, "base64")],
      }).finish();
    };
    const stale = await sign(Number(account.sequence) - 1, net.info.chainId);
    await expect(client.broadcastTxSync(stale)).rejects.toMatchObject({ code: 32, codespace: "sdk" });
    const wrongChain = await sign(Number(account.sequence), "another-chain");
    const err = await client.broadcastTxSync(wrongChain).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BroadcastTxError);
    expect((err as BroadcastTxError).code).toBe(4);
  });

  it("answers garbage bytes with a clear decode error", async () => {
    const err = await client.broadcastTxSync(new Uint8Array([1, 2, 3, 4, 5, 250, 251])).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BroadcastTxError);
    expect((err as BroadcastTxError).code).toBe(2);
    expect((err as BroadcastTxError).log).toMatch(/decode|parse|TxRaw/i);
  });

  it("keeps heights, balances and tx lookups across a restart", async () => {
    const [recipient] = await (await DirectSecp256k1HdWallet.fromMnemonic(RECIPIENT_MNEMONIC, { prefix: "gcs" })).getAccounts();
    const res = await client.sendTokens(faucet, recipient!.address, [{ denom: "ugcs", amount: "7" }], "auto");
    expect(res.code).toBe(0);
    const heightBefore = await client.getHeight();
    const balBefore = await client.getBalance(recipient!.address, "ugcs");
    client.disconnect();
    await net.stop();
    const again = await startDevnet({ home: net.dir, blockIntervalMs: 300, log: () => {} });
    net.processes.splice(0, net.processes.length, ...again.processes);
    net.stop = again.stop;
    const reader = await StargateClient.connect(again.info.validators[0]!.rpc);
    try {
      expect(await reader.getHeight()).toBeGreaterThanOrEqual(heightBefore);
      expect(await reader.getBalance(recipient!.address, "ugcs")).toEqual(balBefore);
      const tx = await reader.getTx(res.transactionHash);
      expect(tx?.height).toBe(res.height);
      expect(tx?.code).toBe(0);
    } finally {
      reader.disconnect();
    }
    client = await SigningStargateClient.connectWithSigner(again.info.validators[0]!.rpc, wallet, { gasPrice: GasPrice.fromString("0.025ugcs") });
  });
});
