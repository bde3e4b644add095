// Saves an upload to a private temporary file as it arrives, counting bytes, so an
// oversized upload is refused without ever being held in memory.
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { readExport, type ExportReading } from "./archive";
import { ImportError } from "./errors";
import { IMPORT_LIMITS, type ImportLimits } from "./types";

export type UploadSource = ReadableStream<Uint8Array> | Readable;

async function spool(source: UploadSource, name: string, dir: string, limit: number): Promise<string> {
  const path = join(dir, "upload");
  const input = source instanceof Readable ? source : Readable.fromWeb(source as import("node:stream/web").ReadableStream<Uint8Array>);
  let seen = 0;
  await pipeline(
    input,
    async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        seen += chunk.length;
        if (seen > limit) throw new ImportError("uploadTooLarge", { file: name, limitBytes: limit }, name, undefined, "too_large");
        yield chunk;
      }
    },
    createWriteStream(path, { mode: 0o600 }),
  );
  return path;
}

/** Reads an uploaded export (a stream of its bytes), within the limits; the temporary copy is always removed. */
export async function readUploadedExport(source: UploadSource, name: string, limits: ImportLimits = IMPORT_LIMITS): Promise<ExportReading> {
  const dir = await mkdtemp(join(tmpdir(), "dwg-import-"));
  try {
    const path = await spool(source, name, dir, limits.uploadBytes);
    return await readExport(path, name, limits);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
