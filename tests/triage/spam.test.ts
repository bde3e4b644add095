import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { parseRequest } from "@/lib/triage";
import modelFile from "@/lib/triage/model/spam-model.json";
import { featurize, FEATURE_DIMS } from "@/lib/triage/features";
import { assessSpam, MODEL_FLOOR, PATTERN_SOURCES, socialSpamSignals } from "@/lib/triage/spam";
import { modelMargin, shippedSpamModel } from "@/lib/triage/spam-model";
import { isTestRow, readCorpora } from "@/scripts/spam/corpora";

const root = resolve(import.meta.dirname, "../..");
const corporaDir = process.env.SPAM_CORPORA ?? resolve(root, "../shared/corpora");
const sharedCorpora = resolve(root, "../shared/eval/corpora.mjs");

describe("the platform patterns' word hints", () => {
  it("are necessary: every text a pattern matches holds one of its hint's words (fixtures and corpora)", () => {
    const texts: string[] = [];
    for (const f of ["extra-cases.jsonl", "multilingual.jsonl", "pages.jsonl", "pastes.jsonl"]) {
      for (const line of readFileSync(resolve(import.meta.dirname, "fixtures", f), "utf8").split("\n")) {
        const text = line.trim() ? (JSON.parse(line) as { text?: unknown }).text : undefined;
        if (typeof text === "string") texts.push(text, ...text.split("\n"));
      }
    }
    if (existsSync(corporaDir)) for (const rows of Object.values(readCorpora(corporaDir))) for (const r of rows) texts.push(r.text);
    const missed: string[] = [];
    for (const t of texts) for (const p of PATTERN_SOURCES) if (p.re.test(t) && !p.hint.test(t.toLowerCase())) missed.push(`${p.key}: ${t.slice(0, 80)}`);
    expect(missed).toEqual([]);
  });
});

describe("the learned model", () => {
  it("loads the shipped weights and separates spam from a chat", () => {
    const m = shippedSpamModel();
    expect(m.weights.length).toBe(FEATURE_DIMS);
    expect(modelMargin("WINNER!! You have won a £1000 prize. Call 09061701461 to claim now. T&C apply")).toBeGreaterThan(2);
    expect(modelMargin("ok see you at lunch, I'll bring the notes")).toBeLessThan(-2);
  });

  it("holds weights only: no words or n-grams of the corpora", () => {
    const strings = Object.entries(modelFile).filter(([, v]) => typeof v === "string");
    expect(strings.map(([k]) => k).sort()).toEqual(["about", "format", "weights"]);
    expect(modelFile.weights).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });

  it("gives every distinct word or n-gram one bucket, with one value for the text", () => {
    const x = featurize("hello hello world");
    expect(new Set(x.index).size).toBe(x.index.length);
    expect(x.value).toBeCloseTo(1 / Math.sqrt(x.index.length));
  });
});

