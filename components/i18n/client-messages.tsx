import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { Messages, Namespace } from "@/lib/i18n/en";

/**
 * next-intl's client provider carrying only the named namespaces of this request's messages,
 * so a page's HTML and RSC payload hold the words its client components use, not the whole
 * catalogue (~70 KB in English). A nested provider REPLACES its parent's messages (it does
 * not merge them), so the list must name every namespace read by any client component
 * rendered inside; tests/unit/client-messages.test.ts walks the imports and checks it.
 * Locale, time zone, `now` and formats come from the request config (lib/i18n/request.ts)
 * exactly as for the root provider.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly Namespace[]; children: React.ReactNode }) {
  const all = await getMessages();
  const messages: Partial<Messages> = {};
  for (const ns of namespaces) Object.assign(messages, { [ns]: all[ns] });
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
