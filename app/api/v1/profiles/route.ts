import { apiRoute, json } from "@/lib/api/handler";
import { presentProfile } from "@/lib/api/present";
import { listProfiles } from "@/lib/data/profiles";

export const dynamic = "force-dynamic";

/** The caller's criteria profiles, by name. */
export const GET = apiRoute(async ({ caller }) => json({ items: (await listProfiles(caller.userId)).map(presentProfile) }));
