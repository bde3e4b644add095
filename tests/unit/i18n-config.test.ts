// How a first visit's language is chosen: the cookie (the user's choice) first, then the
// best match among our five locales for the browser's Accept-Language, then English.
import { describe, expect, it } from "vitest";
import { acceptedLanguages, localeFromAcceptLanguage, resolveLocale } from "@/lib/i18n/config";

describe("Accept-Language", () => {
  it("orders tags by quality, keeping the header's order among equals", () => {
    expect(acceptedLanguages("fr;q=0.5, de-CH, en;q=0.9, de;q=0.9")).toEqual(["de-CH", "en", "de", "fr"]);
    expect(acceptedLanguages("es;q=0, *;q=0.1, pt")).toEqual(["pt"]);
    expect(acceptedLanguages("")).toEqual([]);
    expect(acceptedLanguages(null)).toEqual([]);
  });

  it.each([
    ["pt-BR,pt;q=0.9,en-US;q=0.8", "pt"],
    ["pt-PT", "pt"],
    ["de-CH", "de"],
    ["es-419,es;q=0.9", "es"],
    ["fr-CA,fr;q=0.9,en;q=0.8", "fr"],
    ["it-IT,it;q=0.9,fr;q=0.5", "fr"],
    ["en-GB,en;q=0.9,de;q=0.8", "en"],
    ["ja,zh-CN;q=0.9", "en"],
    ["*", "en"],
    ["de;q=abc, es", "es"],
    ["<script>, ;;;, x-y-z-123456789", "en"],
    ["", "en"],
  ])("%s gives %s", (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });

  it("a chosen language in the cookie wins; an unknown one is ignored", () => {
    expect(resolveLocale("de", "fr-FR,fr")).toBe("de");
    expect(resolveLocale("it", "fr-FR,fr")).toBe("fr");
    expect(resolveLocale(undefined, undefined)).toBe("en");
  });
});
