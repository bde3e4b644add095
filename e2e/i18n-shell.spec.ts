// The shell, the landing page and sign-in/sign-up in another language: chosen by the `locale`
// cookie or, on a first visit, by Accept-Language; switched by the signed-out language menu,
// with and without JavaScript; the forms' refusals in that language; <html lang> to match;
// and no page wider than a 390 px phone in German or French.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect, formAlert, newUser, screenshot, test } from "./fixtures";

const html = (page: Page) => page.locator("html");

/**
 * A signed-out browser. `locale` sets the cookie; `browserLocale` is the browser's own language
 * (Chromium sends it as Accept-Language, whatever extraHTTPHeaders say).
 */
async function visitor(browser: Browser, baseURL: string, opts: { locale?: string; browserLocale?: string; javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext({
    baseURL,
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    ...(opts.browserLocale ? { locale: opts.browserLocale } : {}),
  });
  if (opts.locale) await context.addCookies([{ name: "locale", value: opts.locale, url: baseURL }]);
  return { context, page: await context.newPage() };
}

async function expectNoOverflow(page: Page) {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
  expect(widths.page, `${page.url()} is wider than the screen`).toBeLessThanOrEqual(widths.view);
}

/** The locale cookie the browser holds. */
const localeCookie = async (context: BrowserContext) => (await context.cookies()).find((c) => c.name === "locale")?.value;

test.describe("the shell in five languages", () => {
  test("German by the cookie: landing, sign-in, sign-up and the 404 page", async ({ browser, baseURL }) => {
    const { context, page } = await visitor(browser, baseURL!, { locale: "de" });

    await page.goto("/");
    await expect(html(page)).toHaveAttribute("lang", "de");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bewusst vernetzen. Freundlich ablehnen.");
    await expect(page.getByRole("heading", { level: 2, name: "Vier Urteile, jedes mit sichtbarer Begründung" })).toBeVisible();
    for (const verdict of ["Ignorieren", "Ablehnen", "Beobachten", "Annehmen"]) await expect(page.getByRole("heading", { level: 3, name: verdict, exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: "1. Legen Sie fest, warum Sie sich vernetzen" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Konto" }).getByRole("link", { name: "Anmelden" })).toBeVisible();
    await expect(page.getByRole("radiogroup", { name: "Farbschema" }).getByRole("radio", { name: "Dunkel" })).toBeVisible();
    await expect(page.getByText("Die Richtlinien meines Unternehmens erlauben mir nicht")).toBeVisible();
    await expect(page.getByText(/Connect with intent|How it works|Sign in|Get started/)).toHaveCount(0);
    // The menu names each language in itself, marked with its own language.
    await expect(page.getByLabel("Sprache")).toHaveValue("de");
    for (const [code, name] of [["en", "English"], ["es", "Español"], ["de", "Deutsch"], ["fr", "Français"], ["pt", "Português"]] as const) {
      await expect(page.locator(`select[name="locale"] option[lang="${code}"]`)).toHaveText(name);
    }

    await page.goto("/sign-in");
    await expect(page).toHaveTitle("Anmelden · Decline with Grace");
    await expect(page.getByRole("heading", { level: 1, name: "Anmelden" })).toBeVisible();
    await expect(page.getByText("Willkommen zurück. Ihre Kriterien und Ihr Verlauf warten auf Sie.")).toBeVisible();
    await expect(page.getByLabel("E-Mail-Adresse")).toBeVisible();
    await expect(page.getByLabel("Passwort")).toBeVisible();
    await expect(page.getByRole("button", { name: "Anmelden", exact: true })).toBeVisible();
    await expect(page.getByText("Neu hier?")).toBeVisible();
    await expect(page.getByRole("link", { name: "Konto erstellen" })).toHaveAttribute("href", "/sign-up");
    await expect(page.getByRole("button", { name: "Sprache ändern" })).toBeVisible();

    await page.goto("/sign-up");
    await expect(page).toHaveTitle("Konto erstellen · Decline with Grace");
    await expect(page.getByRole("heading", { level: 1, name: "Konto erstellen" })).toBeVisible();
    await expect(page.getByLabel("Ihr Name")).toBeVisible();
    await expect(page.getByText("Mindestens 10 Zeichen.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Konto erstellen" })).toBeVisible();
    await expect(page.getByText("Sie haben schon ein Konto?")).toBeVisible();

    const res = await page.goto("/no-such-page");
    expect(res?.status()).toBe(404);
    await expect(html(page)).toHaveAttribute("lang", "de");
    await expect(page).toHaveTitle("Seite nicht gefunden · Decline with Grace");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Diese Seite haben wir nicht gefunden");
    await expect(page.getByRole("link", { name: "Anfrage prüfen" })).toHaveAttribute("href", "/triage");
    await expect(page.getByRole("link", { name: "Startseite" })).toHaveAttribute("href", "/");
    await context.close();
  });

  test("French by Accept-Language on a first visit, and the 404 page too", async ({ browser, baseURL }) => {
    const { context, page } = await visitor(browser, baseURL!, { browserLocale: "fr-CA" });
    // The header as a browser with several languages sends it, weights and all.
    for (const path of ["/", "/sign-in", "/sign-up", "/no-such-page"]) {
      const res = await page.request.get(path, { headers: { "Accept-Language": "pt-PT;q=0.3, fr-CA, fr;q=0.9, en;q=0.5" } });
      expect(await res.text(), path).toMatch(/<html lang="fr"[ >]/);
    }
    await page.goto("/");
    await expect(html(page)).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Acceptez avec discernement. Refusez avec élégance.");
    await expect(page.getByRole("heading", { level: 2, name: "Comment ça marche" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Créer votre compte gratuit" })).toHaveAttribute("href", "/sign-up");
    await expect(page.getByLabel("Langue")).toHaveValue("fr");

    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { level: 1, name: "Connexion" })).toBeVisible();
    await expect(page.getByLabel("Adresse e-mail")).toBeVisible();
    await expect(page.getByLabel("Mot de passe")).toBeVisible();
    await expect(page.getByRole("button", { name: "Se connecter" })).toBeVisible();

    await page.goto("/sign-up");
    await expect(page.getByRole("heading", { level: 1, name: "Créer votre compte" })).toBeVisible();
    await expect(page.getByLabel("Votre nom")).toBeVisible();

    // Signed out, an app path leads to sign-in; a path outside the app is the 404 page.
    const res = await page.goto("/not-a-real-page/edit");
    expect(res?.status()).toBe(404);
    await expect(html(page)).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cette page est introuvable");
    await expect(page.getByRole("link", { name: "Accueil" })).toBeVisible();
    // Nothing wrote the cookie: the browser's languages decided.
    expect(await localeCookie(context)).toBeUndefined();
    await context.close();
  });

  test("the language menu switches the page's language without JavaScript, and keeps where sign-in leads", async ({ browser, baseURL }) => {
    const { context, page } = await visitor(browser, baseURL!, { javaScriptEnabled: false });
    await page.goto("/sign-in?callbackUrl=%2Fhistory");
    // Proof that scripting is off: the page's own scripts never ran.
    expect(await page.evaluate(() => "__next_f" in self)).toBe(false);
    await expect(html(page)).toHaveAttribute("lang", "en");
    await page.getByLabel("Language").selectOption({ label: "Français" });
    await page.getByRole("button", { name: "Change language" }).click();
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fhistory$/);
    await expect(html(page)).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { level: 1, name: "Connexion" })).toBeVisible();
    await expect(page.getByLabel("Langue")).toHaveValue("fr");
    expect(await localeCookie(context)).toBe("fr");

    await page.getByRole("link", { name: "Créer un compte" }).click();
    await expect(page).toHaveURL(/\/sign-up\?callbackUrl=%2Fhistory$/);
    await page.getByLabel("Langue").selectOption("de");
    await page.getByRole("button", { name: "Changer de langue" }).click();
    await expect(page).toHaveURL(/\/sign-up\?callbackUrl=%2Fhistory$/);
    await expect(html(page)).toHaveAttribute("lang", "de");
    await expect(page.getByRole("heading", { level: 1, name: "Konto erstellen" })).toBeVisible();

    await page.goto("/");
    await expect(html(page)).toHaveAttribute("lang", "de");
    await page.getByLabel("Sprache").selectOption({ label: "Português" });
    await page.getByRole("button", { name: "Sprache ändern" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(html(page)).toHaveAttribute("lang", "pt");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Conecte-se com intenção. Recuse com elegância.");
    await context.close();
  });

  test("the language menu with JavaScript: the page comes back in the new language", async ({ browser, baseURL }) => {
    const { context, page } = await visitor(browser, baseURL!);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Connect with intent. Decline with grace.");
    await page.getByLabel("Language").selectOption({ label: "Español" });
    await page.getByRole("button", { name: "Change language" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Conecta con intención. Rechaza con elegancia.");
    await expect(html(page)).toHaveAttribute("lang", "es");
    await expect(page).toHaveURL(/\/$/);
    expect(await localeCookie(context)).toBe("es");
    // Back to English the same way.
    await page.getByLabel("Idioma").selectOption("en");
    await page.getByRole("button", { name: "Cambiar idioma" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Connect with intent. Decline with grace.");
    await expect(html(page)).toHaveAttribute("lang", "en");
    await context.close();
  });

  test("sign-in and sign-up refusals in Spanish", async ({ browser, baseURL }) => {
    const owner = newUser("Lucía Fernández");
    const first = await visitor(browser, baseURL!, { locale: "es" });
    await signUpInSpanish(first.page, owner);
    await first.context.close();

    const { context, page } = await visitor(browser, baseURL!, { locale: "es" });
    await page.goto("/sign-in");
    await expect(html(page)).toHaveAttribute("lang", "es");
    await page.getByLabel("Correo electrónico").fill(owner.email);
    await page.getByLabel("Contraseña").fill("no es mi contraseña");
    await page.getByRole("button", { name: "Iniciar sesión", exact: true }).click();
    await expect(formAlert(page)).toHaveText("El correo electrónico o la contraseña no son correctos.");
    await expect(page.getByLabel("Correo electrónico")).toHaveValue(owner.email);

    await page.goto("/sign-up");
    await page.getByLabel("Tu nombre").fill("Otra Persona");
    await page.getByLabel("Correo electrónico").fill(owner.email);
    await page.getByLabel("Contraseña").fill("otra contraseña larga");
    await page.getByRole("button", { name: "Crear cuenta" }).click();
    await expect(page.locator("#email-error")).toHaveText("Ya existe una cuenta con este correo electrónico. ¿Quieres iniciar sesión?");
    await context.close();
  });

  test("the signed-in shell: the account menu and theme choice in German", async ({ page, user, baseURL }) => {
    await page.context().addCookies([{ name: "locale", value: "de", url: baseURL! }]);
    await page.goto("/triage");
    await expect(html(page)).toHaveAttribute("lang", "de");
    await page.getByRole("button", { name: `Kontomenü für ${user.name}` }).click();
    const menu = page.locator("#user-menu");
    await expect(menu.getByRole("link", { name: "Einstellungen" })).toHaveAttribute("href", "/settings");
    await expect(menu.getByRole("link", { name: "API und Bookmarklet" })).toHaveAttribute("href", "/settings/api");
    await expect(menu.getByText("Design", { exact: true })).toBeVisible();
    const themes = menu.getByRole("radiogroup", { name: "Farbschema" });
    for (const name of ["System", "Hell", "Dunkel"]) await expect(themes.getByRole("radio", { name })).toBeVisible();
    await page.getByRole("button", { name: "Abmelden" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bewusst vernetzen. Freundlich ablehnen.");
  });

  test("German and French pages fit a 390 px phone", async ({ browser, baseURL }, testInfo) => {
    for (const locale of ["de", "fr"]) {
      const { context, page } = await visitor(browser, baseURL!, { locale });
      await page.setViewportSize({ width: 390, height: 844 });
      for (const [name, path] of [["landing", "/"], ["sign-in", "/sign-in?callbackUrl=%2Fhistory"], ["sign-up", "/sign-up"], ["not-found", "/no-such-page"]] as const) {
        await page.goto(path);
        await expect(html(page)).toHaveAttribute("lang", locale);
        await expectNoOverflow(page);
        await screenshot(page, testInfo, `i18n-shell-${locale}-${name}-390`);
      }
      await context.close();
    }
  });
});

/** Signs up through the Spanish form; the new account ends on Triage. */
async function signUpInSpanish(page: Page, user: { name: string; email: string; password: string }) {
  await page.goto("/sign-up");
  await expect(html(page)).toHaveAttribute("lang", "es");
  await page.getByLabel("Tu nombre").fill(user.name);
  await page.getByLabel("Correo electrónico").fill(user.email);
  await page.getByLabel("Contraseña").fill(user.password);
  await page.getByRole("button", { name: "Crear cuenta" }).click();
  await expect(page).toHaveURL(/\/triage$/);
}
