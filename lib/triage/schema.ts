// The triage contract (../shared/specs/triage-contract.md) as zod schemas and types.
// One schema serves the CLI, the server actions and the HTTP API, and every error
// message starts with the field it is about ("text: must not be blank").
import { z } from "zod";

// In a browser, zod probes `new Function` when a schema is built; a strict
// Content-Security-Policy reports that as a violation. Parsers work the same without it.
if (typeof window !== "undefined") z.config({ jitless: true });

import { LANGUAGES, MAX_TEXT_LENGTH, PLATFORMS, TONES, type Language, type Platform, type ReasonKey, type Tone, type Verdict } from "./constants";

export { LANGUAGES, MAX_TEXT_LENGTH, PLATFORMS, REASON_KEYS, TONES, VERDICTS } from "./constants";
export type { Language, Platform, ReasonKey, Tone, Verdict } from "./constants";
/** Generous bounds on the user's own lists and wording, so one request cannot make the engine slow. */
const MAX_LIST_ITEMS = 500;
const MAX_ITEM_LENGTH = 200;
const MAX_REASON_LENGTH = 1_000;

function typeName(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "an array";
  return typeof input === "object" ? "an object" : `a ${typeof input}`;
}

/** A message for a value of the wrong type: "is required" when absent, else what was expected and what came. */
const expected = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? "is required" : `expected ${what}, got ${typeName(issue.input)}`;

const stringList = (what: string) =>
  z
    .array(z.string({ error: expected("a string") }).max(MAX_ITEM_LENGTH, `each ${what} must be at most ${MAX_ITEM_LENGTH} characters`), {
      error: expected("an array of strings"),
    })
    .max(MAX_LIST_ITEMS, `must hold at most ${MAX_LIST_ITEMS} items`);

// JSON often says null for "not given": optional fields accept it and mean "absent".
const optionalNullable = <T extends z.ZodType>(schema: T) =>
  schema
    .nullish()
    .transform((v) => v ?? undefined);

const reasonString = z.string({ error: expected("a string") }).max(MAX_REASON_LENGTH, `must be at most ${MAX_REASON_LENGTH} characters`);
const languageSchema = z.enum(LANGUAGES, { error: `must be one of ${LANGUAGES.join(", ")}` });

/** One wording per language ({"en": "...", "es": "..."}); a draft in a language without one falls back to the profile's language. */
export const reasonWordingsSchema = z.strictObject(
  { en: reasonString.optional(), es: reasonString.optional(), de: reasonString.optional(), fr: reasonString.optional(), pt: reasonString.optional() },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `languages must be among ${LANGUAGES.join(", ")}` : expected("a string or an object of wordings per language")(issue)) },
);

/** A reason's wording: one sentence used in every language, or one per language. */
const reasonText = optionalNullable(
  z.union([reasonString, reasonWordingsSchema], {
    error: (issue) => {
      const input = (issue as { input?: unknown }).input;
      return typeof input === "string" ? `must be at most ${MAX_REASON_LENGTH} characters` : expected("a string or an object of wordings per language")(issue);
    },
  }),
);

export const reasonTemplatesSchema = z.object(
  {
    competitor: reasonText,
    blocked_role: reasonText,
    not_known_in_real_life: reasonText,
    no_personal_note: reasonText,
  },
  { error: expected("an object with one sentence per reason key") },
);

const boolean = (dflt: boolean) => z.boolean({ error: expected("true or false") }).default(dflt);

export const criteriaProfileSchema = z.object(
  {
    onlyKnownInRealLife: boolean(false),
    knownPeople: stringList("name").default([]),
    competitors: stringList("company").default([]),
    blockedRoles: stringList("role").default([]),
    requirePersonalNote: boolean(false),
    minMutualConnections: z
      .number({ error: expected("a whole number") })
      .int("must be a whole number")
      .min(0, "must be 0 or more")
      .max(1_000_000, "must be at most 1,000,000")
      .default(0),
    observeStrangersMetOnline: boolean(true),
    reasons: reasonTemplatesSchema.default({
      competitor: undefined,
      blocked_role: undefined,
      not_known_in_real_life: undefined,
      no_personal_note: undefined,
    }),
    tone: z.enum(TONES, { error: `must be one of ${TONES.join(", ")}` }).default("warm"),
    signature: optionalNullable(z.string({ error: expected("a string") }).max(MAX_ITEM_LENGTH, `must be at most ${MAX_ITEM_LENGTH} characters`)).transform(
      (s) => (s && s.trim() ? s.trim() : undefined),
    ),
    /** v2: the language of this profile's drafts; absent: the request's */
    language: optionalNullable(languageSchema),
  },
  { error: expected("an object") },
);

