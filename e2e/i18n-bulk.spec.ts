// Many at once and the import in other languages (issue 11): in German (by the `locale`
// cookie) a whole pasted invitations page shows German progress, table headers and
// verdicts; in French an import of LinkedIn's Invitations.csv shows French review text,
// dates and numbers, and a wrong header gets a French error naming the file and the line;
// at a phone's width the German pages do not scroll sideways.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "@playwright/test";
import { expect, screenshot, test } from "./fixtures";
import { INVITATIONS_PAGE } from "./support/pastes";

// Each test reads, triages and saves through the running app; a busy machine needs the room (as import.spec.ts).
test.describe.configure({ timeout: 120_000 });

const fixture = (name: string) => readFileSync(path.join("tests", "unit", "import", "fixtures", name));


const GERMAN_VERDICTS = ["Annehmen", "Ablehnen", "Beobachten", "Ignorieren"];
const FRENCH_VERDICTS = ["Accepter", "Refuser", "Observer", "Ignorer"];

async function speak(context: BrowserContext, baseURL: string | undefined, locale: string) {
  await context.addCookies([{ name: "locale", value: locale, url: baseURL! }]);
}

/** Holds each server action (a POST carrying a Next-Action header) back a moment, so its progress can be read. */
// Long enough for the progress checks to run on a loaded CI machine (1.5 s was not).
async function slowActions(page: Page, ms = 6_000) {
  await page.route("**/triage/bulk", async (route) => {
    if (route.request().method() === "POST" && route.request().headers()["next-action"]) await new Promise((r) => setTimeout(r, ms));
    await route.continue();
  });
}

/**
 * The page's own content (the <main> these pages fill) fits the window: nothing in it is
 * wider than the screen (a table may scroll inside its own box). The app's header and
 * navigation are the shell's, checked with it.
 */
async function noSidewaysScroll(page: Page) {
  const { scroll, client, right, width } = await page.evaluate(() => {
    const main = document.querySelector("main")!;
    return { scroll: main.scrollWidth, client: main.clientWidth, right: main.getBoundingClientRect().right, width: document.documentElement.clientWidth };
  });
  expect(scroll, `the page's content is ${scroll}px wide in a ${client}px column`).toBeLessThanOrEqual(client);
  expect(right, `the page's content ends at ${right}px in a ${width}px window`).toBeLessThanOrEqual(width);
}

