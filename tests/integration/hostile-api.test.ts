// Every /api/v1 endpoint with random and malicious requests (bodies, query strings, path
// ids, headers): never a 500, every error in the documented shape with a stable code, and
// what is accepted reads back as sent (lone surrogates and NULs normalised, lib/validations/text.ts).
import { hostileRecord, hostileString, hostileValue, MALICIOUS } from "../support/hostile";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { API_ERROR_CODES } from "@/lib/api/errors";
import { MAX_BODY_BYTES } from "@/lib/api/body";
import { createDecision, getDecision } from "@/lib/data/decisions";
import { DECISION_STATUSES, PLATFORMS, TONES } from "@/lib/domain";
import { wellFormed, wellFormedText } from "@/lib/validations/text";
import {
  apiDecisionListSchema,
  apiDecisionSchema,
  apiErrorSchema,
  apiProfileListSchema,
  apiTemplateListSchema,
  apiTriageResultSchema,
  decisionPatchSchema,
} from "@/lib/validations/api";
import { apiImportResultSchema } from "@/lib/validations/import";
import { call, tokenFor, type ApiResult } from "../support/api";
import { makeUser } from "../support/factory";

process.env.NEXTAUTH_SECRET ??= "integration-test-secret-long-enough-for-jwt";

const loaders = import.meta.glob<Record<string, unknown>>("/app/api/v1/**/route.ts");
type Route = { file: string; path: string; methods: Record<string, unknown> };
let routes: Route[] = [];

/** The route file's URL, with its dynamic segments filled in. */
function urlOf(file: string, id: string) {
  return file
    .replace(/^\/app/, "")
    .replace(/\/route\.ts$/, "")
    .replace("[...path]", "no/such/endpoint")
    .replace("[id]", encodeURIComponent(wellFormedText(id)));
}

const SUCCESS: Record<string, Record<string, { status: number[]; schema?: { parse: (v: unknown) => unknown } }>> = {
  "/api/v1/triage": { POST: { status: [200, 201], schema: apiTriageResultSchema } },
  "/api/v1/decisions": { GET: { status: [200], schema: apiDecisionListSchema } },
  "/api/v1/decisions/[id]": { GET: { status: [200], schema: apiDecisionSchema }, PATCH: { status: [200], schema: apiDecisionSchema }, DELETE: { status: [204] } },
  "/api/v1/profiles": { GET: { status: [200], schema: apiProfileListSchema } },
  "/api/v1/templates": { GET: { status: [200], schema: apiTemplateListSchema } },
  "/api/v1/openapi.json": { GET: { status: [200] } },
  "/api/v1/calendar/[file]": {},
  "/api/v1/imports": { POST: { status: [200], schema: apiImportResultSchema } },
  "/api/v1/[...path]": {},
};
const ERROR_STATUS = [400, 401, 404, 405, 413, 429];

let user: Awaited<ReturnType<typeof makeUser>>;
const decisionIds: string[] = [];
let calls = 0;
let token = "";
/** A live token, renewed before the per-token rate limit (120 a minute) could trip. */
async function liveToken() {
  if (calls++ % 100 === 0) token = await tokenFor(user.id, `hostile ${calls}`);
  return token;
}

function expectDocumented(res: ApiResult, route: string, method: string) {
  expect(res.status, `${method} ${route}: ${JSON.stringify(res.body)?.slice(0, 300)}`).not.toBe(500);
  const ok = SUCCESS[route.replace(/^\/app/, "").replace(/\/route\.ts$/, "")]?.[method];
  if (ok?.status.includes(res.status)) {
    if (ok.schema) ok.schema.parse(res.body);
    return;
  }
  expect(ERROR_STATUS).toContain(res.status);
  const { error } = apiErrorSchema.parse(res.body);
  expect(API_ERROR_CODES).toContain(error.code);
  expect(error.message).toMatch(/\S/);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
}

