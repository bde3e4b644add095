// Turns the user's saved criteria profile and reason templates into the triage
// engine's profile object. The Triage page, bulk triage and the HTTP API all use it.
import "server-only";
import type { CriteriaProfileInput, Platform, ReasonKey } from "@/lib/triage";
import { detectPlatform } from "@/lib/triage";
import { pickDefaultProfile, triageSettings } from "@/lib/data/profiles";

export type EngineProfile = {
  /** The engine's profile, with the user's own wording per reason key. */
  profile: CriteriaProfileInput;
  /** The saved profile used, or null when the user has none. */
  profileId: string | null;
  profileName: string | null;
  /** The template behind each reason key's wording, to count its uses when a draft is sent. */
  templateIds: Partial<Record<ReasonKey, string>>;
};

/**
 * The profile `profileId` when it is the user's, else the default profile for the
 * platform (given, or detected from the text). A profileId that is not the user's is
 * treated as absent: it never reveals another user's profile.
 *
 * One query reads the user's profiles, templates and signature (all scoped by the user's
 * id), and this instance reuses them for a few seconds unless they change
 * (triageSettings): triage runs on every API request and every Analyse.
 */
export async function engineProfileFor(
  userId: string,
  opts: { profileId?: string | null; platform?: Platform | null; text?: string },
): Promise<EngineProfile> {
  const platform = opts.platform ?? (opts.text ? detectPlatform(opts.text) : "other");
  const settings = await triageSettings(userId);
  const profiles = settings?.profiles ?? [];
  const templates = settings?.templates ?? {};
  const chosen = opts.profileId ? (profiles.find((p) => p.id === opts.profileId) ?? null) : null;
  const saved = chosen ?? pickDefaultProfile(profiles, platform);
  const reasons: Partial<Record<ReasonKey, string>> = {};
  const templateIds: Partial<Record<ReasonKey, string>> = {};
  for (const [key, t] of Object.entries(templates) as [ReasonKey, { id: string; body: string }][]) {
    reasons[key] = t.body;
    templateIds[key] = t.id;
  }
  const signature = saved?.signature ?? settings?.defaultSignature ?? undefined;
  return {
    profileId: saved?.id ?? null,
    profileName: saved?.name ?? null,
    templateIds,
    profile: {
      ...(saved
        ? {
            onlyKnownInRealLife: saved.onlyKnownInRealLife,
            knownPeople: saved.knownPeople,
            competitors: saved.competitors,
            blockedRoles: saved.blockedRoles,
            requirePersonalNote: saved.requirePersonalNote,
            minMutualConnections: saved.minMutualConnections,
            observeStrangersMetOnline: saved.observeStrangersMetOnline,
            tone: saved.tone,
          }
        : {}),
      reasons,
      ...(signature ? { signature } : {}),
    },
  };
}
