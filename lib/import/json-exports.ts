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
import { formatCount, IMPORT_LIMITS, ImportError, type ImportedRequest, type ImportLimits, type ImportPlatform } from "./types";

export const FACEBOOK_KEYS = ["received_requests_v2", "received_requests"] as const;
export const INSTAGRAM_KEY = "relationships_follow_requests_received";

const timestamp = z.number().finite().nonnegative().optional();
const facebookEntry = z.object({ name: z.string(), timestamp }, { error: "expected an object with name and timestamp" });
const instagramEntry = z.object(
  {
    title: z.string().optional(),
    string_list_data: z
      .array(z.object({ href: z.string().optional(), value: z.string().optional(), timestamp }, { error: "expected an object with href, value and timestamp" }))
      .min(1, "is empty"),
  },
  { error: "expected an object with string_list_data" },
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
  if (/^\s*</.test(t))
    throw new ImportError(`${file} is HTML, not JSON: request your information again and choose the JSON format.`, file);
  try {
    return JSON.parse(t);
  } catch (e) {
    const detail = e instanceof SyntaxError ? e.message.replace(/^JSON\.parse: /, "") : "";
    throw new ImportError(`${file} is not valid JSON${detail ? ` (${detail.slice(0, 120)})` : ""}. The file may be damaged or cut short: download it again.`, file);
  }
}

function listOf(doc: unknown, keys: readonly string[], file: string, what: string, limits: ImportLimits): { key: string; list: unknown[] } {
  const obj = doc && typeof doc === "object" && !Array.isArray(doc) ? (doc as Record<string, unknown>) : null;
  const key = obj ? keys.find((k) => Object.hasOwn(obj, k)) : undefined;
  if (!obj || !key) throw new ImportError(`${file} is not ${what}: expected a JSON object with "${keys.join('" or "')}".`, file);
  const list = obj[key];
  if (!Array.isArray(list)) throw new ImportError(`${file}: "${key}" must be a list.`, file);
  if (list.length > limits.rows)
    throw new ImportError(`${file} lists ${formatCount(list.length)} requests: the limit is ${formatCount(limits.rows)} a file.`, file);
  return { key, list };
}

function entryError(file: string, key: string, index: number, error: z.ZodError): ImportError {
  const issue = error.issues[0]!;
  const path = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
  return new ImportError(`${file}, entry ${index + 1} (${key}[${index}]${path}): ${issue.message}.`, file, index + 1);
}

function checkName(name: string, file: string, key: string, index: number, limits: ImportLimits) {
  if (!name) throw new ImportError(`${file}, entry ${index + 1} (${key}[${index}]): the name is empty.`, file, index + 1);
  if (name.length > limits.nameLength) throw new ImportError(`${file}, entry ${index + 1}: the name is longer than ${limits.nameLength} characters.`, file, index + 1);
}

export function parseFacebookRequests(doc: unknown, file: string, limits: ImportLimits = IMPORT_LIMITS): ImportedRequest[] {
  const { key, list } = listOf(doc, FACEBOOK_KEYS, file, "Facebook's received friend requests", limits);
  return list.map((raw, i) => {
    const parsed = facebookEntry.safeParse(raw);
    if (!parsed.success) throw entryError(file, key, i, parsed.error);
    const name = cleanText(repairMojibake(parsed.data.name)).replace(/\n/g, " ");
    checkName(name, file, key, i, limits);
    return { platform: "facebook", name, note: null, profileUrl: null, sentAt: iso(parsed.data.timestamp), source: file, line: i + 1 };
  });
}

export function parseInstagramRequests(doc: unknown, file: string, limits: ImportLimits = IMPORT_LIMITS): ImportedRequest[] {
  const { key, list } = listOf(doc, [INSTAGRAM_KEY], file, "Instagram's follow requests received", limits);
  return list.map((raw, i) => {
    const parsed = instagramEntry.safeParse(raw);
    if (!parsed.success) throw entryError(file, key, i, parsed.error);
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
