/**
 * Noise_XX_25519_ChaChaPoly_SHA256, following the Noise Protocol Framework (revision 34) section by
 * section: CipherState (§5.1), SymmetricState (§5.2), HandshakeState (§5.3) and the XX pattern (§7.5):
 *
 *   -> e
 *   <- e, ee, s, es
 *   -> s, se
 *
 * Only the construction lives here; every primitive is node:crypto (OpenSSL): X25519, ChaCha20-Poly1305
 * (IETF, 96-bit nonce = 4 zero bytes || little-endian 64-bit counter, §12.3), SHA-256 and HMAC-SHA256
 * (HKDF is §4.3's, defined on HMAC). The static X25519 key is a fresh key per process; the caller binds
 * it to the node's ed25519 key by a signature carried in the handshake payload (see handshake.ts).
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync, type KeyObject } from "node:crypto";
import { P2PError } from "./errors.js";

export const PROTOCOL_NAME = "Noise_XX_25519_ChaChaPoly_SHA256";
const DHLEN = 32;
const HASHLEN = 32;
const TAGLEN = 16;
/** §3: every Noise message is at most 65535 bytes. */
export const MAX_NOISE_MESSAGE = 65535;
/** Largest plaintext one transport message can carry. */
export const MAX_TRANSPORT_PLAINTEXT = MAX_NOISE_MESSAGE - TAGLEN;

const X25519_SPKI_PREFIX = Buffer.from("302a300506032b656e032100", "hex");
const X25519_PKCS8_PREFIX = Buffer.from("302e020100300506032b656e04220420", "hex");
const EMPTY = new Uint8Array(0);

export interface DhKeyPair {
  readonly publicKey: Uint8Array;
  readonly privateKey: KeyObject;
}

export function generateDhKeyPair(): DhKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync("x25519");
  const spki = publicKey.export({ format: "der", type: "spki" });
  return { publicKey: new Uint8Array(spki.subarray(X25519_SPKI_PREFIX.length)), privateKey };
}

/** For test vectors: a key pair from a fixed 32-byte private key. */
export function dhKeyPairFromPrivate(priv: Uint8Array): DhKeyPair {
  const privateKey = createPrivateKey({ key: Buffer.concat([X25519_PKCS8_PREFIX, priv]), format: "der", type: "pkcs8" });
  const spki = createPublicKey(privateKey).export({ format: "der", type: "spki" });
  return { publicKey: new Uint8Array(spki.subarray(X25519_SPKI_PREFIX.length)), privateKey };
}

function dh(kp: DhKeyPair, remotePub: Uint8Array): Uint8Array {
  let out: Buffer;
  try {
    const publicKey = createPublicKey({ key: Buffer.concat([X25519_SPKI_PREFIX, remotePub]), format: "der", type: "spki" });
    out = diffieHellman({ privateKey: kp.privateKey, publicKey });
  } catch {
    throw new P2PError("HANDSHAKE", "invalid X25519 public key");
  }
  // A low-order remote point gives an all-zero secret (§9.1 lets us abort on it).
  if (out.every((b) => b === 0)) throw new P2PError("HANDSHAKE", "X25519 produced a zero secret");
  return new Uint8Array(out);
}

function hash(...parts: Uint8Array[]): Uint8Array {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
}

function hmac(key: Uint8Array, ...parts: Uint8Array[]): Uint8Array {
  const h = createHmac("sha256", key);
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
}

/** §4.3 HKDF with two outputs. */
function hkdf2(chainingKey: Uint8Array, ikm: Uint8Array): [Uint8Array, Uint8Array] {
  const tempKey = hmac(chainingKey, ikm);
  const out1 = hmac(tempKey, Uint8Array.of(1));
  const out2 = hmac(tempKey, out1, Uint8Array.of(2));
  return [out1, out2];
}

function nonce(n: number): Buffer {
  const b = Buffer.alloc(12);
  b.writeBigUInt64LE(BigInt(n), 4);
  return b;
}

/** §5.1. Counters are JS numbers: 2^53 messages per direction is beyond any connection's life. */
export class CipherState {
  private n = 0;
  constructor(private k: Uint8Array | null = null) {}

  hasKey(): boolean {
    return this.k !== null;
  }

  encryptWithAd(ad: Uint8Array, plaintext: Uint8Array): Uint8Array {
    if (this.k === null) return plaintext;
    if (this.n >= Number.MAX_SAFE_INTEGER) throw new P2PError("CRYPTO", "nonce exhausted");
    const c = createCipheriv("chacha20-poly1305", this.k, nonce(this.n), { authTagLength: TAGLEN });
    c.setAAD(ad, { plaintextLength: plaintext.length });
    const body = c.update(plaintext);
    c.final();
    this.n++;
    return new Uint8Array(Buffer.concat([body, c.getAuthTag()]));
  }

  /** Throws on authentication failure; the counter advances only on success. */
  decryptWithAd(ad: Uint8Array, ciphertext: Uint8Array): Uint8Array {
    if (this.k === null) return ciphertext;
    if (ciphertext.length < TAGLEN) throw new P2PError("CRYPTO", "ciphertext shorter than its tag");
    const body = ciphertext.subarray(0, ciphertext.length - TAGLEN);
    const d = createDecipheriv("chacha20-poly1305", this.k, nonce(this.n), { authTagLength: TAGLEN });
    d.setAuthTag(ciphertext.subarray(ciphertext.length - TAGLEN));
    d.setAAD(ad, { plaintextLength: body.length });
    let out: Buffer;
    try {
      out = Buffer.concat([d.update(body), d.final()]);
    } catch {
      throw new P2PError("CRYPTO", "authentication failed");
    }
    this.n++;
    return new Uint8Array(out);
  }
}

