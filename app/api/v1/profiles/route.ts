import { apiRoute, json, methodNotAllowed } from "@/lib/api/handler";
import { presentProfile } from "@/lib/api/present";
import { listProfiles } from "@/lib/data/profiles";

export const dynamic = "force-dynamic";

/** The caller's criteria profiles, by name. */
export const GET = apiRoute(async ({ caller }) => json({ items: (await listProfiles(caller.userId)).map(presentProfile) }));

const notAllowed = methodNotAllowed(["GET"]);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
