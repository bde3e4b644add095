// Reads an uploaded export from disk: a whole .zip (yauzl reads the zip's table of
// contents first, so a truncated archive is caught before anything is parsed, and
// streams each entry out) or the single file inside it. Memory stays bounded: CSV rows
// stream through the parser; a JSON entry is read whole, but only up to entryBytes.
import { createReadStream } from "node:fs";
import { open as openFile } from "node:fs/promises";
import { Readable, Transform } from "node:stream";
import yauzl from "yauzl";
import { FACEBOOK_KEYS, INSTAGRAM_KEY, jsonExportKind, parseFacebookRequests, parseInstagramRequests, readJsonDocument } from "./json-exports";
import { parseLinkedInInvitations, type LinkedInStats } from "./linkedin";
import { ImportError } from "./errors";
import { IMPORT_LIMITS, type ImportedRequest, type ImportLimits, type ImportPlatform } from "./types";

export type ExportFileSummary = { file: string; platform: ImportPlatform; rows: number; incoming: number };
export type ExportReading = { requests: ImportedRequest[]; files: ExportFileSummary[] };

/** The entries of an export that hold incoming requests, by path inside the archive. */
const ENTRY_PATTERNS: { platform: ImportPlatform; re: RegExp }[] = [
  { platform: "linkedin", re: /(^|\/)Invitations\.csv$/i },
  { platform: "facebook", re: /(^|\/)(connections\/friends\/received_friend_requests|friends_and_followers\/friend_requests_received|friends\/received_friend_requests)\.json$/i },
  { platform: "instagram", re: /(^|\/)follow_requests_you've_received\.json$/i },
];

const baseName = (p: string) => p.split(/[\\/]/).pop() || p;

/** Counts bytes as they pass and stops the stream past `limit`. */
function byteLimit(limit: number, file: string): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > limit) done(new ImportError("unpackedTooLarge", { file, limitBytes: limit }, file));
      else done(null, chunk);
    },
  });
}

async function readAllText(stream: Readable, file: string, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream.pipe(byteLimit(limit, file))) chunks.push(chunk as Buffer);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ImportError("notUtf8", { file }, file);
  }
}

function forward(from: Readable, to: Transform): Transform {
  from.on("error", (e) => to.destroy(e));
  return from.pipe(to);
}

async function readEntry(platform: ImportPlatform, stream: Readable, file: string, limits: ImportLimits): Promise<ExportReading> {
  if (platform === "linkedin") {
    const stats: LinkedInStats = { rows: 0, incoming: 0, outgoing: 0 };
    const requests: ImportedRequest[] = [];
    for await (const r of parseLinkedInInvitations(forward(stream, byteLimit(limits.entryBytes, file)), file, stats, limits)) requests.push(r);
    return { requests, files: [{ file, platform, rows: stats.rows, incoming: stats.incoming }] };
  }
  const doc = readJsonDocument(await readAllText(stream, file, limits.entryBytes), file);
  const requests = platform === "facebook" ? parseFacebookRequests(doc, file, limits) : parseInstagramRequests(doc, file, limits);
  return { requests, files: [{ file, platform, rows: requests.length, incoming: requests.length }] };
}

