// The engine in English, Spanish, German, French and Portuguese: the public multilingual
// case set (fixtures/multilingual.jsonl, checked as ../shared/eval/run-eval.mjs checks a
// case, plus the detected language, the draft's language and parsed fields), language
// detection and its fallbacks, the language modules' completeness, and drafts in every
// language, tone and platform.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  criteriaProfileSchema,
  draftDecline,
  fillTemplate,
  formatZodError,
  graceCheck,
  parseRequest,
  PLATFORMS,
  REASON_KEYS,
  TONES,
  triage,
  triageRequestSchema,
  type ReasonKey,
  type TriageRequest,
} from "@/lib/triage";
import { matchBlockedRole, hasPersonalNote, describeMeeting } from "@/lib/triage/criteria";
import { defaultReasonSentences } from "@/lib/triage/draft";
import { graceRegExps, LANGUAGES, PACKS, type Language } from "@/lib/triage/lang";
import { detectLanguage, detectorLoaded, requestLanguage } from "@/lib/triage/language";

interface Case extends TriageRequest {
  id: string;
  expect: {
    verdict: string;
    reasons: string[];
    firstName?: string;
    name?: string;
    company?: string;
    language: string;
    draftLanguage?: string;
    platform?: string;
    parsed?: Record<string, unknown>;
  };
}

const readCases = (file: string) =>
  readFileSync(resolve(import.meta.dirname, "fixtures", file), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);
const cases = readCases("multilingual.jsonl");
// what people really paste: the platforms' own screens and e-mails in each language
const realistic = readCases("realistic.jsonl");

// the eval's own checks (../shared/eval/run-eval.mjs), which know the five languages' thanks
const RUDE = /\b(spam|spammer|fake|creep|creepy|annoying|weird|stupid|desperate|scam|scammer|stalker|go away|leave me alone)\b/i;
const THANKS = /\b(thank|thanks|appreciate|grateful|kind of you|nice of you|glad you|flattered|honou?red|gracias|agradezco|agradecid[oa]|danke|dank|vielen dank|bedanke|merci|remercie|obrigad[oa]|agrade[cç]o)/i;
const norm = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
const firstTwoSentences = (t: string) => {
  const parts = t.split(/(?<=[.!?])\s/);
  return `${parts[0]} ${parts[1] ?? ""}`;
};

// Detection runs first in this file, on English requests only: the detector must not load for them.
describe("language detection cost", () => {
  it("answers plain English requests without loading the detector", () => {
    for (const c of cases.filter((c) => c.expect.language === "en")) triage(omitExpect(c));
    triage({ text: "Priya Raman\nSenior Recruiter at Hooli\nHi Jenn, I came across your profile and would love to chat about a role on our team." });
    expect(detectorLoaded()).toBe(false);
    expect(triage({ text: "Lucía Fernández\nHola Jenn, me encantaría hablar contigo sobre una oportunidad en Madrid." }).language).toBe("es");
    expect(detectorLoaded()).toBe(true);
  });
});

function omitExpect(c: Case): TriageRequest {
  const { expect: _e, ...request } = c;
  void _e;
  return request;
}

describe("the multilingual case set", () => {
  it("has at least 15 cases per non-English language, and every verdict and reason in each", () => {
    for (const lang of ["es", "de", "fr", "pt"]) {
      const mine = cases.filter((c) => c.id.startsWith(lang));
      expect(mine.length, lang).toBeGreaterThanOrEqual(15);
      expect(new Set(mine.map((c) => c.expect.verdict)), lang).toEqual(new Set(["ignore", "decline", "observe", "accept"]));
      expect(new Set(mine.flatMap((c) => c.expect.reasons)), lang).toEqual(new Set(REASON_KEYS));
    }
  });

  it.each(cases.map((c) => [c.id, c] as const))("%s", (_id, c) => checkCase(c));

  it("detects the language of at least 95% of the cases", () => {
    const detectable = cases.filter((c) => !c.id.startsWith("mx"));
    const right = detectable.filter((c) => triage(omitExpect(c)).language === c.expect.language).length;
    expect(right / detectable.length).toBeGreaterThanOrEqual(0.95);
  });
});

describe("the realistic case set (copied screens and e-mails)", () => {
  it("has every verdict in each language, and every platform's screens", () => {
    for (const lang of ["en", "es", "de", "fr", "pt"]) {
      const mine = realistic.filter((c) => c.id.startsWith(`${lang}-`));
      expect(new Set(mine.map((c) => c.expect.verdict)), lang).toEqual(new Set(["ignore", "decline", "observe", "accept"]));
    }
    const platforms = new Set(realistic.map((c) => c.expect.platform ?? c.platform));
    for (const p of ["linkedin", "facebook", "instagram", "x"]) expect(platforms, p).toContain(p);
  });

  it.each(realistic.map((c) => [c.id, c] as const))("%s", (_id, c) => checkCase(c));
});

