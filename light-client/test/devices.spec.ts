import { describe, expect, it } from "vitest";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import * as mathM from "../../modules/devices/challenge-math.js";
import * as keysM from "../../modules/devices/keys.js";
import * as signM from "../../modules/devices/sign-bytes.js";
import * as pogcsKeysM from "../../modules/pogcs/keys.js";
import { DEFAULT_DEVICES_PARAMS, devicesParamsFromProto, devicesParamsToProto } from "../../modules/devices/params.js";
import { challengeToProto, deviceToProto, epochRecordToProto, reportBodyToProto, reportRecordToProto, type Device } from "../../modules/devices/types.js";
import { makeH3Cell } from "../../modules/devices/h3.js";
import { pogcs } from "../../proto/gen/pogcs.js";
import { buildSignedTx as nodeBuildSignedTx } from "../../node/client/build-tx.js";
import { signerFromMnemonic } from "../../node/keyring/hd.js";
import { generateMnemonic } from "../../node/keyring/mnemonic.js";
import { parseAccAddress } from "../../chain/codec/address.js";
import * as lc from "../src/agent-entry.js";

import P = pogcs.devices.v1;

/** Every re-implementation in the agent entry equals the modules' own code, byte for byte. */
let seedCounter = 0;
function rnd(n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (seedCounter * 131 + i * 17 + 7) & 0xff;
  seedCounter++;
  return out;
}
const owner = signerFromMnemonic(generateMnemonic(24), 0, { prefix: "gcs" }).address;

function device(i: number): Device {
  return {
    id: BigInt(i + 1), owner, makerId: `maker-${i}`, pubkey: rnd(32), deviceClass: 1 + (i % 4),
    capacity: { solarPeakW: BigInt(i * 1000), storageWh: 0n, gpuModel: i % 2 ? "RTX 4090" : "", gpuCount: i % 3, fp32TflopsMilli: BigInt(i * 82000) },
    location: { h3Cell: makeH3Cell(20 + i, [1, 2, 3, 4, 5, 6, 0, i % 7]), index: i * 7 },
    registeredHeight: BigInt(100 + i), bond: 10n ** BigInt(i * 3), validator: i % 2 ? "gcsvaloper1xyz" : "", score: (i * 137) % 1001,
    lastNonce: BigInt(i) * 2n ** 40n, flagged: i % 3 === 0, flaggedHeight: i % 3 === 0 ? 77n : 0n,
  };
}

