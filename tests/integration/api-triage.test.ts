// POST /api/v1/triage: the contract's request and result over HTTP, with the caller's
// saved profile and templates, saving to History, and every input error.
import { beforeAll, describe, expect, it } from "vitest";
import * as triageRoute from "@/app/api/v1/triage/route";
import * as decisionRoute from "@/app/api/v1/decisions/[id]/route";
import * as decisionsRoute from "@/app/api/v1/decisions/route";
import { MAX_BODY_BYTES } from "@/lib/api/body";
import { createProfile, listProfiles } from "@/lib/data/profiles";
import { listTemplates, updateTemplate } from "@/lib/data/templates";
import { triage } from "@/lib/triage";
import { apiDecisionSchema, apiErrorSchema, apiTriageResultSchema } from "@/lib/validations/api";
import { profileSchema } from "@/lib/validations/profile";
import { call, tokenFor } from "../support/api";
import { makeUser } from "../support/factory";

const REQUESTS = {
  ignore:
    "Captain Richard Hayes\nUS Army Officer | Peacekeeping mission\n0 mutual connections\nHello dear, i came across your profile and i like to know you better. Kindly add me on WhatsApp +1 (302) 555-0147 so we can talk more.",
  decline: "Priya Raman\nSenior Technical Recruiter at Globex\n3 mutual connections\nHi! I have an exciting opportunity I'd love to tell you about.",
  observe:
    "Marco Bellini\nProduct Designer at Northwind\n0 mutual connections\nHi! We chatted in the comments of your post about design systems last week. Would love to stay in touch.",
  accept: "Dana Whitfield\nEngineering Manager at Initech\n25 mutual connections\nGreat working with you on the migration project last year!",
} as const;

const post = (token: string, body: unknown) => call(triageRoute.POST, "POST", "/api/v1/triage", { token, body });

