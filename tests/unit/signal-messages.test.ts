// The engine (lib/triage) speaks English; the Triage page shows its signals, its observe
// advice and its grace-check issues in the interface language from the `signals` and
// `triage` messages (components/triage/signal-messages.ts, grace-messages.ts). This fails
// when the engine can emit a signal key that has no message, when a label no longer reads
// as the app expects (it would silently fall back to English), when English does not come
// out word for word as the engine says it, or when another language falls back to English.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { GRACE_MESSAGES, graceText, REASON_WORD_KEYS, type GraceMessageContext, type GraceTranslator } from "@/components/triage/grace-messages";
import { adviceKind, adviceMessageKeys, SIGNAL_MESSAGES, signalMessage, signalText, type SignalsTranslator } from "@/components/triage/signal-messages";
import { LOCALES, type Locale } from "@/lib/i18n/config";
import { graceCheck, OBSERVE_ADVICE, parseRequest, PLATFORMS, triage, type GraceIssue, type Platform, type Signal, type TriageResult } from "@/lib/triage";
import { assessSpam, socialSpamSignals } from "@/lib/triage/spam";

const read = (file: string) => readFileSync(file, "utf8");
const messages = (locale: Locale, ns: "signals" | "triage") => JSON.parse(read(path.join("lib", "i18n", "messages", locale, `${ns}.json`)));

const throwOnError = (error: Error) => {
  throw error;
};
const signalsT = (locale: Locale) =>
  createTranslator({ locale, messages: { signals: messages(locale, "signals") }, namespace: "signals", onError: throwOnError }) as unknown as SignalsTranslator;
const triageT = (locale: Locale) =>
  createTranslator({ locale, messages: { triage: messages(locale, "triage") }, namespace: "triage", onError: throwOnError }) as unknown as GraceTranslator;
const OTHER_LOCALES = LOCALES.filter((l) => l !== "en");

// ---------------------------------------------------------------------------
// What the engine can emit

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sourceFiles(file) : file.endsWith(".ts") ? [file] : [];
  });
}

