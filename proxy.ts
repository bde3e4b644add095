// Runs before every page and API route: sets the per-request Content-Security-Policy
// nonce, and sends visitors without a session from app pages to sign-in (and back
// after). The (app) layout checks the session again on the server.
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { serverEnv } from "@/lib/env";
import { contentSecurityPolicy } from "@/lib/security-headers";
import { decodeSessionToken } from "@/lib/auth/session-token";

const APP_PATHS = ["/triage", "/profiles", "/templates", "/history", "/settings"];

const isAppPath = (pathname: string) => APP_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isAppPath(pathname)) {
    // decode: next-auth's own, with the key derived once (lib/auth/session-token.ts).
    const token = await getToken({ req: request, secret: serverEnv().NEXTAUTH_SECRET, decode: ({ token, secret }) => decodeSessionToken(token, String(secret)) });
    if (!token) {
      const url = new URL("/sign-in", request.url);
      url.searchParams.set("callbackUrl", `${pathname}${search}`);
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
