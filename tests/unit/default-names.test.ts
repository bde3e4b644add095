import { describe, expect, it } from "vitest";
import { accountDefaults, DEFAULT_PROFILE, DEFAULT_TEMPLATES, shownProfileName, shownTemplateTitle } from "@/lib/defaults";
import { en } from "@/lib/i18n/en";
import de from "@/lib/i18n/messages/de/profiles.json";
import deTemplates from "@/lib/i18n/messages/de/templates.json";
import { LOCALES } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { expandBlockedRole } from "@/lib/triage/criteria";
import type { ReasonKey } from "@/lib/domain";

const german = (key: ReasonKey) => deTemplates.builtInTitles[key];

describe("built-in names", () => {
  it("a new account's profile and templates are named in its sign-up language, the wording unchanged", () => {
    const made = accountDefaults({ profiles: { ...en.profiles, defaultName: de.defaultName, defaultBlockedRoles: de.defaultBlockedRoles }, templates: { ...en.templates, builtInTitles: deTemplates.builtInTitles } });
    expect(made.profile).toEqual({ ...DEFAULT_PROFILE, name: "Alltag", blockedRoles: ["Recruiting", "Vertrieb"] });
    expect(made.templates.map((t) => t.title)).toEqual(DEFAULT_TEMPLATES.map((t) => german(t.reasonKey)));
    expect(made.templates.map((t) => t.body)).toEqual(DEFAULT_TEMPLATES.map((t) => t.body));
    expect(accountDefaults(en).profile.name).toBe("Everyday");
  });

  it("a built-in template never retitled is titled in the interface language; any other title is the user's", () => {
    const builtIn = { reasonKey: "competitor", title: en.templates.builtInTitles.competitor, isDefault: true };
    expect(shownTemplateTitle(builtIn, german)).toBe(deTemplates.builtInTitles.competitor);
    expect(shownTemplateTitle({ ...builtIn, title: "Mein eigener Titel" }, german)).toBe("Mein eigener Titel");
    expect(shownTemplateTitle({ ...builtIn, isDefault: false }, german)).toBe(builtIn.title);
    // Another reason's English title is the user's own choice for this one.
    expect(shownTemplateTitle({ ...builtIn, reasonKey: "blocked_role" }, german)).toBe(builtIn.title);
    expect(shownTemplateTitle({ ...builtIn, reasonKey: "toString" }, german)).toBe(builtIn.title);
  });

  it("the profile never renamed is named in the interface language", () => {
    expect(shownProfileName("Everyday", de.defaultName)).toBe("Alltag");
    expect(shownProfileName("Recruiters", de.defaultName)).toBe("Recruiters");
  });

  it("the default blocked roles, in every language, are the engine's recruiter and sales families", async () => {
    for (const locale of LOCALES) {
      const { profile } = accountDefaults(await loadMessages(locale));
      expect(profile.blockedRoles.map((r) => expandBlockedRole(r).family), locale).toEqual(["recruiter", "sales"]);
    }
  });
});
