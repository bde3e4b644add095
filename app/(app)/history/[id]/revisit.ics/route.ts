// One held decision's revisit as an .ics file to open in any calendar app; owner only.
import { currentUser } from "@/lib/auth/session";
import { publicOrigin, revisitDownloadResponse } from "@/lib/calendar/responses";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await currentUser();
  return revisitDownloadResponse(user?.id ?? null, (await params).id, publicOrigin(request.headers));
}
