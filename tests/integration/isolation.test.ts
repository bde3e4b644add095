// Two users: nothing the second can call through the data layer reads, changes or
// deletes the first user's rows.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import * as profiles from "@/lib/data/profiles";
import * as templates from "@/lib/data/templates";
import * as decisions from "@/lib/data/decisions";
import { ownerId } from "@/lib/data/scope";
import { profileSchema } from "@/lib/validations/profile";
import { makeUser } from "../support/factory";

const sample = (profileId: string | null): decisions.NewDecision => ({
  profileId,
  platform: "linkedin",
  text: "Priya Raman\nSenior Product Manager at Globex\n14 mutual connections",
  parsed: { name: "Priya Raman", firstName: "Priya", headline: "Senior Product Manager at Globex", company: "Globex", mutualConnections: 14, note: null },
  verdict: "decline",
  confidence: 0.9,
  reasons: ["competitor"],
  signals: [{ key: "competitor", label: "Works at Globex", evidence: "Globex" }],
  draftText: "Thank you, Priya.",
  draftShort: "Thank you, Priya.",
  status: "held",
  revisitAt: new Date(Date.now() - 1000),
});

describe("each user's data is theirs alone", () => {
  let alice: Awaited<ReturnType<typeof makeUser>>;
  let bob: Awaited<ReturnType<typeof makeUser>>;
  let aliceProfileId: string;
  let aliceTemplateId: string;
  let aliceDecisionId: string;
  let snapshot: unknown;

  async function aliceRows() {
    const client = await db();
    const where = { where: { userId: alice.id } };
    return Promise.all([client.criteriaProfile.findMany(where), client.reasonTemplate.findMany(where), client.decision.findMany(where)]);
  }

  beforeAll(async () => {
    alice = await makeUser("Alice Owner");
    bob = await makeUser("Bob Other");
    aliceProfileId = (await profiles.listProfiles(alice.id))[0]!.id;
    aliceTemplateId = (await templates.listTemplates(alice.id))[0]!.id;
    aliceDecisionId = (await decisions.createDecision(alice.id, sample(aliceProfileId))).id;
    snapshot = await aliceRows();
  });

  it("lists only the caller's own rows", async () => {
    const [p, t, d] = await Promise.all([profiles.listProfiles(bob.id), templates.listTemplates(bob.id), decisions.listDecisions(bob.id, {})]);
    expect(p.every((x) => x.userId === bob.id) && p.length === 1).toBe(true);
    expect(t.every((x) => x.userId === bob.id) && t.length === 4).toBe(true);
    expect(d.items).toEqual([]);
    expect(await decisions.listDecisions(bob.id, { q: "priya" })).toEqual({ items: [], nextCursor: null });
    expect(await decisions.countDueRevisits(bob.id)).toBe(0);
    expect(await decisions.countDueRevisits(alice.id)).toBe(1);
  });

  it("cannot read another user's rows by id", async () => {
    expect(await profiles.getProfile(bob.id, aliceProfileId)).toBeNull();
    expect(await templates.getTemplate(bob.id, aliceTemplateId)).toBeNull();
    expect(await decisions.getDecision(bob.id, aliceDecisionId)).toBeNull();
    expect(await profiles.duplicateProfile(bob.id, aliceProfileId)).toBeNull();
  });

  it("cannot change or delete another user's rows by id", async () => {
    const input = profileSchema.parse({ name: "Hijacked", competitors: ["Evil Corp"], defaultFor: ["linkedin"] });
    expect(await profiles.updateProfile(bob.id, aliceProfileId, input)).toBeNull();
    expect(await profiles.deleteProfile(bob.id, aliceProfileId)).toBe(false);
    const tpl = { reasonKey: "competitor" as const, title: "Hijacked", body: "Gone", isDefault: true };
    expect(await templates.updateTemplate(bob.id, aliceTemplateId, tpl)).toBeNull();
    expect(await templates.setDefaultTemplate(bob.id, aliceTemplateId)).toBeNull();
    expect(await templates.deleteTemplate(bob.id, aliceTemplateId)).toBe(false);
    await templates.recordTemplateUse(bob.id, [aliceTemplateId]);
    expect(await decisions.changeDecisionStatus(bob.id, aliceDecisionId, { status: "sent", sentText: "x", draftText: "y" })).toBeNull();
    expect(await decisions.deleteDecision(bob.id, aliceDecisionId)).toBe(false);
    // Claiming a platform default in Bob's account leaves Alice's profiles alone.
    await profiles.createProfile(bob.id, profileSchema.parse({ name: "Bob LinkedIn", defaultFor: ["linkedin"] }));
    expect(await aliceRows()).toEqual(snapshot);
  });

  it("cannot link a new decision to another user's profile", async () => {
    const mine = await decisions.createDecision(bob.id, sample(aliceProfileId));
    expect(mine.userId).toBe(bob.id);
    expect(mine.profileId).toBeNull();
  });

  it("refuses a missing user id instead of querying without a filter", async () => {
    expect(() => ownerId(undefined as unknown as string)).toThrow(/user id is required/);
    await expect(profiles.listProfiles("")).rejects.toThrow(/user id is required/);
    await expect(decisions.listDecisions(undefined as unknown as string, {})).rejects.toThrow(/user id is required/);
  });
});
