import { readJsonBody } from "@/lib/api/body";
import { ApiError, notFound } from "@/lib/api/errors";
import { apiRoute, json, methodNotAllowed, parseOrThrow } from "@/lib/api/handler";
import { presentDecision } from "@/lib/api/present";
import { changeDecisionStatus, deleteDecision, getDecision, RevisitWithoutHoldError } from "@/lib/data/decisions";
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

// The rules (revisit dates, the sent text, counting template use) live in
// changeDecisionStatus, which History's status form calls too.
export const PATCH = apiRoute<Params>(async ({ request, caller, params }) => {
  const { revisitAt, ...patch } = parseOrThrow(decisionPatchSchema, await readJsonBody(request));
  try {
    const updated = await changeDecisionStatus(caller.userId, params.id, {
      ...patch,
      // A bare date is midnight UTC, as the schema documents.
      ...(revisitAt !== undefined ? { revisitAt: revisitAt === null ? null : new Date(revisitAt) } : {}),
    });
    if (!updated) throw missing();
    return json(presentDecision(updated));
  } catch (e) {
    if (e instanceof RevisitWithoutHoldError) throw new ApiError(400, "invalid_request", `revisitAt: ${e.message}`, { revisitAt: [e.message] });
    throw e;
  }
});

export const DELETE = apiRoute<Params>(async ({ caller, params }) => {
  if (!(await deleteDecision(caller.userId, params.id))) throw missing();
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});

const notAllowed = methodNotAllowed(["GET", "PATCH", "DELETE"]);
export { notAllowed as POST, notAllowed as PUT };
