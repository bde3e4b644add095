// Profiles as the interface names them: the built-in profile the user never renamed (still
// the English default name) in the request's language, any other name as the user wrote it.
// One home for the pages' pickers and lists and for the actions that echo a profile's name.
import "server-only";
import { listProfiles } from "@/lib/data/profiles";
import { shownProfileName } from "@/lib/defaults";
import type { Locale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/server";

/** A function naming profiles in `locale` (the request's by default); get it once per request. */
export async function profileNamer(locale?: Locale): Promise<(name: string) => string> {
  const defaultName = (await translator("profiles", locale))("defaultName");
  return (name) => shownProfileName(name, defaultName);
}

/** The user's profiles (listProfiles), each named as the interface shows it. */
export async function listProfilesAsShown(userId: string) {
  const [rows, name] = await Promise.all([listProfiles(userId), profileNamer()]);
  return rows.map((p) => ({ ...p, name: name(p.name) }));
}