/** The eval's checks (../shared/eval/run-eval.mjs) plus the detected language, the draft's language, the platform and parsed fields. */
function checkCase(c: Case) {
  const e = c.expect;
  const r = triage(omitExpect(c));
  if (e.platform) expect(r.parsed.platform).toBe(e.platform);
  expect(r.verdict).toBe(e.verdict);
  expect(r.reasons).toEqual(e.reasons);
  expect(r.language).toBe(e.language);
  for (const [field, value] of Object.entries(e.parsed ?? {})) expect(r.parsed[field as keyof typeof r.parsed], field).toEqual(value);
  if (r.verdict !== "decline") {
    expect(r.draft).toBeNull();
    return;
  }
  const d = r.draft!;
  expect(d.language).toBe(e.draftLanguage);
  expect(THANKS.test(firstTwoSentences(d.text)), d.text).toBe(true);
  expect(RUDE.test(d.text) || RUDE.test(d.short)).toBe(false);
  if (e.firstName) expect(d.text).toContain(e.firstName);
  const profile = c.profile ?? {};
  if (profile.signature) expect(d.text).toContain(profile.signature);
  for (const key of e.reasons) {
    const own = profile.reasons?.[key as ReasonKey];
    if (typeof own === "string") expect(norm(d.text)).toContain(norm(fillTemplate(own, { firstName: e.firstName, name: e.name, company: e.company, platform: r.parsed.platform })));
  }
  expect(d.short.length).toBeLessThanOrEqual(300);
  expect(THANKS.test(d.short)).toBe(true);
  expect(d.text.length).toBeLessThanOrEqual(d.platformLimit);
  expect(graceCheck(d.text, { platform: r.parsed.platform, reasons: r.reasons, language: d.language }).filter((i) => i.severity === "error")).toEqual([]);
}

describe("requestLanguage", () => {
  it("reads the note with the headline, and reports und when the detector is unsure", () => {
    expect(requestLanguage({ headline: "Ingeniera de software", note: "Hola, me gustaría conectar contigo para hablar de producto." })).toMatchObject({ detected: "es", source: "text", draft: "es" });
    // words no language owns are no English for that: the detector is asked, and is unsure
    expect(detectLanguage("Ok ok ok")).toBe("und");
    expect(detectLanguage("Gewinnspiel ALDI 500€ Gutschein Jetzt teilnehmen")).toBe("de");
    expect(["und", "es", "pt"]).toContain(detectLanguage("Mi casa su casa sí"));
  });

  it("falls back on texts with no sentence: the profile's language, else the request's, else English", () => {
    expect(requestLanguage({ headline: "CEO", note: null }, undefined, "de")).toMatchObject({ detected: "de", source: "fallback", draft: "de" });
    expect(requestLanguage({ headline: null, note: "Hi!" }, "fr")).toMatchObject({ detected: "fr", source: "fallback", draft: "fr" });
    expect(requestLanguage({ headline: null, note: null })).toMatchObject({ detected: "en", source: "fallback", draft: "en" });
    expect(triage({ text: "Jo\nHi" }).language).toBe("en");
  });

  it("writes the draft in the request's language field, else the profile's, else the detected one", () => {
    const note = { headline: "Reclutadora en Hays", note: "Hola Jenn, vi tu perfil y me encantaría hablar contigo sobre una oportunidad." };
    expect(requestLanguage(note).draft).toBe("es");
    expect(requestLanguage(note, undefined, "de").draft).toBe("de");
    expect(requestLanguage(note, "pt", "de").draft).toBe("pt");
    expect(requestLanguage(note, "pt", "de").detected).toBe("es");
  });

  it("reads a clear headline alone, and ignores links and numbers", () => {
    expect(requestLanguage({ headline: "Personalberaterin bei Hays", note: null })).toMatchObject({ detected: "de", source: "headline" });
    expect(requestLanguage({ headline: null, note: "http://vimeo.com/106865403" }).source).toBe("fallback");
  });
});

