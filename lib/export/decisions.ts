// Exports of a user's decisions as CSV or JSON, streamed in keyset batches so a history
// of any size leaves memory flat and the first bytes go out at once.
import "server-only";
import { stringify } from "csv-stringify/sync";
import { decisionBatches, type Decision } from "@/lib/data/decisions";
import { parsedOf, reasonsOf } from "@/lib/data/decision-row";
import { stringList } from "@/lib/data/scope";
import type { DecisionFilter } from "@/lib/validations/decision";

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return, which
 * some strip first) as a formula: prefixing a quote makes it text (OWASP "CSV injection").
 * Their full-width forms (＝ ＋ － ＠) too: spreadsheets with East Asian input read them as
 * the ASCII ones.
 */
export const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export const CSV_COLUMNS = [
  { key: "createdAt", header: "Triaged at (UTC)" },
  { key: "platform", header: "Platform" },
  { key: "name", header: "Name" },
  { key: "headline", header: "Headline" },
  { key: "company", header: "Company" },
  { key: "mutualConnections", header: "Mutual connections" },
  { key: "note", header: "Personal note" },
  { key: "verdict", header: "Verdict" },
  { key: "confidence", header: "Confidence" },
  { key: "reasons", header: "Reasons" },
  { key: "status", header: "Status" },
  { key: "revisitAt", header: "Revisit on" },
  { key: "draft", header: "Draft" },
  { key: "sent", header: "Sent text" },
  { key: "text", header: "Request as pasted" },
  { key: "id", header: "Id" },
] as const;

function csvRecord(d: Decision): Record<(typeof CSV_COLUMNS)[number]["key"], string | number | Date | null> {
  return {
    createdAt: d.createdAt,
    platform: d.platform,
    name: d.parsedName,
    headline: d.parsedHeadline,
    company: d.parsedCompany,
    mutualConnections: d.parsedMutualConnections,
    note: d.parsedNote,
    verdict: d.verdict,
    confidence: d.confidence,
    reasons: reasonsOf(d.reasons).join("; "),
    status: d.status,
    revisitAt: d.revisitAt ? d.revisitAt.toISOString().slice(0, 10) : null,
    draft: d.draftText,
    sent: d.sentText,
    text: d.text,
    id: d.id,
  };
}

/** A decision as the JSON exports carry it: lists as lists, no owner id or search index. */
export function jsonDecision(d: Decision) {
  return {
    id: d.id,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    platform: d.platform,
    profileId: d.profileId,
    text: d.text,
    parsed: parsedOf(d),
    verdict: d.verdict,
    confidence: d.confidence,
    reasons: reasonsOf(d.reasons),
    signals: d.signals,
    draftText: d.draftText,
    draftShort: d.draftShort,
    sentText: d.sentText,
    templateIds: stringList(d.templateIds),
    status: d.status,
    revisitAt: d.revisitAt,
  };
}

const csvOptions = {
  cast: {
    string: (v: string) => neutraliseCell(v),
    date: (v: Date) => v.toISOString(),
    number: (v: number) => String(v),
  },
};

function streamOf(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (e) {
        controller.error(e);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

async function* csvChunks(userId: string, filter: DecisionFilter): AsyncGenerator<string> {
  // A byte order mark, so spreadsheet apps read the accents right.
  yield `\uFEFF${stringify([CSV_COLUMNS.map((c) => c.header)])}`;
  for await (const batch of decisionBatches(userId, filter)) {
    yield stringify(
      batch.map((d) => {
        const r = csvRecord(d);
        return CSV_COLUMNS.map((c) => r[c.key]);
      }),
      csvOptions,
    );
  }
}

/** CSV of the user's decisions matching the filter, newest first. */
export function decisionsCsv(userId: string, filter: DecisionFilter): ReadableStream<Uint8Array> {
  return streamOf(csvChunks(userId, filter));
}

async function* jsonChunks(userId: string, filter: DecisionFilter, head: Record<string, unknown>): AsyncGenerator<string> {
  // The head object loses its closing "\n}" to make room for the streamed "decisions" list.
  const opening = Object.keys(head).length ? `${JSON.stringify(head, null, 2).slice(0, -2)},\n` : "{\n";
  yield `${opening}  "decisions": [`;
  let first = true;
  for await (const batch of decisionBatches(userId, filter)) {
    yield batch.map((d) => `${first ? ((first = false), "\n    ") : ",\n    "}${JSON.stringify(jsonDecision(d))}`).join("");
  }
  yield `${first ? "" : "\n  "}]\n}\n`;
}

/** JSON `{ ...head, decisions: [...] }` of the user's decisions matching the filter. */
export function decisionsJson(userId: string, filter: DecisionFilter, head: Record<string, unknown> = {}): ReadableStream<Uint8Array> {
  return streamOf(jsonChunks(userId, filter, head));
}

export function attachmentHeaders(filename: string, contentType: string): HeadersInit {
  return {
    "content-type": contentType,
    "content-disposition": `attachment; filename="${filename}"`,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  };
}