describe("platform signals", () => {
  it.each([
    ["Kindly add me on WhatsApp +1 (302) 555-0147 so we can talk more.", "spam.off_platform", "add me on WhatsApp"],
    ["Let's chat on Telegram, it's easier", "spam.off_platform", "Let's chat on Telegram"],
    ["Our platform guarantees 30% monthly returns with zero risk.", "spam.money_pitch", "guarantees 30% monthly returns"],
    ["I help people earn $5,000 weekly trading crypto.", "spam.money_pitch", "earn $5,000 weekly"],
    ["Get my free signals for Bitcoin", "spam.crypto", "free signals"],
    ["a remote data entry job paying $900/week", "spam.job_scam", "remote data entry job"],
    ["Just pay the registration fee to start", "spam.job_scam", "registration fee"],
    ["Hi handsome, I'm new in your city and so lonely", "spam.romance", "Hi handsome"],
    ["I have a confidential business proposal worth $4.5 million", "spam.advance_fee", "confidential business proposal"],
    ["US Army Officer | Peacekeeping mission", "spam.fake_persona", "US Army Officer"],
    ["see my private photos here: bit.ly/annaprv", "spam.link_bait", "bit.ly/annaprv"],
    ["FLASH SALE 90% OFF! Click the link in bio", "spam.link_bait", "FLASH SALE"],
    ["SUB4SUB F4F 100% follow back guaranteed", "spam.follower_selling", "SUB4SUB"],
    ["Hey guys check out my new channel and subscribe", "spam.self_promotion", "check out my new channel"],
    ["Help me reach 1000 subscribers please", "spam.engagement_farming", "Help me reach 1000 subscribers"],
    ["Please donate to my gofundme", "spam.donation_appeal", "donate to"],
    ["Oh sorry, wrong number! Anyway I'm Emily, I trade gold with my uncle's team.", "spam.wrong_number", "wrong number! Anyway I'm Emily, I trade"],
    ["Are you free? I need a quick favour. I'm in a meeting and can't talk.", "spam.boss_fraud", "quick favour. I'm in a meeting"],
    ["I accidentally had a 6-digit code sent to your number, please send it back", "spam.phishing", "accidentally had a 6-digit code"],
  ])("%s → %s", (text, key, evidence) => {
    const found = socialSpamSignals(text, parseRequest(text, "other")).find((s) => s.signal.key === key);
    expect(found?.signal.evidence).toBe(evidence);
    expect(found?.signal.label).toMatch(/\.$/);
    expect(text).toContain(found!.signal.evidence);
  });

  it("notices handles stuffed with digits, but not a birth year", () => {
    const keys = (t: string) => socialSpamSignals(t, parseRequest(t, "x")).map((s) => s.signal.key);
    expect(keys("@crypto_wealth_8841\nhi")).toContain("spam.digit_handle");
    expect(keys("@anna_1994\nhi")).not.toContain("spam.digit_handle");
  });

  it("lets platform signals outweigh a chatty model score, and trusts people the user knows", () => {
    const text = "Linda Smith\nHi dear, how are you doing today? I saw your profile and I would like us to be friends.";
    const parsed = parseRequest(text, "facebook");
    const a = assessSpam(text, parsed);
    expect(a.modelMargin).toBeLessThan(MODEL_FLOOR);
    expect(a.isSpam).toBe(true);
    expect(assessSpam(text, parsed, { known: true }).isSpam).toBe(false);
  });

  it("does not ignore real people who mention money, crypto or a link", () => {
    for (const text of [
      "Sam Ortiz\nBlockchain Engineer at Coinbase\n11 mutual connections\nHi Jenn, I enjoyed your talk on payments at the fintech summit!",
      "Grace Liu\nFinancial Advisor at Northwestern Mutual\nHi Jenn, I help families plan for retirement and would love to connect.",
      "Priyanka Das\nUX Designer\nHere's my portfolio if useful: www.priyankadas.design. Met you at the design meetup!",
      "Amanda Cole\nTechnical Recruiter\nHi Jenn! I have an exciting opportunity with a competitive salary. Open to a quick call?",
      // a real mistake, no pivot; a colleague in a meeting; an analyst met at a conference
      "Tom Reyes\nSorry, wrong person! I meant to add Jenn Park from my running club. Have a good day.",
      "Mia Chen\nProduct Lead at Hooli\nHi Jenn, I'm in a meeting all afternoon and can't talk, but loved your talk at the summit!",
      "Ben Ortiz\nEquity Analyst at Fidelity\n4 mutual connections\nHi Jenn, we met at the investing panel in Boston. Would be glad to stay in touch.",
      // a recruiter's pitch reads like SMS spam to the text model; a real card (role at a company, mutual connections) weighs against it
      "Ryan Foster\nTalent Partner at Sequoia Capital\nMenlo Park · 6 mutual connections\n\"Hi Alex, I'm helping one of our portfolio companies hire a Head of Infrastructure and your background stood out. Open to a quick chat?\"",
    ]) {
      expect(assessSpam(text, parseRequest(text, "linkedin")).isSpam, text).toBe(false);
    }
  });
});

describe.skipIf(!existsSync(corporaDir))("the corpora (read, never written)", () => {
  it.skipIf(!existsSync(sharedCorpora))("are read and split exactly as ../shared/eval/corpora.mjs does", async () => {
    const shared = (await import(pathToFileURL(sharedCorpora).href)) as {
      readCorpora: (d: string) => Record<string, { text: string; spam: boolean }[]>;
      isTestRow: (t: string) => boolean;
    };
    const ours = readCorpora(corporaDir);
    const theirs = shared.readCorpora(corporaDir);
    expect(ours).toEqual(theirs);
    for (const row of [...ours.sms, ...ours.youtube]) expect(isTestRow(row.text)).toBe(shared.isTestRow(row.text));
  });

  it("reproduces the shipped model from the TRAIN rows", { timeout: 120_000 }, () => {
    const out = join(mkdtempSync(join(tmpdir(), "spam-model-")), "model.json");
    execFileSync(process.execPath, ["--import", "tsx", "scripts/spam/train.ts", "--corpora", corporaDir, "--out", out], { cwd: root, stdio: "pipe" });
    expect(readFileSync(out, "utf8")).toBe(readFileSync(join(root, "lib/triage/model/spam-model.json"), "utf8"));
  });
});

