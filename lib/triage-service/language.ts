// The languages of a user's drafts, on top of the contract's rules (../shared/specs/triage-contract.md).
// Pure, with no server code: the profile editor's live example runs it in the browser too.
//
// The engine writes a draft in the request's `language`, else the profile's `language`,
// else the language it detects; a text too short to tell (a line or two, no sentence)
// falls back to the profile's language, else English. The app adds the user's own
// language between those two, without letting it outrank detection: the request's
// language is read here first, and the draft's language is passed as the request's.
// Imported module by module, not through @/lib/triage: the browser needs none of the rest here.
import { requestLanguage } from "@/lib/triage/language";
import { triage, triageValid } from "@/lib/triage/engine";
import { applyOverrides, parseRequest, parseRequestDetailed, type DetailedParse } from "@/lib/triage/parse";
import { overridesSchema, type CriteriaProfile, type CriteriaProfileInput, type Language, type ReasonKey, type TriageRequest, type ValidTriageRequest } from "@/lib/triage/schema";

/** A reason template's wordings as saved: `body` in `language` (null: not said), the others in `wordings`. */
export type TemplateWordings = { body: string; language: Language | null; wordings: Partial<Record<Language, string>> };

/**
 * A template as the engine reads it: one wording per language. A body saved without a
 * language is taken to be in `homeLanguage` (the profile's draft language, else the user's).
 */
export function reasonWordings(t: TemplateWordings, homeLanguage: Language): Partial<Record<Language, string>> {
  return { [t.language ?? homeLanguage]: t.body, ...t.wordings };
}

/** Every default template's wordings for the engine's `profile.reasons`. */
export function profileReasons(
  templates: Partial<Record<ReasonKey, TemplateWordings>>,
  homeLanguage: Language,
): Partial<Record<ReasonKey, Partial<Record<Language, string>>>> {
  const out: Partial<Record<ReasonKey, Partial<Record<Language, string>>>> = {};
  for (const [key, t] of Object.entries(templates) as [ReasonKey, TemplateWordings][]) out[key] = reasonWordings(t, homeLanguage);
  return out;
}

/**
 * The engine request for a user whose own language is `userLanguage`:
 * - the request's `language`, or else the profile's, fixes the draft's, as in the contract;
 * - else the draft is in the language read from the request, and where none can be read
 *   (engine: "und", or too short to tell) in the user's language;
 * - a reason's wording missing in the draft's language falls back to the profile's
 *   language, else the user's (the engine flags it: `draft.reasonLanguageFallback`).
 * The profile's `language` given to the engine is that fallback, so the engine's own
 * fallback for short texts is the user's language too.
 */
export function inUserLanguage<R extends TriageRequest & { profile: CriteriaProfileInput }>(request: R, userLanguage: Language, detail?: DetailedParse): R {
  const profileLanguage = request.profile.language ?? null;
  const fallback = profileLanguage ?? userLanguage;
  const profile = profileLanguage === fallback ? request.profile : { ...request.profile, language: fallback };
  // Fixed by the request or the profile: detection plays no part in the draft's language.
  if (request.language || profileLanguage) return profile === request.profile ? request : { ...request, profile };
  return { ...request, profile, language: draftLanguage(request, fallback, detail) };
}

/** Triages `request` for a user whose own language is `userLanguage` (inUserLanguage), reading the text once for both. */
export function triageInUserLanguage<R extends TriageRequest & { profile: CriteriaProfileInput }>(request: R, userLanguage: Language) {
  const detail = parseRequestDetailed(request.text, request.platform ?? undefined);
  return triage(inUserLanguage(request, userLanguage, detail), detail);
}

/**
 * triageInUserLanguage for a request already validated (the server's: the form's or the
 * API's schema checked its fields, engineProfileFor its profile), so zod does not read it
 * all again on every triage.
 */
export function triageValidInUserLanguage(request: ValidTriageRequest & { profile: CriteriaProfile }, userLanguage: Language) {
  const detail = parseRequestDetailed(request.text, request.platform);
  return triageValid(inUserLanguage(request, userLanguage, detail), detail);
}

/** The language read from the request (as the engine reads it), else `fallback`. `detail`: the request already parsed. */
function draftLanguage(request: TriageRequest, fallback: Language, detail?: DetailedParse): Language {
  const overrides = request.overrides ? overridesSchema.safeParse(request.overrides) : null;
  const parsed = applyOverrides(detail?.parsed ?? parseRequest(request.text, request.platform ?? undefined), overrides?.success ? overrides.data : undefined);
  const read = requestLanguage(parsed);
  return read.source === "fallback" || read.detected === "und" ? fallback : read.detected;
}
