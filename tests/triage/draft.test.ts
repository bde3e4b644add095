import { describe, expect, it } from "vitest";
import {
  DEFAULT_REASON_SENTENCES,
  draftDecline,
  fillTemplate,
  graceCheck,
  parseRequest,
  PLATFORM_LIMITS,
  PLATFORMS,
  REASON_KEYS,
  TEMPLATE_VARIABLES,
  TONES,
  criteriaProfileSchema,
  type ReasonKey,
} from "@/lib/triage";

// the eval's own checks (../shared/eval/run-eval.mjs)
const RUDE = /\b(spam|spammer|fake|creep|creepy|annoying|weird|stupid|desperate|scam|scammer|stalker|go away|leave me alone)\b/i;
const THANKS = /\b(thank|thanks|appreciate|grateful|kind of you|nice of you|glad you|flattered|honou?red)\b/i;
const firstTwoSentences = (t: string) => {
  const parts = t.split(/(?<=[.!?])\s/);
  return `${parts[0]} ${parts[1] ?? ""}`;
};
const norm = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

const parsed = parseRequest("Priya Raman\nSenior Product Manager at Globex\n14 mutual connections\nHi Jenn, loved your talk!", "linkedin");
const profile = (extra: object = {}) => criteriaProfileSchema.parse({ signature: "Jenn", ...extra });