export const overridesSchema = z.object(
  {
    name: optionalNullable(z.string({ error: expected("a string") }).max(MAX_ITEM_LENGTH)),
    firstName: optionalNullable(z.string({ error: expected("a string") }).max(MAX_ITEM_LENGTH)),
    headline: optionalNullable(z.string({ error: expected("a string") }).max(1_000)),
    company: optionalNullable(z.string({ error: expected("a string") }).max(MAX_ITEM_LENGTH)),
    mutualConnections: optionalNullable(
      z.number({ error: expected("a whole number") }).int("must be a whole number").min(0, "must be 0 or more"),
    ),
    note: optionalNullable(z.string({ error: expected("a string") }).max(MAX_TEXT_LENGTH)),
  },
  { error: expected("an object") },
);

export const triageRequestSchema = z.object(
  {
    id: optionalNullable(z.string({ error: expected("a string") }).max(1_000, "must be at most 1,000 characters")),
    text: z
      .string({ error: expected("a string") })
      .max(MAX_TEXT_LENGTH, `must be at most ${MAX_TEXT_LENGTH.toLocaleString("en-US")} characters`)
      .refine((s) => s.trim().length > 0, "must not be blank"),
    platform: optionalNullable(z.enum(PLATFORMS, { error: `must be one of ${PLATFORMS.join(", ")}` })),
    knownInRealLife: optionalNullable(z.boolean({ error: expected("true or false") })),
    profile: optionalNullable(criteriaProfileSchema),
    /** The user's edits of the parsed fields; re-analysis uses them instead of what the parser found. */
    overrides: optionalNullable(overridesSchema),
    /** 0 by default; another integer gives another wording of the same decline, deterministically. */
    variant: optionalNullable(z.number({ error: expected("a whole number") }).int("must be a whole number")),
    /** Overrides profile.tone for this request (the UI's tone switch). */
    tone: optionalNullable(z.enum(TONES, { error: `must be one of ${TONES.join(", ")}` })),
    /** v2: the language to write the draft in; absent: the profile's, else the request's own */
    language: optionalNullable(languageSchema),
  },
  { error: expected("a JSON object") },
);

export type CriteriaProfileInput = z.input<typeof criteriaProfileSchema>;
export type CriteriaProfile = z.output<typeof criteriaProfileSchema>;
export type ReasonTemplates = z.output<typeof reasonTemplatesSchema>;
/** One reason's wording: a sentence, or one per language. */
export type ReasonWording = string | Partial<Record<Language, string>>;
export type TriageRequest = z.input<typeof triageRequestSchema>;
export type ValidTriageRequest = z.output<typeof triageRequestSchema>;
export type ParsedOverrides = z.output<typeof overridesSchema>;

/** "profile.competitors: expected an array of strings, got a string; text: must not be blank" */
export function formatZodError(error: z.ZodError): string {
  const seen = new Set<string>();
  for (const issue of error.issues) {
    const path = issue.path.length
      ? issue.path.map((part, i) => (typeof part === "number" ? `[${part}]` : `${i ? "." : ""}${String(part)}`)).join("")
      : "request";
    seen.add(`${path}: ${issue.message}`);
  }
  return [...seen].join("; ");
}

export interface Signal {
  /** stable identifier, e.g. "spam.off_platform" or "criteria.competitor" */
  key: string;
  /** one human sentence */
  label: string;
  /** the words of the request that show it (a substring of the pasted text whenever possible) */
  evidence: string;
}

export interface ParsedRequest {
  platform: Platform;
  /** true when the platform was not given and was detected from the text */
  platformDetected: boolean;
  name: string | null;
  firstName: string | null;
  headline: string | null;
  role: string | null;
  company: string | null;
  mutualConnections: number | null;
  note: string | null;
  links: string[];
  handles: string[];
  phones: string[];
  emails: string[];
}

export interface DeclineDraft {
  text: string;
  /** at most 300 characters, keeps the thanks and the gist of the reasons */
  short: string;
  platformLimit: number;
  tone: Tone;
  variant: number;
  /** v2: the language the draft is written in */
  language: Language;
  /** true when a reason's own wording had no version in `language` and the profile language's was used */
  reasonLanguageFallback?: boolean;
}

export interface ObserveAdvice {
  summary: string;
  watch: string[];
  revisitInDays: number;
  followInstead: boolean;
}

export interface TriageResult {
  id?: string;
  verdict: Verdict;
  confidence: number;
  reasons: ReasonKey[];
  signals: Signal[];
  parsed: ParsedRequest;
  draft: DeclineDraft | null;
  advice: ObserveAdvice | null;
  /** spam likelihood from the learned model and the platform signals, 0..1 */
  spamScore: number;
  /** v2: the language detected in the request: en, es, de, fr, pt, or "und" when unsure */
  language: Language | "und";
}