test.describe("Many at once and the import in other languages", () => {
  test("German: a pasted invitations page shows German progress, table headers and verdicts", async ({ page, user, baseURL }, testInfo) => {
    void user;
    await speak(page.context(), baseURL, "de");
    await slowActions(page);
    await page.goto("/triage/bulk");
    await expect(page).toHaveTitle(/Mehrere Anfragen prüfen/);
    await page.getByLabel("Anfragen", { exact: true }).fill(INVITATIONS_PAGE);
    await expect(page.getByText("3 Anfragen gefunden.")).toBeVisible();
    await expect(page.getByText(/Fügen Sie eine ganze Seite mit Einladungen/)).toBeVisible();

    await page.getByRole("button", { name: "Alle analysieren" }).click();
    // While the batch is on its way: German progress, and the button to stop.
    const progress = page.getByRole("progressbar", { name: "Fortschritt der Analyse" });
    await expect(progress).toBeVisible();
    await expect(page.getByText("Wird analysiert…")).toBeVisible();
    await expect(page.getByText("0 von 3", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Anhalten" })).toBeVisible();

    const table = page.getByRole("table", { name: "Empfehlung für jede eingefügte Anfrage" });
    await expect(table.locator("tbody tr")).toHaveCount(3, { timeout: 30_000 });
    await expect(progress).toHaveCount(0);
    for (const name of ["Person", "Plattform", "Empfehlung", "Gründe", "Aktionen"]) await expect(table.getByRole("columnheader", { name })).toHaveCount(1);
    const rows = table.locator("tbody tr");
    await expect(rows.nth(0)).toContainText("Marcus Lee");
    await expect(rows.nth(2)).toContainText("Jörg van der Berg");
    const verdicts = await table.locator("tbody tr td:nth-child(4)").allInnerTexts();
    expect(verdicts).toHaveLength(3);
    for (const v of verdicts) expect(GERMAN_VERDICTS).toContain(v.trim());
    // The tally above the table names the verdicts as common.json does ("Annehmen: 2").
    const tally = page.getByText(new RegExp(`^(${GERMAN_VERDICTS.join("|")}): \\d`)).first();
    await expect(tally).toBeVisible();
    await expect(rows.nth(0).getByRole("link", { name: "Öffnen (Anfrage 1)" })).toBeVisible();
    // No English left on the page's own parts.
    for (const english of ["Analyse all", "requests found", "Save all to History", "Verdict for each pasted request"]) await expect(page.getByText(english)).toHaveCount(0);
    await screenshot(page, testInfo, "i18n-bulk-de");

    await page.getByRole("button", { name: "Alle im Verlauf speichern" }).click();
    await expect(page.getByText("Wird gespeichert…")).toBeVisible();
    await expect(page.getByRole("progressbar", { name: "Fortschritt beim Speichern" })).toBeVisible();
    await expect(page.getByText("3 Entscheidungen im Verlauf gespeichert.")).toBeVisible({ timeout: 30_000 });
    await expect(rows.getByText("Gespeichert", { exact: true })).toHaveCount(3);
  });

  test("German: an empty paste is refused in German", async ({ page, user, baseURL }) => {
    void user;
    await speak(page.context(), baseURL, "de");
    await page.goto("/triage/bulk");
    await page.getByRole("button", { name: "Alle analysieren" }).click();
    await expect(page.locator("#bulk-text-error")).toHaveText("Fügen Sie mindestens eine Anfrage ein.");
    await expect(page.getByLabel("Anfragen", { exact: true })).toHaveAttribute("aria-invalid", "true");
  });

  test("French: an Invitations.csv is reviewed in French; a wrong header gets a French error naming the file and line", async ({ page, user, baseURL }, testInfo) => {
    void user;
    await speak(page.context(), baseURL, "fr");
    await page.goto("/triage/import");
    await expect(page.getByRole("heading", { level: 1, name: "Importer l’export d’une plateforme" })).toBeVisible();
    await expect(page).toHaveTitle(/Importer l’export d’une plateforme/);
    // The limits in French units and digits: "jusqu’à 8 Mo et 10 000 demandes".
    await expect(page.getByText(/jusqu’à 8\sMo et 10\s000 demandes/)).toBeVisible();
    await expect(page.getByText("Où obtenir mon export", { exact: false })).toBeVisible();

    // No file chosen: the form says so in French.
    await page.getByRole("button", { name: "Lire et trier" }).click();
    await expect(page.locator("#import-file-error")).toHaveText("Choisissez le fichier d’export à importer.");

    // A file of another export: the error names it and its line 1, in French.
    await page.getByLabel("Fichier d’export").setInputFiles({ name: "Invitations.csv", mimeType: "text/csv", buffer: Buffer.from("First Name,Last Name,URL,Email Address\nAna,Silva,,\n") });
    await page.getByRole("button", { name: "Lire et trier" }).click();
    const fileError = page.locator("#import-file-error");
    await expect(fileError).toContainText(/^Invitations\.csv, ligne 1\s:\sl’en-tête est «\sFirst Name,Last Name,URL,Email Address\s»/);
    await expect(fileError).toContainText("Importez le fichier Invitations.csv de l’archive LinkedIn.");
    await expect(fileError).not.toContainText("the header is");
    await expect(page.getByLabel("Fichier d’export")).toHaveAttribute("aria-invalid", "true");
    await screenshot(page, testInfo, "i18n-import-fr-error");

    // LinkedIn's own file: the review speaks French.
    await page.getByLabel("Fichier d’export").setInputFiles({ name: "Invitations.csv", mimeType: "text/csv", buffer: fixture("Invitations.csv") });
    await page.getByRole("button", { name: "Lire et trier" }).click();
    const table = page.getByRole("table", { name: /^Demandes reçues dans Invitations\.csv/ });
    await expect(table).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole("heading", { name: "Vérifiez avant d’enregistrer" })).toBeVisible();
    await expect(page.getByTestId("import-summary")).toHaveText(/^3 demandes reçues dans Invitations\.csv.*\s:\s3 nouvelles\.$/);
    for (const name of ["Enregistrer", "Personne", "Verdict", "Motifs"]) await expect(table.getByRole("columnheader", { name, exact: true })).toHaveCount(1);
    const verdicts = await table.locator("tbody tr td:nth-child(3)").allInnerTexts();
    expect(verdicts).toHaveLength(3);
    for (const v of verdicts) expect(FRENCH_VERDICTS).toContain(v.trim());
    const jose = table.locator("tbody tr").first();
    // Where it came from, and when, in French: "19 janv. 2026 · Invitations.csv, ligne 2".
    await expect(jose).toContainText(/LinkedIn · 19 janv\. 2026 · Invitations\.csv, ligne 2/);
    await expect(jose.getByRole("link", { name: /^profil de José Álvarez Núñez \(s’ouvre dans un nouvel onglet\)$/ })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Enregistrer José Álvarez Núñez" })).toBeChecked();
    await expect(page.getByRole("button", { name: "Tout décocher" })).toBeVisible();
    for (const english of ["Review before saving", "incoming requests", "Tick all new"]) await expect(page.getByText(english)).toHaveCount(0);
    await screenshot(page, testInfo, "i18n-import-fr-review");

    await page.getByRole("checkbox", { name: "Enregistrer Priya Raman" }).uncheck();
    await page.getByRole("button", { name: "Enregistrer 2 demandes dans l’historique" }).click();
    await expect(page.getByText("2 décisions enregistrées dans l’historique.")).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole("link", { name: "Ouvrir l’historique" })).toBeVisible();
  });
});

test.describe("German at a phone's width @screens", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test("Many at once and the import review do not scroll sideways in German", async ({ page, user, baseURL }, testInfo) => {
    void user;
    await speak(page.context(), baseURL, "de");
    await page.goto("/triage/bulk");
    await noSidewaysScroll(page);
    await page.getByLabel("Anfragen", { exact: true }).fill(INVITATIONS_PAGE);
    await page.getByRole("button", { name: "Alle analysieren" }).click();
    await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(3, { timeout: 30_000 });
    await noSidewaysScroll(page);
    await screenshot(page, testInfo, "i18n-bulk-de-phone");

    await page.goto("/triage/import");
    await page.getByText("Wo bekomme ich meinen Export?").click(); // the longest text: where to find each export
    await noSidewaysScroll(page);
    await page.getByLabel("Exportdatei").setInputFiles({ name: "Invitations.csv", mimeType: "text/csv", buffer: Buffer.from("Name,Email\nAna,a@example.test\n") });
    await page.getByRole("button", { name: "Einlesen und prüfen" }).click();
    await expect(page.locator("#import-file-error")).toContainText(/^Invitations\.csv, Zeile 1: Die Kopfzeile lautet „Name,Email“/);
    await noSidewaysScroll(page);
    await page.getByLabel("Exportdatei").setInputFiles({ name: "Invitations.csv", mimeType: "text/csv", buffer: fixture("Invitations.csv") });
    await page.getByRole("button", { name: "Einlesen und prüfen" }).click();
    await expect(page.getByRole("heading", { name: "Vor dem Speichern durchsehen" })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole("button", { name: "3 Anfragen im Verlauf speichern" })).toBeVisible();
    await noSidewaysScroll(page);
    await screenshot(page, testInfo, "i18n-import-de-phone");
  });
});
