// Turns the user's saved criteria profile and reason templates into the triage
// engine's profile object. The Triage page, bulk triage and the HTTP API all use it.
import "server-only";
import type { CriteriaProfile, Language, Platform, ReasonKey } from "@/lib/triage";
import { criteriaProfileSchema, detectPlatform, TriageInputError, formatZodError } from "@/lib/triage";
import { pickDefaultProfile, triageSettings, type TriageSettings } from "@/lib/data/profiles";
import { requestLocale } from "@/lib/i18n/server";
import { profileReasons } from "./language";

export type EngineProfile = {
  /** The engine's profile, with the user's own wording per reason key (one per language), already validated. */
  profile: CriteriaProfile;
  /** The saved profile used, or null when the user has none. */
  profileId: string | null;
  profileName: string | null;
  /** The template behind each reason key's wording, to count its uses when a draft is sent. */
  templateIds: Partial<Record<ReasonKey, string>>;
  /**
   * The user's own language (their choice in Settings, else this request's interface
   * language, else English): drafts fall back to it where the request's language cannot
   * be read and the profile fixes none (see inUserLanguage in ./language).
   */
  userLanguage: Language;
};

/** The user's chosen language, else the interface language of this request (outside a request: English). */
async function interfaceLanguage(saved: Language | null): Promise<Language> {
  if (saved) return saved;
  try {
    return await requestLocale();
  } catch {
    return "en";
  }
}

/** The user's own language, as drafts fall back to it (for pages that show a draft, like the profile editor's example). */
export async function userLanguage(userId: string): Promise<Language> {
  return interfaceLanguage((await triageSettings(userId))?.locale ?? null);
}

/**
 * The profile `profileId` when it is the user's, else the default profile for the
 * platform (given, or detected from the text). A profileId that is not the user's is
 * treated as absent: it never reveals another user's profile.
 *
 * One query reads the user's profiles, templates, signature and language (all scoped by
 * the user's id), and this instance reuses them for a few seconds unless they change
 * (triageSettings): triage runs on every API request and every Analyse.
 */
export async function engineProfileFor(
  userId: string,
  opts: { profileId?: string | null; platform?: Platform | null; text?: string },
): Promise<EngineProfile> {
  const platform = opts.platform ?? (opts.text ? detectPlatform(opts.text) : "other");
  const settings = await triageSettings(userId);
  const profiles = settings?.profiles ?? [];
  const chosen = opts.profileId ? (profiles.find((p) => p.id === opts.profileId) ?? null) : null;
  const saved = chosen ?? pickDefaultProfile(profiles, platform);
  const userLanguage = await interfaceLanguage(settings?.locale ?? null);
  if (!settings) return buildEngineProfile(null, saved, userLanguage);
  // Built and validated once per cached settings (they are replaced whenever they change),
  // not on every triage: zod's parse of a profile with its wordings was a tenth of the engine's time.
  let built = builtProfiles.get(settings);
  if (!built) builtProfiles.set(settings, (built = new Map()));
  const key = `${saved?.id ?? ""}\u0000${userLanguage}`;
  let engine = built.get(key);
  if (!engine) built.set(key, (engine = buildEngineProfile(settings, saved, userLanguage)));
  return engine;
}

const builtProfiles = new WeakMap<TriageSettings, Map<string, EngineProfile>>();

function buildEngineProfile(settings: TriageSettings | null, saved: TriageSettings["profiles"][number] | null, userLanguage: Language): EngineProfile {
  const templates = settings?.templates ?? {};
  const templateIds: Partial<Record<ReasonKey, string>> = {};
  for (const [key, t] of Object.entries(templates) as [ReasonKey, { id: string }][]) templateIds[key] = t.id;
  // A template saved without a language is in the language its drafts are usually written in.
  const reasons = profileReasons(templates, saved?.language ?? userLanguage);
  const signature = saved?.signature ?? settings?.defaultSignature ?? undefined;
  const parsed = criteriaProfileSchema.safeParse({
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
          ...(saved.language ? { language: saved.language } : {}),
        }
      : {}),
    reasons,
    ...(signature ? { signature } : {}),
  });
  // Saved data that outgrew the contract's limits fails as the engine's own check of a request would.
  if (!parsed.success) throw new TriageInputError(formatZodError(parsed.error).split("; ").map((m) => `profile.${m}`).join("; "));
  return { profileId: saved?.id ?? null, profileName: saved?.name ?? null, templateIds, userLanguage, profile: parsed.data };
}
