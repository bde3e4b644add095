// An imported request as the triage engine sees it, and as History keeps it.
import type { ImportedRequest, ImportPlatform } from "./types";
import { personKeyOf, type PersonKey } from "./text";

/**
 * The engine reads the name and the message; the profile link is left out of the
 * analysed text (a bare link reads as link bait to the spam model) and kept after it in
 * the saved text, where the duplicate check and the user find it.
 */
export function triageTextOf(r: Pick<ImportedRequest, "name" | "note">): string {
  return r.note ? `${r.name}\n\n${r.note}` : r.name;
}

export function savedTextOf(r: Pick<ImportedRequest, "name" | "note" | "profileUrl">): string {
  const text = triageTextOf(r);
  return r.profileUrl ? `${text}\n\n${r.profileUrl}` : text;
}

export function triageInputOf(r: Pick<ImportedRequest, "platform" | "name" | "note">) {
  return { text: triageTextOf(r), platform: r.platform as ImportPlatform, overrides: { name: r.name, note: r.note ?? "" } };
}

export function personKeyOfRequest(r: Pick<ImportedRequest, "platform" | "name" | "profileUrl">): PersonKey {
  return personKeyOf(r.platform, r.name, r.profileUrl);
}

/** Remembers people seen (in History, or earlier in the same file) and says whether a request is one of them. */
export class PersonIndex {
  private profiles = new Set<string>();
  /** Names of people seen without a profile link: they match any request with that name. */
  private bareNames = new Set<string>();
  /** Every name seen, for requests that carry no link. */
  private names = new Set<string>();

  add(key: PersonKey) {
    if (!key.name && !key.profile) return;
    if (key.profile) this.profiles.add(`${key.platform}|${key.profile}`);
    else this.bareNames.add(`${key.platform}|${key.name}`);
    if (key.name) this.names.add(`${key.platform}|${key.name}`);
  }

  /**
   * Same platform and same profile link; or, when either side has no link, the same
   * name. Two people of one name with different links stay apart.
   */
  has(key: PersonKey): boolean {
    if (key.profile && this.profiles.has(`${key.platform}|${key.profile}`)) return true;
    if (!key.name) return false;
    return key.profile ? this.bareNames.has(`${key.platform}|${key.name}`) : this.names.has(`${key.platform}|${key.name}`);
  }
}
