// The Triage page in other languages (issue 11): the interface follows the `locale` cookie
// (or, without it, Accept-Language), the draft follows the request's own language, and
// the page says which language each is in. A new account's profile blocks recruiters.
import type { Page } from "@playwright/test";
import { expect, screenshot, test } from "./fixtures";

/** A busy machine can be slow to hydrate the page and to analyse. */
const SLOW = { timeout: 30_000 };

// A LinkedIn invitation as the German invitation manager shows it.
const GERMAN_RECRUITER = [
  "Anna Weber",
  "Personalberaterin bei Hays | IT-Recruiting",
  "Max Muster und 11 weitere gemeinsame Kontakte",
  "Hallo Jenn, ich habe Ihr Profil gesehen und würde mich gerne mit Ihnen über eine spannende Position als Head of Product in München austauschen.",
  "Ignorieren",
  "Annehmen",
].join("\n");

const SPANISH_RECRUITER = [
  "Lucía Fernández",
  "Reclutadora IT en Hays | Selección de personal tecnológico",
  "12 contactos en común",
  "Hola Jenn, vi tu perfil y me encantaría hablar contigo sobre una oportunidad como jefa de producto en Madrid.",
  "Ignorar",
  "Aceptar",
].join("\n");

/**
 * Pastes the request once the page's scripts run (the "start over" button shows that the
 * page has seen the text), picks the platform and analyses.
 */
async function analyse(page: Page, o: { box: string; text: string; platform?: { label: string; value: string }; startOver: string; analyse: string }) {
  const box = page.getByLabel(o.box);
  await expect(async () => {
    await box.fill("");
    await box.fill(o.text);
    await expect(page.getByRole("button", { name: o.startOver })).toBeVisible({ timeout: 1_000 });
  }).toPass(SLOW);
  if (o.platform) await page.getByLabel(o.platform.label).selectOption(o.platform.value);
  await page.getByRole("button", { name: o.analyse, exact: true }).click();
}

/** No English of the Triage page left where the other language's words are expected. */
async function expectNoEnglish(page: Page) {
  for (const english of ["Connection request", "Signals behind the verdict", "Your graceful decline", "What the request says", "Message (edit freely)", "Mark as sent"]) {
    await expect(page.getByText(english, { exact: true })).toHaveCount(0);
  }
}

