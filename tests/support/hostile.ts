// Hostile inputs for the property-based tests, and a Next request context so server
// actions run for real: next-auth reads a real session cookie through next/headers, and
// revalidatePath records its tags, exactly as inside `next start` (nothing of ours mocked).
import fc from "fast-check";
import { encode } from "next-auth/jwt";
import { AsyncLocalStorage } from "node:async_hooks";
import { createRequire } from "node:module";
import { serverEnv } from "@/lib/env";

// What `next start` sets up before Next's modules load: import this file before any action.
(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-long-enough-for-jwt";

export const MALICIOUS = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '<img src=x onerror="window.__pwned=1">',
  "javascript:alert(1)",
  `'; DROP TABLE "User"; --`,
  `" OR 1=1 --`,
  "' OR '1'='1",
  "=HYPERLINK(\"http://evil.example\",\"click\")",
  "+1+2",
  "-2+3",
  "@SUM(A1:A2)",
  "\tTAB",
  "\rCR",
  "a\u0000b",
  "\u0000",
  "\u0001\u0002\u0007\u001b[31m",
  "\uD800",
  "x\uDC00y",
  "\u202Egnp.exe",
  "\u200B\uFEFF",
  "__proto__",
  "constructor",
  "prototype",
  "{firstName}{__proto__}",
  "${7*7}{{7*7}}",
  "../../etc/passwd",
  "%00%27%22",
  "NaN",
  "Infinity",
  "-0",
  "9007199254740993",
  "1e309",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  " ",
  "",
  "🙂‍↔️👩🏽‍💻",
] as const;

const HUGE = 100_000;

/** Text a hostile person might paste: the fixed attacks, random unicode, control characters, lone surrogates and huge strings. */
export const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...MALICIOUS) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...MALICIOUS), { maxLength: 4 }).map((a) => a.join(" ")) },
  { weight: 1, arbitrary: fc.constantFrom("x", "<", "=", "\uD800", "\u0000").map((c) => c.repeat(HUGE)) },
  { weight: 1, arbitrary: fc.nat({ max: 10_100 }).map((n) => "a".repeat(n)) },
);

/** Any value at all: wrong types, special numbers, prototype keys, nesting. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileString,
    fc.constantFrom(null, undefined, true, false, NaN, Infinity, -Infinity, 0, -0, 1.5, -1, Number.MAX_SAFE_INTEGER + 2, 1e21),
    fc.integer(),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(fc.oneof(fc.constantFrom("__proto__", "constructor", "prototype", "toString"), fc.string({ maxLength: 6 })), tie("value"), {
      maxKeys: 3,
    }),
  ),
})).value;

/** An object with the given keys holding hostile values, some keys left out, plus stray and prototype keys. */
export function hostileRecord(keys: readonly string[], valid: Record<string, fc.Arbitrary<unknown>> = {}): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.fromEntries(keys.map((k) => [k, fc.oneof(hostileValue, ...(valid[k] ? [valid[k], valid[k]] : []))]));
  return fc
    .tuple(
      fc.record(entries, { requiredKeys: [] }),
      fc.dictionary(fc.constantFrom("__proto__", "constructor", "prototype", "extra", "$ACTION_ID_x", "id[]"), hostileValue, { maxKeys: 2 }),
    )
    .map(([known, stray]) => {
      const out: Record<string, unknown> = {};
      // defineProperty, so "__proto__" becomes an own key (as JSON.parse makes it), not the prototype.
      for (const [k, v] of [...Object.entries(stray), ...Object.entries(known)]) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
      return out;
    });
}

/** FormData as a hostile browser sends it: strings, repeated keys, files, arrays with []. */
export function hostileFormData(keys: readonly string[], valid: Record<string, fc.Arbitrary<string>> = {}): fc.Arbitrary<FormData> {
  const field = (k: string) => fc.oneof(hostileString, ...(valid[k] ? [valid[k], valid[k], valid[k]] : []));
  return fc
    .array(
      fc.oneof(
        fc.constantFrom(...keys).chain((k) => field(k).map((v) => [k, v] as const)),
        fc.constantFrom(...keys).chain((k) => field(k).map((v) => [`${k}[]`, v] as const)),
        fc.constantFrom("__proto__", "constructor", "$ACTION_REF_1", "unknown").chain((k) => hostileString.map((v) => [k, v] as const)),
      ),
      { maxLength: 12 },
    )
    .chain((pairs) =>
      fc.boolean().map((withFile) => {
        const fd = new FormData();
        for (const [k, v] of pairs) fd.append(k, v);
        if (withFile) fd.append(keys[0]!, new File(["<script>alert(1)</script>"], "<img src=x onerror=alert(1)>.html"));
        return fd;
      }),
    );
}

type Store = { pendingRevalidatedTags?: { tag: string }[] };

/**
 * Runs `fn` inside a Next request for a server action, with `cookie` as the request's
 * Cookie header. Returns what `fn` returned and the paths it revalidated.
 */
export async function inRequest<T>(cookie: string | null, fn: () => Promise<T>, extraHeaders: Record<string, string> = {}): Promise<T> {
  const headers = new Headers({ "x-forwarded-for": "203.0.113.9", ...extraHeaders, ...(cookie ? { cookie } : {}) });
  const parsed = (cookie ?? "").split(";").flatMap((p) => {
    const eq = p.indexOf("=");
    return eq > 0 ? [{ name: p.slice(0, eq).trim(), value: p.slice(eq + 1).trim() }] : [];
  });
  const cookies = {
    getAll: () => parsed,
    get: (n: string) => parsed.find((c) => c.name === n),
    has: (n: string) => parsed.some((c) => c.name === n),
    // Sign-in and sign-up set the session cookie on the action's response.
    set: (n: string, value: string) => void parsed.push({ name: n, value }),
    delete: (n: string) => void parsed.splice(0, parsed.length, ...parsed.filter((c) => c.name !== n)),
  };
  const workStore: Store & Record<string, unknown> = { route: "/hostile-test", incrementalCache: {}, forceStatic: false, dynamicShouldError: false };
  const requestStore = { type: "request", phase: "action", headers, cookies, userspaceMutableCookies: cookies, mutableCookies: cookies };
  const require = createRequire(import.meta.url);
  const { workAsyncStorage } = require("next/dist/server/app-render/work-async-storage.external.js");
  const { workUnitAsyncStorage } = require("next/dist/server/app-render/work-unit-async-storage.external.js");
  return workAsyncStorage.run(workStore as never, () => workUnitAsyncStorage.run(requestStore as never, fn));
}

export async function sessionCookie(user: { id: string; name: string; email: string }) {
  const token = await encode({ token: { sub: user.id, name: user.name, email: user.email }, secret: serverEnv().NEXTAUTH_SECRET });
  return `next-auth.session-token=${token}`;
}
