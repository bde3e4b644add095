// The HTTP API's handlers, called as Next calls them, against the real database: bearer
// tokens, the session cookie, every endpoint, every error and the limits.
import { beforeAll, describe, expect, it } from "vitest";
import { addDays, startOfDay } from "date-fns";
import { encode } from "next-auth/jwt";
import * as decisionsRoute from "@/app/api/v1/decisions/route";
import * as decisionRoute from "@/app/api/v1/decisions/[id]/route";
import * as profilesRoute from "@/app/api/v1/profiles/route";
import * as templatesRoute from "@/app/api/v1/templates/route";
import * as catchAllRoute from "@/app/api/v1/[...path]/route";
import { MAX_BODY_BYTES } from "@/lib/api/body";
import { INVALID_TOKEN, MISSING_CREDENTIALS } from "@/lib/api/auth";
import { db } from "@/lib/db/client";
import { createApiToken, listApiTokens, revokeApiToken, LAST_USED_RESOLUTION_MS } from "@/lib/data/api-tokens";
import { createDecision, type NewDecision } from "@/lib/data/decisions";
import { listTemplates } from "@/lib/data/templates";
import { serverEnv } from "@/lib/env";
import {
  apiDecisionListSchema,
  apiDecisionSchema,
  apiErrorSchema,
  apiProfileListSchema,
  apiTemplateListSchema,
} from "@/lib/validations/api";
import { call, tokenFor } from "../support/api";
import { makeUser } from "../support/factory";

process.env.NEXTAUTH_SECRET ??= "integration-test-secret-long-enough-for-jwt";

const sample = (over: Partial<NewDecision> = {}): NewDecision => ({
  profileId: null,
  platform: "linkedin",
  text: "Priya Raman\nSenior Recruiter at Globex\n3 mutual connections\nHi, let's connect!",
  parsed: { name: "Priya Raman", firstName: "Priya", headline: "Senior Recruiter at Globex", company: "Globex", mutualConnections: 3, note: "Hi, let's connect!" },
  verdict: "decline",
  confidence: 0.9,
  reasons: ["competitor", "blocked_role"],
  signals: [{ key: "criteria.competitor", label: "Works at Globex, a competitor", evidence: "Globex" }],
  draftText: "Thank you for the invitation, Priya.",
  draftShort: "Thanks, Priya.",
  status: "drafted",
  ...over,
});

function expectError(res: { status: number; body: unknown }, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(apiErrorSchema.parse(res.body).error.code).toBe(code);
}

