// The private calendar feed: /api/v1/calendar/<secret>.ics. Calendar apps cannot sign in
// or send a token header, so the secret in the address is the credential.
import { calendarFeedResponse } from "@/lib/calendar/responses";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  return calendarFeedResponse(request, (await params).file);
}
