import type { Context } from "../../chain/app/context.js";
import { sha256 } from "../../chain/crypto/hash.js";
import { prefixEnd, toHex } from "../../chain/crypto/bytes.js";
import { makeEvent } from "../../chain/events/types.js";
import { pogcs } from "../../proto/gen/pogcs.js";
import { toLong } from "../devices/long.js";
import type { ReadCtx } from "./expected-keepers.js";
import { ErrRetirementNotFound } from "./errors.js";
import { requireNotFrozen } from "./frozen.js";
import { CARBON, CARBON_NFT_MODULE, RETIREMENT_PREFIX, retirementKey } from "./keys.js";
import type { CarbonKeeper } from "./keeper.js";
import type { SerialRange } from "./ledger.js";
import { SerialStatus, type Status } from "./types.js";

import P = pogcs.carbon.v1;

export const CERT_CLASS = "carbon-cert";

export interface RetireMeta {
  beneficiary: string;
  jurisdiction: string;
  reason: string;
  basketId?: string;
}

export interface RetirePart {
  batchId: string;
  amount: bigint;
  /** Whose credits and in which status they are taken (owner tradable, or basket escrow). */
  from: { holder: string; status: Status };
}

export interface RetiredCredits {
  batchId: string;
  amount: bigint;
  serials: SerialRange[];
}

export function certificateId(retirementId: bigint): string {
  return `cert-${retirementId}`;
}

export function certificateUri(retirementId: bigint): string {
  return `pogcs://carbon/retirements/${retirementId}`;
}

/** The hash a certificate NFT carries (uri_hash): sha256 of the stored Retirement bytes. */
export function retirementHash(bytes: Uint8Array): string {
  return toHex(sha256(bytes));
}

/** Genesis: the module-owned, non-transferable certificate class. */
export function ensureCertificateClass(k: CarbonKeeper, ctx: Context): void {
  if (k.nft.getClass(ctx, CERT_CLASS)) return;
  k.nft.createModuleClass(ctx, CARBON_NFT_MODULE, {
    id: CERT_CLASS, name: "Carbon retirement certificate", symbol: "CCERT", transferable: false,
    description: "Permanent retirement of PoGCS RECs or carbon credits; uri_hash = sha256 of the pogcs.carbon.v1.Retirement record",
  });
}

/**
 * Retires the parts for `owner` (their serials become RETIRED, held by the owner, for good),
 * stores one Retirement record and mints its certificate NFT to the owner. Every part's batch
 * must exist and be unfrozen (34), checked before the first write.
 */
export function processRetire(k: CarbonKeeper, ctx: Context, owner: string, parts: RetirePart[], meta: RetireMeta): { id: bigint; certificateId: string; credits: RetiredCredits[] } {
  const moved: RetiredCredits[] = [];
  for (const p of parts) requireNotFrozen(ctx, k.devices, k.ledger.requireBatch(ctx, p.batchId));
  for (const p of parts) {
    const serials = k.ledger.move(ctx, p.batchId, p.from, { holder: owner, status: SerialStatus.SERIAL_STATUS_RETIRED }, p.amount);
    moved.push({ batchId: p.batchId, amount: p.amount, serials });
  }
  const credits: P.IRetiredCredits[] = moved.map((c) => ({ batchId: c.batchId, amount: c.amount.toString(), serials: c.serials.map((r) => ({ start: r.start.toString(), end: r.end.toString() })) }));
  const id = k.ledger.nextSequence(ctx, "retirement");
  const cert = certificateId(id);
  const record: P.IRetirement = {
    id: toLong(id), owner, beneficiary: meta.beneficiary, jurisdiction: meta.jurisdiction, reason: meta.reason,
    height: toLong(ctx.block.height), time: toLong(ctx.block.timeSeconds), credits, certificateId: cert, basketId: meta.basketId ?? "",
  };
  const bytes = P.Retirement.encode(record).finish();
  ctx.kv(CARBON).set(retirementKey(id), bytes);
  k.nft.mint(ctx, CARBON_NFT_MODULE, { classId: CERT_CLASS, id: cert, owner, uri: certificateUri(id), uriHash: retirementHash(bytes) });
  for (const c of credits) {
    ctx.emit(makeEvent("pogcs.carbon.v1.EventRetire", [
      ["retirement_id", id.toString()], ["certificate_id", cert], ["owner", owner], ["batch_id", c.batchId!], ["amount", c.amount!],
      ["beneficiary", meta.beneficiary], ["jurisdiction", meta.jurisdiction], ["reason", meta.reason], ["basket_id", meta.basketId ?? ""],
    ]));
  }
  return { id, certificateId: cert, credits: moved };
}

export function getRetirementBytes(ctx: ReadCtx, id: bigint): Uint8Array | undefined {
  return ctx.kv(CARBON).get(retirementKey(id));
}

export function getRetirement(ctx: ReadCtx, id: bigint): P.Retirement | undefined {
  const raw = getRetirementBytes(ctx, id);
  return raw ? P.Retirement.decode(raw) : undefined;
}

export function requireRetirement(ctx: ReadCtx, id: bigint): P.Retirement {
  const r = getRetirement(ctx, id);
  if (!r) throw ErrRetirementNotFound.raise(`retirement ${id}`);
  return r;
}

export function* iterateRetirements(ctx: ReadCtx): IterableIterator<P.Retirement> {
  for (const [, v] of ctx.kv(CARBON).iterate(RETIREMENT_PREFIX, prefixEnd(RETIREMENT_PREFIX))) yield P.Retirement.decode(v);
}

/** `cert-<n>` -> n, or undefined. */
export function retirementIdOfCertificate(cert: string): bigint | undefined {
  const m = /^cert-([1-9][0-9]{0,19})$/.exec(cert);
  return m ? BigInt(m[1]!) : undefined;
}

