// Profiles and templates in another language (the `locale` cookie): French labels, messages
// and errors, a profile whose drafts are always German, a template with a Spanish wording,
// and the German profile editor at phone width without horizontal overflow.
import { expect, test } from "./fixtures";
import type { BrowserContext, Page } from "@playwright/test";

async function speak(context: BrowserContext, baseURL: string | undefined, locale: string) {
  await context.addCookies([{ name: "locale", value: locale, url: baseURL! }]);
}

/** Whether the page scrolls sideways (wider than its viewport). */
const overflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

const card = (page: Page, name: string, level: number) =>
  page.getByRole("listitem").filter({ has: page.getByRole("heading", { level, name, exact: true }) });

test.describe("profiles and templates in French and German", () => {
  test("in French: a profile with German drafts, a template with a Spanish wording, French errors", async ({ page, context, baseURL, user: _ }) => {
    await speak(context, baseURL, "fr");

    await page.goto("/profiles");
    await expect(page.getByRole("heading", { level: 1, name: "Profils de critères" })).toBeVisible();
    await expect(page).toHaveTitle(/Profils/);
    // The built-in profile, never renamed, is shown under its name in the interface language.
    const everyday = card(page, "Au quotidien", 2);
    await expect(everyday).toContainText("Métiers avec lesquels je ne me connecte pas\u00a0: recruiter et sales");
    await expect(everyday).toContainText("Ton chaleureux");
    await expect(everyday).toContainText("Votre seul profil ne peut pas être supprimé");
    await expect(page.getByText("Criteria profiles")).toHaveCount(0);

    await page.getByRole("link", { name: "Nouveau profil" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Nouveau profil" })).toBeVisible();
    await expect(page.getByText("Who I connect with")).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 2, name: "Avec qui je me connecte" })).toBeVisible();

    // An empty name is refused next to the field.
    await page.getByRole("button", { name: "Créer le profil" }).click();
    await expect(page.locator("#name-error")).not.toBeEmpty();
    await expect(page.getByLabel("Nom du profil")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Nom du profil")).toBeFocused();

    // A name already taken: the server's error, in French, under the field.
    await page.getByLabel("Nom du profil").fill("Everyday");
    await page.getByRole("button", { name: "Créer le profil" }).click();
    await expect(page.locator("#name-error")).toHaveText("Vous avez déjà un profil nommé «\u00a0Everyday\u00a0».");
    await expect(page.locator("form").getByRole("alert")).toHaveText("Veuillez corriger les champs signalés ci-dessous.");

    await page.getByLabel("Nom du profil").fill("Pro en allemand");
    const roles = page.getByRole("textbox", { name: "Métiers avec lesquels je ne me connecte pas", exact: true });
    await roles.fill("recruiter");
    await roles.press("Enter");
    await expect(page.getByLabel("Langue des brouillons")).toHaveValue("");
    await page.getByLabel("Langue des brouillons").selectOption({ label: "Allemand" });

    // The live example: a French sample request, declined in German as the profile says.
    const example = page.getByRole("region", { name: "Ce que décide ce profil" });
    await expect(page.getByLabel("Exemple de demande")).toHaveValue(/Chargée de recrutement technique senior chez Globex/);
    await expect(example.getByRole("list", { name: "Motifs" }).getByRole("listitem")).toHaveText(["Un métier avec lequel je ne me connecte pas"]);
    await expect(example).toContainText("Rédigé en allemand.");
    await expect(example).toContainText("Hallo Camille");
    // Why: the signals in the interface language, by their keys (the engine's own labels are English).
    await expect(example.getByRole("heading", { name: "Pourquoi" })).toBeVisible();
    await expect(example).toContainText("Exerce un métier avec lequel vous ne vous connectez pas");
    // The confidence as a French percentage ("92 %", with a narrow no-break space).
    await expect(example.getByText(/^Certitude\s:\s\d+\s%$/)).toBeVisible();
    await page.getByLabel("Essayer un exemple").selectOption({ label: "Instagram\u00a0: une arnaque évidente" });
    await expect(example).toContainText("Ignorer\u00a0: un bot ou une arnaque évidente, aucune réponse n'est due.");

    await page.getByRole("button", { name: "Créer le profil" }).click();
    await expect(page).toHaveURL(/\/profiles$/);
    await expect(page.getByText("Profil «\u00a0Pro en allemand\u00a0» enregistré")).toBeVisible();
    const created = card(page, "Pro en allemand", 2);
    await expect(created).toContainText("Brouillons toujours en allemand");
    await expect(created).toContainText("Profil par défaut d'aucune plateforme");
    await created.getByRole("link", { name: "Modifier Pro en allemand" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Modifier «\u00a0Pro en allemand\u00a0»" })).toBeVisible();
    await expect(page.getByLabel("Langue des brouillons")).toHaveValue("de");

    // A template written in English with a Spanish wording.
    await page.goto("/templates/new?reason=blocked_role");
    await expect(page.getByRole("heading", { level: 1, name: "Nouveau modèle" })).toBeVisible();
    await expect(page.getByLabel("Motif", { exact: true })).toHaveValue("blocked_role");
    await expect(page.getByLabel("Rédigé en")).toHaveValue("fr");
    await page.getByLabel("Titre").fill("Collègues seulement");
    await page.getByLabel("Formulation").fill("I keep {platform} for people I have worked with, {firstName}.");
    await page.getByLabel("Rédigé en").selectOption({ label: "Anglais" });
    await expect(page.getByRole("blockquote")).toHaveText("I keep LinkedIn for people I have worked with, Priya.");
    await page.getByText("Dans d'autres langues").click();
    const spanish = page.getByLabel("Espagnol", { exact: true });
    await spanish.fill("En {platform} solo conecto con personas con las que he trabajado, {firstName}.");
    await expect(page.getByText("Dans d'autres langues (1 rédigée)")).toBeVisible();
    // The body's own language has no second box.
    await expect(page.getByLabel("Anglais", { exact: true })).toHaveCount(0);
    await page.getByRole("button", { name: "Créer le modèle" }).click();

    await expect(page).toHaveURL(/\/templates$/);
    await expect(page.getByText("Modèle «\u00a0Collègues seulement\u00a0» enregistré")).toBeVisible();
    const template = card(page, "Collègues seulement", 3);
    await expect(template.getByRole("list", { name: "Langues" }).getByRole("listitem")).toHaveText(["Anglais", "Espagnol"]);
    await expect(template).toContainText("Pas encore utilisé");
    await expect(template.getByRole("button", { name: "Définir par défaut Collègues seulement" })).toBeVisible();
    // The built-in templates cover all five languages.
    // Its title in the interface language: the user never retitled it.
    await expect(card(page, "Uniquement des personnes que je connais dans la vraie vie", 3).getByRole("list", { name: "Langues" }).getByRole("listitem")).toHaveText([
      "Anglais",
      "Espagnol",
      "Allemand",
      "Français",
      "Portugais",
    ]);
    await expect(page.getByRole("heading", { level: 1, name: "Modèles de motifs" })).toBeVisible();
    await expect(page.getByText("Reason templates")).toHaveCount(0);

    await template.getByRole("link", { name: "Modifier Collègues seulement" }).click();
    await expect(page.getByLabel("Rédigé en")).toHaveValue("en");
    await page.getByText("Dans d'autres langues (1 rédigée)").click();
    await expect(page.getByLabel("Espagnol", { exact: true })).toHaveValue("En {platform} solo conecto con personas con las que he trabajado, {firstName}.");
  });

  test("in German at phone width, the profile editor and the templates fit without scrolling sideways", async ({ page, context, baseURL, user: _ }) => {
    await speak(context, baseURL, "de");
    await page.setViewportSize({ width: 390, height: 844 });

    await page.goto("/profiles");
    await expect(page.getByRole("heading", { level: 1, name: "Kriterienprofile" })).toBeVisible();
    await card(page, "Alltag", 2).getByRole("link", { name: "Bearbeiten Alltag" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "„Alltag“ bearbeiten" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Mit wem ich mich nicht vernetze" })).toBeVisible();
    await expect(page.getByLabel("Sprache der Entwürfe")).toHaveValue("");
    await expect(page.getByRole("region", { name: "Was dieses Profil entscheidet" })).toContainText("Auf Deutsch geschrieben.");
    expect(await overflows(page)).toBe(false);

    await page.goto("/templates");
    await expect(page.getByRole("heading", { level: 1, name: "Begründungsvorlagen" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Originalvorlagen wiederherstellen" })).toBeVisible();
    expect(await overflows(page)).toBe(false);

    await page.goto("/templates/new");
    await page.getByText("In anderen Sprachen").click();
    await expect(page.getByLabel("Portugiesisch", { exact: true })).toBeVisible();
    expect(await overflows(page)).toBe(false);
  });
});