describe("authentication", () => {
  let user: Awaited<ReturnType<typeof makeUser>>;
  beforeAll(async () => {
    user = await makeUser("Token Owner");
  });

  it("refuses a request without credentials with 401 and a Bearer challenge", async () => {
    const res = await call(profilesRoute.GET, "GET", "/api/v1/profiles");
    expectError(res, 401, "unauthorized");
    expect(res.body.error.message).toBe(MISSING_CREDENTIALS);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer /);
  });

  it("refuses garbage, unknown and malformed tokens alike", async () => {
    for (const token of ["nope", `dwg_${"A".repeat(43)}`, "dwg_short", `dwg_${"A".repeat(43)}x`]) {
      const res = await call(profilesRoute.GET, "GET", "/api/v1/profiles", { token });
      expectError(res, 401, "unauthorized");
      expect(res.body.error.message).toBe(INVALID_TOKEN);
    }
    const basic = await call(profilesRoute.GET, "GET", "/api/v1/profiles", { headers: { authorization: "Basic dXNlcjpwYXNz" } });
    expectError(basic, 401, "unauthorized");
    expect(basic.body.error.message).toMatch(/Bearer <token>/);
  });

  it("accepts a live token and refuses it at once when revoked", async () => {
    const { token, summary } = await createApiToken(user.id, "laptop");
    expect(token).toMatch(/^dwg_[A-Za-z0-9_-]{43}$/);
    expect((await call(profilesRoute.GET, "GET", "/api/v1/profiles", { token })).status).toBe(200);
    expect(await revokeApiToken(user.id, summary.id)).toBe(true);
    const res = await call(profilesRoute.GET, "GET", "/api/v1/profiles", { token });
    expectError(res, 401, "unauthorized");
    expect(res.body.error.message).toBe(INVALID_TOKEN);
    expect((await listApiTokens(user.id)).map((t) => t.id)).not.toContain(summary.id);
  });

  it("stores only a hash of the token and a short prefix", async () => {
    const { token, summary } = await createApiToken(user.id, "hash check");
    const row = await (await db()).apiToken.findUniqueOrThrow({ where: { id: summary.id } });
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.tokenHash).not.toContain(token.slice(4));
    expect(token.startsWith(row.prefix)).toBe(true);
    expect(row.prefix.length).toBeLessThan(12);
  });

  it("records lastUsedAt at most once a minute", async () => {
    const { token, summary } = await createApiToken(user.id, "busy script");
    const client = await db();
    const lastUsed = async () => (await client.apiToken.findUniqueOrThrow({ where: { id: summary.id } })).lastUsedAt;
    expect(await lastUsed()).toBeNull();
    await call(profilesRoute.GET, "GET", "/api/v1/profiles", { token });
    const first = await lastUsed();
    expect(first).toBeInstanceOf(Date);
    await call(profilesRoute.GET, "GET", "/api/v1/profiles", { token });
    expect(await lastUsed()).toEqual(first);
    const longAgo = new Date(Date.now() - LAST_USED_RESOLUTION_MS - 1000);
    await client.apiToken.update({ where: { id: summary.id }, data: { lastUsedAt: longAgo } });
    await call(profilesRoute.GET, "GET", "/api/v1/profiles", { token });
    expect((await lastUsed())!.getTime()).toBeGreaterThan(longAgo.getTime());
  });

  it("answers 429 with Retry-After past 120 requests a minute, per token", async () => {
    const token = await tokenFor(user.id, "rate limited");
    const other = await tokenFor(user.id, "another");
    for (let i = 0; i < 120; i++) {
      const res = await call(templatesRoute.GET, "GET", "/api/v1/templates", { token });
      expect(res.status, `request ${i + 1}`).toBe(200);
    }
    const limited = await call(templatesRoute.GET, "GET", "/api/v1/templates", { token });
    expectError(limited, 429, "rate_limited");
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.body.error.message).toMatch(/120 a minute/);
    // The limit is the token's own: another token of the same user still works.
    expect((await call(templatesRoute.GET, "GET", "/api/v1/templates", { token: other })).status).toBe(200);
  });

  it("accepts the browser session cookie, and refuses it on cross-site writes", async () => {
    const session = await encode({ token: { sub: user.id, name: user.name, email: user.email }, secret: serverEnv().NEXTAUTH_SECRET });
    const cookie = `other=1; next-auth.session-token=${session}`;
    const res = await call(profilesRoute.GET, "GET", "/api/v1/profiles", { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.body.items.map((p: { name: string }) => p.name)).toEqual(["Everyday"]);

    const decision = await createDecision(user.id, sample());
    const crossSite = await call(decisionRoute.PATCH, "PATCH", `/api/v1/decisions/${decision.id}`, {
      headers: { cookie, "sec-fetch-site": "cross-site" },
      body: { status: "sent" },
      params: { id: decision.id },
    });
    expectError(crossSite, 401, "unauthorized");
    const sameSite = await call(decisionRoute.PATCH, "PATCH", `/api/v1/decisions/${decision.id}`, {
      headers: { cookie, "sec-fetch-site": "same-origin" },
      body: { status: "sent" },
      params: { id: decision.id },
    });
    expect(sameSite.status).toBe(200);

    const forged = await call(profilesRoute.GET, "GET", "/api/v1/profiles", { headers: { cookie: "next-auth.session-token=forged" } });
    expectError(forged, 401, "unauthorized");
  });
});

describe("profiles and templates", () => {
  it("lists the caller's own profiles and templates in the documented shape", async () => {
    const user = await makeUser("Lister");
    const token = await tokenFor(user.id);
    const profiles = await call(profilesRoute.GET, "GET", "/api/v1/profiles", { token });
    expect(profiles.status).toBe(200);
    expect(profiles.headers.get("cache-control")).toBe("no-store");
    const p = apiProfileListSchema.parse(profiles.body);
    expect(p.items).toHaveLength(1);
    expect(p.items[0]).toMatchObject({ name: "Everyday", blockedRoles: ["recruiter", "sales"], tone: "warm" });

    const templates = await call(templatesRoute.GET, "GET", "/api/v1/templates", { token });
    const t = apiTemplateListSchema.parse(templates.body);
    expect(t.items.map((x) => x.reasonKey).sort()).toEqual(["blocked_role", "competitor", "no_personal_note", "not_known_in_real_life"]);
    expect(t.items.every((x) => x.isDefault)).toBe(true);
  });
});

