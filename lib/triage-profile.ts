// Turns the user's saved criteria profile and reason templates into the triage
// engine's profile object. The Triage page, bulk triage and the HTTP API all use it.
import "server-only";
import type { CriteriaProfileInput, Platform, ReasonKey } from "@/lib/triage";
import { detectPlatform } from "@/lib/triage";
import { defaultProfileFor, getProfile } from "@/lib/data/profiles";
import { defaultTemplates } from "@/lib/data/templates";
import { getUser } from "@/lib/data/users";

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
 */
export async function engineProfileFor(
  userId: string,
  opts: { profileId?: string | null; platform?: Platform | null; text?: string },
): Promise<EngineProfile> {
  const platform = opts.platform ?? (opts.text ? detectPlatform(opts.text) : "other");
  const [chosen, templates, user] = await Promise.all([
    opts.profileId ? getProfile(userId, opts.profileId) : Promise.resolve(null),
    defaultTemplates(userId),
    getUser(userId),
  ]);
  const saved = chosen ?? (await defaultProfileFor(userId, platform));
  const reasons: Partial<Record<ReasonKey, string>> = {};
  const templateIds: Partial<Record<ReasonKey, string>> = {};
  for (const [key, t] of Object.entries(templates) as [ReasonKey, { id: string; body: string }][]) {
    reasons[key] = t.body;
    templateIds[key] = t.id;
  }
  const signature = saved?.signature ?? user?.defaultSignature ?? undefined;
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
