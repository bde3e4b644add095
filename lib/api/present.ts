// Database rows to the API's JSON objects (the response schemas in lib/validations/api.ts).
import type { z } from "zod";
import type { CriteriaProfile } from "@/lib/data/profiles";
import { parsedOf, reasonsOf, type ParsedColumns } from "@/lib/data/decision-row";
import type { ReasonKey } from "@/lib/domain";
import { stringList } from "@/lib/data/scope";
import type { apiDecisionSchema, apiProfileSchema, apiTemplateSchema } from "@/lib/validations/api";

export type ApiProfile = z.output<typeof apiProfileSchema>;
export type ApiTemplate = z.output<typeof apiTemplateSchema>;
export type ApiDecision = z.output<typeof apiDecisionSchema>;

export function presentProfile(p: CriteriaProfile): ApiProfile {
  return {
    id: p.id,
    name: p.name,
    defaultFor: p.defaultFor,
    onlyKnownInRealLife: p.onlyKnownInRealLife,
    knownPeople: p.knownPeople,
    competitors: p.competitors,
    blockedRoles: p.blockedRoles,
    requirePersonalNote: p.requirePersonalNote,
    minMutualConnections: p.minMutualConnections,
    observeStrangersMetOnline: p.observeStrangersMetOnline,
    tone: p.tone,
    signature: p.signature,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

type TemplateRow = { id: string; reasonKey: string; title: string; body: string; isDefault: boolean; timesUsed: number; createdAt: Date; updatedAt: Date };

export function presentTemplate(t: TemplateRow): ApiTemplate {
  return {
    id: t.id,
    reasonKey: t.reasonKey as ReasonKey,
    title: t.title,
    body: t.body,
    isDefault: t.isDefault,
    timesUsed: t.timesUsed,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}

type DecisionRow = ParsedColumns & {
  id: string;
  profileId: string | null;
  platform: string;
  text: string;
  verdict: string;
  confidence: number;
  reasons: string;
  signals: unknown;
  draftText: string | null;
  draftShort: string | null;
  sentText: string | null;
  templateIds: unknown;
  status: string;
  revisitAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

function signalsOf(value: unknown): ApiDecision["signals"] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((s): s is Record<string, unknown> => typeof s === "object" && s !== null)
    .map((s) => ({ key: String(s.key ?? ""), label: String(s.label ?? ""), evidence: String(s.evidence ?? "") }));
}

export function presentDecision(d: DecisionRow): ApiDecision {
  return {
    id: d.id,
    profileId: d.profileId,
    platform: d.platform as ApiDecision["platform"],
    text: d.text,
    parsed: parsedOf(d),
    verdict: d.verdict as ApiDecision["verdict"],
    confidence: d.confidence,
    reasons: reasonsOf(d.reasons),
    signals: signalsOf(d.signals),
    draft: d.draftText === null ? null : { text: d.draftText, short: d.draftShort ?? d.draftText },
    sentText: d.sentText,
    templateIds: stringList(d.templateIds),
    status: d.status as ApiDecision["status"],
    revisitAt: d.revisitAt?.toISOString() ?? null,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}
