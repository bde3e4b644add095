// The language of a user's drafts through the app's own path (saved profile and templates,
// lib/triage-service): a profile that fixes the language, templates with a wording per
// language and the fallback when one is missing, the user's own language for requests too
// short to read, and each user's wordings kept to themselves.
import { describe, expect, it } from "vitest";
import { inRequest } from "../support/hostile";
import { makeUser } from "../support/factory";
import * as profiles from "@/lib/data/profiles";
import * as templates from "@/lib/data/templates";
import { settingsChanged } from "@/lib/data/settings-cache";
import { db } from "@/lib/db/client";
import { defaultReasonSentences } from "@/lib/triage/draft";
import { analyzeForUser } from "@/lib/triage-service";
import { engineProfileFor } from "@/lib/triage-service/profile";
import { profileFormSchema, type ProfileInput } from "@/lib/validations/profile";
import { templateFormSchema } from "@/lib/validations/template";

const ENGLISH =
  "Dana Whitfield\nSenior Technical Recruiter at Globex\n12 mutual connections\nHi! I came across your profile and was impressed by your work. We have some exciting opportunities at Globex that I'd love to tell you about. Let's connect!";
const SPANISH = "Lucía Fernández\nReclutadora IT en Hays\nHola, vi tu perfil y me encantaría hablar contigo sobre una oportunidad de trabajo en Madrid.";
/** Two words: no sentence to read a language from. */
const TWO_WORDS = "Marie Dupont";

/** Changes the user's only profile ("Everyday"). */
async function setProfile(userId: string, patch: Partial<ProfileInput>) {
  const [p] = await profiles.listProfiles(userId);
  const { id, userId: _u, createdAt: _c, updatedAt: _up, ...input } = p!;
  return (await profiles.updateProfile(userId, id, { ...input, ...patch }))!;
}

/** The user's interface language as Settings saves it. */
async function setLocale(userId: string, locale: string | null) {
  await (await db()).user.update({ where: { id: userId }, data: { locale } });
  await settingsChanged(userId);
}

/** A template as the editor posts it, the default of its reason. */
async function postTemplate(userId: string, fields: Record<string, string>) {
  return templates.createTemplate(userId, templateFormSchema.parse({ reasonKey: "blocked_role", title: "Mine", isDefault: "on", ...fields }) as never);
}

