import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createUserWithDefaults, deleteUser, EmailTakenError, getUser } from "@/lib/data/users";
import { registerUser } from "@/lib/auth/sign-up";
import { REASON_KEYS } from "@/lib/domain";
import { createDecision } from "@/lib/data/decisions";
import { makeUser, uniqueEmail } from "../support/factory";

describe("accounts", () => {
  it("starts a new user with a default profile and a default template for every reason key", async () => {
    const user = await makeUser("Jenn Hanford");
    const client = await db();
    const profiles = await client.criteriaProfile.findMany({ where: { userId: user.id } });
    expect(profiles).toHaveLength(1);
    expect(profiles[0]!.defaultFor).toEqual(["linkedin", "facebook", "x", "instagram", "other"]);
    const templates = await client.reasonTemplate.findMany({ where: { userId: user.id } });
    expect(templates.map((t) => t.reasonKey).sort()).toEqual([...REASON_KEYS].sort());
    expect(templates.every((t) => t.isDefault && t.timesUsed === 0)).toBe(true);
    expect(templates.find((t) => t.reasonKey === "competitor")!.body).toBe(
      "My company policy prohibits me from connecting with competitors.",
    );
    expect(templates.find((t) => t.reasonKey === "not_known_in_real_life")!.body).toBe("I only connect with people I know in real life.");
  });

  it("names the default profile, its blocked roles and the templates in the sign-up language, the wording as ever", async () => {
    const user = await createUserWithDefaults({ email: uniqueEmail("de"), name: "Jonas Weber", password: null, locale: "de" });
    const client = await db();
    const profile = await client.criteriaProfile.findFirstOrThrow({ where: { userId: user.id } });
    expect(profile.name).toBe("Alltag");
    // German words the engine reads as its recruiter and sales families (tests/unit/default-names.test.ts)
    expect(profile.blockedRoles).toEqual(["Recruiting", "Vertrieb"]);
    const competitor = await client.reasonTemplate.findFirstOrThrow({ where: { userId: user.id, reasonKey: "competitor" } });
    expect(competitor.title).toBe("Unternehmensrichtlinie zu Wettbewerbern");
    expect(competitor.body).toBe("My company policy prohibits me from connecting with competitors.");
  });

  it("hashes passwords with argon2id and never stores them in clear", async () => {
    const user = await makeUser("Hash Check", "a long enough secret");
    const client = await db();
    const row = await client.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain("a long enough secret");
  });

  it("treats emails case-insensitively: a second account with other capitals is refused", async () => {
    const email = uniqueEmail("case");
    await createUserWithDefaults({ email, name: "One", password: "0123456789" });
    await expect(createUserWithDefaults({ email: email.toUpperCase(), name: "Two", password: "0123456789" })).rejects.toBeInstanceOf(
      EmailTakenError,
    );
    const client = await db();
    expect(await client.user.count({ where: { email } })).toBe(1);
  });

  it("registerUser reports a taken email on the email field and creates nothing", async () => {
    const email = uniqueEmail("taken");
    expect(await registerUser({ email, name: "First", password: "0123456789" }, "10.0.0.1")).toEqual({ ok: true });
    const again = await registerUser({ email, name: "Second", password: "0123456789" }, "10.0.0.1");
    expect(again.ok).toBe(false);
    expect(again.errors?.email?.[0]).toMatch(/already exists/);
    const client = await db();
    expect(await client.user.count({ where: { email } })).toBe(1);
  });

  it("rate-limits sign-ups per client address", async () => {
    const address = `198.51.100.${Math.floor(Math.random() * 250)}-${Date.now()}`;
    const results = [];
    for (let i = 0; i < 11; i++) results.push(await registerUser({ email: uniqueEmail("burst"), name: "Burst", password: "0123456789" }, address));
    expect(results.slice(0, 10).every((r) => r.ok)).toBe(true);
    expect(results[10]!.ok).toBe(false);
    expect(results[10]!.message).toMatch(/Too many new accounts/);
  });

  it("deletes everything a user owns with the user", async () => {
    const user = await makeUser("Leaving Soon");
    await createDecision(user.id, {
      profileId: null,
      platform: "linkedin",
      text: "Someone\nEngineer",
      parsed: { name: "Someone", firstName: "Someone", headline: "Engineer", company: null, mutualConnections: null, note: null },
      verdict: "accept",
      confidence: 0.9,
      reasons: [],
      signals: [],
      draftText: null,
      draftShort: null,
      status: "accepted",
    });
    const client = await db();
    await client.apiToken.create({ data: { userId: user.id, name: "t", tokenHash: `h-${user.id}`, prefix: "dwg_x" } });
    await deleteUser(user.id);
    expect(await getUser(user.id)).toBeNull();
    const where = { where: { userId: user.id } };
    expect(
      await Promise.all([
        client.criteriaProfile.count(where),
        client.reasonTemplate.count(where),
        client.decision.count(where),
        client.apiToken.count(where),
      ]),
    ).toEqual([0, 0, 0, 0]);
  });
});
