// The two calendar answers, kept out of the route files so tests call them directly:
// the private feed (by secret) and one decision's .ics download (by its owner).
import "server-only";
import { createHash } from "node:crypto";
import { ApiError, errorResponse } from "@/lib/api/errors";
import { heldRevisit, revisitsOfFeed } from "@/lib/data/calendar-feeds";
import { wellFormedText } from "@/lib/validations/text";
import { ICS_CONTENT_TYPE, revisitFeed, revisitFile, revisitFileName } from "./ics";
import { publicOrigin } from "./origin";
import { hashFeedSecret, looksLikeFeedSecret } from "./secret";

const feedMissing = () =>
  errorResponse(new ApiError(404, "not_found", "No calendar feed at this address. It may have been turned off: make a new one in Settings."));

/** GET /api/v1/calendar/<file>: an unknown, malformed or revoked secret all get the same 404. */
export async function calendarFeedResponse(request: Request, file: string): Promise<Response> {
  const secret = typeof file === "string" && file.endsWith(".ics") ? file.slice(0, -4) : "";
  if (!looksLikeFeedSecret(secret)) return feedMissing();
  try {
    const revisits = await revisitsOfFeed(hashFeedSecret(secret));
    if (!revisits) return feedMissing();
    const body = revisitFeed(revisits, publicOrigin(request.headers));
    // Calendar apps poll: an unchanged feed costs them a 304.
    const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
    const headers = {
      "Content-Type": ICS_CONTENT_TYPE,
      "Content-Disposition": 'inline; filename="revisits.ics"',
      "Cache-Control": "private, no-cache",
      ETag: etag,
      "X-Robots-Tag": "noindex",
    };
    if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
    return new Response(body, { headers });
  } catch (e) {
    console.error("[calendar] feed:", e);
    return errorResponse(new ApiError(500, "internal_error", "Something went wrong on our side. Try again in a moment."));
  }
}

const downloadMissing = () =>
  new Response("No held request with a revisit date here.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });

/** One held decision's revisit as a file; another user's, a missing or an unheld decision all get the same 404. */
export async function revisitDownloadResponse(userId: string | null, rawId: string, origin: string): Promise<Response> {
  if (!userId) return downloadMissing();
  const id = wellFormedText(rawId);
  if (!id || id.length > 64) return downloadMissing();
  const decision = await heldRevisit(userId, id);
  if (!decision) return downloadMissing();
  return new Response(revisitFile(decision, origin), {
    headers: {
      "Content-Type": ICS_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="${revisitFileName(decision)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

export { publicOrigin };