/** Every signal key written in the engine's source ("criteria.competitor", "spam.off_platform"…). */
const ENGINE_KEYS = [...new Set(sourceFiles(path.join("lib", "triage")).flatMap((file) => [...read(file).matchAll(/\bkey:\s*["'`]((?:criteria|spam)\.[a-z_]+)["'`]/g)].map((m) => m[1]!)))].sort();

/** Every request of the engine's test fixtures and the shared public evaluation set. */
function fixtureRequests(): Record<string, unknown>[] {
  const dir = path.join("tests", "triage", "fixtures");
  const files = [...readdirSync(dir).filter((f) => f.endsWith(".jsonl")).map((f) => path.join(dir, f)), path.join("..", "shared", "eval", "public.jsonl")];
  return files.flatMap((file) =>
    read(file)
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as Record<string, unknown>),
  );
}

const results: TriageResult[] = [];
for (const c of fixtureRequests()) {
  try {
    results.push(triage({ text: c.text, platform: c.platform, profile: c.profile, knownInRealLife: c.knownInRealLife, overrides: c.overrides } as Parameters<typeof triage>[0]));
  } catch {
    // the fixtures hold invalid requests on purpose (the engine's own tests check those)
  }
}

/** Scam cues the fixtures do not happen to hold, straight from the spam signals. */
const EXTRA_SPAM = [
  "Become a brand ambassador for our page! DM our page @glowup_official to join.",
  "Please vote for me in the photo contest, it would mean a lot!",
  "Donate now to my GoFundMe for the animal shelter.",
  "Hot singles in your area are waiting, see my OnlyFans.",
  "Hola, agrégame al WhatsApp y te explico cómo invertir en criptomonedas.",
  "Hallo, schreib mir auf WhatsApp, ich zeige dir, wie du mit Krypto passives Einkommen aufbaust.",
];
const signals: Signal[] = [
  ...results.flatMap((r) => r.signals),
  ...EXTRA_SPAM.flatMap((text) => {
    const parsed = parseRequest(text);
    return [...socialSpamSignals(text, parsed).map((w) => w.signal), ...assessSpam(text, parsed).signals];
  }),
];

describe("signal messages", () => {
  it("reads the engine's signal keys from its source", () => {
    expect(ENGINE_KEYS).toContain("criteria.competitor");
    expect(ENGINE_KEYS).toContain("spam.off_platform");
    expect(ENGINE_KEYS.length).toBeGreaterThanOrEqual(25);
  });

  it("has a message for every signal key the engine can emit, and none for a key it cannot", () => {
    expect(ENGINE_KEYS.filter((k) => !Object.hasOwn(SIGNAL_MESSAGES, k))).toEqual([]);
    // the model's signal is built from a template literal key as well
    expect(Object.keys(SIGNAL_MESSAGES).filter((k) => !ENGINE_KEYS.includes(k))).toEqual([]);
  });

  it("sees every key at work in the fixtures (or the extra scam cues above)", () => {
    const seen = new Set(signals.map((s) => s.key));
    expect(ENGINE_KEYS.filter((k) => !seen.has(k))).toEqual([]);
    expect([...seen].filter((k) => !Object.hasOwn(SIGNAL_MESSAGES, k))).toEqual([]);
  });

  it("reads every label the engine emits, and says it in English word for word", () => {
    const en = signalsT("en");
    const problems: string[] = [];
    for (const s of signals) {
      if (!signalMessage(s)) problems.push(`${s.key}: the label is not read: ${s.label}`);
      else if (signalText(en, s) !== s.label) problems.push(`${s.key}: "${signalText(en, s)}" is not the engine's "${s.label}"`);
    }
    expect(problems).toEqual([]);
  });

  for (const locale of OTHER_LOCALES) {
    it(`${locale}: says every signal in ${locale}, with its company, role and counts`, () => {
      const t = signalsT(locale);
      const problems: string[] = [];
      for (const s of signals) {
        const text = signalText(t, s);
        if (text === s.label) problems.push(`${s.key}: English`);
        const found = signalMessage(s)!;
        for (const v of Object.values(found.values)) if (typeof v === "string" && !["stock", "none"].includes(v) && !text.includes(v)) problems.push(`${s.key}: "${v}" missing from "${text}"`);
      }
      expect(problems).toEqual([]);
    });
  }

  it("shows an unknown key, or a label it cannot read, as the engine's English", () => {
    expect(signalText(signalsT("de"), { key: "spam.brand_new", label: "Something new." })).toBe("Something new.");
    expect(signalText(signalsT("de"), { key: "criteria.competitor", label: "Reworded by a later engine." })).toBe("Reworded by a later engine.");
    expect(signalText(signalsT("de"), { key: "blocked_role", label: "Works in sales" })).toBe("Works in sales");
  });

  it("puts the numbers in the language's format", () => {
    const few = { key: "criteria.few_mutual_connections", label: "1 mutual connection, fewer than the 3 you ask for." };
    expect(signalText(signalsT("de"), few)).toBe("1 gemeinsamer Kontakt, weniger als die 3, die Sie voraussetzen.");
    expect(signalText(signalsT("fr"), { key: "spam.model", label: "Reads like the spam the text model learned from (92% by the model alone)." })).toContain("92\u00a0%");
  });
});

describe("observe advice", () => {
  it("knows each piece of the engine's advice, and says it in English word for word", () => {
    const en = signalsT("en");
    const kinds = Object.values(OBSERVE_ADVICE).map((advice) => adviceKind(advice));
    expect(kinds.every(Boolean)).toBe(true);
    expect(new Set(kinds).size).toBe(kinds.length);
    for (const advice of Object.values(OBSERVE_ADVICE)) {
      const keys = adviceMessageKeys(adviceKind(advice)!);
      expect(en(keys.summary as never)).toBe(advice.summary);
      expect(keys.watch.map((k) => en(k as never))).toEqual(advice.watch);
    }
  });

  it("recognises the advice of every observe verdict in the fixtures", () => {
    const observed = results.filter((r) => r.verdict === "observe");
    expect(observed.length).toBeGreaterThan(0);
    expect(observed.filter((r) => !r.advice || !adviceKind(r.advice))).toEqual([]);
  });

  for (const locale of OTHER_LOCALES) {
    it(`${locale}: says the advice in ${locale}`, () => {
      const t = signalsT(locale);
      for (const advice of Object.values(OBSERVE_ADVICE)) {
        const keys = adviceMessageKeys(adviceKind(advice)!);
        expect(t(keys.summary as never)).not.toBe(advice.summary);
        expect(keys.watch.map((k) => t(k as never)).filter((w, i) => w === advice.watch[i])).toEqual([]);
      }
    });
  }
});

// ---------------------------------------------------------------------------
// The grace check

const GRACE_TEXTS: { text: string; platform?: Platform; reasons?: TriageResult["reasons"] }[] = [
  { text: "   " },
  { text: "Thanks, but this looks like spam and honestly a bit creepy." },
  { text: "Thanks for the 'opportunity'. Good luck with that." },
  { text: "Thank you, and I'm so sorry, I really am. Sorry again!" },
  { text: "Thank you! I can't connect with competitors, maybe later though.", reasons: ["competitor", "blocked_role"] },
  { text: "Thank you! Maybe later." },
  { text: "Hi Tom, I only connect with people I know." },
  { text: "Hi Tom. I only connect with people I know. I keep it that way. Thanks anyway." },
  { text: "Thanks. Next time, please personalise your note." },
  { text: "THANKS BUT NO THANKS!!" },
  ...PLATFORMS.map((platform) => ({ text: `Thank you. ${"I only connect with people I know. ".repeat(320)}`, platform })),
  { text: `Thank you. ${"I only connect with people I know. ".repeat(25)}`, platform: "x" as const },
];

function graceIssues(): { issue: GraceIssue; platform: Platform }[] {
  return GRACE_TEXTS.flatMap(({ text, platform = "linkedin", reasons }) => graceCheck(text, { platform, reasons }).map((issue) => ({ issue, platform })));
}

function context(locale: Locale, platform: Platform): GraceMessageContext {
  const t = triageT(locale);
  const list = new Intl.ListFormat(locale, { type: "unit", style: "short" });
  return { platform, reasonList: (reasons) => list.format(reasons.map((r) => t(REASON_WORD_KEYS[r]))) };
}

/** The engine writes its counts bare ("1001"); the app in the locale's format ("1,001"). */
const bareNumbers = (s: string) => s.replace(/(\d),(\d{3})\b/g, "$1$2");

describe("grace-check messages", () => {
  it("sees every kind of issue the grace check raises", () => {
    const keys = new Set(graceIssues().map((i) => i.issue.key));
    expect(Object.keys(GRACE_MESSAGES).filter((k) => !keys.has(k as GraceIssue["key"]))).toEqual([]);
    // and the grace check's own list of keys is the one the messages cover
    const declared = [...read(path.join("lib", "triage", "grace.ts")).matchAll(/key:\s*"([a-z_]+)"/g)].map((m) => m[1]);
    expect([...new Set(declared)].sort()).toEqual(Object.keys(GRACE_MESSAGES).sort());
  });

  it("says each issue in English word for word", () => {
    const t = triageT("en");
    const problems: string[] = [];
    for (const { issue, platform } of graceIssues()) {
      const words = graceText(t, issue, context("en", platform));
      if (bareNumbers(words.message) !== issue.message) problems.push(`${issue.key}: "${words.message}" is not "${issue.message}"`);
      if (bareNumbers(words.suggestion) !== issue.suggestion) problems.push(`${issue.key}: "${words.suggestion}" is not "${issue.suggestion}"`);
    }
    expect(problems).toEqual([]);
  });

  for (const locale of OTHER_LOCALES) {
    it(`${locale}: says each issue in ${locale}`, () => {
      const t = triageT(locale);
      const problems: string[] = [];
      for (const { issue, platform } of graceIssues()) {
        const words = graceText(t, issue, context(locale, platform));
        if (words.message === issue.message) problems.push(`${issue.key}: English message`);
        if (words.suggestion === issue.suggestion) problems.push(`${issue.key}: English suggestion`);
        if (issue.evidence && ["hurtful_word", "sarcasm", "preachy", "false_promise"].includes(issue.key) && !words.message.includes(issue.evidence)) {
          problems.push(`${issue.key}: "${issue.evidence}" missing from "${words.message}"`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it("shows an issue it cannot read as the engine's English", () => {
    const issue: GraceIssue = { key: "sarcasm", severity: "warning", message: "Reworded.", evidence: "", suggestion: "Also reworded." };
    expect(graceText(triageT("fr"), issue, context("fr", "linkedin"))).toEqual({ message: "Reworded.", suggestion: "Also reworded." });
  });
});
