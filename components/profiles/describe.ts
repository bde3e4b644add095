// A profile's criteria as short plain sentences, for the list of profiles.
import type { Tone } from "@/lib/domain";

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
};

/** "Globex, Initech and 3 more" */
export function shortList(items: string[], max = 3): string {
  if (items.length <= max) return items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items.at(-1)}` : (items[0] ?? "");
  return `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
}

export const TONE_NAMES: Record<Tone, string> = { warm: "Warm", formal: "Formal", brief: "Brief" };

export function describeCriteria(p: Criteria): string[] {
  const lines: string[] = [];
  if (p.onlyKnownInRealLife) lines.push("Only people I know in real life");
  if (p.competitors.length) lines.push(`Competitors: ${shortList(p.competitors)}`);
  if (p.blockedRoles.length) lines.push(`Roles I don't connect with: ${shortList(p.blockedRoles)}`);
  if (p.requirePersonalNote) lines.push("A personal note is required");
  if (p.minMutualConnections > 0) lines.push(`At least ${p.minMutualConnections} mutual connection${p.minMutualConnections === 1 ? "" : "s"}`);
  if (p.observeStrangersMetOnline) lines.push("Strangers met online are held for observation");
  if (p.knownPeople.length) lines.push(`People I know: ${shortList(p.knownPeople)}`);
  if (lines.length === 0) lines.push("No criteria yet: every real person is accepted");
  lines.push(`${TONE_NAMES[p.tone]} tone${p.signature ? `, signed “${p.signature}”` : ""}`);
  return lines;
}
