import { addDays, startOfDay } from "date-fns";
import { readJsonBody } from "@/lib/api/body";
import { notFound } from "@/lib/api/errors";
import { apiRoute, json, methodNotAllowed, parseOrThrow } from "@/lib/api/handler";
import { presentDecision } from "@/lib/api/present";
import { deleteDecision, getDecision, updateDecision } from "@/lib/data/decisions";
import { stringList } from "@/lib/data/scope";
import { recordTemplateUse } from "@/lib/data/templates";
import { DEFAULT_REVISIT_DAYS } from "@/lib/triage-service";
import { decisionPatchSchema } from "@/lib/validations/api";

export const dynamic = "force-dynamic";

type Params = { id: string };
// Another user's id and a missing id get the same 404: existence is never revealed.
const missing = () => notFound("decision");

export const GET = apiRoute<Params>(async ({ caller, params }) => {
  const found = await getDecision(caller.userId, params.id);
  if (!found) throw missing();
  return json(presentDecision(found));
});

export const PATCH = apiRoute<Params>(async ({ request, caller, params }) => {
  const patch = parseOrThrow(decisionPatchSchema, await readJsonBody(request));
  const current = await getDecision(caller.userId, params.id);
  if (!current) throw missing();

  const data: Parameters<typeof updateDecision>[2] = {};
  if (patch.status !== undefined) data.status = patch.status;
  if (patch.revisitAt !== undefined) data.revisitAt = patch.revisitAt === null ? null : new Date(patch.revisitAt);
  if (patch.sentText !== undefined) data.sentText = patch.sentText;
  if (patch.draftText !== undefined) data.draftText = patch.draftText;
  // Holding without a date: revisit in a week, as a saved "observe" verdict does.
  if (patch.status === "held" && patch.revisitAt === undefined && !current.revisitAt) {
    data.revisitAt = addDays(startOfDay(new Date()), DEFAULT_REVISIT_DAYS);
  }
  const becomesSent = patch.status === "sent" && current.status !== "sent";
  // Marked sent without saying what: the draft as it stands is what went out.
  if (becomesSent && patch.sentText === undefined && !current.sentText) data.sentText = data.draftText ?? current.draftText;

  const updated = await updateDecision(caller.userId, params.id, data);
  if (!updated) throw missing();
  if (becomesSent) await recordTemplateUse(caller.userId, stringList(current.templateIds));
  return json(presentDecision(updated));
});

export const DELETE = apiRoute<Params>(async ({ caller, params }) => {
  if (!(await deleteDecision(caller.userId, params.id))) throw missing();
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});

const notAllowed = methodNotAllowed(["GET", "PATCH", "DELETE"]);
export { notAllowed as POST, notAllowed as PUT };
