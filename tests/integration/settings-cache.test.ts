// Triage's settings cache (lib/data/settings-cache.ts): an edit made through the data
// layer is used by the very next triage here, and, through Redis, by another instance
// whose cache still held the old settings.
import { randomBytes } from "node:crypto";
import Redis from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listProfiles, triageSettings, updateProfile } from "@/lib/data/profiles";
import { listTemplates, updateTemplate } from "@/lib/data/templates";
import { updateUser } from "@/lib/data/users";
import { engineProfileFor } from "@/lib/triage-service/profile";
import { makeUser } from "../support/factory";

const redisUrl = process.env.TEST_REDIS_URL;
const state = globalThis as unknown as { __dwgBus?: { publisher: Redis; subscriber: Redis } | null; __dwgSettingsCache?: unknown };

function resetBus() {
  state.__dwgBus?.publisher.disconnect();
  state.__dwgBus?.subscriber.disconnect();
  delete state.__dwgBus;
  delete state.__dwgSettingsCache;
}

describe("triage settings cache, one instance", () => {
  it("an edit of a profile, a template or the signature is used by the very next triage", async () => {
    const user = await makeUser("Cache One");
    const before = await engineProfileFor(user.id, { platform: "linkedin" });
    const [profile] = await listProfiles(user.id);
    const { id: _id, userId: _u, createdAt: _c, updatedAt: _up, ...input } = profile!;
    await updateProfile(user.id, profile!.id, { ...input, competitors: ["Initech Cache"], signature: null });
    const afterProfile = await engineProfileFor(user.id, { platform: "linkedin" });
    expect(before.profile.competitors).not.toContain("Initech Cache");
    expect(afterProfile.profile.competitors).toContain("Initech Cache");

    const template = (await listTemplates(user.id)).find((t) => t.isDefault)!;
    await updateTemplate(user.id, template.id, { reasonKey: template.reasonKey as never, title: template.title, body: "New wording {firstName}.", isDefault: true });
    const afterTemplate = await engineProfileFor(user.id, { platform: "linkedin" });
    // One wording per language (lib/triage-service/language.ts): the built-in template's body is its English one.
    expect(afterTemplate.profile.reasons?.[template.reasonKey as never]).toMatchObject({ en: "New wording {firstName}." });

    await updateUser(user.id, { defaultSignature: "— Signed, cache" });
    expect((await engineProfileFor(user.id, { platform: "linkedin" })).profile.signature).toBe("— Signed, cache");
  });

  it("builds and validates the engine's profile once per settings, for each profile and language", async () => {
    const user = await makeUser("Cache Built");
    const first = await engineProfileFor(user.id, { platform: "linkedin" });
    // the same validated object (zod's defaults applied), not a copy made and parsed again
    expect(await engineProfileFor(user.id, { platform: "linkedin" })).toBe(first);
    expect(first.profile).toMatchObject({ knownPeople: expect.any(Array), tone: expect.any(String), reasons: expect.any(Object) });
    const profiles = await listProfiles(user.id);
    const other = profiles.find((p) => p.id !== first.profileId);
    if (other) expect((await engineProfileFor(user.id, { profileId: other.id })).profileId).toBe(other.id);
    const { id: _id, userId: _u, createdAt: _c, updatedAt: _up, ...input } = profiles.find((p) => p.id === first.profileId)!;
    await updateProfile(user.id, first.profileId!, { ...input, knownPeople: ["Ada Built"] });
    const rebuilt = await engineProfileFor(user.id, { platform: "linkedin" });
    expect(rebuilt).not.toBe(first);
    expect(rebuilt.profile.knownPeople).toEqual(["Ada Built"]);
  });

  it("keeps the settings for a read that did not change them (no query)", async () => {
    const user = await makeUser("Cache Hit");
    const first = await triageSettings(user.id);
    expect(await triageSettings(user.id)).toBe(first);
  });
});

describe.skipIf(!redisUrl)("triage settings cache across instances (Redis)", () => {
  const prefix = `dwg-test-${randomBytes(4).toString("hex")}`;
  beforeAll(() => {
    process.env.REDIS_URL = redisUrl;
    process.env.REDIS_PREFIX = prefix;
    resetBus();
  });
  afterAll(() => {
    resetBus();
    delete process.env.REDIS_URL;
    delete process.env.REDIS_PREFIX;
  });

  it("drops a user's settings when another instance says they changed, and only then", async () => {
    const user = await makeUser("Cache Two");
    const cached = await triageSettings(user.id);
    // Another instance changes the signature: here, a write this instance did not make.
    const client = await db();
    await client.user.update({ where: { id: user.id }, data: { defaultSignature: "— from the other instance" } });
    expect(await triageSettings(user.id)).toBe(cached); // still this instance's copy

    const other = new Redis(redisUrl!);
    try {
      await other.publish(`${prefix}:settings-changed`, user.id);
      // Delivery is asynchronous: wait for it, at most a second.
      let fresh = await triageSettings(user.id);
      for (let i = 0; i < 100 && fresh === cached; i++) {
        await new Promise((r) => setTimeout(r, 10));
        fresh = await triageSettings(user.id);
      }
      expect(fresh?.defaultSignature).toBe("— from the other instance");
    } finally {
      other.disconnect();
    }
  });

  it("tells the other instances when it changes a user's settings", async () => {
    const user = await makeUser("Cache Three");
    const listener = new Redis(redisUrl!);
    try {
      const heard: string[] = [];
      await listener.subscribe(`${prefix}:settings-changed`);
      listener.on("message", (_c: string, m: string) => heard.push(m));
      await updateUser(user.id, { defaultSignature: "— told" });
      for (let i = 0; i < 100 && !heard.includes(user.id); i++) await new Promise((r) => setTimeout(r, 10));
      expect(heard).toContain(user.id);
    } finally {
      listener.disconnect();
    }
  });
});
