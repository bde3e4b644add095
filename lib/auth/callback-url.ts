/** Only same-site paths may be a post-sign-in destination (no open redirects). */
export function safeCallbackUrl(value: unknown, fallback = "/triage"): string {
  if (typeof value !== "string" || value === "") return fallback;
  try {
    // next-auth may hand back an absolute URL of this site: keep its path.
    const url = new URL(value, "http://local.invalid");
    if (url.origin !== "http://local.invalid" && !/^https?:\/\//.test(value)) return fallback;
    const path = `${url.pathname}${url.search}${url.hash}`;
    if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/sign-in") || path.startsWith("/sign-up")) return fallback;
    return path;
  } catch {
    return fallback;
  }
}
