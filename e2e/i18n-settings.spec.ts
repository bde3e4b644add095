// The interface language in Settings, end to end against `next start`: choosing Deutsch
// turns the whole app German (with and without JavaScript), with German dates, numbers and
// form errors; the choice is kept on the account, so a fresh browser signing in gets it
// back; "Follow my browser" hands the choice back to Accept-Language; the API tokens page
// speaks Portuguese with Portuguese relative dates; German fits a phone's width.
import type { Page } from "@playwright/test";
import { createDb } from "@/lib/db/client";
import { expect, expectAccessible, newUser, screenshot, signUp, test } from "./fixtures";

const LANGUAGE_OPTIONS = ["Follow my browser", "English", "Español", "Deutsch", "Français", "Português"];

/** Dates as the reader's language writes them (UTC days, like the app). */
const longDay = (lang: string, d: Date) => new Intl.DateTimeFormat(lang, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(d);

/** The main navigation's links, by name (desktop width). */
async function expectNav(page: Page, label: string, links: string[]) {
  const nav = page.getByRole("navigation", { name: label, exact: true });
  for (const link of links) await expect(nav.getByRole("link", { name: link, exact: true })).toBeVisible();
}

const GERMAN_NAV = ["Prüfen", "Profile", "Vorlagen", "Verlauf", "Einstellungen"];
const FRENCH_NAV = ["Trier", "Profils", "Modèles", "Historique", "Réglages"];

/** Sets the user's API tokens' dates, straight in the end-to-end database (the app has no test-only routes). */
async function backdateTokens(email: string, createdAt: Date, lastUsedAt: Date) {
  const file = process.env.E2E_DATABASE_FILE;
  if (!file) throw new Error("E2E_DATABASE_FILE is not set: run through playwright.config.ts");
  const client = await createDb(`file:${file}`);
  try {
    const { id } = await client.user.findUniqueOrThrow({ where: { email: email.toLowerCase() }, select: { id: true } });
    await client.apiToken.updateMany({ where: { userId: id }, data: { createdAt, lastUsedAt } });
  } finally {
    await client.$disconnect();
  }
}

/** Signs in through the form, whatever language the page is in. */
async function signInAnyLanguage(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  const form = page.locator("form:has(input[name=password])");
  await form.locator("input[name=email]").fill(email);
  await form.locator("input[name=password]").fill(password);
  await form.locator("button[type=submit]").click();
  await expect(page).toHaveURL(/\/triage$/);
}

test.describe("the app in the language chosen in Settings", () => {
  test("switching to Deutsch turns the whole app German: headings, navigation, errors, dates and numbers", async ({ page, user }, testInfo) => {
    expect(user.email).toBeTruthy(); // signed up (in English: the browser asks for en-US)
    await page.goto("/settings");
    const select = page.getByRole("combobox", { name: "Language", exact: true });
    await expect(select).toHaveValue("");
    await expect(select.locator("option")).toHaveText(LANGUAGE_OPTIONS);
    // Each language is named in itself, and marked as such for screen readers.
    await expect(select.locator('option[value="de"]')).toHaveAttribute("lang", "de");
    await expect(select.locator('option[value="pt"]')).toHaveAttribute("lang", "pt");

    await select.selectOption("de");
    await page.getByRole("button", { name: "Save language" }).click();
    await expect(page.getByText("Sprache gespeichert.")).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Einstellungen");
    for (const h of ["Konto", "Sprache", "Passwort", "API und Bookmarklet", "Kalender", "Aus einem Plattform-Export importieren", "Ihre Daten", "Konto löschen"]) {
      await expect(page.getByRole("heading", { level: 2, name: h, exact: true })).toBeVisible();
    }
    await expect(page.getByRole("heading", { name: "Settings", exact: true })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Account", exact: true })).toHaveCount(0);
    await expectNav(page, "Hauptmenü", GERMAN_NAV);
    await expect(page.getByRole("combobox", { name: "Sprache", exact: true })).toHaveValue("de");
    await expect(page.getByRole("button", { name: "Speichern", exact: true })).toBeVisible();
    await page.reload();
    await expect(page).toHaveTitle(/^Einstellungen · /);
    await expectAccessible(page);

    // A form error, in German.
    await page.getByLabel("Aktuelles Passwort").fill("not my password");
    await page.getByLabel("Neues Passwort", { exact: true }).fill("a brand new passphrase");
    await page.getByLabel("Neues Passwort wiederholen").fill("a brand new passphrase");
    await page.getByRole("button", { name: "Passwort ändern" }).click();
    await expect(page.locator("#currentPassword-error")).toHaveText("Das ist nicht Ihr aktuelles Passwort.");
    await expect(page.locator("#password").getByRole("alert")).toHaveText("Ihr Passwort wurde nicht geändert.");

    // A date, in German: the day the calendar feed was made.
    const section = page.locator("#calendar");
    await section.getByRole("button", { name: "Feed-Adresse erstellen" }).click();
    await expect(section.getByText("Kopieren Sie jetzt die Adresse Ihres Feeds")).toBeVisible();
    const today = new Date();
    await page.reload();
    await expect(section.getByTestId("calendar-feed-status")).toContainText(`Ihr Feed ist aktiv, erstellt am ${longDay("de", today)}.`);
    expect(longDay("de", today)).toMatch(/^\d{1,2}\. \p{L}+ \d{4}$/u);
    await screenshot(page, testInfo, "i18n-settings-de");

    // Every page of the app, not only Settings.
    await page.goto("/history");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expectNav(page, "Hauptmenü", GERMAN_NAV);
    // A number, in German: the bookmarklet's limit.
    await page.goto("/settings/api");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("API und Bookmarklet");
    await expect(page.getByRole("link", { name: "Mit Grace prüfen" })).toBeVisible();
    await expect(page.getByText("bis zu 6.000 Zeichen der Markierung")).toBeVisible();
    await page.getByRole("link", { name: "API-Referenz" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("API-Referenz");
    for (const h of ["Erste Schritte", "Fehler", "Endpunkte", "Objekte"]) await expect(page.getByRole("heading", { level: 2, name: h, exact: true })).toBeVisible();
    await expect(page.getByRole("table", { name: "Fehlercodes" }).getByRole("columnheader")).toHaveText(["Status", "Code", "Wann"]);
    await expectAccessible(page);
  });

  test("without JavaScript too: the form posts, and the page comes back in the chosen language", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await signUp(page, newUser("Nora Sprache"));
    await page.goto("/settings");
    expect(await page.evaluate(() => "__next_f" in self)).toBe(false);

    await page.getByRole("combobox", { name: "Language", exact: true }).selectOption("de");
    await page.getByRole("button", { name: "Save language" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Einstellungen");
    await expect(page.locator("#language").getByRole("status")).toHaveText("Sprache gespeichert.");
    await expect(page.getByRole("combobox", { name: "Sprache", exact: true })).toHaveValue("de");
    await page.goto("/triage");
    await expectNav(page, "Hauptmenü", GERMAN_NAV);

    // And back to the browser's language (English here), still without a script.
    await page.goto("/settings");
    await page.getByRole("combobox", { name: "Sprache", exact: true }).selectOption("");
    await page.getByRole("button", { name: "Sprache speichern" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Settings");
    await expect(page.locator("#language").getByRole("status")).toHaveText("Language saved.");
    expect((await context.cookies()).find((c) => c.name === "locale")).toBeUndefined();
    await context.close();
  });

  test("the choice is kept on the account: a fresh browser gets it at sign-in; “Follow my browser” then follows Accept-Language", async ({ page, user, browser, baseURL }) => {
    await page.goto("/settings");
    await page.getByRole("combobox", { name: "Language", exact: true }).selectOption("de");
    await page.getByRole("button", { name: "Save language" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "de");

    // Sign out through the account menu (its words are German now: find it by the user's name and its icon).
    await page.getByRole("button", { name: new RegExp(user.name) }).click();
    await page.locator("button:has(svg.lucide-log-out)").click();
    await expect(page).toHaveURL(/\/$/);

    // Another browser, one that asks for French: the account's German wins at sign-in.
    const french = await browser.newContext({ baseURL, locale: "fr-FR", extraHTTPHeaders: { "Accept-Language": "fr-FR,fr;q=0.9" } });
    const other = await french.newPage();
    await signInAnyLanguage(other, user.email, user.password);
    await expect(other.locator("html")).toHaveAttribute("lang", "de");
    await expectNav(other, "Hauptmenü", GERMAN_NAV);
    await other.goto("/settings");
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("Einstellungen");
    const select = other.getByRole("combobox", { name: "Sprache", exact: true });
    await expect(select).toHaveValue("de");
    await expect(other.getByText("„Browsersprache verwenden“ übernimmt die Sprache, die Ihr Browser bevorzugt – hier: Français.")).toBeVisible();

    // Back to following the browser: French, from Accept-Language, and the cookie is gone.
    await select.selectOption("");
    await other.getByRole("button", { name: "Sprache speichern" }).click();
    await expect(other.locator("html")).toHaveAttribute("lang", "fr");
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("Réglages");
    await expect(other.getByText("Langue enregistrée.")).toBeVisible();
    await expectNav(other, "Menu principal", FRENCH_NAV);
    await expect(other.getByRole("combobox", { name: "Langue", exact: true })).toHaveValue("");
    expect((await french.cookies()).find((c) => c.name === "locale")).toBeUndefined();
    await other.reload();
    await expect(other.getByRole("heading", { level: 2, name: "Langue", exact: true })).toBeVisible();
    await french.close();

    // The account keeps no language now: a Portuguese browser signing in stays Portuguese.
    const portuguese = await browser.newContext({ baseURL, locale: "pt-BR", extraHTTPHeaders: { "Accept-Language": "pt-BR,pt;q=0.9" } });
    const third = await portuguese.newPage();
    await signInAnyLanguage(third, user.email, user.password);
    await expect(third.locator("html")).toHaveAttribute("lang", "pt");
    await portuguese.close();
  });

  test("the API tokens page in Portuguese: labels, messages, relative dates and numbers", async ({ page, context, user, baseURL }, testInfo) => {
    await context.addCookies([{ name: "locale", value: "pt", url: baseURL! }]);
    await page.goto("/settings/api");
    await expect(page.locator("html")).toHaveAttribute("lang", "pt");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("API e bookmarklet");
    await expect(page.getByRole("heading", { level: 2, name: "Tokens de API pessoais" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Analisar com Grace" })).toBeVisible();
    await expect(page.getByText("até 6.000 caracteres da seleção")).toBeVisible();
    await expect(page.getByText("Nenhum token ainda.", { exact: false })).toBeVisible();
    await expect(page.getByRole("link", { name: "Configurações", exact: true }).first()).toBeVisible();

    await page.getByLabel("Nome do token").fill("Script do Zé");
    await page.getByRole("button", { name: "Criar token" }).click();
    await expect(page.getByText("Token “Script do Zé” criado.")).toBeVisible();
    await expect(page.getByText("Copie o token “Script do Zé” agora: ele só é mostrado desta vez.", { exact: false })).toBeVisible();
    await expect(page.getByLabel("Seu novo token de API")).toHaveValue(/^dwg_/);
    await page.getByRole("button", { name: "Concluído" }).click();
    const list = page.getByRole("list", { name: "Seus tokens de API" });
    await expect(list).toContainText("Criado agora mesmo · Nunca usado");

    // Made three days ago, last used two hours ago: said as Portuguese says it, with the exact moment on hover.
    const created = new Date(Date.now() - 3 * 86_400_000);
    const used = new Date(Date.now() - 2 * 3_600_000);
    await backdateTokens(user.email, created, used);
    await page.reload();
    const rtf = new Intl.RelativeTimeFormat("pt");
    await expect(list).toContainText(`Criado ${rtf.format(-3, "day")} · Último uso ${rtf.format(-2, "hour")}`);
    await expect(list).toContainText("Criado há 3 dias · Último uso há 2 horas");
    const exact = new Intl.DateTimeFormat("pt", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(created);
    await expect(list.locator("time").first()).toHaveAttribute("title", exact);
    await expect(list.locator("time").first()).toHaveAttribute("datetime", created.toISOString());
    await screenshot(page, testInfo, "i18n-settings-api-pt");
    await expectAccessible(page);

    // Revoking, in Portuguese.
    await list.getByRole("button", { name: "Revogar o token Script do Zé" }).click();
    const dialog = page.getByRole("dialog", { name: "Revogar “Script do Zé”?" });
    await expect(dialog).toContainText("Os scripts que usam este token param de funcionar na hora.");
    await dialog.getByRole("button", { name: "Revogar token", exact: true }).click();
    await expect(page.getByText("Token revogado. As requisições com ele passam a ser recusadas.")).toBeVisible();
  });

  test("German fits a phone: no sideways scrolling on Settings, the API page or the API reference", async ({ page, context, user, baseURL }, testInfo) => {
    expect(user.email).toBeTruthy();
    await page.setViewportSize({ width: 360, height: 780 });
    await context.addCookies([{ name: "locale", value: "de", url: baseURL! }]);
    for (const [name, url, heading] of [
      ["settings", "/settings", "Einstellungen"],
      ["settings-api", "/settings/api", "API und Bookmarklet"],
      ["settings-api-docs", "/settings/api/docs", "API-Referenz"],
    ] as const) {
      await page.goto(url);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth <= width + 1) return null;
        const wide = [...document.querySelectorAll<HTMLElement>("body *")]
          .filter((el) => el.getBoundingClientRect().right > width + 1 && el.getClientRects().length)
          .slice(0, 3)
          .map((el) => `<${el.tagName.toLowerCase()}> ${el.innerText?.slice(0, 40)}`);
        return `${document.documentElement.scrollWidth}px > ${width}px: ${wide.join(" | ")}`;
      });
      expect(overflow, `sideways scrolling on ${url}`).toBeNull();
      await screenshot(page, testInfo, `i18n-settings-phone-de-${name}`);
    }
    // The delete dialog's longest German button row also fits.
    await page.goto("/settings");
    await page.getByRole("button", { name: "Mein Konto löschen…" }).click();
    const dialog = page.getByRole("dialog", { name: "Konto löschen?" });
    await expect(dialog.getByRole("button", { name: "Alles löschen" })).toBeVisible();
    const box = await dialog.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
  });
});
