// GET /history/export?format=csv|json&<History's filters>: the signed-in user's
// decisions matching the filter, every page of them, as a download. The file's column
// names stay English (data for spreadsheets and scripts); the refusals speak the user's language.
import { currentUser } from "@/lib/auth/session";
import { translator } from "@/lib/i18n/server";
import { attachmentHeaders, decisionsCsv, decisionsJson } from "@/lib/export/decisions";
import { parseDecisionFilter } from "@/lib/validations/decision";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const user = await currentUser();
  if (!user) return Response.json({ error: (await translator("history"))("export.signIn") }, { status: 401 });
  const params = new URL(request.url).searchParams;
  const format = params.get("format") ?? "csv";
  if (format !== "csv" && format !== "json") {
    return Response.json({ errors: { format: [(await translator("history"))("export.format")] } }, { status: 400 });
  }
  const { filter, errors } = parseDecisionFilter(params);
  if (Object.keys(errors).length) return Response.json({ errors }, { status: 400 });

  const name = `decline-with-grace-history-${new Date().toISOString().slice(0, 10)}.${format}`;
  if (format === "csv") return new Response(decisionsCsv(user.id, filter), { headers: attachmentHeaders(name, "text/csv; charset=utf-8") });
  const head = { exportedAt: new Date(), filter };
  return new Response(decisionsJson(user.id, filter, head), { headers: attachmentHeaders(name, "application/json; charset=utf-8") });
}
