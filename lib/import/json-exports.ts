// Facebook and Instagram "Download your information" JSON. Both write UTF-8 bytes as
// Latin-1 characters (repaired here) and Unix-second timestamps.
//
// Facebook, received friend requests:
//   connections/friends/received_friend_requests.json (2023+),
//   friends_and_followers/friend_requests_received.json or friends/received_friend_requests.json (older)
//   { "received_requests_v2": [{ "name": "…", "timestamp": 1700000000 }] }  (older key: "received_requests")
// Instagram, follow requests received (private accounts):
//   connections/followers_and_following/follow_requests_you've_received.json
//   (older archives: followers_and_following/…)
//   { "relationships_follow_requests_received": [{ "title": "", "media_list_data": [],
//     "string_list_data": [{ "href": "https://www.instagram.com/user", "value": "user", "timestamp": 1700000000 }] }] }
import { z } from "zod";
import { cleanText, repairMojibake } from "./text";
import { ImportError, type ImportErrorParams } from "./errors";
import { IMPORT_LIMITS, type ImportedRequest, type ImportLimits, type ImportPlatform } from "./types";

export const FACEBOOK_KEYS = ["received_requests_v2", "received_requests"] as const;
export const INSTAGRAM_KEY = "relationships_follow_requests_received";

// The schemas' own messages are the codes of the "entry" error's problems (lib/i18n/messages/*/imports.json).
const SHAPE_PROBLEMS = ["facebookShape", "instagramShape", "itemShape", "empty"] as const;
const timestamp = z.number().finite().nonnegative().optional();
const facebookEntry = z.object({ name: z.string(), timestamp }, { error: "facebookShape" });
const instagramEntry = z.object(
  {
    title: z.string().optional(),
    string_list_data: z.array(z.object({ href: z.string().optional(), value: z.string().optional(), timestamp }, { error: "itemShape" })).min(1, "empty"),
  },
  { error: "instagramShape" },
);

const iso = (seconds: number | undefined) => (seconds && seconds < 1e11 ? new Date(seconds * 1000).toISOString() : null);

/** Which export a parsed JSON document is, by its top-level key; null when neither. */
export function jsonExportKind(doc: unknown): ImportPlatform | null {
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) return null;
  if (FACEBOOK_KEYS.some((k) => Object.hasOwn(doc, k))) return "facebook";
  if (Object.hasOwn(doc, INSTAGRAM_KEY)) return "instagram";
  return null;
}

/** Parses the text of a JSON file; a syntax error or HTML gets a message naming the file. */
export function readJsonDocument(text: string, file: string): unknown {
  const t = text.replace(/^\uFEFF/, "");
  if (/^\s*</.test(t)) throw new ImportError("html", { file }, file);
  try {
    return JSON.parse(t);
  } catch (e) {
    const detail = e instanceof SyntaxError ? e.message.replace(/^JSON\.parse: /, "") : "";
    throw detail ? new ImportError("invalidJsonDetail", { file, detail: detail.slice(0, 120) }, file) : new ImportError("invalidJson", { file }, file);
  }
}

function listOf(doc: unknown, keys: readonly string[], file: string, what: ImportPlatform, limits: ImportLimits): { key: string; list: unknown[] } {
  const obj = doc && typeof doc === "object" && !Array.isArray(doc) ? (doc as Record<string, unknown>) : null;
  const key = obj ? keys.find((k) => Object.hasOwn(obj, k)) : undefined;
  if (!obj || !key) throw new ImportError("notList", { file, what, keys: keys.map((k) => `"${k}"`) }, file);
  const list = obj[key];
  if (!Array.isArray(list)) throw new ImportError("notArray", { file, key }, file);
  if (list.length > limits.rows) throw new ImportError("listTooLong", { file, count: list.length, limit: limits.rows }, file);
  return { key, list };
}

/** A value's type as zod names it ("undefined", "null", "array"…). */
function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && Number.isNaN(value)) return "NaN";
  return typeof value;
}

function problemOf(issue: z.core.$ZodIssue, raw: unknown): ImportErrorParams {
  if ((SHAPE_PROBLEMS as readonly string[]).includes(issue.message)) return { problem: issue.message };
  if (issue.code === "invalid_type") {
    const value = issue.path.reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[k] : undefined), raw);
    return { problem: "type", expectedType: issue.expected, receivedType: typeName(value) };
  }
  if (issue.code === "too_small" && issue.origin === "number") return { problem: "negative" };
  return { problem: "other", detail: issue.message };
}

function entryError(file: string, key: string, index: number, raw: unknown, error: z.ZodError): ImportError {
  const issue = error.issues[0]!;
  const path = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
  return new ImportError("entry", { file, entry: index + 1, path: `${key}[${index}]${path}`, ...problemOf(issue, raw) }, file, index + 1);
}

function checkName(name: string, file: string, key: string, index: number, limits: ImportLimits) {
  if (!name) throw new ImportError("entryNameEmpty", { file, entry: index + 1, path: `${key}[${index}]` }, file, index + 1);
  if (name.length > limits.nameLength) throw new ImportError("entryNameTooLong", { file, entry: index + 1, max: limits.nameLength }, file, index + 1);
}

export function parseFacebookRequests(doc: unknown, file: string, limits: ImportLimits = IMPORT_LIMITS): ImportedRequest[] {
  const { key, list } = listOf(doc, FACEBOOK_KEYS, file, "facebook", limits);
  return list.map((raw, i) => {
    const parsed = facebookEntry.safeParse(raw);
    if (!parsed.success) throw entryError(file, key, i, raw, parsed.error);
    const name = cleanText(repairMojibake(parsed.data.name)).replace(/\n/g, " ");
    checkName(name, file, key, i, limits);
    return { platform: "facebook", name, note: null, profileUrl: null, sentAt: iso(parsed.data.timestamp), source: file, line: i + 1 };
  });
}

export function parseInstagramRequests(doc: unknown, file: string, limits: ImportLimits = IMPORT_LIMITS): ImportedRequest[] {
  const { key, list } = listOf(doc, [INSTAGRAM_KEY], file, "instagram", limits);
  return list.map((raw, i) => {
    const parsed = instagramEntry.safeParse(raw);
    if (!parsed.success) throw entryError(file, key, i, raw, parsed.error);
    const data = parsed.data.string_list_data[0]!;
    const href = data.href?.trim() || null;
    // Newer archives leave value out and put the username in title or the link (instagram.com/_u/name).
    const fromHref = href ? /instagram\.com\/(?:_u\/)?([A-Za-z0-9._]{1,30})/i.exec(href)?.[1] : undefined;
    const name = cleanText(repairMojibake(data.value?.trim() || parsed.data.title?.trim() || fromHref || "")).replace(/\n/g, " ");
    checkName(name, file, key, i, limits);
    return {
      platform: "instagram",
      name,
      note: null,
      profileUrl: href && /^https?:\/\//i.test(href) ? href : /^[A-Za-z0-9._]{1,30}$/.test(name) ? `https://www.instagram.com/${name}` : null,
      sentAt: iso(data.timestamp),
      source: file,
      line: i + 1,
    };
  });
}
