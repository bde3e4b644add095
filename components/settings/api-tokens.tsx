// Settings section: personal API tokens. A server component that loads the user's
// tokens itself, so any settings page can mount it with just the user's id.
import "server-only";
import { formatDistanceToNowStrict } from "date-fns";
import { listApiTokens } from "@/lib/data/api-tokens";
import { ApiTokensClient, type TokenRow } from "./api-tokens-client";

// Under a minute, "0 seconds ago" reads oddly.
const ago = (d: Date) => (Date.now() - d.getTime() < 60_000 ? "just now" : formatDistanceToNowStrict(d, { addSuffix: true }));

export async function ApiTokensSection({ userId }: { userId: string }) {
  const tokens = await listApiTokens(userId);
  const rows: TokenRow[] = tokens.map((t) => ({
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    created: ago(t.createdAt),
    createdIso: t.createdAt.toISOString(),
    lastUsed: t.lastUsedAt ? ago(t.lastUsedAt) : null,
    lastUsedIso: t.lastUsedAt?.toISOString() ?? null,
  }));
  return <ApiTokensClient tokens={rows} />;
}