describe("draftDecline", () => {
  it("opens with thanks, greets by first name, signs, and stays short and within the limit in every tone", () => {
    for (const tone of TONES) {
      for (const reasons of [["competitor"], ["blocked_role", "no_personal_note"], REASON_KEYS] as ReasonKey[][]) {
        const d = draftDecline({ parsed, reasons, profile: profile({ tone }), blockedRole: "recruiter" });
        expect(THANKS.test(firstTwoSentences(d.text)), d.text).toBe(true);
        expect(d.text).toContain("Priya");
        expect(d.text).toContain("Jenn");
        expect(RUDE.test(d.text) || RUDE.test(d.short)).toBe(false);
        expect(d.short.length).toBeGreaterThan(0);
        expect(d.short.length).toBeLessThanOrEqual(300);
        expect(THANKS.test(d.short)).toBe(true);
        expect(d.text.length).toBeLessThanOrEqual(d.platformLimit);
        expect(d.platformLimit).toBe(PLATFORM_LIMITS.linkedin.limit);
        expect(d.tone).toBe(tone);
      }
    }
  });

  it("uses the user's own wording verbatim, with the variables filled", () => {
    const own = "My employer's policy prohibits me from connecting with people at {company}, {firstName}. Nothing personal on {platform}.";
    const d = draftDecline({ parsed, reasons: ["competitor"], profile: profile({ reasons: { competitor: own } }) });
    expect(norm(d.text)).toContain(norm("My employer's policy prohibits me from connecting with people at Globex, Priya. Nothing personal on LinkedIn."));
  });

  it("falls back to the engine's sentence for a reason without own wording", () => {
    const d = draftDecline({ parsed, reasons: ["not_known_in_real_life"], profile: profile() });
    expect(d.text).toMatch(/know (?:well )?in real life|met in person|know personally|know in person/);
  });

  it("states every reason, in the contract's order", () => {
    const own = { competitor: "COMPETITOR-SENTENCE.", no_personal_note: "NOTE-SENTENCE." };
    const d = draftDecline({ parsed, reasons: ["no_personal_note", "competitor"], profile: profile({ reasons: own }) });
    expect(d.text.indexOf("COMPETITOR-SENTENCE.")).toBeGreaterThan(0);
    expect(d.text.indexOf("COMPETITOR-SENTENCE.")).toBeLessThan(d.text.indexOf("NOTE-SENTENCE."));
  });

  it("offers a follow for a personal rule, never anything for a competitor policy, and a note only when the note is all that is missing", () => {
    const competitor = draftDecline({ parsed, reasons: ["competitor", "no_personal_note"], profile: profile() });
    expect(competitor.text).not.toMatch(/follow|send a|gladly read/i);
    const stranger = draftDecline({ parsed, reasons: ["not_known_in_real_life"], profile: profile() });
    expect(stranger.text).toMatch(/follow/i);
    const noNote = draftDecline({ parsed, reasons: ["no_personal_note"], profile: profile() });
    expect(noNote.text).toMatch(/note/i);
    const roleAndNote = draftDecline({ parsed, reasons: ["blocked_role", "no_personal_note"], profile: profile() });
    expect(roleAndNote.text).not.toMatch(/send a (?:short|brief) note/i);
  });

  it("is deterministic, and another variant gives another wording of the same decline", () => {
    const a = draftDecline({ parsed, reasons: ["competitor"], profile: profile() });
    const b = draftDecline({ parsed, reasons: ["competitor"], profile: profile() });
    expect(a).toEqual(b);
    const texts = new Set([0, 1, 2, 3].map((variant) => draftDecline({ parsed, reasons: ["competitor"], profile: profile(), variant }).text));
    expect(texts.size).toBeGreaterThan(1);
  });

  it("does not always say the same sentence for the same reason", () => {
    const sentences = new Set(
      ["Ana Ruiz", "Ben Ito", "Chen Wei", "Dara Obi", "Eli Katz", "Fay Lin", "Gus Moe", "Hal Roy"].map((name) => {
        const p = parseRequest(`${name}\nEngineer at Globex`, "linkedin");
        return draftDecline({ parsed: p, reasons: ["competitor"], profile: profile() }).text.split("\n\n")[1];
      }),
    );
    expect(sentences.size).toBeGreaterThan(1);
  });

  it("fits the tightest platform even with very long own wording", () => {
    const long = "I keep this account for family. ".repeat(30);
    for (const platform of PLATFORMS) {
      const d = draftDecline({ parsed, reasons: ["not_known_in_real_life", "no_personal_note"], profile: profile({ reasons: { not_known_in_real_life: long, no_personal_note: long } }), platform });
      expect(d.text.length).toBeLessThanOrEqual(PLATFORM_LIMITS[platform].limit);
      expect(d.short.length).toBeLessThanOrEqual(300);
      expect(THANKS.test(d.short)).toBe(true);
    }
  });

  it("writes a graceful draft without a name or a signature", () => {
    const anon = parseRequest("Hello, please accept my request", "other");
    const d = draftDecline({ parsed: anon, reasons: ["not_known_in_real_life"], profile: criteriaProfileSchema.parse({}) });
    expect(d.text.startsWith("Hi there,")).toBe(true);
    expect(THANKS.test(firstTwoSentences(d.text))).toBe(true);
  });

  it("passes its own grace check", () => {
    for (const tone of TONES) {
      for (const key of REASON_KEYS) {
        for (const variant of [0, 1, 2]) {
          const d = draftDecline({ parsed, reasons: [key], profile: profile({ tone }), variant, blockedRole: "sales" });
          const errors = graceCheck(d.text, { platform: "linkedin", reasons: [key] }).filter((i) => i.severity === "error");
          expect(errors, d.text).toEqual([]);
        }
      }
    }
  });
});

