// The schemas' messages are keys of the `validation` catalogue (lib/validations/messages.ts):
// every key the schemas name exists, no schema message is left as English text, English
// stays word for word what zod, the HTTP API and the tests read, and fieldErrors(error, t)
// says each message in t's language.
import { readdirSync, readFileSync } from "node:fs";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "@/lib/i18n/config";
import { en, type Messages } from "@/lib/i18n/en";
import { fieldErrors, issueMessage, type ValidationTranslator } from "@/lib/validations/errors";
import { registeredMessages } from "@/lib/validations/messages";
import { signUpSchema } from "@/lib/validations/auth";
import { decisionStatusFormSchema, parseDecisionFilter } from "@/lib/validations/decision";
import { confirmImportFormSchema } from "@/lib/validations/import";
import { profileFormSchema, profileSchema } from "@/lib/validations/profile";
import { deleteAccountSchema, passwordChangeSchema } from "@/lib/validations/settings";
import { templateSchema } from "@/lib/validations/template";
import { analyzeSchema } from "@/lib/validations/triage";
import { apiTokenNameSchema } from "@/lib/validations/api";

type Tree = { [key: string]: string | Tree };
const read = (locale: string): Tree => JSON.parse(readFileSync(`lib/i18n/messages/${locale}/validation.json`, "utf8")) as Tree;
const keysOf = (tree: Tree, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : keysOf(v, `${prefix}${k}.`)));

const catalogue = new Set(keysOf(read("en")));
// The HTTP API's own schemas stay English (lib/validations/api.ts); the others are the app's.
const SCHEMA_FILES = readdirSync("lib/validations")
  .filter((f) => f.endsWith(".ts") && f !== "api.ts")
  .map((f) => `lib/validations/${f}`);

const translators = Object.fromEntries(
  LOCALES.map((locale) => {
    const messages = JSON.parse(JSON.stringify({ ...en, validation: read(locale) })) as Messages;
    return [locale, createTranslator({ locale, messages, namespace: "validation", timeZone: "UTC" }) as ValidationTranslator];
  }),
) as Record<Locale, ValidationTranslator>;
const de = translators.de;

