import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { Messages } from "@/lib/i18n/en";

/** A namespace ("history") or one of its groups ("history.filters"). */
export type MessagePath = { [N in keyof Messages]: N | `${N}.${Extract<keyof Messages[N], string>}` }[keyof Messages];

/**
 * next-intl's client provider carrying only the named parts of this request's messages, so
 * a page's HTML and RSC payload hold the words its client components use, not the whole
 * catalogue (~70 KB in English): a whole namespace ("common") or one group of it
 * ("history.filters": History's list sent 14 KB of the "history" namespace for the two
 * groups its client components read). A nested provider REPLACES its parent's messages
 * (it does not merge them), so the list must name everything read by any client component
 * rendered inside; tests/unit/client-messages.test.ts walks the imports and checks it.
 * Locale, time zone, `now` and formats come from the request config (lib/i18n/request.ts)
 * exactly as for the root provider.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly MessagePath[]; children: React.ReactNode }) {
  const all = (await getMessages()) as Record<string, Record<string, unknown>>;
  const messages: Record<string, Record<string, unknown>> = {};
  const whole = new Set<string>(namespaces.filter((entry) => !entry.includes(".")));
  for (const ns of whole) messages[ns] = all[ns]!;
  for (const entry of namespaces) {
    const [ns, group] = entry.split(".") as [string, string | undefined];
    // A group of a namespace sent whole is already there; the catalogue itself is never written to.
    if (group !== undefined && !whole.has(ns)) (messages[ns] ??= {})[group] = all[ns]?.[group];
  }
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
