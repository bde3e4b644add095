// Server actions called over HTTP exactly as Next's client calls them: POST to a page
// that uses the action, its id in the `Next-Action` header, the arguments encoded with
// React's own encodeReply (JSON text, or multipart when an argument is FormData), and the
// React Server Components response read back to the action's return value.
// The ids and the pages come from the build (`.next/server/server-reference-manifest.json`).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

const require = createRequire(import.meta.url);
// The React build Next itself uses to encode action arguments in the browser.
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.node") as {
  encodeReply: (args: unknown[]) => Promise<string | FormData>;
};

export type ServerAction = {
  /** "lib/actions/history.ts#deleteDecisionAction": the file and export behind the id. */
  key: string;
  id: string;
  /** A page whose bundle holds the action (where the browser would post it). */
  url: string;
};

type Entries = Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
type Manifest = { node: Entries; edge?: Entries };

/** "app/(app)/profiles/(list)/page" → "/profiles"; a dynamic segment becomes "x". */
function pageUrl(worker: string): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/(^|\/)page$/, "")
    .split("/")
    .filter((s) => s && !/^\(.*\)$/.test(s))
    .map((s) => (s.startsWith("[") ? "x" : s));
  return `/${segments.join("/")}`;
}

/** Every server action of the production build. */
export function serverActions(buildDir = ".next"): ServerAction[] {
  const manifest = JSON.parse(readFileSync(path.join(buildDir, "server", "server-reference-manifest.json"), "utf8")) as Manifest;
  return Object.entries({ ...manifest.node, ...manifest.edge }).map(([id, entry]) => {
    const workers = Object.keys(entry.workers);
    const worker = workers.find((w) => !w.includes("[")) ?? workers[0]!;
    return { key: `${entry.filename}#${entry.exportedName}`, id, url: pageUrl(worker) };
  });
}

export type ActionReply = {
  status: number;
  /** The action's return value (undefined when the response carried none). */
  result: unknown;
  /** The whole response body, to search for data that must not be there. */
  raw: string;
  headers: Record<string, string>;
};

/**
 * The rows of a Flight response by hex id. Rows end with a newline, except text rows
 * ("N:T<hex byte length>,<text>"), which end after their length and may hold newlines.
 */
function flightRows(body: Buffer): Map<string, string> {
  const rows = new Map<string, string>();
  let pos = 0;
  while (pos < body.length) {
    const colon = body.indexOf(":", pos);
    if (colon < 0) break;
    const id = body.toString("utf8", pos, colon);
    if (body[colon + 1] === 0x54 /* T */) {
      const comma = body.indexOf(",", colon);
      const end = comma + 1 + parseInt(body.toString("utf8", colon + 2, comma), 16);
      rows.set(id, body.toString("utf8", comma + 1, end));
      pos = end;
    } else {
      const nl = body.indexOf("\n", colon);
      const end = nl < 0 ? body.length : nl;
      rows.set(id, body.toString("utf8", colon + 1, end));
      pos = end + 1;
    }
  }
  return rows;
}

function actionResult(body: Buffer): unknown {
  const rows = flightRows(body);
  const head = rows.get("0");
  if (!head) return undefined;
  try {
    const a = (JSON.parse(head) as { a?: unknown }).a;
    // "$@1": the value is a promise, resolved in row 1.
    if (typeof a === "string" && a.startsWith("$@")) {
      const row = rows.get(a.slice(2));
      return row === undefined ? undefined : JSON.parse(row);
    }
    return a;
  } catch {
    return undefined;
  }
}

/** Calls the action as whoever `request`'s cookies sign in. */
export async function callAction(request: APIRequestContext, baseURL: string, action: ServerAction, args: unknown[]): Promise<ActionReply> {
  const body = await encodeReply(args);
  const headers = { Accept: "text/x-component", "Next-Action": action.id, Origin: baseURL };
  const res =
    typeof body === "string"
      ? await request.post(action.url, { headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" }, data: body })
      : await request.post(action.url, { headers, multipart: body });
  const bytes = await res.body();
  return { status: res.status(), result: actionResult(bytes), raw: bytes.toString("utf8"), headers: res.headers() };
}

/** A FormData of string fields, as a form posts it. */
/** Fields posted as a browser posts a form: lists as `name[]`, ticked boxes "on" (unticked absent), objects as JSON. */
export function form(fields: Record<string, unknown>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) {
    if (v === null || v === undefined || v === false) continue;
    if (Array.isArray(v)) for (const item of v) fd.append(`${k}[]`, String(item));
    else if (v === true) fd.append(k, "on");
    else if (typeof v === "object") fd.append(k, JSON.stringify(v));
    else fd.append(k, String(v));
  }
  return fd;
}