describe("POST /api/v1/triage", () => {
  let user: Awaited<ReturnType<typeof makeUser>>;
  let token: string;
  beforeAll(async () => {
    user = await makeUser("Triage Caller");
    token = await tokenFor(user.id);
  });

  it("answers the contract's result for the contract's request, with an inline profile used as given", async () => {
    const request = {
      id: "p01",
      text: REQUESTS.decline,
      platform: "linkedin",
      profile: { competitors: ["Globex"], blockedRoles: ["recruiter"], signature: "Jenn" },
      // A field the contract does not define (the evaluation files carry one) is ignored.
      expect: { verdict: "decline" },
    };
    const res = await post(token, request);
    expect(res.status).toBe(200);
    const result = apiTriageResultSchema.parse(res.body);
    const { expect: _ignored, ...contract } = request;
    expect(res.body).toEqual({ ...triage(contract as Parameters<typeof triage>[0]), profileId: null, decisionId: null });
    expect(result).toMatchObject({ id: "p01", verdict: "decline", reasons: ["competitor", "blocked_role"] });
    expect(result.draft!.text).toMatch(/Jenn/);
    expect(result.draft!.short.length).toBeLessThanOrEqual(300);
  });

  it("reports the detected language and the draft's, and takes the request's and the profile's language (contract v2)", async () => {
    const text = "Lucía Fernández\nReclutadora IT en Hays\nHola Jenn, vi tu perfil y me encantaría hablar contigo sobre una oportunidad en Madrid.";
    const profile = { blockedRoles: ["recruiter"], signature: "Jenn" };
    const own = apiTriageResultSchema.parse((await post(token, { text, platform: "linkedin", profile })).body);
    expect(own.language).toBe("es");
    expect(own.draft!.language).toBe("es");
    expect(own.draft!.text).toMatch(/gracias/i);
    const byProfile = apiTriageResultSchema.parse((await post(token, { text, platform: "linkedin", profile: { ...profile, language: "de" } })).body);
    expect(byProfile.draft!.language).toBe("de");
    const byRequest = apiTriageResultSchema.parse((await post(token, { text, platform: "linkedin", language: "fr", profile: { ...profile, language: "de" } })).body);
    expect(byRequest).toMatchObject({ language: "es", draft: { language: "fr" } });
    const bad = await post(token, { text, language: "it" });
    expect(bad.status).toBe(400);
    expect(apiErrorSchema.parse(bad.body).error.message).toBe("language: must be one of en, es, de, fr, pt");
  });

  it("without a profile, judges by the user's default profile and words reasons with their own templates", async () => {
    const templates = await listTemplates(user.id);
    const blocked = templates.find((t) => t.reasonKey === "blocked_role" && t.isDefault)!;
    const wording = "I keep LinkedIn for people I have worked with, {firstName}.";
    await updateTemplate(user.id, blocked.id, { reasonKey: "blocked_role", title: blocked.title, body: wording, isDefault: true });
    const res = await post(token, { id: "saved-profile-1", text: REQUESTS.decline, platform: "linkedin" });
    expect(res.status).toBe(200);
    const result = apiTriageResultSchema.parse(res.body);
    expect(result.id).toBe("saved-profile-1");
    expect(result.verdict).toBe("decline");
    expect(result.reasons).toEqual(["blocked_role"]);
    expect(result.draft!.text).toContain("I keep LinkedIn for people I have worked with, Priya.");
    expect(result.profileId).toBe((await listProfiles(user.id))[0]!.id);
    expect(result.decisionId).toBeNull();
  });

  it("uses the saved profile named by profileId", async () => {
    const strict = await createProfile(user.id, profileSchema.parse({ name: "Strict", competitors: ["Initech"] }));
    const res = await post(token, { text: REQUESTS.accept, profileId: strict.id });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ verdict: "decline", reasons: ["competitor"], profileId: strict.id });
    // The default profile has no competitors: the same request is accepted there.
    expect((await post(token, { text: REQUESTS.accept })).body.verdict).toBe("accept");
  });

  it("saves to History with the natural status of each verdict, answering 201 with the decision's id", async () => {
    const statuses = { decline: "drafted", observe: "held", ignore: "ignored", accept: "accepted" } as const;
    for (const [verdict, text] of Object.entries(REQUESTS) as [keyof typeof REQUESTS, string][]) {
      const res = await post(token, { text, platform: "linkedin", save: true });
      expect(res.status, verdict).toBe(201);
      const result = apiTriageResultSchema.parse(res.body);
      expect(result.verdict).toBe(verdict);
      expect(res.headers.get("location")).toBe(`/api/v1/decisions/${result.decisionId}`);
      const saved = await call(decisionRoute.GET, "GET", `/api/v1/decisions/${result.decisionId}`, { token, params: { id: result.decisionId! } });
      const decision = apiDecisionSchema.parse(saved.body);
      expect(decision).toMatchObject({ verdict, status: statuses[verdict], text, platform: "linkedin", reasons: result.reasons, profileId: result.profileId });
      expect(decision.signals).toEqual(result.signals);
      if (verdict === "observe") {
        const days = (Date.parse(decision.revisitAt!) - Date.now()) / 86_400_000;
        expect(days).toBeGreaterThan(6);
        expect(days).toBeLessThanOrEqual(7);
      } else expect(decision.revisitAt).toBeNull();
      if (verdict === "decline") expect(decision.draft).toEqual({ text: result.draft!.text, short: result.draft!.short });
    }
    const history = await call(decisionsRoute.GET, "GET", "/api/v1/decisions", { token });
    expect(history.body.items).toHaveLength(4);
    // Without save, nothing is kept.
    await post(token, { text: REQUESTS.accept });
    expect((await call(decisionsRoute.GET, "GET", "/api/v1/decisions", { token })).body.items).toHaveLength(4);
  });

  it("refuses invalid requests with 400 naming the field", async () => {
    const cases: [unknown, RegExp, string][] = [
      [{ text: "   " }, /^text: must not be blank$/, "text"],
      [{}, /^text: is required$/, "text"],
      [{ text: 42 }, /^text: expected a string, got a number$/, "text"],
      [{ text: "x".repeat(20_001) }, /^text: must be at most 20,000 characters$/, "text"],
      [{ text: "Hi", platform: "myspace" }, /^platform: must be one of linkedin, facebook, x, instagram, other$/, "platform"],
      [{ text: "Hi", profile: { competitors: "Globex" } }, /^profile\.competitors: expected an array of strings, got a string$/, "profile.competitors"],
      [{ text: "Hi", profile: { minMutualConnections: -1 } }, /^profile\.minMutualConnections: must be 0 or more$/, "profile.minMutualConnections"],
      [{ text: "Hi", save: "yes" }, /^save: must be true or false$/, "save"],
      [{ text: "Hi", profileId: 7 }, /^profileId: must be a string$/, "profileId"],
      [{ text: "Hi", profileId: "abc", profile: {} }, /^profileId: send either profileId or an inline profile, not both$/, "profileId"],
      [["not", "an", "object"], /^request: expected a JSON object, got an array$/, "request"],
    ];
    for (const [body, message, field] of cases) {
      const res = await post(token, body);
      expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      const error = apiErrorSchema.parse(res.body).error;
      expect(error.code).toBe("invalid_request");
      expect(error.message).toMatch(message);
      expect(Object.keys(error.fields!)).toEqual([field]);
    }
    const broken = await call(triageRoute.POST, "POST", "/api/v1/triage", { token, raw: '{"text": "Hi' });
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe("invalid_json");
  });

  it("answers 404 for a profileId that is missing, as for another user's", async () => {
    const other = await makeUser("Someone Else");
    const theirs = (await listProfiles(other.id))[0]!.id;
    for (const profileId of [theirs, "no-such-profile"]) {
      const res = await post(token, { text: REQUESTS.decline, profileId, save: true });
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ error: { code: "not_found", message: "profileId: No profile with this id.", fields: { profileId: ["No profile with this id."] } } });
    }
  });

  it("refuses a body over 64 KB with 413 and the unauthenticated with 401", async () => {
    const big = await call(triageRoute.POST, "POST", "/api/v1/triage", { token, raw: JSON.stringify({ text: "a".repeat(MAX_BODY_BYTES) }) });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe("payload_too_large");
    const anonymous = await call(triageRoute.POST, "POST", "/api/v1/triage", { body: { text: REQUESTS.decline } });
    expect(anonymous.status).toBe(401);
  });
});
