// How a triaged request becomes a Decision row. Pure (no "server-only"), so the seed
// scripts and the end-to-end seeding write rows exactly as the app does.
import type { Prisma } from "@/lib/generated/sqlite/client";
import { REASON_KEYS, type DecisionStatus, type Platform, type ReasonKey, type Verdict } from "@/lib/domain";

export type NewDecision = {
  profileId: string | null;
  platform: Platform;
  text: string;
  parsed: {
    name: string | null;
    firstName: string | null;
    headline: string | null;
    company: string | null;
    mutualConnections: number | null;
    note: string | null;
  };
  verdict: Verdict;
  confidence: number;
  reasons: ReasonKey[];
  signals: { key: string; label: string; evidence: string }[];
  draftText: string | null;
  draftShort: string | null;
  sentText?: string | null;
  templateIds?: string[];
  status: DecisionStatus;
  revisitAt?: Date | null;
  /** Defaults to now; seed scripts and restores set it. */
  createdAt?: Date;
};

// Prisma's `contains` is SQL LIKE and does not escape its wildcards, and SQLite's LIKE has
// no default escape character. So the search text (stored and queried alike) swaps % _ \
// for full-width look-alikes: a pattern then never holds a wildcard and matches literally.
const LIKE_SPECIALS: Record<string, string> = { "%": "\uFF05", _: "\uFF3F", "\\": "\uFF3C" };

/** Lower-case, accent-free text, so search behaves alike on SQLite and PostgreSQL. */
export function searchable(...parts: (string | null | undefined)[]): string {
  return parts
    .filter(Boolean)
    .join("\n")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[%_\\]/g, (c) => LIKE_SPECIALS[c]!);
}

/**
 * What History's search reads of a decision: the pasted text, after each parsed field the
 * text does not already hold (a name or headline the user corrected). The parser's fields
 * are mostly lines of the text, and repeating them doubled what the search indexes keep
 * and update on every save (SQLite's FTS5 trigger was half of the insert's cost).
 */
export function searchTextOf(parsed: Pick<NewDecision["parsed"], "name" | "headline" | "company" | "note">, text: string): string {
  const base = searchable(text);
  const missing = [parsed.name, parsed.headline, parsed.company, parsed.note].map((f) => (f ? searchable(f) : "")).filter((f) => f && !base.includes(f));
  return missing.length ? `${missing.join("\n")}\n${base}` : base;
}

/** The row to insert; `profileId` must already be checked to be the owner's (or null). */
export function decisionRow(userId: string, profileId: string | null, input: NewDecision): Prisma.DecisionUncheckedCreateInput {
  const p = input.parsed;
  return {
    userId,
    profileId,
    platform: input.platform,
    text: input.text,
    parsedName: p.name,
    parsedFirstName: p.firstName,
    parsedHeadline: p.headline,
    parsedCompany: p.company,
    parsedMutualConnections: p.mutualConnections,
    parsedNote: p.note,
    searchText: searchTextOf(p, input.text),
    verdict: input.verdict,
    confidence: input.confidence,
    reasons: input.reasons.join(","),
    signals: input.signals,
    draftText: input.draftText,
    draftShort: input.draftShort,
    sentText: input.sentText ?? null,
    templateIds: input.templateIds ?? [],
    status: input.status,
    revisitAt: input.revisitAt ?? null,
    ...(input.createdAt ? { createdAt: input.createdAt } : {}),
  };
}

/** The stored columns a row's parsed fields are read back from. */
export type ParsedColumns = {
  parsedName: string | null;
  parsedFirstName: string | null;
  parsedHeadline: string | null;
  parsedCompany: string | null;
  parsedMutualConnections: number | null;
  parsedNote: string | null;
};

/** A row's parsed fields as `NewDecision.parsed` gave them: the inverse of decisionRow. */
export function parsedOf(d: ParsedColumns): NewDecision["parsed"] {
  return {
    name: d.parsedName,
    firstName: d.parsedFirstName,
    headline: d.parsedHeadline,
    company: d.parsedCompany,
    mutualConnections: d.parsedMutualConnections,
    note: d.parsedNote,
  };
}

/** The reason keys stored (comma-joined) by decisionRow; anything else is dropped. */
export function reasonsOf(stored: string): ReasonKey[] {
  return stored.split(",").filter((r): r is ReasonKey => (REASON_KEYS as readonly string[]).includes(r));
}