describe("the language modules", () => {
  it("each has every role family, reason, tone and platform the engine asks for", () => {
    for (const lang of LANGUAGES) {
      const pack = PACKS[lang];
      expect(pack.code).toBe(lang);
      expect(Object.keys(pack.roles).sort(), lang).toEqual(Object.keys(PACKS.en.roles).sort());
      expect(Object.keys(pack.draft.roleWords).sort(), lang).toEqual(Object.keys(PACKS.en.roles).sort());
      for (const key of REASON_KEYS) expect(pack.draft.defaultReasons[key].length, `${lang} ${key}`).toBeGreaterThan(10);
      for (const tone of TONES) {
        for (const platform of PLATFORMS) {
          const v = pack.draft.voice(tone, platform);
          expect(v.thanks.length).toBeGreaterThan(0);
          for (const t of v.thanks) expect(graceRegExps(lang).thanks.test(t), `${lang} ${t}`).toBe(true);
          for (const key of REASON_KEYS) expect(v.reasons[key].length, `${lang} ${tone} ${key}`).toBeGreaterThan(0);
          expect(pack.draft.requestNoun(platform, tone).length).toBeGreaterThan(0);
        }
      }
    }
  });

  it("default reason sentences exist in every language, with only the template variables", () => {
    for (const lang of LANGUAGES) {
      for (const key of REASON_KEYS) {
        const s = defaultReasonSentences(lang)[key];
        for (const [, v] of s.matchAll(/\{(\w+)\}/g)) expect(["firstName", "name", "company", "platform"]).toContain(v);
      }
    }
    expect(defaultReasonSentences("en").competitor).toBe("My company policy prohibits me from connecting with competitors.");
  });
});

describe("roles, cues and stock phrases in each language", () => {
  const withHeadline = (headline: string) => ({ ...parseRequest("Alex Doe", "linkedin"), headline, role: null });

  it.each([
    ["Reclutadora IT en Hays", "recruiter"],
    ["Seleccionador de personal | Adecco", "recruiter"],
    ["Cazatalentos", "recruiter"],
    ["Senior Personalberaterin", "recruiter"],
    ["Personalvermittler/in bei Randstad", "recruiter"],
    ["Recruiter:in bei Zalando", "recruiter"],
    ["Chargé(e) de recrutement chez Adecco", "recruiter"],
    ["Recruteuse IT", "recruiter"],
    ["Chasseur de têtes", "recruiter"],
    ["Recrutadora na Gupy", "recruiter"],
    ["Caça-talentos", "recruiter"],
    ["Comercial en Iberdrola", "sales"],
    ["Leiter Vertrieb DACH", "sales"],
    ["Vertriebsmitarbeiterin", "sales"],
    ["Commerciale grands comptes", "sales"],
    ["Vendedora", "sales"],
    ["Consultora imobiliária", "real estate"],
    ["Immobilienmaklerin", "real estate"],
    ["Agent immobilier", "real estate"],
    ["Agente inmobiliario", "real estate"],
    ["Corretora de imóveis", "real estate"],
    ["Corretor de seguros", "insurance"],
    ["Versicherungsmakler", "insurance"],
  ])("%s is a %s", (headline, family) => {
    expect(matchBlockedRole(withHeadline(headline), [family])?.role).toBe(family);
  });

  it("a blocked role written in any language blocks the family in every language", () => {
    expect(matchBlockedRole(withHeadline("Senior Recruiter at Hooli"), ["reclutadores"])).not.toBeNull();
    expect(matchBlockedRole(withHeadline("Chargée de recrutement"), ["Personalberater"])).not.toBeNull();
    expect(matchBlockedRole(withHeadline("Product Manager"), ["reclutadores"])).toBeNull();
  });

  it.each([
    ["Me gustó mucho tu comentario en el hilo sobre diseño.", "es", "online"],
    ["Fue un placer conocerte en el congreso de Málaga.", "es", "in_person"],
    ["Nos conocimos en el congreso virtual de UX.", "es", "online"],
    ["Ihr Kommentar im Thread hat mir gefallen.", "de", "online"],
    ["Schön, Sie auf der Messe in Köln kennengelernt zu haben!", "de", "in_person"],
    ["Wir haben uns auf der Online-Konferenz gesehen.", "de", "online"],
    ["J'ai aimé votre publication sur l'accessibilité.", "fr", "online"],
    ["Ravie de vous avoir rencontré au salon VivaTech.", "fr", "in_person"],
    ["Curti seu comentário no post sobre acessibilidade.", "pt", "online"],
    ["Foi um prazer te conhecer no congresso em Lisboa.", "pt", "in_person"],
  ] as const)("%s → %s %s", (note, lang, how) => {
    expect(describeMeeting(note, lang)?.how).toBe(how);
  });

  it.each([
    ["Hola, me gustaría añadirte a mi red profesional en LinkedIn.", "es"],
    ["Hallo, ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.", "de"],
    ["Bonjour, j'aimerais vous inviter à rejoindre mon réseau sur LinkedIn.", "fr"],
    ["Olá, gostaria de adicioná-la à minha rede profissional no LinkedIn.", "pt"],
    ["Bonjour Jenn, je serais ravie de me connecter avec vous. Cordialement, Émilie", "fr"],
  ] as const)("a stock phrase is not a personal note: %s", (note, lang) => {
    expect(hasPersonalNote(note, lang)).toBe(false);
  });

  it("a real note is personal in every language", () => {
    expect(hasPersonalNote("Hola Jenn, coincidimos en el taller de accesibilidad de Madrid.", "es")).toBe(true);
    expect(hasPersonalNote("Hallo Jenn, wir haben uns beim Workshop über Barrierefreiheit getroffen.", "de")).toBe(true);
  });
});

