// Text repairs and keys shared by the export parsers and the duplicate check.

/**
 * Facebook and Instagram exports write UTF-8 bytes as if each were a Latin-1 character
 * ("JosÃ©" for "José"). When every character fits in a byte and those bytes are valid
 * UTF-8 with at least one multi-byte sequence, decode them; otherwise keep the text.
 */
export function repairMojibake(text: string): string {
  if (!/[\u0080-\u00ff]/.test(text) || /[^\u0000-\u00ff]/.test(text)) return text;
  const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return text; // real Latin-1 text ("Zoë" typed as is) stays
  }
}

/** Collapses whitespace and drops control characters. */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")
    .replace(/[ \t]+/g, " ")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** A name as a key: accents, case, punctuation spacing and honorific dots ignored. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const LINKEDIN_PROFILE_RE = /linkedin\.com\/in\/([^/?#\s]+)/i;
const INSTAGRAM_PROFILE_RE = /instagram\.com\/(?:_u\/)?([A-Za-z0-9._]{1,30})(?=[/?#\s]|$)/i;
const INSTAGRAM_RESERVED = new Set(["p", "reel", "reels", "stories", "explore", "accounts", "direct", "_u"]);

/** The stable part of a profile link (a LinkedIn slug, an Instagram username), or null. */
export function profileKey(platform: string, text: string | null | undefined): string | null {
  if (!text) return null;
  if (platform === "linkedin") {
    const m = LINKEDIN_PROFILE_RE.exec(text);
    if (!m) return null;
    let slug = m[1]!;
    try {
      slug = decodeURIComponent(slug);
    } catch {
      /* keep it encoded */
    }
    return `linkedin.com/in/${slug.toLowerCase()}`;
  }
  if (platform === "instagram") {
    const m = INSTAGRAM_PROFILE_RE.exec(text);
    if (!m || INSTAGRAM_RESERVED.has(m[1]!.toLowerCase())) return null;
    return `instagram.com/${m[1]!.toLowerCase()}`;
  }
  return null;
}

/**
 * Who a request is from, for the duplicate check: the profile link when there is one,
 * and always the name (Instagram: the username, which is the name there).
 */
export type PersonKey = { platform: string; profile: string | null; name: string };

export function personKeyOf(platform: string, name: string | null, profileUrl: string | null): PersonKey {
  const profile = profileKey(platform, profileUrl);
  const nameFromProfile = platform === "instagram" && profile ? profile.slice("instagram.com/".length) : null;
  const raw = (nameFromProfile ?? name ?? "").trim();
  // A name of no letters or digits ("!", emoji only) keys as itself, so it is still found again.
  return { platform, profile, name: nameKey(raw) || raw.normalize("NFC") };
}