describe("device records: keys and decoding equal the devices/pogcs modules", () => {
  it("store keys", () => {
    const addr = parseAccAddress(owner);
    for (const id of [0n, 1n, 255n, 2n ** 63n + 5n]) {
      expect(lc.deviceKeys.device(id)).toEqual(keysM.deviceKey(id));
      expect(lc.deviceKeys.report(id, id + 3n)).toEqual(keysM.reportKey(id, id + 3n));
      expect(lc.deviceKeys.challenge(id, 9n)).toEqual(keysM.challengeKey(id, 9n));
      expect(lc.deviceKeys.epoch(id)).toEqual(keysM.epochKey(id));
      expect(lc.deviceKeys.ownerIndex(addr, id)).toEqual(keysM.ownerIndexKey(addr, id));
      expect(lc.pogcsKeys.deviceResult(id, 4n)).toEqual(pogcsKeysM.deviceResultKey(id, 4n));
    }
    const pub = rnd(32);
    expect(lc.deviceKeys.pubkeyIndex(pub)).toEqual(keysM.pubkeyIndexKey(pub));
    expect(lc.deviceKeys.location(0x88283082b7fffffn, 12)).toEqual(keysM.locationKey(0x88283082b7fffffn, 12));
    expect(lc.deviceKeys.params()).toEqual(keysM.PARAMS_KEY);
    expect(lc.deviceKeys.maker("m-1")).toEqual(keysM.makerKey("m-1"));
    expect(lc.pogcsKeys.pending(addr)).toEqual(pogcsKeysM.pendingKey(addr));
    expect(lc.DEVICES_STORE).toBe(keysM.DEVICES_STORE);
    expect(lc.POGCS_STORE).toBe(pogcsKeysM.POGCS_STORE);
  });

  it("Device, ReportRecord, Challenge, EpochRecord, Params and DeviceEpochResult decode as the module wrote them", () => {
    for (let i = 0; i < 8; i++) {
      const d = device(i);
      expect(lc.decodeDevice(P.Device.encode(deviceToProto(d)).finish())).toEqual(d);
      const body = { chainId: "pogcs-devnet-1", deviceId: d.id, epoch: BigInt(i * 3), energyProducedWh: BigInt(i * 10), energyConsumedWh: 900n, greenWh: BigInt(i), gpuSeconds: BigInt(i * 600), uptimePermille: 1000 - i, nonce: BigInt(i + 1) };
      const rec = { body, bodyHash: rnd(32), height: BigInt(i * 11) };
      expect(lc.decodeReportRecord(P.ReportRecord.encode(reportRecordToProto(rec)).finish())).toEqual(rec);
      // The agent's report body encoding is the module's.
      expect(lc.encodeReportBody(body)).toEqual(new Uint8Array(P.ReportBody.encode(reportBodyToProto(body)).finish()));
      expect(lc.decodeReportBody(lc.encodeReportBody(body))).toEqual(body);
      const ch = {
        deviceId: d.id, epoch: BigInt(i), seed: rnd(32), n: 64, k: 8, issuedHeight: 21n, commitDeadline: 27n, root: i % 2 ? rnd(32) : new Uint8Array(),
        commitHeight: BigInt(i), sampleHeight: BigInt(i * 2), sampledRows: i % 2 ? [1, 5, 9, 63, 200 + i] : [], revealDeadline: 40n, status: 1 + (i % 6), resolvedHeight: 0n, scoreAfter: i * 100,
      };
      expect(lc.decodeChallenge(P.Challenge.encode(challengeToProto(ch)).finish())).toEqual(ch);
      const er = { epoch: BigInt(i), startHeight: BigInt(i * 20 + 1), beacon: rnd(32), challenged: i ? [1n, 2n ** 40n, BigInt(i)] : [] };
      expect(lc.decodeEpochRecord(P.EpochRecord.encode(epochRecordToProto(er)).finish())).toEqual(er);
    }
    const params = { ...DEFAULT_DEVICES_PARAMS, challengeN: 64, challengePermille: 1000, minDeviceBond: 123456789n };
    expect(lc.decodeDevicesParams(P.Params.encode(devicesParamsToProto(params)).finish())).toEqual(devicesParamsFromProto(devicesParamsToProto(params)));
    const res = { deviceId: 3n, epoch: 4n, validator: "gcsvaloper1abc", vgc: "12.5", capacityWeight: "0.25", workReward: "1000", capacityReward: "0" };
    const enc = pogcs.pogcs.v1.DeviceEpochResult.encode({ ...res, deviceId: 3, epoch: 4 } as never).finish();
    expect(lc.decodeDeviceEpochResult(enc)).toEqual({ ...res, workReward: 1000n, capacityReward: 0n });
  });

  it("malformed record bytes are invalid_proof, never a crash", () => {
    expect(() => lc.decodeDevice(Uint8Array.of(0x12, 0x05, 0x61))).toThrow(/invalid_proof|malformed/);
    expect(() => lc.decodeDevice(P.Device.encode({ bond: "12x" }).finish())).toThrow(/invalid_proof|decimal/);
  });
});

describe("device sign bytes and challenge maths equal modules/devices", () => {
  it("certificate, possession, report and commit sign bytes", () => {
    for (let i = 0; i < 5; i++) {
      const f = {
        chainId: `chain-${i}`, devicePubKey: rnd(32), deviceClass: 1 + (i % 4),
        capacity: { solarPeakW: BigInt(i * 99), storageWh: BigInt(i), gpuModel: "GPU ü" + i, gpuCount: i, fp32TflopsMilli: BigInt(i * 1000) },
        location: { h3Cell: 0x88283082b7fffffn + BigInt(i), index: i },
      };
      expect(lc.certificateSignBytes(f)).toEqual(signM.certificateSignBytes(f));
      expect(lc.possessionSignBytes(f.chainId, owner, f.devicePubKey)).toEqual(signM.possessionSignBytes(f.chainId, owner, f.devicePubKey));
      const body = rnd(40 + i);
      expect(lc.reportSignBytes(body)).toEqual(signM.reportSignBytes(body));
      const root = rnd(32);
      expect(lc.commitSignBytes(f.chainId, BigInt(i), BigInt(i * 5), root)).toEqual(signM.commitSignBytes(f.chainId, BigInt(i), BigInt(i * 5), root));
    }
  });

  it("seed, selection, matrices, product, Merkle root and proofs, sampled rows", () => {
    for (let i = 0; i < 4; i++) {
      const beacon = rnd(32);
      const seed = lc.challengeSeed(beacon, BigInt(i), BigInt(i + 2));
      expect(seed).toEqual(mathM.challengeSeed(beacon, BigInt(i), BigInt(i + 2)));
      expect(lc.selectionTicket(beacon, BigInt(i))).toBe(mathM.selectionTicket(beacon, BigInt(i)));
      expect(lc.selectionThreshold(i * 333)).toBe(mathM.selectionThreshold(i * 333));
      const n = [8, 16, 32, 64][i]!;
      expect(lc.matrixRow(seed, "B", 3, n)).toEqual(mathM.matrixRow(seed, "B", 3, n));
      const rows = lc.computeProduct(seed, n);
      expect(rows).toEqual(mathM.computeProduct(seed, n));
      const levels = lc.commitRows(rows);
      const theirs = mathM.commitRows(rows);
      expect(lc.merkleRootOf(levels)).toEqual(mathM.merkleRootOf(theirs));
      const root = lc.merkleRootOf(levels);
      const sampled = lc.sampleRowIndices(rnd(32), seed, root, n, 8);
      for (const r of sampled) {
        const proof = lc.merkleProof(levels, r);
        expect(proof).toEqual(mathM.merkleProof(theirs, r));
        const leaf = lc.leafHash(r, lc.rowToBytes(rows[r]!));
        expect(mathM.verifyMerkleProof(root, r, leaf, proof, n)).toBe(true);
        expect(lc.verifyMerkleProof(root, r, leaf, proof, n)).toBe(true);
      }
      const b2 = rnd(32);
      expect(lc.sampleRowIndices(b2, seed, root, n, 8)).toEqual(mathM.sampleRowIndices(b2, seed, root, n, 8));
    }
    for (const [a, b] of [[0, 0], [1, 2147483646], [2147483646, 2147483646], [123456789, 987654321]] as const) expect(lc.mulmod(a, b)).toBe(mathM.mulmod(a, b));
  });
});

