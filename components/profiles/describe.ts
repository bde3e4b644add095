// A profile's criteria as short plain sentences, for the list of profiles.
import type { useTranslations } from "next-intl";
import type { Language, Tone } from "@/lib/domain";

/** The profiles namespace's `t`, from useTranslations or getTranslations. */
export type ProfilesT = ReturnType<typeof useTranslations<"profiles">>;

type Criteria = {
  onlyKnownInRealLife: boolean;
  knownPeople: string[];
  competitors: string[];
  blockedRoles: string[];
  requirePersonalNote: boolean;
  minMutualConnections: number;
  observeStrangersMetOnline: boolean;
  tone: Tone;
  signature: string | null;
  language?: Language | null;
};

/**
 * "Globex, Initech and Hooli" in the locale's words ("Globex, Initech y Hooli", "… und …").
 * The app's English writes lists without a comma before "and", as British English does.
 */
export function joinList(items: string[], locale: string): string {
  if (items.length <= 1) return items[0] ?? "";
  return new Intl.ListFormat(locale === "en" ? "en-GB" : locale, { type: "conjunction" }).format(items);
}

/** "Globex, Initech and 3 more" */
export function shortList(items: string[], t: ProfilesT, locale: string, max = 3): string {
  if (items.length <= max) return joinList(items, locale);
  return joinList([...items.slice(0, max), t("describe.more", { count: items.length - max })], locale);
}

export function describeCriteria(p: Criteria, t: ProfilesT, locale: string): string[] {
  const list = (items: string[]) => shortList(items, t, locale);
  const lines: string[] = [];
  if (p.onlyKnownInRealLife) lines.push(t("describe.onlyKnown"));
  if (p.competitors.length) lines.push(t("describe.competitors", { list: list(p.competitors) }));
  if (p.blockedRoles.length) lines.push(t("describe.blockedRoles", { list: list(p.blockedRoles) }));
  if (p.requirePersonalNote) lines.push(t("describe.personalNote"));
  if (p.minMutualConnections > 0) lines.push(t("describe.minMutual", { count: p.minMutualConnections }));
  if (p.observeStrangersMetOnline) lines.push(t("describe.observeStrangers"));
  if (p.knownPeople.length) lines.push(t("describe.knownPeople", { list: list(p.knownPeople) }));
  if (lines.length === 0) lines.push(t("describe.noCriteria"));
  lines.push(p.signature ? t("describe.toneSigned", { tone: p.tone, signature: p.signature }) : t("describe.tone", { tone: p.tone }));
  if (p.language) lines.push(t("describe.draftLanguage", { language: p.language }));
  return lines;
}
