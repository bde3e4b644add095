// The triage engine: plain TypeScript, no framework. Server actions, the HTTP API and
// the command line (scripts/triage.ts) all call these functions. See README.md here.
export { triage, triageValid, TriageInputError, OBSERVE_ADVICE, parseHonestyOf, type TriageOutcome, type ParseHonesty } from "./engine";
export {
  triageRequestSchema,
  criteriaProfileSchema,
  overridesSchema,
  reasonTemplatesSchema,
  formatZodError,
  PLATFORMS,
  VERDICTS,
  REASON_KEYS,
  TONES,
  LANGUAGES,
  MAX_TEXT_LENGTH,
} from "./schema";
export type {
  TriageRequest,
  ValidTriageRequest,
  TriageResult,
  CriteriaProfileInput,
  CriteriaProfile,
  ReasonTemplates,
  ParsedOverrides,
  Verdict,
  ReasonKey,
  Platform,
  Tone,
  Signal,
  ParsedRequest,
  DeclineDraft,
  ObserveAdvice,
  Language,
  ReasonWording,
} from "./schema";
export { detectLanguage, requestLanguage, type DetectedLanguage, type RequestLanguage } from "./language";
export { PACKS as LANGUAGE_PACKS, type LanguagePack } from "./lang";
export { draftDecline, fillTemplate, defaultReasonSentences, DEFAULT_REASON_SENTENCES, TEMPLATE_VARIABLES, SHORT_LIMIT, type DraftInput, type TemplateVariables } from "./draft";
export { graceCheck, type GraceIssue, type GraceContext } from "./grace";
export { PLATFORM_LIMITS, PLATFORM_LABELS, detectPlatform } from "./platforms";
export { parseRequest, parseRequestDetailed, applyOverrides, type ParseWarning, type DetailedParse } from "./parse";
export { splitBulkRequests, countRequests, severalRequests, platformOfPart } from "./bulk";
export { assessSpam, type SpamAssessment } from "./spam";
