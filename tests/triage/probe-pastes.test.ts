// Fresh pastes as people copy them, in English, Spanish, German, French and Portuguese, from
// LinkedIn cards and e-mails, Facebook, X and Instagram (fixtures/probe-pastes.jsonl, whole pages
// in fixtures/probe-pages.jsonl), and the engine's fixes they led to: the platforms' stock
// sentences and "über LinkedIn" senders in every language, "no mutual friends" and Instagram's
// "Le siguen …" in every language, headlines with a "We're hiring!" part, group names and
// legal forms of competitors, sales pitches in notes, scam personas and giveaways, and drafts
// that answer "vous" and "Sie" in kind.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { draftDecline, graceCheck, parseRequest, platformOfPart, splitBulkRequests, triage, type TriageRequest } from "@/lib/triage";
import { companyCore, matchBlockedRole, matchCompetitor } from "@/lib/triage/criteria";
import { findMutualConnections, isMessageLike } from "@/lib/triage/parse";
import { criteriaProfileSchema } from "@/lib/triage/schema";

interface Case extends TriageRequest {
  id: string;
  expect: { verdict: string; reasons: string[]; language?: string; draftLanguage?: string; firstName?: string; parsed?: Record<string, unknown> };
}
interface Page extends TriageRequest {
  id: string;
  expect: { requests: { name: string; verdict?: string }[] };
}

const read = <T>(file: string): T[] =>
  readFileSync(resolve(import.meta.dirname, "fixtures", file), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
const cases = read<Case>("probe-pastes.jsonl");
const pages = read<Page>("probe-pages.jsonl");

// the eval's checks (../shared/eval/run-eval.mjs)
const RUDE = /\b(spam|spammer|fake|creep|creepy|annoying|weird|stupid|desperate|scam|scammer|stalker|go away|leave me alone)\b/i;
const THANKS = /\b(thank|thanks|appreciate|grateful|kind of you|nice of you|glad you|flattered|honou?red|gracias|agradezco|agradecid[oa]|danke|dank|vielen dank|bedanke|merci|remercie|obrigad[oa]|agrade[cç]o)/i;
const firstTwoSentences = (t: string) => {
  const parts = t.split(/(?<=[.!?])\s/);
  return `${parts[0]} ${parts[1] ?? ""}`;
};

function request(c: { expect: unknown } & TriageRequest): TriageRequest {
  const { expect: _e, ...rest } = c;
  void _e;
  return rest;
}

describe("probe pastes: verdicts, parsed fields, languages and drafts", () => {
  it("covers the five languages, the four platforms and e-mails, and every verdict", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.expect.verdict))).toEqual(new Set(["ignore", "decline", "observe", "accept"]));
    for (const lang of ["en", "es", "de", "fr", "pt"]) expect(cases.some((c) => c.expect.language === lang), lang).toBe(true);
    for (const p of ["linkedin", "facebook", "x", "instagram"]) expect(cases.some((c) => c.platform === p), p).toBe(true);
    expect(cases.some((c) => /^(?:from|von|de|asunto)\s*:/im.test(c.text))).toBe(true);
  });

  it.each(cases.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const e = c.expect;
    const r = triage(request(c));
    expect(r.verdict).toBe(e.verdict);
    expect(r.reasons).toEqual(e.reasons);
    if (e.language) expect(r.language).toBe(e.language);
    for (const [field, value] of Object.entries(e.parsed ?? {})) expect(r.parsed[field as keyof typeof r.parsed], field).toEqual(value);
    if (r.verdict !== "decline") {
      expect(r.draft).toBeNull();
      return;
    }
    const d = r.draft!;
    if (e.draftLanguage) expect(d.language).toBe(e.draftLanguage);
    expect(THANKS.test(firstTwoSentences(d.text)), d.text).toBe(true);
    expect(RUDE.test(d.text) || RUDE.test(d.short)).toBe(false);
    if (e.firstName) expect(d.text).toContain(e.firstName);
    if (c.profile?.signature) expect(d.text).toContain(c.profile.signature);
    expect(d.short.length).toBeLessThanOrEqual(300);
    expect(THANKS.test(d.short)).toBe(true);
    expect(d.text.length).toBeLessThanOrEqual(d.platformLimit);
    expect(graceCheck(d.text, { platform: r.parsed.platform, reasons: r.reasons, language: d.language }).filter((i) => i.severity === "error")).toEqual([]);
  });
});

