/**
 * Addresses learned by peer exchange. PEX addresses are only hints: a dial verifies the remote's id,
 * and nothing learned here ever becomes persistent. Bounded in size; failing entries back off and
 * are dropped after MAX_FAILURES.
 */
import type { PeerId } from "./types.js";

interface Entry {
  addr: string;
  failures: number;
  nextDialAt: number;
}

const MAX_FAILURES = 8;

export class AddressBook {
  private readonly entries = new Map<PeerId, Entry>();

  constructor(
    private readonly maxSize: number,
    private readonly backoffMinMs: number,
    private readonly backoffMaxMs: number,
  ) {}

  /** Adds an address unless the id is known already (first seen wins until it fails out). */
  add(id: PeerId, addr: string): void {
    if (this.entries.has(id) || this.entries.size >= this.maxSize) return;
    this.entries.set(id, { addr, failures: 0, nextDialAt: 0 });
  }

  /** A working address (we connected to the peer) replaces what PEX said. */
  markGood(id: PeerId, addr: string): void {
    this.entries.set(id, { addr, failures: 0, nextDialAt: 0 });
  }

  markFailed(id: PeerId, now: number): void {
    const e = this.entries.get(id);
    if (!e) return;
    e.failures++;
    if (e.failures >= MAX_FAILURES) {
      this.entries.delete(id);
      return;
    }
    e.nextDialAt = now + Math.min(this.backoffMaxMs, this.backoffMinMs * 2 ** (e.failures - 1));
  }

  remove(id: PeerId): void {
    this.entries.delete(id);
  }

  /** Entries due for a dial, in random order. */
  candidates(now: number, skip: (id: PeerId) => boolean): { id: PeerId; addr: string }[] {
    const out: { id: PeerId; addr: string }[] = [];
    for (const [id, e] of this.entries) if (e.nextDialAt <= now && !skip(id)) out.push({ id, addr: e.addr });
    return shuffle(out);
  }

  /** Up to `max` random entries to share. */
  sample(max: number): { id: PeerId; addr: string }[] {
    return shuffle([...this.entries].map(([id, e]) => ({ id, addr: e.addr }))).slice(0, max);
  }

  get size(): number {
    return this.entries.size;
  }
}

function shuffle<T>(a: T[]): T[] {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
