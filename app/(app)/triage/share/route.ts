// The Web Share Target (app/manifest.ts): the share sheet opens this address with the
// shared title, text and link, by POST (the manifest's choice) or GET. It keeps them in a
// short-lived cookie and sends the browser on to Triage; proxy.ts lets it through signed
// out, so the sign-in comes after, on /triage, and the text waits in the cookie.
import { NextResponse } from "next/server";
import { publicOrigin } from "@/lib/calendar/origin";
import {
  composeShared,
  MAX_SHARE_BODY_BYTES,
  SHARE_COOKIE,
  SHARE_LANDING,
  sealShared,
  shareCookieOptions,
  type SharedInput,
} from "@/lib/share-target";

export const dynamic = "force-dynamic";

function landing(request: Request, input: SharedInput): Response {
  const shared = composeShared(input);
  // 303: the browser follows with a GET, so a reload never re-posts the share.
  const response = new NextResponse(null, { status: 303, headers: { Location: shared ? SHARE_LANDING : "/triage", "Cache-Control": "no-store" } });
  if (shared) response.cookies.set(SHARE_COOKIE, sealShared(shared), shareCookieOptions(publicOrigin(request.headers).startsWith("https:")));
  return response;
}

const pick = (get: (k: string) => unknown): SharedInput => {
  const str = (k: string) => {
    const v = get(k);
    return typeof v === "string" ? v : undefined;
  };
  return { title: str("title"), text: str("text"), url: str("url") };
};

export async function GET(request: Request): Promise<Response> {
  const query = new URL(request.url).searchParams;
  return landing(request, pick((k) => query.get(k)));
}

export async function POST(request: Request): Promise<Response> {
  const declared = Number(request.headers.get("content-length"));
  // Browsers send a form's length; a body without one, or a large one, is not a share.
  if (!Number.isFinite(declared) || declared <= 0 || declared > MAX_SHARE_BODY_BYTES) return landing(request, {});
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.startsWith("application/x-www-form-urlencoded")) {
      const body = new URLSearchParams(await request.text());
      return landing(request, pick((k) => body.get(k)));
    }
    if (type.startsWith("multipart/form-data")) {
      const form = await request.formData();
      return landing(request, pick((k) => form.get(k)));
    }
  } catch {
    // A malformed body shares nothing; Triage opens empty.
  }
  return landing(request, {});
}

/** Triage has shown the shared request: forget it (components/pwa/forget-shared.tsx). */
export async function DELETE(): Promise<Response> {
  const response = new NextResponse(null, { status: 204, headers: { "Cache-Control": "no-store" } });
  response.cookies.set(SHARE_COOKIE, "", { ...shareCookieOptions(false), maxAge: 0 });
  return response;
}