beforeAll(async () => {
  routes = await Promise.all(
    Object.entries(loaders).map(async ([file, load]) => {
      const mod = await load();
      const methods = Object.fromEntries(Object.entries(mod).filter(([k, v]) => /^[A-Z]+$/.test(k) && typeof v === "function"));
      return { file, path: file.replace(/^\/app/, "").replace(/\/route\.ts$/, ""), methods };
    }),
  );
  user = await makeUser("Api Target", null);
  const other = await makeUser("Api Other", null);
  for (const u of [user, other]) {
    for (let i = 0; i < 5; i++) {
      const d = await createDecision(u.id, {
        profileId: null,
        platform: "linkedin",
        text: `=HYPERLINK("x")\n<script>alert(${i})</script>`,
        parsed: { name: "<img src=x onerror=alert(1)>", firstName: null, headline: "+1", company: "@corp", mutualConnections: null, note: "-x" },
        verdict: "decline",
        confidence: 0.5,
        reasons: ["competitor"],
        signals: [],
        draftText: "draft",
        draftShort: null,
        status: "drafted",
      });
      decisionIds.push(d.id); // the other user's ids too: they must get a 404, never the row
    }
  }
});

const authHeader = fc.oneof(
  { weight: 6, arbitrary: fc.constant("live") },
  { weight: 1, arbitrary: fc.constant(null) },
  {
    weight: 2,
    arbitrary: fc.oneof(
      fc.constantFrom("Bearer", "Bearer ", "bearer dwg_", "Basic dXNlcjpwYXNz", "Bearer <script>", `Bearer dwg_${"A".repeat(43)}`, `Bearer ${"x".repeat(10_000)}`, "Bearer a b", "Token dwg_x"),
      hostileString.map((s) => s.replace(/[^\x20-\x7e]/g, "").slice(0, 2000)),
    ),
  },
);
const contentType = fc.constantFrom(undefined, "application/json", "text/plain", "text/html", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1", "<script>");
const rawBody = fc.oneof(
  { weight: 4, arbitrary: hostileValue.map((v) => JSON.stringify(v) ?? "undefined") },
  { weight: 2, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom("{", "{\"text\":", "[1,2", "\"\\ud800\"", "{\"__proto__\":{\"polluted\":1}}", "{\"text\":\"\\u0000\\ud800<script>\"}", "NaN", "") },
  { weight: 1, arbitrary: fc.constantFrom(new Uint8Array([0xff, 0xfe, 0x00]), new Uint8Array([0xc3, 0x28]), new Uint8Array(MAX_BODY_BYTES + 10).fill(0x20)) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);
const query = fc.dictionary(fc.oneof(fc.constantFrom("q", "platform", "verdict", "status", "reason", "from", "to", "cursor", "limit", "__proto__", "constructor"), hostileString), hostileString, { maxKeys: 4 });

describe("hostile requests to every /api/v1 endpoint", () => {
  it("knows every route file and method", () => {
    expect(routes.map((r) => r.path).sort()).toEqual(Object.keys(SUCCESS).sort());
    for (const r of routes) expect(Object.keys(r.methods).length, r.path).toBeGreaterThan(0);
  });

  it("never answers 500, and every error has the documented shape and a stable code", async () => {
    const pairs = () => routes.flatMap((r) => Object.entries(r.methods).map(([m, h]) => ({ route: r, method: m, handler: h })));
    const ids = fc.oneof(fc.constantFrom(...decisionIds), hostileString.map((s) => s.slice(0, 5000)));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...pairs()), authHeader, contentType, rawBody, query, ids, async ({ route, method, handler }, auth, type, body, q, id) => {
        const headers: Record<string, string> = {};
        if (auth === "live") headers.authorization = `Bearer ${await liveToken()}`;
        else if (auth !== null) headers.authorization = auth;
        if (type) headers["content-type"] = type;
        const hasBody = !["GET", "HEAD"].includes(method);
        const res = await call(handler, method, urlOf(route.file, id), {
          headers,
          raw: hasBody ? (body as BodyInit | undefined) : undefined,
          query: q,
          params: route.file.includes("[id]") ? { id } : route.file.includes("[file]") ? { file: `${id}.ics` } : route.file.includes("[...path]") ? { path: "no/such" } : {},
        });
        expectDocumented(res, route.file, method);
      }),
      { numRuns: 300 },
    );
  });

  it("POST /triage: hostile bodies are refused by field, or triaged and saved exactly", async () => {
    const valid = {
      text: hostileString.filter((s) => s.trim().length > 0 && s.length <= 20_000),
      platform: fc.constantFrom(...PLATFORMS, null),
      save: fc.boolean(),
      tone: fc.constantFrom(...TONES),
      variant: fc.integer(),
      id: hostileString.map((s) => s.slice(0, 1000)),
      knownInRealLife: fc.boolean(),
      overrides: fc.record({ name: hostileString.map((s) => s.slice(0, 100)), company: fc.constantFrom(...MALICIOUS) }, { requiredKeys: [] }),
      profile: fc.record({ competitors: fc.array(fc.constantFrom(...MALICIOUS), { maxLength: 3 }), tone: fc.constantFrom(...TONES) }, { requiredKeys: [] }),
      profileId: fc.constantFrom("nope", "' OR 1=1 --", "\uD800"),
    };
    const keys = Object.keys(valid);
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileValue, hostileRecord(keys, valid), fc.record(valid, { requiredKeys: ["text"] })), async (body) => {
        const sent = JSON.stringify(body);
        const res = await call(handlerOf("/api/v1/triage", "POST"), "POST", "/api/v1/triage", { token: await liveToken(), raw: sent === undefined ? "null" : sent, headers: { "content-type": "application/json" } });
        expectDocumented(res, "/api/v1/triage", "POST");
        if (res.status === 400) {
          const { error } = apiErrorSchema.parse(res.body);
          expect(["invalid_request", "invalid_json"]).toContain(error.code);
          // Each field named in `fields` is one of the request's own (or "request" for the whole body).
          for (const f of Object.keys(error.fields ?? {})) expectNamesOneOf(f, [...keys, "request"]);
        }
        if (res.status === 201) {
          const row = await getDecision(user.id, res.body.decisionId);
          expect(row?.text).toBe(wellFormed((JSON.parse(sent) as { text: string }).text));
          expect(res.headers.get("location")).toBe(`/api/v1/decisions/${res.body.decisionId}`);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("GET /decisions: hostile queries are refused by name or filter safely", async () => {
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        const res = await call(handlerOf("/api/v1/decisions", "GET"), "GET", "/api/v1/decisions", { token: await liveToken(), query: q });
        expectDocumented(res, "/api/v1/decisions", "GET");
        // Only the caller's own rows, whatever the filter.
        if (res.status === 200) for (const d of res.body.items) expect(await getDecision(user.id, d.id)).not.toBeNull();
        if (res.status === 400) for (const f of Object.keys(res.body.error.fields ?? {})) expectNamesOneOf(f, [...Object.keys(q).map(wellFormedText), "query"]);
      }),
      { numRuns: 150 },
    );
  });

  it("PATCH /decisions/{id}: hostile patches change nothing, valid ones read back", async () => {
    const valid = {
      status: fc.constantFrom(...DECISION_STATUSES),
      revisitAt: fc.constantFrom("2027-01-31", "2027-01-31T09:00:00Z", "2027-02-30", "yesterday", null),
      sentText: fc.oneof(hostileString.map((s) => s.slice(0, 10_000)), fc.constant(null)),
      draftText: hostileString.map((s) => s.slice(0, 10_000)),
    };
    const id = decisionIds[0]!;
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileValue, hostileRecord(Object.keys(valid), valid), fc.record(valid, { requiredKeys: [] })), async (body) => {
        const before = await getDecision(user.id, id);
        const sent = JSON.stringify(body) ?? "null";
        const res = await call(handlerOf("/api/v1/decisions/[id]", "PATCH"), "PATCH", `/api/v1/decisions/${id}`, { token: await liveToken(), raw: sent, params: { id } });
        expectDocumented(res, "/api/v1/decisions/[id]", "PATCH");
        const after = await getDecision(user.id, id);
        if (res.status !== 200) {
          expect(after).toEqual(before);
          return;
        }
        const patch = decisionPatchSchema.parse(wellFormed(JSON.parse(sent)));
        if (patch.sentText !== undefined) expect(after?.sentText).toBe(patch.sentText);
        if (patch.draftText !== undefined) expect(after?.draftText).toBe(patch.draftText);
        if (patch.status !== undefined) expect(after?.status).toBe(patch.status);
      }),
      { numRuns: 150 },
    );
  });
});

/** A field path ("profile.competitors[2]") that starts with one of the keys sent. */
function expectNamesOneOf(path: string, keys: string[]) {
  expect(keys.some((k) => path === k || path.startsWith(`${k}.`) || path.startsWith(`${k}[`)), `${path} in ${JSON.stringify(keys)}`).toBe(true);
}

function handlerOf(path: string, method: string) {
  return routes.find((r) => r.path === path)!.methods[method];
}
