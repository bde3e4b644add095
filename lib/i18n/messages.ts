// One JSON file per language and namespace (lib/i18n/messages/<locale>/<namespace>.json),
// so each feature's wording lives beside the others' without one huge file.
import type { Locale } from "@/lib/i18n/config";
import { NAMESPACES, type Messages } from "@/lib/i18n/en";

const loaded = new Map<Locale, Promise<Messages>>();

/** A language's messages; loaded once per process and language. */
export function loadMessages(locale: Locale): Promise<Messages> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = Promise.all(
      NAMESPACES.map(async (ns) => [ns, (await import(`./messages/${locale}/${ns}.json`)).default] as const),
    ).then((entries) => Object.fromEntries(entries) as Messages);
    loaded.set(locale, messages);
  }
  return messages;
}
