import { apiRoute, json, methodNotAllowed } from "@/lib/api/handler";
import { presentTemplate } from "@/lib/api/present";
import { listTemplates } from "@/lib/data/templates";

export const dynamic = "force-dynamic";

/** The caller's reason templates, by reason key, the default of each first. */
export const GET = apiRoute(async ({ caller }) => json({ items: (await listTemplates(caller.userId)).map(presentTemplate) }));

const notAllowed = methodNotAllowed(["GET"]);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