describe("draftDecline: what fits each platform (a native review of every sentence)", () => {
  const LANGS = ["en", "es", "de", "fr", "pt"] as const;
  const person = (platform: "facebook" | "instagram" | "x", note: string | null) =>
    parseRequest(`Ana Ruiz\n${platform === "x" ? "@anaruiz\n" : ""}Technical Recruiter at Hays${note ? `\n${note}` : ""}`, platform);

  it("no 'people I work with directly' and no wishes for one's work on Facebook, Instagram and X, in any language or variant", () => {
    for (const language of LANGS)
      for (const platform of ["facebook", "instagram", "x"] as const)
        for (const tone of TONES)
          for (let variant = 0; variant < 4; variant++) {
            const d = draftDecline({ parsed: person(platform, null), reasons: ["blocked_role"], profile: profile({ tone }), blockedRole: "recruiter", platform, language, variant });
            expect(d.text, `${language} ${platform} ${tone} ${variant}`).not.toMatch(/work with directly|working relationships|trabajo directamente|direkt zusammenarbeite|travaille directement|relations de travail|trabalho diretamente|relações de trabalho/i);
            expect(d.text, `${language} ${platform} ${tone} ${variant}`).not.toMatch(/your work|tu trabajo|Erfolg|réussite|continuation|seu trabalho|seus projetos|success/i);
          }
  });

  it("no 'follow my public posts instead' to an Instagram follow request (the account is private), still on LinkedIn", () => {
    for (const language of LANGS) {
      const ig = draftDecline({ parsed: person("instagram", null), reasons: ["not_known_in_real_life"], profile: profile(), platform: "instagram", language });
      expect(ig.text, language).not.toMatch(/public posts|publicaciones públicas|öffentlichen Beiträgen|publications publiques|publicações públicas/i);
      const li = draftDecline({ parsed, reasons: ["not_known_in_real_life"], profile: profile(), language });
      expect(li.text, language).toMatch(/public posts|publicaciones públicas|öffentlichen Beiträgen|publications publiques|publicações públicas/i);
    }
  });

  it("a missing note after another reason is asked for as well, not as a second 'I only…'; alone it keeps its own sentence", () => {
    const also = { en: "I also ask", es: "Además, pido", de: "Außerdem bitte ich", fr: "Par ailleurs", pt: "Além disso" } as const;
    for (const language of LANGS) {
      const two = draftDecline({ parsed, reasons: ["not_known_in_real_life", "no_personal_note"], profile: profile(), language });
      expect(two.text, language).toContain(also[language]);
      const one = draftDecline({ parsed, reasons: ["no_personal_note"], profile: profile(), language });
      expect(one.text, language).not.toContain(also[language]);
    }
  });

  it("an X follow with no message is thanked for the follow, a message for the message", () => {
    const noNote = draftDecline({ parsed: person("x", null), reasons: ["blocked_role"], profile: profile(), blockedRole: "recruiter", platform: "x" });
    expect(noNote.text).toMatch(/follow request/);
    expect(noNote.short).toMatch(/follow request|reaching out/);
    const withNote = draftDecline({ parsed: person("x", "Hi Jenn, I have a role for you at Hays, happy to chat?"), reasons: ["blocked_role"], profile: profile(), blockedRole: "recruiter", platform: "x" });
    expect(withNote.text).toMatch(/message/);
  });
});

describe("templates", () => {
  it("has a default sentence for every reason key, with only known variables", () => {
    for (const key of REASON_KEYS) {
      expect(DEFAULT_REASON_SENTENCES[key].length).toBeGreaterThan(10);
      for (const [, v] of DEFAULT_REASON_SENTENCES[key].matchAll(/\{(\w+)\}/g)) expect(Object.keys(TEMPLATE_VARIABLES)).toContain(v);
    }
    expect(DEFAULT_REASON_SENTENCES.competitor).toBe("My company policy prohibits me from connecting with competitors.");
    expect(DEFAULT_REASON_SENTENCES.not_known_in_real_life).toBe("I only connect with people I know in real life.");
  });

  it("fills variables and tidies around missing ones", () => {
    expect(fillTemplate("Hi {firstName}, {name} at {company} on {platform}.", { firstName: "Mei", name: "Mei Chen", company: "Umbrella", platform: "LinkedIn" })).toBe(
      "Hi Mei, Mei Chen at Umbrella on LinkedIn.",
    );
    expect(fillTemplate("I need a short note about why we should connect, {firstName}.", {})).toBe("I need a short note about why we should connect.");
    expect(fillTemplate("People at {company} are competitors.", {})).toBe("People at your company are competitors.");
    expect(fillTemplate("Keep {unknown} as written.", {})).toBe("Keep {unknown} as written.");
  });
});