test.describe("the Triage page in other languages", () => {
  test("German: a German recruiter's invitation gives a German page, verdict, signals and draft", async ({ page, user, context, baseURL }, testInfo) => {
    void user;
    await context.addCookies([{ name: "locale", value: "de", url: baseURL! }]);
    await page.goto("/triage");
    await expect(page).toHaveTitle(/Prüfen/);
    await expect(page.getByRole("heading", { name: "Prüfen", level: 1 })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Prüfmodus" }).getByRole("link", { name: "Eine Anfrage" })).toHaveAttribute("aria-current", "page");

    await analyse(page, { box: "Kontaktanfrage", text: GERMAN_RECRUITER, platform: { label: "Plattform", value: "linkedin" }, startOver: "Neu beginnen", analyse: "Analysieren" });

    const result = page.getByRole("region", { name: "Empfehlung" });
    await expect(result.getByText("Ein echter Mensch, der eines Ihrer Kriterien nicht erfüllt.", { exact: false })).toBeVisible(SLOW);
    await expect(result.getByRole("list", { name: "Gründe" })).toHaveText("Eine Rolle, mit der ich mich nicht vernetze");
    // the confidence as a German percentage: "Zu 92 % sicher"
    await expect(result.getByText(/^Zu \d{1,3}\s%\ssicher$/)).toBeVisible();

    await expect(result.getByRole("heading", { name: "Signale hinter der Empfehlung" })).toBeVisible();
    await expect(result.locator('[data-signal="criteria.blocked_role"]')).toContainText("Arbeitet in einer Rolle, mit der Sie sich nicht vernetzen: recruiter.");
    await expect(result.locator('[data-signal="criteria.blocked_role"] mark')).toHaveText("Personalberaterin");

    await expect(result.getByRole("heading", { name: "Was in der Anfrage steht" })).toBeVisible();
    await expect(result.getByRole("definition").filter({ hasText: /^12$/ })).toBeVisible();

    // The draft is German, and the page says so.
    await expect(result.getByRole("heading", { name: "Ihre freundliche Absage" })).toBeVisible();
    await expect(result.getByTestId("request-language")).toHaveText("Sprache der Anfrage: Deutsch");
    await expect(result.getByTestId("draft-language")).toHaveText("Sprache des Entwurfs: Deutsch");
    const draft = page.getByLabel("Nachricht (frei bearbeitbar)");
    await expect(draft).toHaveAttribute("lang", "de");
    await expect(draft).toHaveValue(/^(Hallo|Guten Tag) Anna/);
    await expect(draft).toHaveValue(/Dank/);
    // The counter in German words and German digits: "1.234 / 1.900 Zeichen (Limit der Plattform)".
    await expect(page.locator("#draft-count")).toHaveText(/^\d{1,3}(\.\d{3})? \/ 1\.900 Zeichen \(Limit der Plattform\)$/);
    await expect(page.getByText("Der Text hat sich seit dieser Analyse geändert.", { exact: false })).toHaveCount(0);
    await page.getByText("Kurze Notiz", { exact: true }).click();
    await expect(page.locator("#draft-count")).toHaveText(/^\d+ \/ 300 Zeichen \(passt in jedes Notizfeld\)$/);
    expect((await draft.inputValue()).length).toBeLessThanOrEqual(300);

    // The grace check speaks German too.
    await draft.fill("Nein danke. THIS IS SPAM!!");
    await expect(page.locator("#draft-grace")).toContainText("„SPAM“ beschreibt die Person");
    await expect(page.locator("#draft-grace")).toContainText("Großbuchstaben und mehrere Ausrufezeichen wirken wie Schreien.");

    await expect(result.getByRole("button", { name: "Als gesendet markieren" })).toBeVisible();
    await expectNoEnglish(page);
    await screenshot(page, testInfo, "triage-de");
    // The longer German labels wrap on a phone rather than push the page sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, testInfo, "triage-de-390");
    await page.setViewportSize({ width: 1280, height: 800 });

    await result.getByRole("button", { name: "Entwurf speichern" }).click();
    await expect(page.getByText("Entwurf im Verlauf gespeichert.")).toBeVisible(SLOW);
    await expect(page.getByRole("link", { name: "Im Verlauf ansehen" })).toBeVisible();
  });

  test("Portuguese from Accept-Language: the same German invitation, a Portuguese page and a German draft", async ({ browser, context, user }) => {
    void user;
    // Signed up in English; the same session in a browser that asks for Brazilian Portuguese.
    const portuguese = await browser.newContext({ locale: "pt-BR", storageState: await context.storageState() });
    const page = await portuguese.newPage();
    await page.goto("/triage");
    await expect(page.getByRole("heading", { name: "Analisar", level: 1 })).toBeVisible();
    await analyse(page, { box: "Solicitação de conexão", text: GERMAN_RECRUITER, startOver: "Recomeçar", analyse: "Analisar" });

    const result = page.getByRole("region", { name: "Veredito" });
    await expect(result.getByRole("list", { name: "Motivos" })).toHaveText("Uma função com a qual não me conecto", SLOW);
    await expect(result.getByText(/^\d{1,3}\s?% de confiança$/)).toBeVisible();
    await expect(result.locator('[data-signal="criteria.blocked_role"]')).toContainText("Tem uma função com a qual você não se conecta: recruiter.");
    await expect(result.getByTestId("request-language")).toHaveText("Idioma da solicitação: Alemão");
    await expect(result.getByTestId("draft-language")).toHaveText("Idioma do rascunho: Alemão");
    await expect(page.getByLabel("Mensagem (edite à vontade)")).toHaveValue(/Dank/);
    await expect(page.locator("#draft-count")).toContainText("caracteres");
    await expectNoEnglish(page);
    await portuguese.close();
  });

  test("French: a Spanish request gives French labels and a Spanish draft, and a correction error in French", async ({ page, user, context, baseURL }, testInfo) => {
    void user;
    await context.addCookies([{ name: "locale", value: "fr", url: baseURL! }]);
    await page.goto("/triage");
    await expect(page.getByRole("heading", { name: "Trier", level: 1 })).toBeVisible();
    await analyse(page, { box: "Demande de connexion", text: SPANISH_RECRUITER, platform: { label: "Plateforme", value: "linkedin" }, startOver: "Recommencer", analyse: "Analyser" });

    const result = page.getByRole("region", { name: "Verdict" });
    await expect(result.getByRole("list", { name: "Motifs" })).toHaveText("Un métier avec lequel je ne me connecte pas", SLOW);
    await expect(result.getByRole("heading", { name: "Les signaux derrière le verdict" })).toBeVisible();
    await expect(result.locator('[data-signal="criteria.blocked_role"]')).toContainText("Exerce un métier avec lequel vous ne vous connectez pas\u202f: recruiter.");
    await expect(result.getByTestId("request-language")).toHaveText("Langue de la demande\u202f: Espagnol");
    await expect(result.getByTestId("draft-language")).toHaveText("Langue du brouillon\u202f: Espagnol");
    const draft = page.getByLabel("Message (modifiable librement)");
    await expect(draft).toHaveAttribute("lang", "es");
    await expect(draft).toHaveValue(/^Hola, Lucía:/);
    await expect(draft).toHaveValue(/[Gg]racias/);
    await expect(page.locator("#draft-count")).toHaveText(/^\d+ \/ 1\s900 caractères \(limite de la plateforme\)$/);
    await expectNoEnglish(page);
    await screenshot(page, testInfo, "triage-fr-es");

    // A correction the engine cannot take is explained in French.
    await result.getByRole("button", { name: "Corriger", exact: true }).click();
    await page.getByLabel("Relations en commun").fill("-3");
    await page.getByRole("button", { name: "Analyser avec mes corrections" }).click();
    await expect(page.locator("#parsed-mutualConnections-error")).toHaveText("Saisissez 0 ou plus.");
    await expect(page.getByLabel("Relations en commun")).toHaveAttribute("aria-invalid", "true");
    await page.getByLabel("Relations en commun").fill("beaucoup");
    await page.getByRole("button", { name: "Analyser avec mes corrections" }).click();
    await expect(page.locator("#parsed-mutualConnections-error")).toHaveText("Saisissez un nombre entier.");
    await page.getByRole("button", { name: "Annuler" }).click();
    await expect(result.getByRole("heading", { name: "Ce que dit la demande" })).toBeVisible();
  });
});
