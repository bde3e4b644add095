// LinkedIn's "Get a copy of your data" archive: Invitations.csv, one row per invitation
// sent or received. Header (2024+): From,To,Sent At,Message,Direction,inviterProfileUrl,
// inviteeProfileUrl; older exports stop after Direction. "Sent At" reads "1/19/26, 9:15 AM".
// Only INCOMING rows are requests to the user. Read as a stream: a row at a time.
import { Transform, type Readable } from "node:stream";
import { parse } from "csv-parse";
import { cleanText } from "./text";
import { ImportError } from "./errors";
import { IMPORT_LIMITS, type ImportedRequest, type ImportLimits } from "./types";

// i18n-ignore: the export's column names are data, the same in every language
export const LINKEDIN_HEADER = ["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl"] as const;
const OLD_HEADER_LENGTH = 5;

const headerKey = (s: string) => s.replace(/^\uFEFF/, "").trim().toLowerCase();

/** "1/19/26, 9:15 AM" (or "01/19/2026 09:15") as ISO 8601, read as UTC; null when it is not such a date. */
export function parseLinkedInDate(value: string): string | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?\s*$/.exec(value);
  if (!m) return null;
  const [, mo, d, y, h, mi, s, ampm] = m;
  const year = y!.length === 2 ? 2000 + Number(y) : Number(y);
  let hour = Number(h);
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (/p/i.test(ampm) ? 12 : 0);
  }
  const date = new Date(Date.UTC(year, Number(mo) - 1, Number(d), hour, Number(mi), Number(s ?? 0)));
  if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d) || hour > 23 || Number(mi) > 59) return null;
  return date.toISOString();
}

/**
 * CRLF to LF before parsing: csv-parse counts the CR and the LF of a line break inside a
 * quoted field as two lines, which would put every later line number off.
 */
function crlfToLf(): Transform {
  let pendingCr = false;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      let s = (pendingCr ? "\r" : "") + chunk.toString("latin1");
      pendingCr = s.endsWith("\r");
      if (pendingCr) s = s.slice(0, -1);
      done(null, Buffer.from(s.replace(/\r\n/g, "\n"), "latin1"));
    },
    flush(done) {
      done(null, pendingCr ? Buffer.from("\r") : null);
    },
  });
}

export type LinkedInStats = { rows: number; incoming: number; outgoing: number };

/**
 * Yields the incoming invitations of an Invitations.csv stream, in file order. Throws an
 * ImportError naming the file and line for a wrong header, a malformed row or a file
 * over the row limit.
 */
export async function* parseLinkedInInvitations(
  input: Readable,
  file: string,
  stats: LinkedInStats = { rows: 0, incoming: 0, outgoing: 0 },
  limits: ImportLimits = IMPORT_LIMITS,
): AsyncGenerator<ImportedRequest> {
  const parser = input.pipe(crlfToLf()).pipe(
    parse({
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true, // checked below, with a message that names the line
      max_record_size: limits.noteLength * 4 + 4_096,
    }),
  );
  input.on("error", (e) => parser.destroy(e));
  let width = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      // info.lines is the line a record ends on; a message may span several.
      const line = info.lines - record.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0);
      if (width === 0) {
        width = checkHeader(record, file);
        continue;
      }
      stats.rows++;
      if (stats.rows > limits.rows)
        throw new ImportError("csvTooManyRows", { file, limit: limits.rows, line }, file, line);
      if (record.length !== width && !(record.length === 1 && record[0] === ""))
        throw new ImportError("csvColumns", { file, line, expected: width, found: record.length }, file, line);
      const [from = "", , sentAt = "", message = "", direction = "", inviterUrl = ""] = record;
      const dir = direction.trim().toUpperCase();
      if (dir === "OUTGOING") {
        stats.outgoing++;
        continue;
      }
      if (dir !== "INCOMING") throw new ImportError("csvDirection", { file, line, direction: direction.slice(0, 40) }, file, line);
      const name = cleanText(from).replace(/\n/g, " ");
      if (!name) throw new ImportError("csvFromEmpty", { file, line }, file, line);
      if (name.length > limits.nameLength) throw new ImportError("csvNameTooLong", { file, line, max: limits.nameLength }, file, line);
      const note = cleanText(message);
      if (note.length > limits.noteLength) throw new ImportError("csvNoteTooLong", { file, line, max: limits.noteLength }, file, line);
      const url = inviterUrl.trim();
      stats.incoming++;
      yield {
        platform: "linkedin",
        name,
        note: note || null,
        profileUrl: /^https?:\/\/\S+$/i.test(url) ? url : null,
        sentAt: parseLinkedInDate(sentAt),
        source: file,
        line,
      };
    }
  } catch (e) {
    if (e instanceof ImportError) throw e;
    const err = e as { code?: string; lines?: number; message?: string };
    if (err.code?.startsWith("CSV_")) {
      const line = err.lines;
      const problem = csvProblem(err.code, err.message);
      throw line ? new ImportError("csvInvalidLine", { file, line, ...problem }, file, line) : new ImportError("csvInvalid", { file, ...problem }, file);
    }
    throw e;
  } finally {
    parser.destroy();
  }
  if (width === 0) throw new ImportError("csvEmpty", { file, header: LINKEDIN_HEADER.join(",") }, file, 1);
}

function checkHeader(record: string[], file: string): number {
  const got = record.map(headerKey);
  const expected = LINKEDIN_HEADER.map(headerKey);
  const full = got.length === expected.length && got.every((h, i) => h === expected[i]);
  const old = got.length === OLD_HEADER_LENGTH && got.every((h, i) => h === expected[i]);
  if (full || old) return got.length;
  const shown = record.join(",").slice(0, 120);
  throw new ImportError("csvHeader", { file, line: 1, found: shown, header: LINKEDIN_HEADER.join(","), lastColumn: LINKEDIN_HEADER[4] }, file, 1);
}

/** What is wrong with the CSV, as the "csvInvalid" messages word it; `detail` is the parser's own (English) words for anything else. */
function csvProblem(code: string, message = ""): { problem: "unclosed" | "strayQuote" | "tooLong" | "other"; detail: string } {
  if (code === "CSV_QUOTE_NOT_CLOSED") return { problem: "unclosed", detail: "" };
  if (code === "CSV_INVALID_CLOSING_QUOTE" || code === "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE") return { problem: "strayQuote", detail: "" };
  if (code === "CSV_MAX_RECORD_SIZE") return { problem: "tooLong", detail: "" };
  return { problem: "other", detail: message.replace(/^Invalid \w+:\s*/, "").slice(0, 120) || code };
}
