import { closeSync, existsSync, fstatSync, fsyncSync, ftruncateSync, openSync, readFileSync, writeSync } from "node:fs";
import { crc32 } from "node:zlib";
import type { NodeBlock } from "./codec.js";
import { decodeWalRecord, encodeWalRecord } from "./codec.js";
import type { WalRecord } from "../types.js";

/**
 * `<home>/data/cs.wal`: the consensus write-ahead log. Each record is
 * [u32 length][u32 crc32][payload] (big-endian); `append` writes and fsyncs before returning, so
 * the host acts on an output only after the record that precedes it is durable. A torn tail (a
 * crash mid-write) fails its length or checksum and is cut off on open. After a height is
 * committed (the block store is at that height) the log is truncated: the engine ignores records
 * of heights at or below the tip anyway.
 */
export class WalFile {
  private fd: number;
  private size: number;

  private constructor(readonly path: string, fd: number, size: number, readonly records: WalRecord<NodeBlock>[]) {
    this.fd = fd;
    this.size = size;
  }

  static open(path: string): WalFile {
    const records: WalRecord<NodeBlock>[] = [];
    let good = 0;
    if (existsSync(path)) {
      const buf = readFileSync(path);
      let off = 0;
      while (off + 8 <= buf.length) {
        const len = buf.readUInt32BE(off);
        const sum = buf.readUInt32BE(off + 4);
        if (off + 8 + len > buf.length) break;
        const payload = buf.subarray(off + 8, off + 8 + len);
        if (crc32(payload) !== sum) break;
        try {
          records.push(decodeWalRecord(new Uint8Array(payload)));
        } catch {
          break;
        }
        off += 8 + len;
        good = off;
      }
    }
    const fd = openSync(path, existsSync(path) ? "r+" : "w+", 0o600);
    if (fstatSync(fd).size !== good) {
      ftruncateSync(fd, good);
      fsyncSync(fd);
    }
    return new WalFile(path, fd, good, records);
  }

  append(r: WalRecord<NodeBlock>): void {
    const payload = encodeWalRecord(r);
    const head = Buffer.alloc(8);
    head.writeUInt32BE(payload.length, 0);
    head.writeUInt32BE(crc32(payload), 4);
    const rec = Buffer.concat([head, payload]);
    writeSync(this.fd, rec, 0, rec.length, this.size);
    fsyncSync(this.fd);
    this.size += rec.length;
  }

  /** Drops every record (called once their height is committed). */
  truncate(): void {
    if (this.size === 0) return;
    ftruncateSync(this.fd, 0);
    fsyncSync(this.fd);
    this.size = 0;
  }

  close(): void {
    closeSync(this.fd);
  }
}
