// Forms in the user's language: the instant check in the browser (the action's own zod
// schema) and the server's answer to a POST made without JavaScript say the same message,
// in Spanish, for the same field; the shared interface pieces (dialogs, delete buttons, the
// not-found page, badges) speak German. Fields are found by id: their labels belong to
// other areas' translations.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const SHORT_PASSWORD_ES = "La contraseña debe tener al menos 10 caracteres.";
const BAD_EMAIL_ES = "Escribe un correo electrónico válido, como nombre@example.com.";
const NO_NAME_ES = "Ponle un nombre al perfil.";
const NEGATIVE_MUTUAL_ES = "El mínimo de contactos en común debe ser 0 o más.";
const CORRECT_FIELDS_ES = "Corrige los campos marcados abajo.";

async function inLanguage(context: BrowserContext, baseURL: string, locale: string) {
  await context.addCookies([{ name: "locale", value: locale, url: baseURL }]);
}

/** The forms a page posts (a server action, or a whole-page POST): the browser's own check stops an invalid form before any. */
function posts(page: Page): string[] {
  const sent: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && (r.isNavigationRequest() || r.headers()["next-action"])) sent.push(r.url());
  });
  return sent;
}

/** Hydrated: React has taken over the form (its props sit on the element), so a submit runs the browser-side check. */
async function hydrated(page: Page, field: string) {
  await page.waitForFunction((id) => {
    const form = document.getElementById(id)?.closest("form");
    return !!form && Object.keys(form).some((k) => k.startsWith("__reactProps"));
  }, field);
}

async function noScript(browser: Browser, baseURL: string, from?: BrowserContext) {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  if (from) await context.addCookies(await from.cookies());
  const page = await context.newPage();
  return { context, page };
}

async function fillSignUp(page: Page) {
  await page.locator("#name").fill("Lucía Fernández");
  await page.locator("#email").fill("not an email");
  await page.locator("#password").fill("short");
  await page.locator("form:has(#password) button[type=submit]").click();
}

async function fillProfile(page: Page) {
  await page.locator("#name").fill("   ");
  await page.locator("#minMutualConnections").fill("-2");
  await page.locator("form:has(#minMutualConnections) button[type=submit]").click();
}

test.describe("forms in Spanish", () => {
  test("sign-up: the browser's instant hint and the server's answer without JavaScript are the same Spanish", async ({ browser, context, page, baseURL }) => {
    await inLanguage(context, baseURL!, "es");
    const sent = posts(page);
    await page.goto("/sign-up");
    await expect(page.locator("#password")).toBeVisible();
    await hydrated(page, "password");
    await fillSignUp(page);
    await expect(page.locator("#password-error")).toHaveText(SHORT_PASSWORD_ES);
    await expect(page.locator("#email-error")).toHaveText(BAD_EMAIL_ES);
    await expect(page.locator("#email")).toBeFocused();
    expect(sent).toEqual([]);

    const off = await noScript(browser, baseURL!);
    await inLanguage(off.context, baseURL!, "es");
    await off.page.goto("/sign-up");
    expect(await off.page.evaluate(() => "__next_f" in self)).toBe(false);
    await fillSignUp(off.page);
    await expect(off.page).toHaveURL(/\/sign-up$/);
    await expect(off.page.locator("#password-error")).toHaveText(SHORT_PASSWORD_ES);
    await expect(off.page.locator("#email-error")).toHaveText(BAD_EMAIL_ES);
    await expect(off.page.locator("#name")).toHaveValue("Lucía Fernández");
    await expect(off.page.locator("body")).not.toContainText("Password must be at least");
    await off.context.close();
  });

  test("profile editor: the same Spanish messages from the browser and from the server", async ({ browser, context, page, baseURL, user }) => {
    expect(user.email).toBeTruthy();
    await inLanguage(context, baseURL!, "es");
    const sent = posts(page);
    await page.goto("/profiles/new");
    await hydrated(page, "minMutualConnections");
    await fillProfile(page);
    await expect(page.locator("form").getByRole("alert")).toHaveText(CORRECT_FIELDS_ES);
    await expect(page.locator("#name-error")).toHaveText(NO_NAME_ES);
    await expect(page.locator("#minMutualConnections-error")).toHaveText(NEGATIVE_MUTUAL_ES);
    await expect(page.locator("#name")).toBeFocused();
    expect(sent).toEqual([]);
    await expect(page.getByRole("link", { name: "Cancelar", exact: true })).toBeVisible();

    // The same account and language, scripts off: the server's answer says the same.
    const off = await noScript(browser, baseURL!, context);
    await off.page.goto("/profiles/new");
    await fillProfile(off.page);
    await expect(off.page.locator("form").getByRole("alert")).toHaveText(CORRECT_FIELDS_ES);
    await expect(off.page.locator("#name-error")).toHaveText(NO_NAME_ES);
    await expect(off.page.locator("#minMutualConnections-error")).toHaveText(NEGATIVE_MUTUAL_ES);
    await expect(off.page.locator("#minMutualConnections")).toHaveValue("-2");
    await expect(off.page.locator("body")).not.toContainText("Please correct the fields marked below.");
    await off.context.close();
  });
});

test.describe("interface pieces in German", () => {
  test("delete button and its dialog, the not-found page and History's badges", async ({ context, page, baseURL, user }) => {
    expect(user.email).toBeTruthy();
    await inLanguage(context, baseURL!, "de");

    // A second profile, so one can be deleted (the only one cannot).
    await page.goto("/profiles/new");
    await hydrated(page, "minMutualConnections");
    await page.locator("#name").fill("Arbeit");
    await page.locator("form:has(#minMutualConnections) button[type=submit]").click();
    await expect(page).toHaveURL(/\/profiles$/);
    const remove = page.getByRole("button", { name: "Löschen Arbeit", exact: true });
    // "Löschen" on the button; the profile's name only for screen readers.
    await expect(remove).toHaveText("Löschen Arbeit");
    await expect(remove.locator(".sr-only")).toHaveText("Arbeit");
    await remove.click();
    const dialog = page.getByRole("dialog", { name: "„Arbeit“ löschen?" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Abbrechen", exact: true }).click();
    await expect(dialog).toBeHidden();

    await page.goto("/profiles/no-such-profile");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Profil nicht gefunden");
    await expect(page.getByRole("heading", { level: 2, name: "Dieses Profil gibt es nicht" })).toBeVisible();
    await expect(page.getByText("Möglicherweise wurde der Eintrag gelöscht oder der Link ist fehlerhaft.")).toBeVisible();
    await expect(page.locator("main")).not.toContainText("not found");

    // A saved decision (through the API, with the session): its verdict and status badges.
    const text = "Laura Simmons\nTechnical Recruiter at Hirewell Partners\n5 mutual connections\nHi, I have an exciting opportunity for you.";
    const saved = await page.request.post("/api/v1/triage", { data: { text, platform: "linkedin", profile: { blockedRoles: ["recruiter"] }, save: true } });
    expect(saved.status()).toBe(201);
    await page.goto("/history");
    // The row's badges (the collapsed filters hold options with the same words).
    const list = page.getByRole("list", { name: "Entscheidungen, neueste zuerst" });
    await expect(list.getByText("Ablehnen", { exact: true }).first()).toBeVisible();
    await expect(list.getByText("Entwurf", { exact: true }).first()).toBeVisible();
  });
});