describe("drafts in every language", () => {
  const parsed = parseRequest("Ana Souza\nRecrutadora na Gupy\nOlá", "linkedin");

  it("thank first, greet by first name, sign, stay within 300 characters and the limit, and pass the grace check, in every tone, platform and reason", () => {
    for (const language of LANGUAGES) {
      for (const tone of TONES) {
        for (const platform of PLATFORMS) {
          for (const reasons of [["competitor"], ["blocked_role", "no_personal_note"], ["not_known_in_real_life"], [...REASON_KEYS]] as ReasonKey[][]) {
            for (const variant of [0, 1, 2]) {
              const d = draftDecline({ parsed: { ...parsed, platform }, reasons, profile: { signature: "Jenn" }, platform, tone, variant, blockedRole: "recruiter", language });
              const what = `${language} ${tone} ${platform} ${reasons} ${variant}: ${d.text}`;
              expect(d.language).toBe(language);
              expect(graceRegExps(language).thanks.test(firstTwoSentences(d.text)), what).toBe(true);
              expect(THANKS.test(d.short), what).toBe(true);
              expect(d.text, what).toContain("Ana");
              expect(d.text, what).toContain("Jenn");
              expect(d.short.length, what).toBeLessThanOrEqual(300);
              expect(d.text.length, what).toBeLessThanOrEqual(d.platformLimit);
              expect(graceCheck(d.text, { platform, reasons, language }).filter((i) => i.severity === "error"), what).toEqual([]);
              expect(d.text, what).not.toMatch(/\{\w+\}/);
            }
          }
        }
      }
    }
  });

  it("uses the formal address of each language in the formal tone", () => {
    const formal = (language: Language, platform: "linkedin" | "facebook" = "facebook") =>
      draftDecline({ parsed: { ...parsed, platform }, reasons: ["no_personal_note"], profile: {}, platform, tone: "formal", language }).text;
    expect(formal("de")).toMatch(/\bIhnen\b|\bSie\b|\bIhre\b/);
    expect(formal("de")).not.toMatch(/\b(?:du|dir|dich|dein)\b/);
    expect(formal("fr")).toMatch(/\bvous\b/);
    expect(formal("fr")).not.toMatch(/\b(?:tu|ton|ta|te)\b/);
    expect(formal("es")).toMatch(/\b(?:su|le|desea|tiene)\b/);
    expect(formal("es")).not.toMatch(/\b(?:tu|tienes|quieres)\b/);
    expect(formal("pt")).not.toMatch(/\bvocê\b/);
  });

  it("follows the platform's habit in German and French: Sie and vous on LinkedIn, du and tu on Facebook", () => {
    const warm = (language: Language, platform: "linkedin" | "facebook") =>
      draftDecline({ parsed: { ...parsed, platform }, reasons: ["not_known_in_real_life"], profile: {}, platform, tone: "warm", language }).text;
    expect(warm("de", "linkedin")).toMatch(/\b(?:Sie|Ihnen|Ihre)\b/);
    expect(warm("de", "facebook")).toMatch(/\b(?:du|dir|deine)\b/);
    expect(warm("fr", "linkedin")).toMatch(/\bvous\b/);
    expect(warm("fr", "facebook")).toMatch(/\b(?:tu|ton|ta)\b/);
  });

  it("uses the profile's own wording: one string verbatim, or the draft language's, else the profile language's with a flag", () => {
    const reasons = { competitor: { en: "Company policy, {firstName}.", es: "Política de empresa, {firstName}." } };
    const es = draftDecline({ parsed, reasons: ["competitor"], profile: { reasons, language: "en" }, language: "es" });
    expect(es.text).toContain("Política de empresa, Ana.");
    expect(es.reasonLanguageFallback).toBeUndefined();
    const de = draftDecline({ parsed, reasons: ["competitor"], profile: { reasons, language: "en" }, language: "de" });
    expect(de.text).toContain("Company policy, Ana.");
    expect(de.reasonLanguageFallback).toBe(true);
    const fr = draftDecline({ parsed, reasons: ["competitor"], profile: { reasons: { competitor: { es: "Solo en español." } } }, language: "fr" });
    expect(fr.text).toContain(defaultReasonSentences("fr").competitor);
    const plain = draftDecline({ parsed, reasons: ["competitor"], profile: { reasons: { competitor: "My own words." } }, language: "pt" });
    expect(plain.text).toContain("My own words.");
  });

  it("the engine writes in the request's language by default and reports both languages", () => {
    const r = triage({
      text: "Anna Weber\nPersonalberaterin bei Hays\nHallo Jenn, ich würde gerne mit Ihnen über eine spannende Position sprechen.",
      platform: "linkedin",
      profile: { blockedRoles: ["recruiter"], reasons: { blocked_role: { de: "Mit Personalberatungen vernetze ich mich nicht, {firstName}." } } },
    });
    expect(r.language).toBe("de");
    expect(r.draft?.language).toBe("de");
    expect(r.draft?.text).toContain("Mit Personalberatungen vernetze ich mich nicht, Anna.");
  });
});