describe("draft languages", () => {
  it("a profile fixed to German writes German drafts for an English request", async () => {
    const user = await makeUser("Greta Fixed");
    // As the profile editor posts it: the language select says "de".
    const created = await profiles.createProfile(user.id, profileFormSchema.parse({ name: "Deutsch", language: "de", blockedRoles: ["recruiter"] }) as ProfileInput);
    expect(created.language).toBe("de");
    expect((await profiles.getProfile(user.id, created.id))!.language).toBe("de");

    const { result, profileId } = await analyzeForUser(user.id, { text: ENGLISH, platform: "linkedin", profileId: created.id });
    expect(profileId).toBe(created.id);
    expect(result).toMatchObject({ verdict: "decline", reasons: ["blocked_role"], language: "en", draft: { language: "de" } });
    // The built-in template's German wording, filled in.
    expect(result.draft!.text).toContain(defaultReasonSentences("de").blocked_role.replace("{platform}", "LinkedIn"));
    expect(result.draft!.text).toMatch(/Dank/);
    expect(result.draft!.reasonLanguageFallback).toBeUndefined();

    // "" in the form is "the request's language": the same request is drafted in English again.
    const back = await profiles.updateProfile(user.id, created.id, profileFormSchema.parse({ name: "Deutsch", language: "", blockedRoles: ["recruiter"] }) as ProfileInput);
    expect(back!.language).toBeNull();
    const english = await analyzeForUser(user.id, { text: ENGLISH, platform: "linkedin", profileId: created.id });
    expect(english.result.draft).toMatchObject({ language: "en" });
  });

  it("a Spanish request uses a template's Spanish wording; without one it falls back, and says so", async () => {
    const user = await makeUser("Sofia Wordings");
    const withSpanish = await postTemplate(user.id, {
      body: "I keep {platform} for people I have worked with, {firstName}.",
      language: "en",
      "wording.es": "En {platform} solo conecto con personas con las que he trabajado, {firstName}.",
      "wording.en": "Ignored: the body is the English wording.",
    });
    expect(withSpanish).toMatchObject({ language: "en", wordings: { es: "En {platform} solo conecto con personas con las que he trabajado, {firstName}." } });
    expect(withSpanish.wordings.en).toBeUndefined();

    const spanish = await analyzeForUser(user.id, { text: SPANISH, platform: "linkedin" });
    expect(spanish.result).toMatchObject({ verdict: "decline", reasons: ["blocked_role"], language: "es", draft: { language: "es" } });
    expect(spanish.result.draft!.text).toContain("En LinkedIn solo conecto con personas con las que he trabajado, Lucía.");
    expect(spanish.result.draft!.reasonLanguageFallback).toBeUndefined();
    expect(spanish.templateIds).toEqual([withSpanish.id]);

    // Another wording with no Spanish: the draft stays Spanish, the reason comes in the user's own language (English), flagged.
    const noSpanish = await templates.updateTemplate(
      user.id,
      withSpanish.id,
      templateFormSchema.parse({ reasonKey: "blocked_role", title: "Mine", isDefault: "on", body: "I keep {platform} for people I have worked with, {firstName}.", language: "en", "wording.de": "Auf {platform} nur Kolleginnen und Kollegen, {firstName}." }) as never,
    );
    expect(noSpanish!.wordings).toEqual({ de: "Auf {platform} nur Kolleginnen und Kollegen, {firstName}." });
    const fallback = await analyzeForUser(user.id, { text: SPANISH, platform: "linkedin" });
    expect(fallback.result.draft).toMatchObject({ language: "es", reasonLanguageFallback: true });
    expect(fallback.result.draft!.text).toContain("I keep LinkedIn for people I have worked with, Lucía.");
    expect(fallback.result.draft!.text).toMatch(/gracias/i);

    // A user whose language is German falls back to the German wording instead.
    await setLocale(user.id, "de");
    const german = await analyzeForUser(user.id, { text: SPANISH, platform: "linkedin" });
    expect(german.result.draft).toMatchObject({ language: "es", reasonLanguageFallback: true });
    expect(german.result.draft!.text).toContain("Auf LinkedIn nur Kolleginnen und Kollegen, Lucía.");
  });

  it("a request too short to read is drafted in the user's language: their choice, else the locale cookie, else English", async () => {
    const user = await makeUser("Francoise Short");
    await setProfile(user.id, { requirePersonalNote: true });

    const english = await analyzeForUser(user.id, { text: TWO_WORDS, platform: "linkedin" });
    expect(english.result).toMatchObject({ verdict: "decline", reasons: ["no_personal_note"], draft: { language: "en" } });

    // The interface language of the request (the locale cookie) when the user chose none.
    const byCookie = await inRequest("locale=fr", () => analyzeForUser(user.id, { text: TWO_WORDS, platform: "linkedin" }));
    expect(byCookie.result.draft).toMatchObject({ language: "fr" });

    await setLocale(user.id, "fr");
    const french = await analyzeForUser(user.id, { text: TWO_WORDS, platform: "linkedin" });
    expect(french.result).toMatchObject({ verdict: "decline", language: "fr", draft: { language: "fr" } });
    expect(french.result.draft!.text).toMatch(/^Bonjour Marie/);
    expect(french.result.draft!.text).toContain(defaultReasonSentences("fr").no_personal_note);
    // The user's choice outranks the cookie.
    const chosen = await inRequest("locale=pt", () => analyzeForUser(user.id, { text: TWO_WORDS, platform: "linkedin" }));
    expect(chosen.result.draft).toMatchObject({ language: "fr" });

    // Detection still wins over the user's language, and a profile's language over both.
    const spanish = await analyzeForUser(user.id, { text: SPANISH, platform: "linkedin" });
    expect(spanish.result.draft).toMatchObject({ language: "es" });
    await setProfile(user.id, { requirePersonalNote: true, language: "de" });
    const fixed = await analyzeForUser(user.id, { text: TWO_WORDS, platform: "linkedin" });
    expect(fixed.result.draft).toMatchObject({ language: "de" });
    // The HTTP API's `language` (contract v2) fixes it for one request.
    const asked = await analyzeForUser(user.id, { text: TWO_WORDS, platform: "linkedin", language: "pt" });
    expect(asked.result.draft).toMatchObject({ language: "pt" });
  });

  it("never mixes two users' templates or their wordings", async () => {
    const alice = await makeUser("Alice Wordings");
    const bob = await makeUser("Bob Wordings");
    const mine = await postTemplate(alice.id, { body: "ALICE-EN {firstName}.", language: "en", "wording.es": "ALICE-ES {firstName}.", "wording.fr": "ALICE-FR {firstName}." });

    for (const text of [SPANISH, ENGLISH]) {
      const bobs = await analyzeForUser(bob.id, { text, platform: "linkedin" });
      expect(bobs.result.verdict).toBe("decline");
      expect(bobs.result.draft!.text).not.toContain("ALICE");
      expect(bobs.templateIds).not.toContain(mine.id);
    }
    expect(JSON.stringify((await engineProfileFor(bob.id, { platform: "linkedin" })).profile.reasons)).not.toContain("ALICE");
    const alices = await analyzeForUser(alice.id, { text: SPANISH, platform: "linkedin" });
    expect(alices.result.draft!.text).toContain("ALICE-ES Lucía.");

    // Bob cannot read or overwrite Alice's wordings.
    expect(await templates.getTemplate(bob.id, mine.id)).toBeNull();
    expect(
      await templates.updateTemplate(bob.id, mine.id, templateFormSchema.parse({ reasonKey: "blocked_role", title: "Hijack", body: "BOB {firstName}.", language: "en", "wording.es": "BOB-ES" }) as never),
    ).toBeNull();
    expect((await templates.getTemplate(alice.id, mine.id))!.wordings).toEqual({ es: "ALICE-ES {firstName}.", fr: "ALICE-FR {firstName}." });
  });

  it("reads built-in templates saved before templates had languages as the built-in ones, in all five languages", async () => {
    const user = await makeUser("Legacy Templates");
    const client = await db();
    // As an account made before this change holds them: the English sentence, no language, no wordings.
    await client.reasonTemplate.updateMany({ where: { userId: user.id }, data: { language: null } });
    await client.$executeRawUnsafe(`UPDATE "ReasonTemplate" SET "wordings" = NULL WHERE "userId" = '${user.id}'`);
    await settingsChanged(user.id);
    const [legacy] = (await templates.listTemplates(user.id)).filter((t) => t.reasonKey === "blocked_role");
    expect(legacy).toMatchObject({ language: "en" });
    expect(Object.keys(legacy!.wordings).sort()).toEqual(["de", "es", "fr", "pt"]);
    const spanish = await analyzeForUser(user.id, { text: SPANISH, platform: "linkedin" });
    expect(spanish.result.draft!.text).toContain(defaultReasonSentences("es").blocked_role.replace("{platform}", "LinkedIn"));
  });
});
