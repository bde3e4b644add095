// Reads the real spam corpora (SMS Spam Collection, YouTube Spam Collection) from a
// folder and applies the project's fixed train/test split. This mirrors
// ../shared/eval/corpora.mjs exactly (tests/triage/corpora.test.ts checks it when the
// shared folder is present): a row is a TEST row when the FNV-1a 32-bit hash of its
// cleaned UTF-8 text modulo 10 is 0, 1 or 2. Only TRAIN rows may be learned from.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

export interface CorpusRow {
  text: string;
  spam: boolean;
}

export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(text, "utf8")) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export const isTestRow = (text: string): boolean => fnv1a32(text) % 10 < 3;

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&nbsp;": " " };

// The YouTube comments were scraped as HTML: turn entities and <br> back into text.
export function cleanText(raw: string): string {
  return raw
    .replace(/\uFEFF/g, "")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&[a-z]+;|&#39;/g, (m) => ENTITIES[m] ?? m)
    .trim();
}

// Minimal RFC 4180 reader: quoted fields may hold commas, quotes ("") and newlines.
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== "");
}

export function readCorpora(dir: string): { youtube: CorpusRow[]; sms: CorpusRow[] } {
  const youtube: CorpusRow[] = [];
  for (const f of readdirSync(dir).filter((f) => /^Youtube\d+.*\.csv$/.test(f)).sort()) {
    const [header = [], ...rows] = parseCsv(readFileSync(join(dir, f), "utf8"));
    const ci = header.indexOf("CONTENT");
    const li = header.indexOf("CLASS");
    for (const r of rows) {
      const text = cleanText(r[ci] ?? "");
      if (text) youtube.push({ text, spam: r[li] === "1" });
    }
  }
  const sms: CorpusRow[] = [];
  for (const line of readFileSync(join(dir, "SMSSpamCollection"), "utf8").split("\n")) {
    const tab = line.indexOf("\t");
    if (tab < 0) continue;
    const text = cleanText(line.slice(tab + 1));
    if (text) sms.push({ text, spam: line.slice(0, tab) === "spam" });
  }
  return { youtube, sms };
}