describe("the grace check in every language", () => {
  it.each([
    ["Gracias por la invitación, pero no conecto con gente como tú, pérdida de tiempo.", "es", "hurtful_word"],
    ["Danke für die Anfrage. Leute wie du sind einfach nervig.", "de", "hurtful_word"],
    ["Merci pour l'invitation, mais c'est une arnaque évidente, laissez-moi tranquille.", "fr", "hurtful_word"],
    ["Agradeço o convite, mas isso é golpe, me deixe em paz.", "pt", "hurtful_word"],
    ["Gracias por tu invitación. Por ahora no conecto con reclutadores.", "es", "false_promise"],
    ["Vielen Dank für Ihre Einladung. Vielleicht später, im Moment vernetze ich mich nicht.", "de", "false_promise"],
    ["Je ne me connecte pas avec des recruteurs.", "fr", "missing_thanks"],
    ["Lo siento mucho, de verdad, mil disculpas, gracias por la invitación.", "es", "over_apologising"],
  ] as const)("%s → %s", (text, language, key) => {
    const issues = graceCheck(text, { reasons: ["blocked_role"], language });
    expect(issues.map((i) => i.key)).toContain(key);
    expect(graceCheck(text, { reasons: ["blocked_role"] }).map((i) => i.key)).toContain(key);
  });
});

describe("scam and bot cues in every language", () => {
  it.each([
    ["Hola querida, gana 5.000 € a la semana con criptomonedas. Escríbeme por WhatsApp.", "es"],
    ["Hallo meine Liebe, passives Einkommen mit garantierter Rendite! Schreib mir auf WhatsApp.", "de"],
    ["Bonjour ma chère, gagnez 3000 € par semaine, rendement garanti. Ajoute-moi sur WhatsApp.", "fr"],
    ["Oi linda, ganhe R$ 5.000 por semana, retorno garantido! Me chama no WhatsApp.", "pt"],
    ["Tengo una propuesta confidencial: una herencia por la suma de 12 millones de dólares.", "es"],
    ["Vous avez été sélectionnée pour un poste sans expérience, il suffit de régler les frais d'inscription.", "fr"],
  ])("%s is ignored", (text, language) => {
    const r = triage({ text: `Alex Doe\n${text}`, platform: "linkedin" });
    expect(r.verdict).toBe("ignore");
    expect(r.language).toBe(language);
    expect(r.signals.some((s) => s.key.startsWith("spam.") && s.key !== "spam.model")).toBe(true);
  });
});

describe("the contract's language fields", () => {
  it("validates the request's and the profile's language, naming the field", () => {
    const bad = triageRequestSchema.safeParse({ text: "Jo", language: "it" });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(formatZodError(bad.error)).toBe("language: must be one of en, es, de, fr, pt");
    const badProfile = triageRequestSchema.safeParse({ text: "Jo", profile: { language: "xx" } });
    if (!badProfile.success) expect(formatZodError(badProfile.error)).toBe("profile.language: must be one of en, es, de, fr, pt");
    expect(badProfile.success).toBe(false);
    expect(criteriaProfileSchema.parse({ language: "pt" }).language).toBe("pt");
    expect(criteriaProfileSchema.parse({ reasons: { competitor: { es: "Política." } } }).reasons.competitor).toEqual({ es: "Política." });
    const badWording = triageRequestSchema.safeParse({ text: "Jo", profile: { reasons: { competitor: { it: "No." } } } });
    expect(badWording.success).toBe(false);
  });
});
