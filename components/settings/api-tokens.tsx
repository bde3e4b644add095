// Settings section: personal API tokens. A server component that loads the user's
// tokens itself, so any settings page can mount it with just the user's id.
import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import { listApiTokens } from "@/lib/data/api-tokens";
import { ApiTokensClient, type TokenRow } from "./api-tokens-client";

export async function ApiTokensSection({ userId }: { userId: string }) {
  const [tokens, format, t] = await Promise.all([listApiTokens(userId), getFormatter(), getTranslations("settings.tokens")]);
  const now = new Date();
  // "3 minutes ago" in the reader's language; under a minute, "0 seconds ago" reads oddly.
  const ago = (d: Date) => (now.getTime() - d.getTime() < 60_000 ? t("justNow") : format.relativeTime(d, now));
  // The full date and time, for a tooltip on the relative one.
  const exact = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });
  const rows: TokenRow[] = tokens.map((tk) => ({
    id: tk.id,
    name: tk.name,
    prefix: tk.prefix,
    created: ago(tk.createdAt),
    createdExact: exact(tk.createdAt),
    createdIso: tk.createdAt.toISOString(),
    lastUsed: tk.lastUsedAt ? ago(tk.lastUsedAt) : null,
    lastUsedExact: tk.lastUsedAt ? exact(tk.lastUsedAt) : null,
    lastUsedIso: tk.lastUsedAt?.toISOString() ?? null,
  }));
  return <ApiTokensClient tokens={rows} />;
}