describe("decisions", () => {
  let user: Awaited<ReturnType<typeof makeUser>>;
  let token: string;
  beforeAll(async () => {
    user = await makeUser("History Keeper");
    token = await tokenFor(user.id);
  });

  it("lists newest first with History's filters and cursor pagination", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const d = await createDecision(user.id, sample({ platform: i % 2 ? "facebook" : "linkedin", verdict: i === 4 ? "accept" : "decline" }));
      ids.push(d.id);
      await new Promise((r) => setTimeout(r, 5));
    }
    const all = apiDecisionListSchema.parse((await call(decisionsRoute.GET, "GET", "/api/v1/decisions", { token })).body);
    expect(all.items.map((d) => d.id)).toEqual([...ids].reverse());
    expect(all.nextCursor).toBeNull();
    expect(all.items[4]).toMatchObject({ reasons: ["competitor", "blocked_role"], draft: { text: "Thank you for the invitation, Priya.", short: "Thanks, Priya." } });

    const pages: string[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string> = cursor ? { limit: "2", cursor } : { limit: "2" };
      const res = await call(decisionsRoute.GET, "GET", "/api/v1/decisions", { token, query });
      const page = apiDecisionListSchema.parse(res.body);
      expect(page.items.length).toBeLessThanOrEqual(2);
      pages.push(...page.items.map((d) => d.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages).toEqual([...ids].reverse());

    const facebook = await call(decisionsRoute.GET, "GET", "/api/v1/decisions", { token, query: { platform: "facebook" } });
    expect(facebook.body.items.map((d: { id: string }) => d.id)).toEqual([ids[3], ids[1]]);
    const accepted = await call(decisionsRoute.GET, "GET", "/api/v1/decisions", { token, query: { verdict: "accept", q: "PRIYA" } });
    expect(accepted.body.items.map((d: { id: string }) => d.id)).toEqual([ids[4]]);
    const today = new Date().toISOString().slice(0, 10);
    const dated = await call(decisionsRoute.GET, "GET", "/api/v1/decisions", { token, query: { from: today, to: today, reason: "blocked_role", platform: "" } });
    expect(dated.body.items).toHaveLength(5);
  });

  it("refuses bad filters with 400 naming the parameter", async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ platform: "myspace" }, /^platform: /],
      [{ limit: "0" }, /^limit: must be at least 1/],
      [{ limit: "500" }, /^limit: must be at most 100/],
      [{ limit: "ten" }, /^limit: /],
      [{ from: "31/01/2026" }, /^from: /],
      [{ platfrom: "linkedin" }, /^platfrom: is not a known field/],
      [{ cursor: "bm90IGEgY3Vyc29y" }, /^cursor: is not a cursor this API returned/],
    ];
    for (const [query, message] of cases) {
      const res = await call(decisionsRoute.GET, "GET", "/api/v1/decisions", { token, query });
      expectError(res, 400, "invalid_request");
      expect(res.body.error.message).toMatch(message);
      expect(Object.keys(res.body.error.fields)).toEqual([message.source.slice(1).split(":")[0]]);
    }
  });

  it("gets one decision, and 404 for a missing id", async () => {
    const d = await createDecision(user.id, sample());
    const res = await call(decisionRoute.GET, "GET", `/api/v1/decisions/${d.id}`, { token, params: { id: d.id } });
    expect(res.status).toBe(200);
    expect(apiDecisionSchema.parse(res.body)).toMatchObject({ id: d.id, status: "drafted", verdict: "decline", platform: "linkedin" });
    const missing = await call(decisionRoute.GET, "GET", "/api/v1/decisions/nope", { token, params: { id: "nope" } });
    expectError(missing, 404, "not_found");
  });

  it("patches status, texts and revisit date, counting template use once when sent", async () => {
    const templates = await listTemplates(user.id);
    const used = templates.filter((t) => t.reasonKey === "competitor").map((t) => t.id);
    const d = await createDecision(user.id, sample({ templateIds: used }));
    const patch = (body: unknown) => call(decisionRoute.PATCH, "PATCH", `/api/v1/decisions/${d.id}`, { token, body, params: { id: d.id } });

    const edited = await patch({ draftText: "Thank you, Priya. I keep my network small." });
    expect(edited.status).toBe(200);
    expect(edited.body.draft.text).toBe("Thank you, Priya. I keep my network small.");

    const sent = apiDecisionSchema.parse((await patch({ status: "sent" })).body);
    expect(sent.status).toBe("sent");
    expect(sent.sentText).toBe("Thank you, Priya. I keep my network small.");
    await patch({ status: "sent", sentText: "Edited before sending" });
    const after = await listTemplates(user.id);
    expect(after.find((t) => t.id === used[0])!.timesUsed).toBe(1);

    const held = apiDecisionSchema.parse((await patch({ status: "held" })).body);
    expect(held.revisitAt).toBe(addDays(startOfDay(new Date()), 7).toISOString());
    const dated = apiDecisionSchema.parse((await patch({ revisitAt: "2030-05-01" })).body);
    expect(dated.revisitAt).toBe("2030-05-01T00:00:00.000Z");
    expect(apiDecisionSchema.parse((await patch({ revisitAt: null })).body).revisitAt).toBeNull();
  });

  it("refuses bad PATCH bodies with 400 naming the field", async () => {
    const d = await createDecision(user.id, sample());
    const patch = (opts: { body?: unknown; raw?: string }) => call(decisionRoute.PATCH, "PATCH", `/api/v1/decisions/${d.id}`, { token, ...opts, params: { id: d.id } });
    const cases: [unknown, RegExp][] = [
      [{ status: "deleted" }, /^status: must be one of drafted, sent, held, ignored, accepted$/],
      [{ stauts: "sent" }, /^stauts: is not a known field$/],
      [{ revisitAt: "next week" }, /^revisitAt: must be a date like 2026-01-31/],
      [{ sentText: 42 }, /^sentText: /],
      [{ sentText: "x".repeat(10_001) }, /^sentText: must be at most 10,000 characters$/],
      [{}, /send at least one of status, revisitAt, sentText, draftText/],
      [["status", "sent"], /^request: must be a JSON object$/],
    ];
    for (const [body, message] of cases) {
      const res = await patch({ body });
      expectError(res, 400, "invalid_request");
      expect(res.body.error.message).toMatch(message);
    }
    const broken = await patch({ raw: '{"status": "sent",' });
    expectError(broken, 400, "invalid_json");
    expect(broken.body.error.message).toMatch(/not valid JSON/);
    expectError(await patch({ raw: "" }), 400, "invalid_json");
    // Nothing changed.
    const res = await call(decisionRoute.GET, "GET", `/api/v1/decisions/${d.id}`, { token, params: { id: d.id } });
    expect(res.body.status).toBe("drafted");
  });

  it("refuses bodies over 64 KB with 413, by Content-Length and by what actually arrives", async () => {
    const d = await createDecision(user.id, sample());
    const big = JSON.stringify({ draftText: "x".repeat(MAX_BODY_BYTES) });
    const declared = await call(decisionRoute.PATCH, "PATCH", `/api/v1/decisions/${d.id}`, { token, raw: big, params: { id: d.id } });
    expectError(declared, 413, "payload_too_large");
    expect(declared.body.error.message).toMatch(/64 KB/);

    // A chunked body declares no length: the limit is enforced while reading.
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > MAX_BODY_BYTES * 4) return controller.close();
        const chunk = new TextEncoder().encode(sent === 0 ? '{"draftText": "' : "y".repeat(16 * 1024));
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const chunked = await call(decisionRoute.PATCH, "PATCH", `/api/v1/decisions/${d.id}`, { token, raw: stream, params: { id: d.id } });
    expectError(chunked, 413, "payload_too_large");
    expect(sent).toBeLessThan(MAX_BODY_BYTES * 2);

    // Just under the limit is fine.
    const fits = JSON.stringify({ draftText: "z".repeat(9_000) });
    expect((await call(decisionRoute.PATCH, "PATCH", `/api/v1/decisions/${d.id}`, { token, raw: fits, params: { id: d.id } })).status).toBe(200);
  });

  it("deletes a decision: 204, then 404", async () => {
    const d = await createDecision(user.id, sample());
    const del = await call(decisionRoute.DELETE, "DELETE", `/api/v1/decisions/${d.id}`, { token, params: { id: d.id } });
    expect(del.status).toBe(204);
    expect(del.body).toBeNull();
    expectError(await call(decisionRoute.DELETE, "DELETE", `/api/v1/decisions/${d.id}`, { token, params: { id: d.id } }), 404, "not_found");
    expectError(await call(decisionRoute.GET, "GET", `/api/v1/decisions/${d.id}`, { token, params: { id: d.id } }), 404, "not_found");
  });
});

describe("methods a path does not have", () => {
  it("answer 405 in the API's error shape with an Allow header, before any authentication", async () => {
    const res = await call(profilesRoute.DELETE, "DELETE", "/api/v1/profiles");
    expectError(res, 405, "method_not_allowed");
    expect(res.headers.get("allow")).toBe("GET");
    expect(res.body.error.message).toBe("DELETE is not allowed here; use GET.");
    const item = await call(decisionRoute.POST, "POST", "/api/v1/decisions/x");
    expect(item.headers.get("allow")).toBe("GET, PATCH, DELETE");
  });
});

describe("unknown endpoints", () => {
  it("answer 404 in the API's error shape", async () => {
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"] as const) {
      const res = await call(catchAllRoute[method], method, "/api/v1/nothing/here");
      expectError(res, 404, "not_found");
      expect(res.body.error.message).toContain(`${method} /api/v1/nothing/here`);
    }
  });
});
