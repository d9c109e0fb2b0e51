// Where uploaded files wait for their import: RTI_DATA_DIR/imports/<job id> (the data folder
// `npm start` uses, .rti-data by default), or the system's temporary folder when RTI_DATA_DIR
// is not set. A file is removed when its import ends, whatever the outcome.
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { DomainError } from "../../errors";

export function importsDir(env: Record<string, string | undefined> = process.env): string {
  return env.RTI_DATA_DIR ? path.resolve(env.RTI_DATA_DIR, "imports") : path.join(os.tmpdir(), "rti-imports");
}

export const importFile = (id: string) => path.join(importsDir(), id);

export function tooLarge(maxBytes: number, size?: number): DomainError {
  const limit = `${maxBytes / 1024 / 1024} MB`;
  const split = "Split it into smaller files (GDELT's daily and 15-minute exports are well under that).";
  const message = size ? `This file is ${Math.ceil(size / 1024 / 1024)} MB; an import can be at most ${limit}. ${split}` : `An import can be at most ${limit}. ${split}`;
  return new DomainError("PAYLOAD_TOO_LARGE", message, { details: { maxBytes } });
}

/**
 * Streams `body` to a new file under importsDir, refusing it (and keeping nothing) past
 * `maxBytes`; returns the id its import job will have, and its size.
 */
export async function storeUpload(body: Readable, maxBytes: number): Promise<{ id: string; sizeBytes: number }> {
  const id = randomUUID();
  const final = importFile(id);
  const partial = `${final}.part`;
  await mkdir(path.dirname(final), { recursive: true });
  let size = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.byteLength;
      done(size > maxBytes ? tooLarge(maxBytes) : null, chunk);
    },
  });
  try {
    await pipeline(body, limit, createWriteStream(partial));
    await rename(partial, final);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { id, sizeBytes: size };
}

export async function removeImportFile(id: string): Promise<void> {
  await rm(importFile(id), { force: true });
}
