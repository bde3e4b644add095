// Why a file could not be imported, as a code and its parameters (the file, the line, the
// limits), so each caller says it in its own language: the app in the user's
// (lib/actions/imports.ts), the HTTP API and the command line in English (`message`).
// The wording lives in lib/i18n/messages/<locale>/imports.json, under "errors".
import { createTranslator, type _Translator } from "use-intl/core";
import type { Locale } from "@/lib/i18n/config";
import { en, type Messages } from "@/lib/i18n/en";
import { byteSize, EXPECTED_FILE_NAMES } from "./types";

export type ImportErrorCode = keyof Messages["imports"]["errors"];
/** A list (of JSON keys, say) is said as "a or b" in the reader's language; a number under a name ending in "Bytes" as a size. */
export type ImportErrorParams = Record<string, string | number | readonly string[]>;
export type ImportsTranslator = _Translator<Messages, "imports">;

const english: ImportsTranslator = createTranslator({ locale: "en", messages: en, namespace: "imports", timeZone: "UTC" });

/** A size in the reader's language ("8 MB", "8 Mo"). */
export function formatSize(bytes: number, t: ImportsTranslator): string {
  const { unit, value } = byteSize(bytes);
  return unit === "mb" ? t("bytes.mb", { value }) : t("bytes.kb", { value });
}

/** An import error's message in the language of `t` (and `locale`, for lists). */
export function importErrorMessage(error: { code: ImportErrorCode; params: ImportErrorParams }, t: ImportsTranslator, locale: Locale): string {
  const values: Record<string, string | number> = { expectedFiles: t("expectedFiles", EXPECTED_FILE_NAMES) };
  for (const [key, value] of Object.entries(error.params)) {
    if (typeof value === "string") values[key] = value;
    else if (typeof value === "number") values[key] = key.endsWith("Bytes") ? formatSize(value, t) : value;
    else values[key] = new Intl.ListFormat(locale, { type: "disjunction" }).format(value);
  }
  return t(`errors.${error.code}`, values);
}

/** A file that is wrong, damaged or too big: the message names the file and, where it applies, the line. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly params: ImportErrorParams,
    readonly file: string,
    readonly line?: number,
    /** "too_large": the upload itself is over its size limit (HTTP 413). */
    readonly reason?: "too_large",
  ) {
    // English, for the HTTP API, the command line and the logs; the app says it again in the user's language.
    super(importErrorMessage({ code, params }, english, "en"));
    this.name = "ImportError";
  }

  /** This error in the language of `t`. */
  messageIn(t: ImportsTranslator, locale: Locale): string {
    return importErrorMessage(this, t, locale);
  }
}
