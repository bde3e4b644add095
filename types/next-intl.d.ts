import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/en";

// Message keys are checked by tsc: a key missing from the English files fails the build.
declare module "use-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
