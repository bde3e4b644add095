import { ApiError } from "@/lib/api/errors";
import { apiRoute, json, methodNotAllowed, parseOrThrow, queryOf } from "@/lib/api/handler";
import { presentDecision } from "@/lib/api/present";
import { decodeCursor, listDecisions } from "@/lib/data/decisions";
import { decisionListQuerySchema } from "@/lib/validations/api";

export const dynamic = "force-dynamic";

/** History, newest first, with History's filters and a keyset cursor. */
export const GET = apiRoute(async ({ request, caller }) => {
  const { cursor, limit, ...filter } = parseOrThrow(decisionListQuerySchema, queryOf(request), "query");
  if (cursor && !decodeCursor(cursor)) {
    const message = "is not a cursor this API returned";
    throw new ApiError(400, "invalid_request", `cursor: ${message}`, { cursor: [message] });
  }
  const page = await listDecisions(caller.userId, filter, { cursor, limit });
  return json({ items: page.items.map(presentDecision), nextCursor: page.nextCursor });
});

const notAllowed = methodNotAllowed(["GET"]);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
