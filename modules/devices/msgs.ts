import type { MsgSpec } from "../../chain/app/module.js";
import { parseAccAddress, parseValAddress } from "../../chain/codec/address.js";
import { pogcs } from "../../proto/gen/pogcs.js";
import { amountFromString, fromLong, toLong } from "./long.js";
import type { DevicesKeeper } from "./keeper.js";
import { processBondDevice, processRegisterDevice, processUnbondDevice, validateRegistration, type RegisterDeviceInput } from "./registry.js";
import { processDoubleReport, processSubmitReport } from "./reports.js";
import { processChallengeCommit, processChallengeReveal } from "./challenges.js";
import { capacityFromProto, locationFromProto } from "./types.js";
import { ErrInvalidBond, ErrInvalidReport, ErrInvalidReveal } from "./errors.js";

import P = pogcs.devices.v1;
import { msgDecoder } from "../../chain/app/msg-decoder.js";

export const MSG = {
  RegisterDevice: "/pogcs.devices.v1.MsgRegisterDevice",
  BondDevice: "/pogcs.devices.v1.MsgBondDevice",
  UnbondDevice: "/pogcs.devices.v1.MsgUnbondDevice",
  SubmitReport: "/pogcs.devices.v1.MsgSubmitReport",
  ReportDoubleReport: "/pogcs.devices.v1.MsgReportDoubleReport",
  ChallengeCommit: "/pogcs.devices.v1.MsgChallengeCommit",
  ChallengeReveal: "/pogcs.devices.v1.MsgChallengeReveal",
} as const;


function registrationOf(m: P.MsgRegisterDevice): RegisterDeviceInput {
  return {
    owner: m.owner, makerId: m.makerId, devicePubKey: m.devicePubkey, deviceClass: m.class, capacity: capacityFromProto(m.capacity),
    location: locationFromProto(m.location), makerSignature: m.makerSignature, deviceSignature: m.deviceSignature,
  };
}

function positiveAmount(s: string): bigint {
  const v = amountFromString(s);
  if (v <= 0n) throw ErrInvalidBond.raise(`amount ${JSON.stringify(s)} must be a positive integer`);
  return v;
}

export function devicesMsgs(k: DevicesKeeper): MsgSpec<any>[] {
  const register: MsgSpec<P.MsgRegisterDevice> = {
    typeUrl: MSG.RegisterDevice,
    decode: msgDecoder(P.MsgRegisterDevice),
    signers: (m) => [m.owner],
    validateBasic(m) {
      parseAccAddress(m.owner);
      validateRegistration(registrationOf(m));
    },
    handle(ctx, m) {
      const id = processRegisterDevice(k, ctx, registrationOf(m));
      return { typeUrl: `${MSG.RegisterDevice}Response`, value: P.MsgRegisterDeviceResponse.encode({ deviceId: toLong(id) }).finish() };
    },
  };
  const bond: MsgSpec<P.MsgBondDevice> = {
    typeUrl: MSG.BondDevice,
    decode: msgDecoder(P.MsgBondDevice),
    signers: (m) => [m.owner],
    validateBasic(m) {
      parseAccAddress(m.owner);
      parseValAddress(m.validator);
      positiveAmount(m.amount);
    },
    handle(ctx, m) {
      processBondDevice(k, ctx, m.owner, fromLong(m.deviceId), positiveAmount(m.amount), m.validator);
      return { typeUrl: `${MSG.BondDevice}Response`, value: P.MsgBondDeviceResponse.encode({}).finish() };
    },
  };
  const unbond: MsgSpec<P.MsgUnbondDevice> = {
    typeUrl: MSG.UnbondDevice,
    decode: msgDecoder(P.MsgUnbondDevice),
    signers: (m) => [m.owner],
    validateBasic(m) {
      parseAccAddress(m.owner);
      positiveAmount(m.amount);
    },
    handle(ctx, m) {
      const h = processUnbondDevice(k, ctx, m.owner, fromLong(m.deviceId), positiveAmount(m.amount));
      return { typeUrl: `${MSG.UnbondDevice}Response`, value: P.MsgUnbondDeviceResponse.encode({ completionHeight: toLong(h) }).finish() };
    },
  };
  const report: MsgSpec<P.MsgSubmitReport> = {
    typeUrl: MSG.SubmitReport,
    decode: msgDecoder(P.MsgSubmitReport),
    signers: (m) => [m.sender],
    validateBasic(m) {
      parseAccAddress(m.sender);
      if (m.body.length === 0 || m.body.length > 1024) throw ErrInvalidReport.raise("body must be 1..1024 bytes");
    },
    handle(ctx, m) {
      processSubmitReport(k, ctx, m.body, m.signature);
      return { typeUrl: `${MSG.SubmitReport}Response`, value: P.MsgSubmitReportResponse.encode({}).finish() };
    },
  };
  const double: MsgSpec<P.MsgReportDoubleReport> = {
    typeUrl: MSG.ReportDoubleReport,
    decode: msgDecoder(P.MsgReportDoubleReport),
    signers: (m) => [m.sender],
    validateBasic(m) {
      parseAccAddress(m.sender);
      if (m.bodyA.length === 0 || m.bodyB.length === 0 || m.bodyA.length > 1024 || m.bodyB.length > 1024) throw ErrInvalidReport.raise("bodies must be 1..1024 bytes");
    },
    handle(ctx, m) {
      const r = processDoubleReport(k, ctx, m.sender, m.bodyA, m.signatureA, m.bodyB, m.signatureB);
      return { typeUrl: `${MSG.ReportDoubleReport}Response`, value: P.MsgReportDoubleReportResponse.encode({ slashed: r.slashed.toString(), reward: r.reward.toString() }).finish() };
    },
  };
  const commit: MsgSpec<P.MsgChallengeCommit> = {
    typeUrl: MSG.ChallengeCommit,
    decode: msgDecoder(P.MsgChallengeCommit),
    signers: (m) => [m.sender],
    validateBasic(m) {
      parseAccAddress(m.sender);
      if (m.root.length !== 32) throw ErrInvalidReveal.raise("root must be 32 bytes");
    },
    handle(ctx, m) {
      processChallengeCommit(k, ctx, fromLong(m.deviceId), fromLong(m.epoch), m.root, m.signature);
      return { typeUrl: `${MSG.ChallengeCommit}Response`, value: P.MsgChallengeCommitResponse.encode({}).finish() };
    },
  };
  const reveal: MsgSpec<P.MsgChallengeReveal> = {
    typeUrl: MSG.ChallengeReveal,
    decode: msgDecoder(P.MsgChallengeReveal),
    signers: (m) => [m.sender],
    validateBasic(m) {
      parseAccAddress(m.sender);
      if (m.rows.length === 0 || m.rows.length > 64) throw ErrInvalidReveal.raise("1..64 rows");
    },
    handle(ctx, m) {
      const rows = m.rows.map((r) => ({ index: r.index ?? 0, values: r.values ?? new Uint8Array(0), proof: r.proof ?? [] })); // protobufjs defaults; decode never leaves them unset
      const out = processChallengeReveal(k, ctx, fromLong(m.deviceId), fromLong(m.epoch), rows);
      return { typeUrl: `${MSG.ChallengeReveal}Response`, value: P.MsgChallengeRevealResponse.encode(out).finish() };
    },
  };
  return [register, bond, unbond, report, double, commit, reveal];
}
