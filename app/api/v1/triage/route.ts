import type { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { ApiError } from "@/lib/api/errors";
import { apiRoute, json, methodNotAllowed, parseOrThrow } from "@/lib/api/handler";
import { triageValid } from "@/lib/triage";
import { analyzeForUser, saveAnalysis, type Analysis } from "@/lib/triage-service";
import { apiTriageRequestSchema, type apiTriageResultSchema } from "@/lib/validations/api";

export const dynamic = "force-dynamic";

/** The contract's request in, its result out; with `save`, kept in History too. */
export const POST = apiRoute(async ({ request, caller }) => {
  const { save, profileId, ...req } = parseOrThrow(apiTriageRequestSchema, await readJsonBody(request));
  let analysis: Analysis;
  if (req.profile) {
    // An inline profile is the contract's own: used exactly as given.
    analysis = { result: triageValid(req), profileId: null, profileName: null, templateIds: [] };
  } else {
    // The saved profile (the one named, or the platform's default) and the user's own wording.
    analysis = await analyzeForUser(caller.userId, { ...req, profileId });
    // Another user's id, or none at all, is "not found" (engineProfileFor fell back to a default).
    if (profileId && analysis.profileId !== profileId) {
      const message = "No profile with this id.";
      throw new ApiError(404, "not_found", `profileId: ${message}`, { profileId: [message] });
    }
    if (req.id !== undefined) analysis.result = { ...analysis.result, id: req.id };
  }
  const decision = save ? await saveAnalysis(caller.userId, req.text, analysis) : null;
  const body: z.output<typeof apiTriageResultSchema> = { ...analysis.result, profileId: analysis.profileId, decisionId: decision?.id ?? null };
  if (!decision) return json(body);
  return json(body, { status: 201, headers: { Location: `/api/v1/decisions/${decision.id}` } });
});

const notAllowed = methodNotAllowed(["POST"]);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
