import type { Platform } from "@/lib/domain";

/** Which profile is the default for each platform, by name. */
export function defaultHolders(profiles: { name: string; defaultFor: Platform[] }[]): Partial<Record<Platform, string>> {
  const out: Partial<Record<Platform, string>> = {};
  for (const p of profiles) for (const f of p.defaultFor) out[f] ??= p.name;
  return out;
}
