// Runs before every page and API route: sets the per-request Content-Security-Policy
// nonce, and sends visitors without a session from app pages to sign-in (and back
// after). The (app) layout checks the session again on the server. A page address that
// carries a credential (a form sent as GET by an old page) is redirected to the same
// address without it, and `callbackUrl` never copies one.
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { serverEnv } from "@/lib/env";
import { contentSecurityPolicy } from "@/lib/security-headers";
import { hasSensitiveParams, withoutSensitiveParams } from "@/lib/auth/callback-url";
import { decodeSessionToken } from "@/lib/auth/session-token";

const APP_PATHS = ["/triage", "/profiles", "/templates", "/history", "/settings"];

// The share target only stores what was shared and moves on to /triage, which asks for sign-in:
// redirecting it would lose a POSTed share, or carry its text in the callbackUrl.
const PUBLIC_APP_PATHS = ["/triage/share"];

const isAppPath = (pathname: string) =>
  APP_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`)) && !PUBLIC_APP_PATHS.includes(pathname);

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // Pages only: the API and next-auth's own routes (OAuth's code and state) keep their queries.
  if (!pathname.startsWith("/api/") && hasSensitiveParams(search)) {
    const clean = new URL(`${pathname}${withoutSensitiveParams(search)}`, request.url);
    return NextResponse.redirect(clean, 303);
  }
  if (isAppPath(pathname)) {
    // decode: next-auth's own, with the key derived once (lib/auth/session-token.ts).
    const token = await getToken({ req: request, secret: serverEnv().NEXTAUTH_SECRET, decode: ({ token, secret }) => decodeSessionToken(token, String(secret)) });
    if (!token) {
      const url = new URL("/sign-in", request.url);
      url.searchParams.set("callbackUrl", `${pathname}${withoutSensitiveParams(search)}`);
      return NextResponse.redirect(url);
    }
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  headers.set("x-pathname", `${pathname}${search}`);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Everything but static files, which need no policy of their own.
  matcher: [{ source: "/((?!_next/static|_next/image|icon.svg|favicon.ico).*)" }],
};
