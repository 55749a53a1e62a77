import { concatBytes } from "../../chain/crypto/bytes.js";
import { u64be } from "./challenge-math.js";

/**
 * Canonical bytes that makers and devices sign. Hand-specified (not protobuf) so that every
 * implementation, including the device agent, produces the same bytes: a NUL-terminated domain
 * tag, then fixed-width big-endian integers and u16-length-prefixed UTF-8 strings.
 */
const enc = new TextEncoder();

function lp(s: string): Uint8Array {
  const b = enc.encode(s);
  const out = new Uint8Array(2 + b.length);
  new DataView(out.buffer).setUint16(0, b.length);
  out.set(b, 2);
  return out;
}

function u32(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n >>> 0);
  return b;
}

const cat = concatBytes;

export const CERT_TAG = "pogcs/device-cert/v1";
export const POP_TAG = "pogcs/device-pop/v1";
export const REPORT_TAG = "pogcs/device-report/v1";
export const COMMIT_TAG = "pogcs/challenge-commit/v1";

function tag(t: string): Uint8Array {
  return enc.encode(`${t}\0`);
}

export interface CertificateFields {
  chainId: string;
  devicePubKey: Uint8Array;
  deviceClass: number;
  capacity: { solarPeakW: bigint; storageWh: bigint; gpuModel: string; gpuCount: number; fp32TflopsMilli: bigint };
  location: { h3Cell: bigint; index: number };
}

/** What the maker signs: tag, chain id, device key, class, capacity specs, location address. */
export function certificateSignBytes(f: CertificateFields): Uint8Array {
  return cat(
    tag(CERT_TAG), lp(f.chainId), f.devicePubKey, Uint8Array.of(f.deviceClass),
    u64be(f.capacity.solarPeakW), u64be(f.capacity.storageWh), lp(f.capacity.gpuModel), u32(f.capacity.gpuCount),
    u64be(f.capacity.fp32TflopsMilli), u64be(f.location.h3Cell), u32(f.location.index),
  );
}

/** What the device key signs at registration: proof that the owner holds (or was handed) the device. */
export function possessionSignBytes(chainId: string, owner: string, devicePubKey: Uint8Array): Uint8Array {
  return cat(tag(POP_TAG), lp(chainId), lp(owner), devicePubKey);
}

/** A report is signed over the exact body bytes carried in the message. */
export function reportSignBytes(bodyBytes: Uint8Array): Uint8Array {
  return cat(tag(REPORT_TAG), bodyBytes);
}

export function commitSignBytes(chainId: string, deviceId: bigint, epoch: bigint, root: Uint8Array): Uint8Array {
  return cat(tag(COMMIT_TAG), lp(chainId), u64be(deviceId), u64be(epoch), root);
}
