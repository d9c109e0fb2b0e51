// A rendered page kept for many answers, each with a nonce of its own (page-cache.ts). Kept twice:
// as bytes, and gzip-compressed once. Browsers ask for gzip, and compressing ~800 KB for every
// answer cost more than the rest of serving it; a nonce cannot simply be pasted into compressed
// bytes, so each stretch between nonces is compressed on its own and ended on a byte boundary
// (a deflate "sync flush"), and each answer's nonce goes between them as a stored (uncompressed)
// deflate block (RFC 1951 §3.2.4). Only the checksum of the whole is computed per answer.
import { constants, crc32, deflateRawSync } from "node:zlib";

/** Stands for the nonce in a kept page: not base64, so it cannot occur in one. */
const NONCE_SLOT = "\u0000rti-nonce\u0000";
const NONCE_SLOT_BYTES = Buffer.from(NONCE_SLOT);

/** gzip's header (RFC 1952): deflate, no name or time, unknown operating system. */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff]);
/** An empty final block with fixed codes: ends the deflate stream. */
const LAST_BLOCK = Buffer.from([0x03, 0x00]);

/** `html` as kept: its nonce (when it has one) replaced by a slot that each answer fills. */
export const template = (html: string, nonce: string | undefined) => (nonce ? html.replaceAll(nonce, NONCE_SLOT) : html);

/** `bytes` as a stored deflate block, not the last: header byte, length, its complement, the bytes. */
function storedBlock(bytes: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.writeUInt16LE(bytes.length, 1);
  header.writeUInt16LE(~bytes.length & 0xffff, 3);
  return Buffer.concat([header, bytes]);
}

export class PageTemplate {
  /** The page's stretches between nonces, and each compressed ending on a byte boundary. */
  private constructor(
    private readonly stretches: Buffer[],
    private readonly compressed: Buffer[],
  ) {}

  /** A page kept from `kept` (template's output as bytes). */
  static from(kept: Uint8Array): PageTemplate {
    const bytes = Buffer.from(kept.buffer, kept.byteOffset, kept.byteLength);
    const stretches: Buffer[] = [];
    let from = 0;
    for (let at = bytes.indexOf(NONCE_SLOT_BYTES); at !== -1; at = bytes.indexOf(NONCE_SLOT_BYTES, from)) {
      stretches.push(bytes.subarray(from, at));
      from = at + NONCE_SLOT_BYTES.length;
    }
    stretches.push(bytes.subarray(from));
    const compressed = stretches.map((stretch) => deflateRawSync(stretch, { level: constants.Z_BEST_COMPRESSION, finishFlush: constants.Z_SYNC_FLUSH }));
    return new PageTemplate(stretches, compressed);
  }

  /** Memory held, for the cache's bound. */
  get byteLength(): number {
    return [...this.stretches, ...this.compressed].reduce((sum, part) => sum + part.byteLength, 0);
  }

  /** The page with `nonce` in every slot, as the parts to send one after another (no copy of the page per answer). */
  withNonce(nonce: string): Buffer[] {
    const nonceBytes = Buffer.from(nonce);
    return this.stretches.flatMap((stretch, i) => (i === 0 ? [stretch] : [nonceBytes, stretch]));
  }

  /** The same page gzip-compressed, as parts: withNonce(nonce) is what a client decompresses. */
  gzipWithNonce(nonce: string): Buffer[] {
    const nonceBytes = Buffer.from(nonce);
    const nonceBlock = storedBlock(nonceBytes);
    let checksum = 0;
    let size = 0;
    const parts: Buffer[] = [GZIP_HEADER];
    this.stretches.forEach((stretch, i) => {
      if (i > 0) {
        parts.push(nonceBlock);
        checksum = crc32(nonceBytes, checksum);
        size += nonceBytes.length;
      }
      parts.push(this.compressed[i]!);
      checksum = crc32(stretch, checksum);
      size += stretch.length;
    });
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(checksum >>> 0, 0);
    trailer.writeUInt32LE(size % 2 ** 32, 4);
    parts.push(LAST_BLOCK, trailer);
    return parts;
  }
}
