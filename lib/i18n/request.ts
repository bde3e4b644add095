// next-intl's per-request configuration (wired in next.config.ts): the language comes from
// the `locale` cookie (the user's choice, set by Settings and at sign-in), else from the
// browser's Accept-Language. Pages keep their addresses; no /de/… prefixes.
import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/server";

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return {
    locale,
    messages: await loadMessages(locale),
    // Dates are UTC days across the app (see components/history/format.ts): the same on
    // the server and in the browser, whatever their zones.
    timeZone: "UTC",
  };
});