describe("Cosmos txs and accounts equal the node's CLI", () => {
  it("mnemonic -> BIP-32 key -> address equals node/keyring; SIGN_MODE_DIRECT TxRaw bytes equal node/client/build-tx", () => {
    const mnemonic = generateMnemonic(24);
    for (const index of [0, 1, 1000, 2001]) {
      const theirs = signerFromMnemonic(mnemonic, index, { prefix: "gcs" });
      const ours = lc.AccountKey.fromMnemonic(mnemonic, index);
      expect(ours.address).toBe(theirs.address);
      expect(ours.pubKey).toEqual(theirs.pubKey);
      const msgs = [lc.msgSubmitReport(ours.address, rnd(50), rnd(64)), lc.msgBondDevice(ours.address, 7n, 5_000_000n, "gcsvaloper1q")];
      const opts = { messages: msgs, chainId: "pogcs-devnet-1", accountNumber: BigInt(index), sequence: BigInt(index % 3), fee: [{ denom: "ugcs", amount: "10000" }], gasLimit: 600000n, memo: index ? "m" : "" };
      const a = lc.buildSignedTx(ours, opts);
      expect(a).toEqual(nodeBuildSignedTx(theirs, opts));
      expect(TxRaw.decode(a).signatures[0]!.length).toBe(64);
    }
  });

  it("device messages decode with the module's protobuf types", () => {
    const reveal = lc.msgChallengeReveal(owner, 3n, 9n, [{ index: 4, values: rnd(16), proof: [rnd(32), rnd(32)] }, { index: 0, values: rnd(16), proof: [rnd(32), rnd(32)] }]);
    const r = P.MsgChallengeReveal.decode(reveal.value);
    expect(r.sender).toBe(owner);
    expect(Number(r.deviceId)).toBe(3);
    expect(r.rows.map((x) => x.index)).toEqual([4, 0]);
    expect(r.rows[0]!.proof?.length).toBe(2);
    const c = P.MsgChallengeCommit.decode(lc.msgChallengeCommit(owner, 3n, 9n, rnd(32), rnd(64)).value);
    expect([Number(c.deviceId), Number(c.epoch), c.root.length, c.signature.length]).toEqual([3, 9, 32, 64]);
    const reg = P.MsgRegisterDevice.decode(lc.msgRegisterDevice({
      owner, makerId: "mk", devicePubKey: rnd(32), deviceClass: 3, capacity: { solarPeakW: 0n, storageWh: 0n, gpuModel: "X", gpuCount: 2, fp32TflopsMilli: 5000n },
      location: { h3Cell: 0x88283082b7fffffn, index: 3 }, makerSignature: rnd(64), deviceSignature: rnd(64),
    }).value);
    expect([reg.makerId, reg.class, reg.capacity!.gpuCount, BigInt(reg.location!.h3Cell!.toString()), reg.location!.index]).toEqual(["mk", 3, 2, 0x88283082b7fffffn, 3]);
  });
});
