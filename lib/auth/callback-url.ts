// Post-sign-in destinations: only paths of this site (no open redirects), and never a
// credential. A form submitted as GET before hydration once put `password=` in the query;
// the proxy copied that query into `callbackUrl`, and it came back in the address bar.

/** Query keys that may hold a credential or an address: dropped from any URL we build or keep. */
export const SENSITIVE_QUERY_KEY = /pass(word)?|secret|token|e-?mail|credential|api[-_]?key|confirmation|csrf/i;

/** The query without sensitive keys ("" when nothing is left), e.g. "?page=2". */
export function withoutSensitiveParams(search: string | URLSearchParams): string {
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()]) if (SENSITIVE_QUERY_KEY.test(key)) params.delete(key);
  const rest = params.toString();
  return rest ? `?${rest}` : "";
}

export function hasSensitiveParams(search: string | URLSearchParams): boolean {
  return [...new URLSearchParams(search).keys()].some((k) => SENSITIVE_QUERY_KEY.test(k));
}

/** Only same-site paths may be a post-sign-in destination (no open redirects, no credentials). */
export function safeCallbackUrl(value: unknown, fallback = "/triage"): string {
  if (typeof value !== "string" || value === "") return fallback;
  try {
    // next-auth may hand back an absolute URL of this site: keep its path.
    const url = new URL(value, "http://local.invalid");
    if (url.origin !== "http://local.invalid" && !/^https?:\/\//.test(value)) return fallback;
    const path = `${url.pathname}${withoutSensitiveParams(url.searchParams)}${url.hash}`;
    if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/sign-in") || path.startsWith("/sign-up")) return fallback;
    return path;
  } catch {
    return fallback;
  }
}
