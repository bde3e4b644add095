// Triage for a signed-in user, the one place the app meets the engine (lib/triage):
// profile.ts turns their saved profile and templates into the engine's profile; this
// module runs the engine with it and saves the outcome to History. Server actions, bulk
// triage and the HTTP API all come through here.
import "server-only";
import type { Language, ReasonKey, TriageResult } from "@/lib/triage";
import { createDecisionId } from "@/lib/data/decisions";
import { recordTemplateUse } from "@/lib/data/templates";
import { defaultRevisitAt, type DecisionStatus } from "@/lib/domain";
import { engineProfileFor } from "./profile";
import { triageValidInUserLanguage } from "./language";
import type { AnalyzeInput } from "@/lib/validations/triage";

export type Analysis = {
  result: TriageResult;
  profileId: string | null;
  profileName: string | null;
  /** Templates whose wording the draft used (one per reason). */
  templateIds: string[];
};

/** The user and profile each analysis of analyzeForUser was made for: its profileId needs no second ownership check. */
const madeFor = new WeakMap<Analysis, { userId: string; profileId: string | null }>();

/** `language` (the HTTP API's, contract v2) fixes the draft's language; absent, the profile's or the request's, else the user's. */
export async function analyzeForUser(userId: string, input: AnalyzeInput & { language?: Language | null }): Promise<Analysis> {
  const engine = await engineProfileFor(userId, { profileId: input.profileId, platform: input.platform, text: input.text });
  // Every field passed the caller's schema (analyzeSchema, or the API's, which extends the engine's own).
  const request = {
    id: undefined,
    text: input.text,
    platform: input.platform ?? undefined,
    knownInRealLife: input.knownInRealLife ?? undefined,
    profile: engine.profile,
    overrides: input.overrides ?? undefined,
    tone: input.tone ?? undefined,
    variant: input.variant ?? undefined,
    language: input.language ?? undefined,
  };
  const result = triageValidInUserLanguage(request, engine.userLanguage);
  const templateIds = result.reasons.map((k: ReasonKey) => engine.templateIds[k]).filter((id): id is string => !!id);
  const analysis = { result, profileId: engine.profileId, profileName: engine.profileName, templateIds };
  madeFor.set(analysis, { userId, profileId: engine.profileId });
  return analysis;
}

/** The status a verdict lands in when the user does not choose one. */
export function naturalStatus(verdict: TriageResult["verdict"]): DecisionStatus {
  return ({ decline: "drafted", observe: "held", ignore: "ignored", accept: "accepted" } as const)[verdict];
}

/**
 * Re-runs the engine on the server (a client's verdict is never trusted) and saves the
 * decision with the user's chosen status. Sending counts a use of each template.
 */
export async function recordForUser(
  userId: string,
  input: AnalyzeInput & { status?: DecisionStatus; sentText?: string | null; revisitAt?: string | null },
) {
  const analysis = await analyzeForUser(userId, input);
  const decision = await saveAnalysis(userId, input.text, analysis, input);
  return { decision, analysis };
}

/** Saves an analysis the server made to History (the HTTP API saves what it has just analysed); returns the new id. */
export async function saveAnalysis(
  userId: string,
  text: string,
  analysis: Analysis,
  choice: { status?: DecisionStatus; sentText?: string | null; revisitAt?: string | null } = {},
) {
  const { result } = analysis;
  const status = choice.status ?? naturalStatus(result.verdict);
  const revisitAt =
    status === "held"
      ? choice.revisitAt
        ? new Date(`${choice.revisitAt}T09:00:00`)
        : defaultRevisitAt()
      : null;
  const origin = madeFor.get(analysis);
  const profileIsOwn = origin?.userId === userId && origin.profileId === analysis.profileId;
  const decision = await createDecisionId(userId, {
    profileId: analysis.profileId,
    platform: result.parsed.platform,
    text,
    parsed: {
      name: result.parsed.name,
      firstName: result.parsed.firstName,
      headline: result.parsed.headline,
      company: result.parsed.company,
      mutualConnections: result.parsed.mutualConnections,
      note: result.parsed.note,
    },
    verdict: result.verdict,
    confidence: result.confidence,
    reasons: result.reasons,
    signals: result.signals,
    draftText: result.draft?.text ?? null,
    draftShort: result.draft?.short ?? null,
    sentText: status === "sent" ? (choice.sentText ?? result.draft?.text ?? null) : null,
    templateIds: analysis.templateIds,
    status,
    revisitAt,
  }, { profileIsOwn });
  if (status === "sent") await recordTemplateUse(userId, analysis.templateIds);
  return decision;
}
