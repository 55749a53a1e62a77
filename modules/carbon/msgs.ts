import { pogcs } from "../../proto/gen/pogcs.js";
import type { MsgSpec } from "../../chain/app/module.js";
import { ErrInvalidAddress, ErrUnauthorized } from "../../chain/errors/index.js";
import { parseAccAddress } from "../../chain/codec/address.js";
import { moduleAddress } from "../auth/keeper.js";
import { fromLong, toLong } from "../devices/long.js";
import { parseCreditAmount } from "./amounts.js";
import { basketDeposit, basketTake, createBasket, validateBasketId, validateCriteria } from "./baskets.js";
import { ErrInvalidId, ErrInvalidJurisdiction, ErrInvalidText, ErrSelfSend, ErrTooManyEpochs } from "./errors.js";
import type { CarbonKeeper } from "./keeper.js";
import { processRetire } from "./retire.js";
import { setEmissionFactors, setRegion, validateFactor, validateRegion, validateRegionId } from "./regions.js";
import { SerialStatus, regionFromProto } from "./types.js";

import P = pogcs.carbon.v1;

export const MAX_EPOCHS_PER_MSG = 100;
const JURISDICTION_RE = /^[A-Z]{2}(-[A-Z0-9]{1,3})?( [A-Za-z0-9 -]{1,64})?$/;
const BATCH_ID_RE = /^[A-Z0-9]{2,4}-[A-Z][A-Z0-9-]{1,31}-[0-9]{10}-[0-9]{6,20}$/;

function addr(a: string, what: string): void {
  try {
    parseAccAddress(a);
  } catch (e) {
    throw ErrInvalidAddress.raise(`${what} ${JSON.stringify(a)}: ${(e as Error).message}`);
  }
}

function text(what: string, s: string, max: number): void {
  if (s.length > max) throw ErrInvalidText.raise(`${what} longer than ${max} characters`);
}

function batch(id: string): void {
  if (!BATCH_ID_RE.test(id)) throw ErrInvalidId.raise(`batch id ${JSON.stringify(id)}`);
}

/** Retirement fields: beneficiary (free text or an address, <= 256), jurisdiction ISO 3166 (required), reason <= 512. */
function retirementFields(beneficiary: string, jurisdiction: string, reason: string): void {
  text("beneficiary", beneficiary, 256);
  text("reason", reason, 512);
  if (!JURISDICTION_RE.test(jurisdiction)) throw ErrInvalidJurisdiction.raise(JSON.stringify(jurisdiction));
}

function gov(authority: string): void {
  if (authority !== moduleAddress("gov")) throw ErrUnauthorized.raise(`authority ${authority} is not the gov module account`);
}

const res = (name: string, value: Uint8Array) => ({ typeUrl: `/pogcs.carbon.v1.${name}`, value });