async function sniff(path: string): Promise<Buffer> {
  const fh = await openFile(path, "r");
  try {
    const buf = Buffer.alloc(512);
    const { bytesRead } = await fh.read(buf, 0, 512, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/**
 * Reads the export saved at `path` (uploaded as `name`). Throws an ImportError for a
 * wrong, damaged or oversized file; returns every incoming request otherwise.
 */
export async function readExport(path: string, name: string, limits: ImportLimits = IMPORT_LIMITS): Promise<ExportReading> {
  const head = await sniff(path);
  if (head.length === 0) throw new ImportError("empty", { file: name }, name);
  if (head[0] === 0x50 && head[1] === 0x4b) return readZip(path, name, limits);
  if (/\.zip$/i.test(name)) throw new ImportError("notZip", { file: name }, name);
  const file = baseName(name);
  const text = head.toString("utf8").replace(/^\uFEFF/, "").trimStart();
  if (/\.csv$/i.test(file) || /^"?From"?,/i.test(text)) {
    return readEntry("linkedin", createReadStream(path), file, limits);
  }
  if (/\.json$/i.test(file) || text.startsWith("{") || text.startsWith("<")) {
    const doc = readJsonDocument(await readAllText(createReadStream(path), file, limits.entryBytes), file);
    const kind = jsonExportKind(doc);
    if (!kind) throw new ImportError("unknownJson", { file, facebookKeys: FACEBOOK_KEYS.map((k) => `"${k}"`), instagramKey: INSTAGRAM_KEY }, file);
    const requests = kind === "facebook" ? parseFacebookRequests(doc, file, limits) : parseInstagramRequests(doc, file, limits);
    return { requests, files: [{ file, platform: kind, rows: requests.length, incoming: requests.length }] };
  }
  throw new ImportError("notExport", { file }, file);
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false, strictFileNames: false, validateEntrySizes: true }, (err, zip) => (err ? reject(err) : resolve(zip))),
  );
}

function entryStream(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => zip.openReadStream(entry, (err, stream) => (err ? reject(err) : resolve(stream))));
}

const damaged = (name: string, why: ZipProblem) => new ImportError("damaged", { file: name, ...why }, name);

async function readZip(path: string, name: string, limits: ImportLimits): Promise<ExportReading> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(path);
  } catch (e) {
    throw damaged(name, zipProblem(e));
  }
  try {
    if (zip.entryCount > limits.zipEntries) throw new ImportError("tooManyEntries", { file: name, count: zip.entryCount, limit: limits.zipEntries }, name);
    const wanted: { entry: yauzl.Entry; platform: ImportPlatform }[] = [];
    await new Promise<void>((resolve, reject) => {
      zip.on("entry", (entry: yauzl.Entry) => {
        const match = ENTRY_PATTERNS.find((p) => p.re.test(entry.fileName));
        if (match) wanted.push({ entry, platform: match.platform });
        zip.readEntry();
      });
      zip.on("end", () => resolve());
      zip.on("error", (e) => reject(damaged(name, zipProblem(e))));
      zip.readEntry();
    });
    if (wanted.length === 0) throw new ImportError("noRequests", { file: name }, name);
    const out: ExportReading = { requests: [], files: [] };
    for (const { entry, platform } of wanted) {
      const file = entry.fileName;
      if (entry.isEncrypted()) throw new ImportError("encrypted", { archive: name, file }, file);
      if (entry.uncompressedSize > limits.entryBytes)
        throw new ImportError("entryTooLarge", { file, sizeBytes: entry.uncompressedSize, limitBytes: limits.entryBytes }, file);
      let stream: Readable;
      try {
        stream = await entryStream(zip, entry);
      } catch (e) {
        throw damaged(name, zipProblem(e));
      }
      let reading: ExportReading;
      try {
        reading = await readEntry(platform, stream, baseName(file) === file ? file : file, limits);
      } catch (e) {
        if (e instanceof ImportError) throw e;
        throw damaged(name, zipProblem(e));
      }
      out.requests.push(...reading.requests);
      out.files.push(...reading.files);
      if (out.requests.length > limits.rows)
        throw new ImportError("tooManyRequests", { file: name, limit: limits.rows }, name);
    }
    return out;
  } finally {
    zip.close();
  }
}

/** What is wrong with a zip, as the "damaged" message words it; `detail` is the reader's own (English) words for anything else. */
type ZipProblem = { why: "toc" | "header" | "truncated" | "other"; detail: string };

function zipProblem(e: unknown): ZipProblem {
  const msg = e instanceof Error ? e.message : String(e);
  if (/end of central directory/i.test(msg)) return { why: "toc", detail: "" };
  if (/invalid (local|central) file header|signature/i.test(msg)) return { why: "header", detail: "" };
  if (/too many bytes|too few bytes|unexpected EOF|invalid stored block|incorrect header check|invalid distance|unexpected end/i.test(msg)) return { why: "truncated", detail: "" };
  return { why: "other", detail: msg.slice(0, 120) };
}
