// Just enough protobuf to read a Cosmos TxRaw in the page: message type URLs, memo, fee; and the
// tx hash (SHA-256 of the exact bytes, upper-case hex) where the browser offers WebCrypto.

export function b64bytes(b64) {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Fields of one protobuf message: Map<fieldNumber, Array<Uint8Array | number>>. */
function fields(buf) {
  const out = new Map();
  let i = 0;
  const varint = () => {
    let v = 0, shift = 0, b;
    do {
      if (i >= buf.length) throw new Error("truncated varint");
      b = buf[i++];
      v += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    return v;
  };
  while (i < buf.length) {
    const key = varint();
    const no = Math.floor(key / 8), wt = key & 7;
    let val;
    if (wt === 0) val = varint();
    else if (wt === 2) { const n = varint(); val = buf.subarray(i, i + n); i += n; }
    else if (wt === 1) { i += 8; continue; }
    else if (wt === 5) { i += 4; continue; }
    else throw new Error(`wire type ${wt}`);
    if (!out.has(no)) out.set(no, []);
    out.get(no).push(val);
  }
  return out;
}

const text = (b) => (b ? new TextDecoder().decode(b) : "");

/** { msgs: ["/cosmos.bank.v1beta1.MsgSend", ...], memo, fee: [{denom, amount}], gas } or { error }. */
export function decodeTx(bytes) {
  try {
    const raw = fields(bytes);
    const body = fields(raw.get(1)?.[0] ?? new Uint8Array());
    const msgs = (body.get(1) ?? []).map((any) => text(fields(any).get(1)?.[0]));
    const auth = fields(raw.get(2)?.[0] ?? new Uint8Array());
    const fee = fields(auth.get(2)?.[0] ?? new Uint8Array());
    const coins = (fee.get(1) ?? []).map((c) => { const f = fields(c); return { denom: text(f.get(1)?.[0]), amount: text(f.get(2)?.[0]) }; });
    return { msgs, memo: text(body.get(2)?.[0]), fee: coins, gas: fee.get(2)?.[0] ?? 0 };
  } catch (e) {
    return { msgs: [], memo: "", fee: [], gas: 0, error: String(e.message ?? e) };
  }
}

/** "/cosmos.bank.v1beta1.MsgSend" -> "bank · Send". */
export function msgLabel(typeUrl) {
  const m = /^\/?(?:cosmos\.|pogcs\.)?([a-z0-9_]+)\.v[0-9a-z]+\.Msg([A-Za-z0-9]+)$/.exec(typeUrl ?? "");
  return m ? `${m[1]} · ${m[2]}` : String(typeUrl ?? "?");
}

export async function txHash(bytes) {
  if (!globalThis.crypto?.subtle) return "";
  const d = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(d, (x) => x.toString(16).padStart(2, "0")).join("").toUpperCase();
}
