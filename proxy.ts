// Runs before every app page: visitors without a session go to sign-in and come back
// after. The (app) layout checks again on the server; this makes the redirect early.
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { serverEnv } from "@/lib/env";

export const APP_PATHS = ["/triage", "/profiles", "/templates", "/history", "/settings"];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const token = await getToken({ req: request, secret: serverEnv().NEXTAUTH_SECRET });
  if (!token) {
    const url = new URL("/sign-in", request.url);
    url.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(url);
  }
  const headers = new Headers(request.headers);
  headers.set("x-pathname", `${pathname}${search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/triage/:path*", "/profiles/:path*", "/templates/:path*", "/history/:path*", "/settings/:path*"],
};
