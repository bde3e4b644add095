// Two users: a token of one can never read, change or delete the other's data through
// any endpoint, and never learns whether an id of theirs exists.
import { beforeAll, describe, expect, it } from "vitest";
import * as decisionsRoute from "@/app/api/v1/decisions/route";
import * as decisionRoute from "@/app/api/v1/decisions/[id]/route";
import * as profilesRoute from "@/app/api/v1/profiles/route";
import * as templatesRoute from "@/app/api/v1/templates/route";
import * as triageRoute from "@/app/api/v1/triage/route";
import { db } from "@/lib/db/client";
import { createDecision } from "@/lib/data/decisions";
import { listProfiles } from "@/lib/data/profiles";
import { listTemplates } from "@/lib/data/templates";
import { call, tokenFor } from "../support/api";
import { makeUser } from "../support/factory";

describe("one user's token never reaches another user's data", () => {
  let alice: Awaited<ReturnType<typeof makeUser>>;
  let bob: Awaited<ReturnType<typeof makeUser>>;
  let bobToken: string;
  let aliceDecisionId: string;
  let aliceProfileId: string;
  let aliceTemplateIds: string[];
  let snapshot: unknown;

  async function aliceRows() {
    const client = await db();
    const where = { where: { userId: alice.id } };
    return Promise.all([
      client.criteriaProfile.findMany(where),
      client.reasonTemplate.findMany(where),
      client.decision.findMany(where),
      client.apiToken.findMany(where),
    ]);
  }

  beforeAll(async () => {
    alice = await makeUser("Alice Owner");
    bob = await makeUser("Bob Other");
    await tokenFor(alice.id, "alice's script");
    bobToken = await tokenFor(bob.id, "bob's script");
    aliceProfileId = (await listProfiles(alice.id))[0]!.id;
    aliceTemplateIds = (await listTemplates(alice.id)).map((t) => t.id);
    const d = await createDecision(alice.id, {
      profileId: aliceProfileId,
      platform: "linkedin",
      text: "Dana Whitfield\nVP Sales at Initech\nLet's connect!",
      parsed: { name: "Dana Whitfield", firstName: "Dana", headline: "VP Sales at Initech", company: "Initech", mutualConnections: null, note: null },
      verdict: "decline",
      confidence: 0.8,
      reasons: ["blocked_role"],
      signals: [],
      draftText: "Thank you, Dana.",
      draftShort: "Thank you, Dana.",
      templateIds: aliceTemplateIds.slice(0, 1),
      status: "drafted",
    });
    aliceDecisionId = d.id;
    snapshot = await aliceRows();
  });

  it("lists only the token owner's data", async () => {
    const decisions = await call(decisionsRoute.GET, "GET", "/api/v1/decisions", { token: bobToken });
    expect(decisions.body).toEqual({ items: [], nextCursor: null });
    const searched = await call(decisionsRoute.GET, "GET", "/api/v1/decisions", { token: bobToken, query: { q: "dana" } });
    expect(searched.body.items).toEqual([]);
    const profiles = await call(profilesRoute.GET, "GET", "/api/v1/profiles", { token: bobToken });
    expect(profiles.body.items.map((p: { id: string }) => p.id)).not.toContain(aliceProfileId);
    expect(profiles.body.items).toHaveLength(1);
    const templates = await call(templatesRoute.GET, "GET", "/api/v1/templates", { token: bobToken });
    expect(templates.body.items.some((t: { id: string }) => aliceTemplateIds.includes(t.id))).toBe(false);
  });

  it("gets the same 404 for another user's id as for a missing one, on every method", async () => {
    const opts = (id: string) => ({ token: bobToken, params: { id } });
    for (const id of [aliceDecisionId, "c000000000000000000000000"]) {
      const path = `/api/v1/decisions/${id}`;
      const results = [
        await call(decisionRoute.GET, "GET", path, opts(id)),
        await call(decisionRoute.PATCH, "PATCH", path, { ...opts(id), body: { status: "sent", sentText: "hijacked" } }),
        await call(decisionRoute.DELETE, "DELETE", path, opts(id)),
      ];
      for (const res of results) {
        expect(res.status).toBe(404);
        expect(res.body).toEqual({ error: { code: "not_found", message: "No decision with this id." } });
      }
    }
  });

  it("a cursor made from another user's decision pages only the caller's own rows", async () => {
    const cursor = Buffer.from(`${new Date(Date.now() + 60_000).toISOString()}|${aliceDecisionId}`).toString("base64url");
    const res = await call(decisionsRoute.GET, "GET", "/api/v1/decisions", { token: bobToken, query: { cursor } });
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([]);
  });

  it("cannot triage with another user's profile, and saves only to the caller's own History", async () => {
    const text = "Priya Raman\nSenior Technical Recruiter at Globex\nHi! Let's connect.";
    const borrowed = await call(triageRoute.POST, "POST", "/api/v1/triage", { token: bobToken, body: { text, profileId: aliceProfileId, save: true } });
    expect(borrowed.status).toBe(404);
    expect(borrowed.body.error.code).toBe("not_found");
    const own = await call(triageRoute.POST, "POST", "/api/v1/triage", { token: bobToken, body: { text, save: true } });
    expect(own.status).toBe(201);
    expect(own.body.profileId).not.toBe(aliceProfileId);
    const saved = await (await db()).decision.findUniqueOrThrow({ where: { id: own.body.decisionId } });
    expect(saved.userId).toBe(bob.id);
  });

  it("left every one of Alice's rows exactly as it was", async () => {
    expect(await aliceRows()).toEqual(snapshot);
  });
});