describe("probe pages: a whole copied page splits into its requests, in page order", () => {
  it.each(pages.map((p) => [p.id, p] as const))("%s", (_id, page) => {
    const parts = splitBulkRequests(page.text);
    expect(parts).toHaveLength(page.expect.requests.length);
    page.expect.requests.forEach((want, i) => {
      const part = parts[i]!;
      const r = triage({ ...request(page), text: part, platform: page.platform ?? platformOfPart(part, page.text) });
      expect(r.parsed.name, `#${i + 1}`).toBe(want.name);
      if (want.verdict) expect(r.verdict, `#${i + 1} ${want.name}`).toBe(want.verdict);
    });
  });
});

describe("what the probes fixed", () => {
  it("reads 'no mutual friends' in every language as zero", () => {
    for (const line of [
      "No mutual friends",
      "Nenhum amigo em comum",
      "Nenhuma conexão em comum",
      "Aucun ami en commun",
      "Aucune relation en commun",
      "Ningún contacto en común",
      "No tienes amigos en común",
      "Keine gemeinsamen Freunde",
      "Keine gemeinsamen Kontakte",
    ]) {
      expect(findMutualConnections(`Camila Rocha\n${line}\nConfirmar`)?.count, line).toBe(0);
    }
    const r = triage({ text: "Camila Rocha\nNenhum amigo em comum\nConfirmar\nExcluir", platform: "facebook", profile: { minMutualConnections: 3 } });
    expect(r.parsed.mutualConnections).toBe(0);
    expect(r.parsed.headline).toBeNull();
    expect(r.verdict).toBe("observe");
  });

  it("reads Instagram's Spanish 'Le siguen … y N personas más', but not a sentence that opens with 'Lo sigue'", () => {
    expect(findMutualConnections("carla.ventura\nLe siguen ana.rguez y 3 personas más\nConfirmar")?.count).toBe(4);
    expect(findMutualConnections("carla.ventura\nLe siguen ana.rguez, pepe_m y 12 personas más")?.count).toBe(14);
    expect(findMutualConnections("carla.ventura\nLe sigue ana.rguez\nConfirmar")?.count).toBe(1);
    expect(findMutualConnections("Hola Jenn\nLo sigue intentando cada semana")).toBeNull();
  });

  it("recognises the LinkedIn e-mail's stock sentence in every language, so the headline after it is read", () => {
    const mail = (hello: string, stock: string, headline: string) =>
      `${hello}\n\n${stock}\n\nKai Neumann\n${headline}\nMünchen\n\nAnnehmen\n\n© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.`;
    for (const [hello, stock, headline, company] of [
      ["Hallo Jenn,", "ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.", "Personalberater bei Egon Zehnder", "Egon Zehnder"],
      ["Bonjour Jenn,", "Je souhaiterais rejoindre votre réseau sur LinkedIn.", "Consultante chez Capgemini", "Capgemini"],
      ["Hola, Jenn:", "Me gustaría añadirte a mi red profesional en LinkedIn.", "Arquitecto de soluciones en Accenture", "Accenture"],
      ["Olá Jenn,", "Gostaria de adicionar você à minha rede profissional no LinkedIn.", "Desenvolvedor Backend no Nubank", "Nubank"],
    ]) {
      const p = parseRequest(mail(hello!, stock!, headline!));
      expect(p.headline, stock).toBe(headline);
      expect(p.company, stock).toBe(company);
      expect(p.note, stock).toBeNull();
    }
  });

  it("takes the sender's full name from 'Name via/über/a través de LinkedIn <…@linkedin.com>'", () => {
    for (const via of ["via", "über", "a través de"]) {
      const p = parseRequest(`From: Priyanka Shah ${via} LinkedIn <invitations@linkedin.com>\nSubject: Priyanka wants to connect\n\nHi Jenn,\n\nAccept`);
      expect(p.name, via).toBe("Priyanka Shah");
    }
  });

  it("reads a headline with a first-person part ('We're hiring!') as a headline, not a note", () => {
    expect(isMessageLike("Talent Partner @ Initech | We're hiring engineers!")).toBe(false);
    expect(isMessageLike("Hi Jenn | loved your talk")).toBe(true);
    expect(isMessageLike("I help founders raise | Angel investor")).toBe(true);
    const p = parseRequest("Rachel Kim\nTalent Partner @ Initech | We're hiring engineers!\n3 mutual connections\nIgnore\nAccept", "linkedin");
    expect(p.headline).toBe("Talent Partner @ Initech | We're hiring engineers!");
    expect(p.company).toBe("Initech");
    expect(p.note).toBeNull();
  });

  it("matches a competitor whatever its group word or legal form", () => {
    expect(companyCore("Grupo Boticário")).toBe("boticario");
    expect(companyCore("Groupe SEB")).toBe("seb");
    expect(companyCore("Zalando SE")).toBe("zalando");
    expect(companyCore("Natura &Co")).toBe("natura");
    expect(companyCore("Mercado Libre S.R.L.")).toBe("mercado libre");
    expect(companyCore("Cabify España S.L.")).toBe("cabify espana");
    expect(companyCore("Ambev Ltda.")).toBe("ambev");
    expect(companyCore("Bosch GmbH & Co. KG")).toBe("bosch");
    expect(companyCore("The Initech Group, Inc.")).toBe("initech");
    const parsed = parseRequest("Juliana Prado\nAnalista de Marketing no Boticário", "linkedin");
    expect(matchCompetitor(parsed, ["Grupo Boticário"])?.competitor).toBe("Grupo Boticário");
  });

  it("reads a note that pitches a product or a service as a blocked 'sales' role, in every language, but not a note about meeting", () => {
    const pitch = (note: string, lang: string) => matchBlockedRole(parseRequest(`Owen Gallagher\nFounder @ LeadRocket\n${note}`, "linkedin"), ["sales"], lang);
    expect(pitch("Hey Jenn, I help companies like yours fill their calendar with qualified demos.", "en")?.where).toBe("note");
    expect(pitch("Hola Jenn, me encantaría presentarte nuestra plataforma de automatización.", "es")?.evidence).toMatch(/presentarte nuestra plataforma/);
    expect(pitch("Hallo Jenn, ich würde Ihnen gerne unsere Lösung vorstellen.", "de")?.where).toBe("note");
    expect(pitch("Bonjour Jenn, je souhaiterais vous présenter notre solution d'automatisation.", "fr")?.where).toBe("note");
    expect(pitch("Oi Jenn, gostaria de apresentar nossa plataforma para sua equipe.", "pt")?.where).toBe("note");
    expect(pitch("Hi Jenn, great to meet you at LeadDev yesterday. Would love a quick call to swap notes!", "en")).toBeNull();
    // a pitch is a seller's, not a recruiter's
    expect(matchBlockedRole(parseRequest("Owen Gallagher\nFounder\nI help companies like yours book demos.", "linkedin"), ["recruiter"], "en")).toBeNull();
  });

  it("ignores scam personas and giveaways it let through", () => {
    const army = triage({
      text: "Dr. James Whitmore\nI am a US Army doctor currently on a peace mission in Syria. I am looking for a honest woman to share my life with. Please reply me on Hangouts.\nConfirm\nDelete",
      platform: "facebook",
    });
    expect(army.verdict).toBe("ignore");
    expect(army.signals.map((s) => s.key)).toEqual(expect.arrayContaining(["spam.fake_persona", "spam.romance", "spam.off_platform"]));
    const giveaway = triage({
      text: "Gewinnspiel Deutschland\nHERZLICHEN GLÜCKWUNSCH! Du wurdest als Gewinner unseres iPhone 15 Gewinnspiels ausgewählt! Klicke jetzt auf den Link, um deinen Preis zu beanspruchen.\nBestätigen\nLöschen",
      platform: "facebook",
    });
    expect(giveaway.verdict).toBe("ignore");
    expect(giveaway.signals.some((s) => s.key === "spam.link_bait")).toBe(true);
    for (const text of [
      "Sorteos Oficiales\n¡Has sido seleccionada como ganadora de nuestro sorteo! Reclama ya tu premio: haz clic ahora en el enlace.",
      "Promoções Brasil\nParabéns! Você foi sorteada! Resgate seu prêmio: clique agora no link.",
      "Concours Officiel\nFélicitations ! Vous avez été tiré au sort ! Réclamez votre cadeau : cliquez vite sur le lien.",
    ]) {
      expect(triage({ text, platform: "instagram" }).verdict, text).toBe("ignore");
    }
  });

  it("answers a note's 'vous' or 'Sie' in kind, and a 'tu' or 'du' too, whatever the platform's habit", () => {
    const profile = criteriaProfileSchema.parse({ blockedRoles: ["sales"] });
    const draft = (note: string, language: "fr" | "de", platform: "x" | "linkedin") =>
      draftDecline({ parsed: { ...parseRequest(`Julien Perrin\n${note}`, platform), firstName: "Julien", name: "Julien Perrin" }, reasons: ["blocked_role"], blockedRole: "sales", profile, platform, language }).text;
    expect(draft("Bonjour Jenn, je me permets de vous écrire pour vous présenter notre solution.", "fr", "x")).toMatch(/\bvotre\b|\bvous\b/);
    expect(draft("Bonjour Jenn, je me permets de vous écrire pour vous présenter notre solution.", "fr", "x")).not.toMatch(/\bton\b|\btu\b/);
    expect(draft("Salut Jenn, je t'écris car ton post m'a plu.", "fr", "linkedin")).toMatch(/\bton\b|\btu\b/);
    expect(draft("Hallo Jenn, ich würde Ihnen gerne unsere Lösung zeigen.", "de", "x")).toMatch(/\bIhre\b|\bSie\b/);
    expect(draft("Hallo Jenn, ich würde Ihnen gerne unsere Lösung zeigen.", "de", "x")).not.toMatch(/\bdu\b|\bdeine?\b/);
    expect(draft("Hey Jenn, ich hab deinen Beitrag gelesen und wollte dir schreiben.", "de", "linkedin")).toMatch(/\bdu\b|\bdeine?\b/);
    // no pronoun either way: the platform's habit
    expect(draft("Salut Jenn !", "fr", "x")).toMatch(/\b(?:ton|ta|tu)\b/i);
  });

  it("answers a request written in European Portuguese in European Portuguese, and a Brazilian or neutral one in Brazilian", () => {
    const profile = criteriaProfileSchema.parse({ blockedRoles: ["recruiter"] });
    const draft = (headline: string, note: string, tone: "warm" | "brief" | "formal") =>
      draftDecline({ parsed: { ...parseRequest(`Rui Tavares\n${headline}\n${note}`, "linkedin"), firstName: "Rui", name: "Rui Tavares" }, reasons: ["blocked_role"], blockedRole: "recruiter", profile, platform: "linkedin", tone, language: "pt" });
    const BRAZILIAN = /\b(?:você|contato|me conecto|fique à vontade)\b|(?<!\ba )\bminha rede\b/;
    for (const tone of ["warm", "brief", "formal"] as const) {
      for (const [headline, note] of [
        ["Talent Acquisition na Sonae | Lisboa", "Olá! Estou a recrutar para a nossa equipa de dados."],
        ["Recrutadora", "Bom dia, gostava de ter o seu contacto para uma vaga."],
      ]) {
        const d = draft(headline!, note!, tone);
        expect(d.text + d.short, note).not.toMatch(BRAZILIAN);
        expect(d.text, note).toMatch(/\bnão aceito pedidos\b|\bcontacto\b|\ba minha rede\b/);
      }
      for (const [headline, note] of [
        ["Tech Recruiter na Ambev", "Oi! Estou recrutando para nossa equipe, vamos conectar?"],
        ["Recrutadora", "Olá, tudo bem?"],
      ]) {
        expect(draft(headline!, note!, tone).text, note).toMatch(/\bme conecto\b|\bminha rede\b|\bcontato\b/);
      }
    }
  });

  it("answers a Spanish note's 'usted' in kind in the warm and brief tones, and 'tú' or no pronoun with 'tú'", () => {
    const profile = criteriaProfileSchema.parse({ blockedRoles: ["recruiter"] });
    const draft = (note: string, tone: "warm" | "brief") =>
      draftDecline({ parsed: { ...parseRequest(`Rodrigo Báez\nReclutador\n${note}`, "linkedin"), firstName: "Rodrigo", name: "Rodrigo Báez" }, reasons: ["blocked_role"], blockedRole: "recruiter", profile, platform: "linkedin", tone, language: "es" });
    for (const tone of ["warm", "brief"] as const) {
      for (const note of ["Estimada Laura, me permito escribirle porque vi su perfil.", "Buenas tardes, quisiera conectar con usted para una vacante."]) {
        const d = draft(note, tone);
        expect(d.text, note).toMatch(/\b(?:su|le|puede|quiera|desea)\b/i);
        expect(d.text + d.short, note).not.toMatch(/\b(?:tu|te|puedes|quieras|quieres|contigo)\b/i);
      }
      for (const note of ["Hola Laura, vi tu perfil y me encantaría conectar contigo.", "Hola Laura, un saludo."]) {
        expect(draft(note, tone).text, note).toMatch(/\b(?:tu|te|puedes|quieras|quieres|contigo)\b/i);
      }
    }
  });
});