/** Messages of pogcs.carbon.v1 (amino type names `pogcs/carbon/<Msg>`). */
export function carbonMsgs(k: CarbonKeeper): MsgSpec<any>[] {
  const issue: MsgSpec<P.MsgIssueRecs> = {
    typeUrl: "/pogcs.carbon.v1.MsgIssueRecs",
    decode: (b) => P.MsgIssueRecs.decode(b),
    signers: (m) => [m.owner],
    validateBasic(m) {
      addr(m.owner, "owner");
      if (m.epochs.length === 0 || m.epochs.length > MAX_EPOCHS_PER_MSG) throw ErrTooManyEpochs.raise(`${m.epochs.length} epochs (1..${MAX_EPOCHS_PER_MSG})`);
      if (m.region !== "") validateRegionId(m.region);
    },
    handle(ctx, m) {
      const ids = k.issueRecs(ctx, m.owner, fromLong(m.deviceId), m.epochs.map(fromLong), m.region);
      return res("MsgIssueRecsResponse", P.MsgIssueRecsResponse.encode({ batchIds: ids }).finish());
    },
  };

  const convert: MsgSpec<P.MsgConvertToCredits> = {
    typeUrl: "/pogcs.carbon.v1.MsgConvertToCredits",
    decode: (b) => P.MsgConvertToCredits.decode(b),
    signers: (m) => [m.owner],
    validateBasic(m) {
      addr(m.owner, "owner");
      batch(m.batchId);
      parseCreditAmount(m.amount);
    },
    handle(ctx, m) {
      const r = k.convertToCredits(ctx, m.owner, m.batchId, parseCreditAmount(m.amount));
      return res("MsgConvertToCreditsResponse", P.MsgConvertToCreditsResponse.encode({ batchId: r.batchId, credits: r.credits.toString() }).finish());
    },
  };

  const send: MsgSpec<P.MsgSend> = {
    typeUrl: "/pogcs.carbon.v1.MsgSend",
    decode: (b) => P.MsgSend.decode(b),
    signers: (m) => [m.sender],
    validateBasic(m) {
      addr(m.sender, "sender");
      addr(m.recipient, "recipient");
      if (m.sender === m.recipient) throw ErrSelfSend.raise();
      batch(m.batchId);
      parseCreditAmount(m.amount);
    },
    handle(ctx, m) {
      k.send(ctx, m.sender, m.recipient, m.batchId, parseCreditAmount(m.amount));
      return res("MsgSendResponse", P.MsgSendResponse.encode({}).finish());
    },
  };

  const retire: MsgSpec<P.MsgRetire> = {
    typeUrl: "/pogcs.carbon.v1.MsgRetire",
    decode: (b) => P.MsgRetire.decode(b),
    signers: (m) => [m.owner],
    validateBasic(m) {
      addr(m.owner, "owner");
      batch(m.batchId);
      parseCreditAmount(m.amount);
      retirementFields(m.beneficiary, m.jurisdiction, m.reason);
    },
    handle(ctx, m) {
      const from = { holder: m.owner, status: SerialStatus.SERIAL_STATUS_TRADABLE };
      const r = processRetire(k, ctx, m.owner, [{ batchId: m.batchId, amount: parseCreditAmount(m.amount), from }], { beneficiary: m.beneficiary, jurisdiction: m.jurisdiction, reason: m.reason });
      return res("MsgRetireResponse", P.MsgRetireResponse.encode({ retirementId: toLong(r.id), certificateId: r.certificateId }).finish());
    },
  };

  const cancel: MsgSpec<P.MsgCancel> = {
    typeUrl: "/pogcs.carbon.v1.MsgCancel",
    decode: (b) => P.MsgCancel.decode(b),
    signers: (m) => [m.owner],
    validateBasic(m) {
      addr(m.owner, "owner");
      batch(m.batchId);
      parseCreditAmount(m.amount);
      text("reason", m.reason, 512);
    },
    handle(ctx, m) {
      k.cancel(ctx, m.owner, m.batchId, parseCreditAmount(m.amount), m.reason);
      return res("MsgCancelResponse", P.MsgCancelResponse.encode({}).finish());
    },
  };

  return [issue, convert, send, retire, cancel, ...basketMsgs(k), ...govMsgs()];
}