describe("the other languages' scam cues", () => {
  it("each compiles as the engine compiles it (unicode, global), alone and joined, so no language's text can make the engine throw", async () => {
    const { PACKS } = await import("@/lib/triage/lang");
    const all: string[] = [];
    for (const [lang, pack] of Object.entries(PACKS)) {
      for (const [key, src] of Object.entries(pack.scam)) {
        expect(() => new RegExp(src as string, "gu"), `${lang} ${key}`).not.toThrow();
        all.push(`(?:${src as string})`);
      }
    }
    expect(() => new RegExp(all.join("|"), "u")).not.toThrow();
  });

  it("the read-only languages' cues (it, nl, pl, sv, tr, ca) compile too, alone and joined with the five's, and fire on what they are for", async () => {
    const { PACKS } = await import("@/lib/triage/lang");
    const { READING_PACKS, READING_LANGUAGES } = await import("@/lib/triage/lang/read-only");
    const { fold } = await import("@/lib/triage/text");
    const all = Object.values(PACKS).flatMap((p) => Object.values(p.scam).map((src) => `(?:${src as string})`));
    for (const lang of READING_LANGUAGES) {
      const pack = READING_PACKS[lang];
      for (const [key, src] of Object.entries(pack.scam)) {
        expect(() => new RegExp(src as string, "gu"), `${lang} ${key}`).not.toThrow();
        all.push(`(?:${src as string})`);
      }
      for (const part of ["online", "inPerson"] as const) for (const src of pack.meeting[part]) expect(() => new RegExp(src, "u"), `${lang} meeting.${part}`).not.toThrow();
    }
    expect(() => new RegExp(all.join("|"), "u")).not.toThrow();

    // one phrase per language and key: the cue must read it on folded text ("ł" and dotless "ı" stay letters)
    const samples: [keyof typeof READING_PACKS, string, string][] = [
      ["it", "spam.off_platform", "Scrivimi su WhatsApp così parliamo meglio"],
      ["it", "spam.link_bait", "un BUONO SPESA da 500€ per te"],
      ["it", "spam.romance", "Mi sento tanto solo"],
      ["nl", "spam.ambassador_pitch", "We zijn op zoek naar nieuwe ambassadeurs voor ons merk"],
      ["nl", "spam.money_pitch", "een vast rendement van 30% per maand"],
      ["pl", "spam.job_scam", "praca zdalna: 300-800 zł dziennie, wypłata od razu"],
      ["pl", "spam.off_platform", "Proszę napisać do mnie na WhatsApp"],
      ["sv", "spam.romance", "Hej snygging, du verkar så snäll"],
      ["sv", "spam.fake_persona", "jag är en amerikansk militärläkare i Syrien"],
      ["tr", "spam.link_bait", "500 TL değerinde HEDİYE ÇEKİ kazandınız"],
      ["tr", "spam.money_pitch", "günde 2.000 TL kazanıyor"],
      ["ca", "spam.link_bait", "una targeta regal de 300€ de Mercadona"],
    ];
    for (const [lang, key, text] of samples) {
      const scam: Partial<Record<string, string>> = READING_PACKS[lang].scam;
      expect(scam[key], `${lang} ${key}`).toBeDefined();
      expect(new RegExp(scam[key]!, "u").test(fold(text)), `${lang} ${key}: ${text}`).toBe(true);
    }
  });

  it("the read-only languages' cues leave real people alone: recruiters, congratulations, courses, discounts", async () => {
    const { READING_PACKS, READING_LANGUAGES } = await import("@/lib/triage/lang/read-only");
    const { fold } = await import("@/lib/triage/text");
    const real = [
      "Ciao Giulia, sto cercando un Head of Data, posizione full remote (lavoro da casa), RAL 45.000€. Ti andrebbe una call?",
      "Complimenti per il premio come miglior startup dell'anno! Hai vinto meritatamente.",
      "Gefeliciteerd met je prijs! Je hebt de award echt verdiend.",
      "Dzień dobry, mam dla Pani ofertę: praca zdalna, 20 000 zł brutto miesięcznie. Czy możemy porozmawiać?",
      "Grattis till priset! Du har vunnit det helt rättvist.",
      "Tebrikler, ödülü kazandınız! Çok hak ettiniz.",
      "Enhorabona pel premi! Has guanyat amb un projecte preciós.",
      "Hoi lieverd! Leuk dat je vrijdag op de borrel was.",
      "Merhaba canım, dün akşam yemeğinde çok eğlendik!",
      "Hej kochana! Widziałyśmy się na weselu Kasi.",
      "Ciao, ti propongo una consulenza gratuita sul tuo portafoglio: rendimenti in linea con il mercato e senza rischi inutili.",
      "Hallo, wij bieden 20% korting voor nieuwe zakelijke klanten, zonder risico en zonder verplichtingen.",
      "Hej Erik! Du kan jobba hemifrån tre dagar i veckan, lön 55 000 kr i månaden.",
    ];
    const cues = READING_LANGUAGES.flatMap((l) => Object.entries(READING_PACKS[l].scam).map(([k, src]) => [`${l} ${k}`, new RegExp(src as string, "u")] as const));
    for (const text of real) for (const [name, re] of cues) expect(re.exec(fold(text))?.[0], `${name} on "${text}"`).toBeUndefined();
  });
});
