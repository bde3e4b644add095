// GET /settings/export: everything the signed-in user has, as one JSON download:
// account (never the password hash), profiles, templates, token names, and every decision.
import { currentUser } from "@/lib/auth/session";
import { exportAccount } from "@/lib/data/users";
import { translator } from "@/lib/i18n/server";
import { attachmentHeaders, decisionsJson } from "@/lib/export/decisions";

export const dynamic = "force-dynamic";

/** Signed out (or the account is gone): said in the visitor's language. */
async function signedOut() {
  const t = await translator("settings");
  return Response.json({ error: t("exportData.signedOut") }, { status: 401 });
}

export async function GET() {
  const user = await currentUser();
  if (!user) return signedOut();
  const data = await exportAccount(user.id);
  if (!data) return signedOut();
  const name = `decline-with-grace-data-${new Date().toISOString().slice(0, 10)}.json`;
  const head = { exportedAt: new Date(), format: "decline-with-grace/account-export@1", ...data };
  return new Response(decisionsJson(user.id, {}, head), { headers: attachmentHeaders(name, "application/json; charset=utf-8") });
}
