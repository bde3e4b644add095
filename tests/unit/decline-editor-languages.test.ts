// The draft editor says which language the request and the draft are in, and when a reason
// template had no wording in the draft's language, a note that the profile language's was
// used, with a way to Templates. (The app's e2e cannot make that fallback happen until
// templates carry wordings per language, so the editor is rendered here on its own.)
import { readFileSync } from "node:fs";
import path from "node:path";
import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DeclineEditor } from "@/components/triage/decline-editor";
import type { Locale } from "@/lib/i18n/config";
import { NAMESPACES } from "@/lib/i18n/en";
import { triage } from "@/lib/triage";

const messages = (locale: Locale) =>
  Object.fromEntries(NAMESPACES.map((ns) => [ns, JSON.parse(readFileSync(path.join("lib", "i18n", "messages", locale, `${ns}.json`), "utf8"))]));

const text = "Lucía Fernández\nReclutadora IT en Hays\nHola Jenn, vi tu perfil y me encantaría hablar contigo sobre una oportunidad en Madrid.";

/** The editor for the request above, its draft in Spanish (the request's language), under a profile in `profileLanguage`. */
function render(locale: Locale, reasons: Record<string, unknown>, profileLanguage?: "en") {
  const result = triage({ text, platform: "linkedin", language: "es", profile: { blockedRoles: ["recruiter"], reasons, language: profileLanguage } });
  const editor = createElement(DeclineEditor, {
    result,
    input: { text },
    pending: false,
    saving: false,
    saved: null,
    onRedraft: () => {},
    recordAction: () => {},
  });
  const provider: ComponentProps<typeof NextIntlClientProvider> = { locale, messages: messages(locale), timeZone: "UTC", children: null };
  const html = renderToStaticMarkup(createElement(NextIntlClientProvider, provider, editor));
  // the text a reader sees (\u202f and \u00a0 kept: French punctuation is part of the wording)
  const shown = html.replace(/<script[^]*?<\/script>/g, " ").replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  return { result, html: shown.replace(/[ \n\t]+/g, " ") };
}

describe("the draft editor's languages", () => {
  it("names the request's and the draft's language in the interface language", () => {
    const { result, html } = render("de", {});
    expect(result.language).toBe("es");
    expect(result.draft?.language).toBe("es");
    expect(html).toContain("Sprache der Anfrage: Spanisch");
    expect(html).toContain("Sprache des Entwurfs: Spanisch");
    expect(html).not.toContain("In den Vorlagen ergänzen");
  });

  it("notes a reason template that had no wording in the draft's language, with a link to Templates", () => {
    const { result, html } = render("fr", { blocked_role: { en: "I keep LinkedIn for people I have worked with." } }, "en");
    expect(result.draft?.language).toBe("es");
    expect(result.draft?.reasonLanguageFallback).toBe(true);
    expect(html).toContain("Langue du brouillon\u202f: Espagnol");
    expect(html).toContain("L’un de vos modèles de motif n’a pas de formulation dans la langue du brouillon (Espagnol)");
    expect(html).toContain("En ajouter une dans Modèles");
  });

  it("keeps today's English wording in English", () => {
    const { html } = render("en", { blocked_role: { en: "I keep LinkedIn for people I have worked with." } }, "en");
    expect(html).toContain("Request language: Spanish");
    expect(html).toContain("Draft language: Spanish");
    expect(html).toContain("One of your reason templates has no wording in Spanish, so its wording in your profile's language was used. Add one in Templates");
    expect(html).toMatch(/\d+ \/ 1,900 characters \(platform limit\)/);
  });
});