function basketMsgs(k: CarbonKeeper): MsgSpec<any>[] {
  const create: MsgSpec<P.MsgCreateBasket> = {
    typeUrl: "/pogcs.carbon.v1.MsgCreateBasket",
    decode: (b) => P.MsgCreateBasket.decode(b),
    signers: (m) => [m.curator],
    validateBasic(m) {
      addr(m.curator, "curator");
      validateBasketId(m.basketId);
      text("name", m.name, 64);
      validateCriteria(m.criteria?.creditType ?? "", m.criteria?.regions ?? []);
    },
    handle(ctx, m) {
      const b = createBasket(k, ctx, {
        id: m.basketId, name: m.name, curator: m.curator, creditType: m.criteria?.creditType ?? "", minVintageHour: fromLong(m.criteria?.minVintageHour), regions: [...(m.criteria?.regions ?? [])],
      });
      return res("MsgCreateBasketResponse", P.MsgCreateBasketResponse.encode({ denom: b.denom }).finish());
    },
  };

  const deposit: MsgSpec<P.MsgBasketDeposit> = {
    typeUrl: "/pogcs.carbon.v1.MsgBasketDeposit",
    decode: (b) => P.MsgBasketDeposit.decode(b),
    signers: (m) => [m.owner],
    validateBasic(m) {
      addr(m.owner, "owner");
      validateBasketId(m.basketId);
      batch(m.batchId);
      parseCreditAmount(m.amount);
    },
    handle(ctx, m) {
      basketDeposit(k, ctx, m.owner, m.basketId, m.batchId, parseCreditAmount(m.amount));
      return res("MsgBasketDepositResponse", P.MsgBasketDepositResponse.encode({}).finish());
    },
  };

  const take: MsgSpec<P.MsgBasketTake> = {
    typeUrl: "/pogcs.carbon.v1.MsgBasketTake",
    decode: (b) => P.MsgBasketTake.decode(b),
    signers: (m) => [m.owner],
    validateBasic(m) {
      addr(m.owner, "owner");
      validateBasketId(m.basketId);
      parseCreditAmount(m.amount);
      if (m.retireOnTake) retirementFields(m.beneficiary, m.jurisdiction, m.reason);
    },
    handle(ctx, m) {
      const meta = m.retireOnTake ? { beneficiary: m.beneficiary, jurisdiction: m.jurisdiction, reason: m.reason } : undefined;
      const r = basketTake(k, ctx, m.owner, m.basketId, parseCreditAmount(m.amount), meta);
      return res("MsgBasketTakeResponse", P.MsgBasketTakeResponse.encode({
        credits: r.credits.map((c) => ({ batchId: c.batchId, amount: c.amount.toString(), serials: c.serials.map((s) => ({ start: s.start.toString(), end: s.end.toString() })) })),
        retirementId: toLong(r.retirementId ?? 0n), certificateId: r.certificateId ?? "",
      }).finish());
    },
  };
  return [create, deposit, take];
}

function govMsgs(): MsgSpec<any>[] {
  const factors: MsgSpec<P.MsgSetEmissionFactors> = {
    typeUrl: "/pogcs.carbon.v1.MsgSetEmissionFactors",
    decode: (b) => P.MsgSetEmissionFactors.decode(b),
    signers: (m) => [m.authority],
    validateBasic(m) {
      addr(m.authority, "authority");
      if (m.factors.length === 0) throw ErrInvalidText.raise("no factors");
      for (const f of m.factors) {
        validateRegionId(f.region ?? "");
        validateFactor(fromLong(f.gCo2ePerKwh));
      }
    },
    handle(ctx, m) {
      gov(m.authority);
      setEmissionFactors(ctx, m.factors.map((f) => ({ region: f.region ?? "", gCo2ePerKwh: fromLong(f.gCo2ePerKwh) })));
      return res("MsgSetEmissionFactorsResponse", P.MsgSetEmissionFactorsResponse.encode({}).finish());
    },
  };

  const region: MsgSpec<P.MsgSetRegion> = {
    typeUrl: "/pogcs.carbon.v1.MsgSetRegion",
    decode: (b) => P.MsgSetRegion.decode(b),
    signers: (m) => [m.authority],
    validateBasic(m) {
      addr(m.authority, "authority");
      validateRegion(regionFromProto(m.region ?? {}));
    },
    handle(ctx, m) {
      gov(m.authority);
      setRegion(ctx, regionFromProto(m.region ?? {}));
      return res("MsgSetRegionResponse", P.MsgSetRegionResponse.encode({}).finish());
    },
  };
  return [factors, region];
}