describe("the schemas' message keys", () => {
  it("every key named in lib/validations exists in the validation catalogue", () => {
    const missing: string[] = [];
    let found = 0;
    for (const file of [...SCHEMA_FILES, "lib/validations/api.ts"]) {
      const source = readFileSync(file, "utf8");
      for (const m of source.matchAll(/\bvm\(\s*(["`])([^"`]+)\1/g)) {
        found++;
        const key = m[2]!;
        // A key built from a union (`profile.${field}.blank`) must match at least one message.
        const pattern = new RegExp(`^${key.replace(/[.]/g, "\\.").replace(/\$\{[^}]+\}/g, "[^.]+")}$`);
        if (![...catalogue].some((k) => pattern.test(k))) missing.push(`${file}: ${key}`);
      }
      for (const m of source.matchAll(/\bt\(\s*"([^"]+)"/g)) {
        found++;
        if (!catalogue.has(m[1]!)) missing.push(`${file}: ${m[1]}`);
      }
    }
    expect(found).toBeGreaterThan(60);
    expect(missing).toEqual([]);
  });

  it("no schema message of the app is left as English text", () => {
    const left: string[] = [];
    for (const file of SCHEMA_FILES) {
      readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, i, lines) => {
          if (line.includes("i18n-ignore") || lines[i - 1]?.includes("i18n-ignore")) return;
          const literal = /(\berror|\bmessage):\s*["`]|\.(min|max|int|length|regex|refine|email|date)\((?:[^()]|\([^()]*\))*,\s*["`]/;
          if (literal.test(line)) left.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(left).toEqual([]);
  });

  it("each registered wording has one key, and reads the same in English as before", () => {
    // Messages made while parsing (refinements) register when first made: make them.
    decisionStatusFormSchema.safeParse({ id: "d", status: "held" });
    decisionStatusFormSchema.safeParse({ id: "d", status: "held", revisitAt: "x" });
    decisionStatusFormSchema.safeParse({ id: "d", status: "held", revisitAt: "2000-01-01" });
    decisionStatusFormSchema.safeParse({ id: "d", status: "held", revisitAt: "2999-01-01" });
    deleteAccountSchema("a@example.test").safeParse({ confirmation: "b@example.test" });
    confirmImportFormSchema.safeParse({ rows: "{", keep: [] });
    const { messages, clashes } = registeredMessages();
    expect(clashes).toEqual([]);
    expect(messages.size).toBeGreaterThan(80);
    for (const [text, { key, values }] of messages) {
      expect(catalogue.has(key), key).toBe(true);
      expect(translators.en(key, values)).toBe(text);
      for (const locale of LOCALES.filter((l) => l !== "en")) {
        const said = translators[locale](key, values);
        expect(said, `${locale} ${key}`).not.toBe(`validation.${key}`);
        // Every {value} filled in (the variables' own braces aside).
        if (!text.includes("{")) expect(said, `${locale} ${key}`).not.toMatch(/[{}]/);
      }
    }
    // As the tests and the HTTP API have always read them.
    expect(messages.get("Name must be at most 60 characters.")).toEqual({ key: "shared.nameMax", values: { max: 60 } });
    expect(messages.has("Minimum mutual connections must be at most 100,000.")).toBe(true);
    expect(messages.has("Keep the request to 20,000 characters or fewer.")).toBe(true);
    expect(messages.has("Only these variables can be used: {firstName}, {name}, {company}, {platform}.")).toBe(true);
    expect(messages.has("platform: must be one of linkedin, facebook, instagram")).toBe(true);
  });
});

describe("fieldErrors in the user's language", () => {
  it("translates a schema's messages by their keys, with their values", () => {
    const r = profileSchema.safeParse({ name: "x".repeat(61), minMutualConnections: 200_000, competitors: ["ok", " "] });
    expect(fieldErrors(r.error!, de)).toEqual({
      name: ["Der Name darf höchstens 60 Zeichen lang sein."],
      "competitors.1": ["Die Liste der Wettbewerber darf keine leeren Einträge enthalten."],
      minMutualConnections: ["Die Mindestzahl gemeinsamer Kontakte darf höchstens 100.000 betragen."],
    });
    const signUp = signUpSchema.safeParse({ name: " ", email: "nope", password: "short" });
    expect(fieldErrors(signUp.error!, translators.es)).toEqual({
      name: ["Escribe tu nombre."],
      email: ["Escribe un correo electrónico válido, como nombre@example.com."],
      password: ["La contraseña debe tener al menos 10 caracteres."],
    });
    const template = templateSchema.safeParse({ reasonKey: "competitor", title: "T", body: "Hi {first}" });
    expect(fieldErrors(template.error!, translators.fr).body).toEqual(["Seules ces variables peuvent être utilisées : {firstName}, {name}, {company}, {platform}."]);
    const differ = passwordChangeSchema.safeParse({ newPassword: "long enough 1", confirmPassword: "long enough 2" });
    expect(fieldErrors(differ.error!, translators.pt)).toEqual({ confirmPassword: ["As duas novas senhas não coincidem."] });
    const tooLong = analyzeSchema.safeParse({ text: "x".repeat(20_001) });
    expect(fieldErrors(tooLong.error!, translators.fr).text).toEqual(["La demande ne doit pas dépasser 20\u202f000 caractères."]);
  });

  it("keeps English exactly as zod has it, with or without an English t", () => {
    for (const input of [{}, { name: 3, defaultFor: ["myspace"], onlyKnownInRealLife: "yes", signature: "x".repeat(81) }]) {
      const r = profileSchema.safeParse(input);
      expect(fieldErrors(r.error!, translators.en)).toEqual(fieldErrors(r.error!));
    }
    const r = profileSchema.safeParse({ name: "ok", onlyKnownInRealLife: "yes" });
    expect(fieldErrors(r.error!, translators.en).onlyKnownInRealLife).toEqual(["Invalid input: expected boolean, received string"]);
  });

  it("says zod's own messages and the engine's English ones in general terms", () => {
    const r = profileSchema.safeParse({ name: "ok", onlyKnownInRealLife: "yes", blockedRoles: "not a list" });
    expect(fieldErrors(r.error!, de)).toEqual({ onlyKnownInRealLife: ["Dieser Wert ist ungültig."], blockedRoles: ["Blockierte Rollen müssen als Liste von Namen angegeben werden."] });
    const missing = apiTokenNameSchema.safeParse({});
    expect(fieldErrors(missing.error!, de)).toEqual({ name: ["Geben Sie dem Token einen Namen."] });
    const own = profileFormSchema.safeParse({ name: "ok", defaultFor: ["linkedin", "linkedin", "linkedin", "linkedin", "linkedin", "linkedin"] });
    expect(fieldErrors(own.error!, de).defaultFor).toEqual(["Fügen Sie höchstens 5 Einträge hinzu."]);
    const custom = { code: "custom", path: [], message: "Some other module's English.", input: undefined } as const;
    expect(issueMessage(custom as never, de)).toBe("Dieser Wert ist ungültig.");
    // The Triage page's corrections go through the engine's schema, worded in English by its contract.
    const corrected = analyzeSchema.safeParse({ text: "Hi", overrides: { mutualConnections: -3, name: "x".repeat(300) } });
    expect(fieldErrors(corrected.error!, de)).toEqual({ "overrides.mutualConnections": ["Geben Sie eine Zahl von mindestens 0 ein."], "overrides.name": ["Verwenden Sie höchstens 200 Zeichen."] });
    expect(fieldErrors(corrected.error!)["overrides.mutualConnections"]).toEqual(["must be 0 or more"]);
  });

  it("history's filters from a URL, in t's language", () => {
    const { errors } = parseDecisionFilter({ verdict: "maybe", from: "2026-03-10", to: "2026-03-01" }, translators.es);
    expect(errors).toEqual({ verdict: ["Veredicto desconocido."], to: ["La fecha final debe ser igual o posterior a la fecha inicial."] });
    expect(parseDecisionFilter({ verdict: "maybe" }).errors).toEqual({ verdict: ["Unknown verdict."] });
  });
});