/** §5.2 */
class SymmetricState {
  cs = new CipherState();
  ck: Uint8Array;
  h: Uint8Array;

  constructor(protocolName: string) {
    const name = new TextEncoder().encode(protocolName);
    if (name.length <= HASHLEN) {
      this.h = new Uint8Array(HASHLEN);
      this.h.set(name);
    } else {
      this.h = hash(name);
    }
    this.ck = this.h;
  }

  mixKey(ikm: Uint8Array): void {
    const [ck, tempK] = hkdf2(this.ck, ikm);
    this.ck = ck;
    this.cs = new CipherState(tempK);
  }

  mixHash(data: Uint8Array): void {
    this.h = hash(this.h, data);
  }

  encryptAndHash(plaintext: Uint8Array): Uint8Array {
    const c = this.cs.encryptWithAd(this.h, plaintext);
    this.mixHash(c);
    return c;
  }

  decryptAndHash(ciphertext: Uint8Array): Uint8Array {
    const p = this.cs.decryptWithAd(this.h, ciphertext);
    this.mixHash(ciphertext);
    return p;
  }

  split(): [CipherState, CipherState] {
    const [k1, k2] = hkdf2(this.ck, EMPTY);
    return [new CipherState(k1), new CipherState(k2)];
  }
}

export interface TransportCiphers {
  send: CipherState;
  recv: CipherState;
  /** Handshake hash (channel binding). */
  handshakeHash: Uint8Array;
  /** The peer's static X25519 key, authenticated by the handshake. */
  remoteStatic: Uint8Array;
}

/**
 * §5.3 HandshakeState specialised to XX. Use: initiator writeMessage, responder readMessage, responder
 * writeMessage, initiator readMessage, initiator writeMessage, responder readMessage, then `finish()`.
 */
export class XXHandshake {
  private readonly ss: SymmetricState;
  private e: DhKeyPair | null = null;
  private re: Uint8Array | null = null;
  private rs: Uint8Array | null = null;
  private step = 0;

  constructor(
    readonly initiator: boolean,
    private readonly s: DhKeyPair,
    prologue: Uint8Array,
    /** Test vectors only: a fixed ephemeral key. */
    private readonly fixedEphemeral?: DhKeyPair,
  ) {
    this.ss = new SymmetricState(PROTOCOL_NAME);
    this.ss.mixHash(prologue);
  }

  private myTurn(): boolean {
    // Steps 0 and 2 are the initiator's, step 1 the responder's.
    return (this.step % 2 === 0) === this.initiator;
  }

  writeMessage(payload: Uint8Array): Uint8Array {
    if (this.step > 2 || !this.myTurn()) throw new P2PError("HANDSHAKE", "not our turn to write");
    const out: Uint8Array[] = [];
    if (this.step === 0) {
      this.writeE(out);
    } else if (this.step === 1) {
      this.writeE(out);
      this.ss.mixKey(dh(this.e!, this.re!)); // ee
      out.push(this.ss.encryptAndHash(this.s.publicKey)); // s
      this.ss.mixKey(dh(this.s, this.re!)); // es (responder side)
    } else {
      out.push(this.ss.encryptAndHash(this.s.publicKey)); // s
      this.ss.mixKey(dh(this.s, this.re!)); // se (initiator side)
    }
    out.push(this.ss.encryptAndHash(payload));
    this.step++;
    const msg = Buffer.concat(out);
    if (msg.length > MAX_NOISE_MESSAGE) throw new P2PError("HANDSHAKE", "handshake message too large");
    return new Uint8Array(msg);
  }

  readMessage(message: Uint8Array): Uint8Array {
    if (this.step > 2 || this.myTurn()) throw new P2PError("HANDSHAKE", "not our turn to read");
    let off = 0;
    const take = (len: number): Uint8Array => {
      if (off + len > message.length) throw new P2PError("HANDSHAKE", "handshake message too short");
      const b = message.subarray(off, off + len);
      off += len;
      return b;
    };
    const readS = () => {
      const len = this.ss.cs.hasKey() ? DHLEN + TAGLEN : DHLEN;
      this.rs = new Uint8Array(this.ss.decryptAndHash(take(len)));
    };
    if (this.step === 0) {
      this.readE(take(DHLEN));
    } else if (this.step === 1) {
      this.readE(take(DHLEN));
      this.ss.mixKey(dh(this.e!, this.re!)); // ee
      readS();
      this.ss.mixKey(dh(this.e!, this.rs!)); // es (initiator side)
    } else {
      readS();
      this.ss.mixKey(dh(this.e!, this.rs!)); // se (responder side)
    }
    const payload = this.ss.decryptAndHash(message.subarray(off));
    this.step++;
    return payload;
  }

  /** The peer's static key once it has been received (after message 2 for the initiator). */
  remoteStatic(): Uint8Array | null {
    return this.rs;
  }

  finish(): TransportCiphers {
    if (this.step !== 3) throw new P2PError("HANDSHAKE", "handshake not complete");
    const [c1, c2] = this.ss.split();
    return {
      send: this.initiator ? c1 : c2,
      recv: this.initiator ? c2 : c1,
      handshakeHash: this.ss.h,
      remoteStatic: this.rs!,
    };
  }

  private writeE(out: Uint8Array[]): void {
    this.e = this.fixedEphemeral ?? generateDhKeyPair();
    out.push(this.e.publicKey);
    this.ss.mixHash(this.e.publicKey);
  }

  private readE(re: Uint8Array): void {
    this.re = new Uint8Array(re);
    this.ss.mixHash(this.re);
  }
}
