// @screens in every language but English (screens.spec.ts tours English): each page at
// desktop and phone widths, screenshotted for review and checked for what a translation
// breaks: the page's `lang`, its heading in the language, no button, link, label or
// heading left in English, and no sideways scrolling from longer German or French labels.
// axe checks each page once per language, at desktop width: a translation changes the
// words, not the markup, and screens.spec.ts runs axe on every page at both widths, in
// light and dark (axe was half of these tours' time: 3.7 s a page).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, screenshot, signUp, test } from "./fixtures";
import { named, samples, seedDecisions } from "./support/seed-decisions";

test.describe.configure({ timeout: 300_000 });

const LANGS = ["es", "de", "fr", "pt"] as const;
type Lang = (typeof LANGS)[number];

type Tree = { [k: string]: string | Tree };
function catalogue(locale: string): Map<string, string> {
  const out = new Map<string, string>();
  const dir = path.join("lib", "i18n", "messages", locale);
  const walk = (tree: Tree, prefix: string) => {
    for (const [k, v] of Object.entries(tree)) {
      if (typeof v === "string") out.set(`${prefix}${k}`, v);
      else walk(v, `${prefix}${k}.`);
    }
  };
  for (const f of readdirSync(dir)) walk(JSON.parse(readFileSync(path.join(dir, f), "utf8")) as Tree, `${f.replace(/\.json$/, "")}.`);
  return out;
}
const english = catalogue("en");
const catalogues = new Map(LANGS.map((l) => [l, catalogue(l)]));

/** The heading in `lang`, found through the English message that says it. */
function localized(text: string, lang: Lang): string | undefined {
  for (const [key, value] of english) if (value === text) return catalogues.get(lang)!.get(key);
  return undefined;
}

/** Short English labels whose translation differs: one of them on a button means it was missed. */
function englishOnly(lang: Lang): Set<string> {
  const here = catalogues.get(lang)!;
  const translated = new Set(here.values());
  const out = new Set<string>();
  for (const [key, value] of english) {
    const words = value.split(/\s+/);
    if (/[{}<]/.test(value) || words.length > 4 || value.replace(/\W/g, "").length < 4) continue;
    if (here.get(key) !== value && !translated.has(value)) out.add(value);
  }
  return out;
}

async function check(page: Page, lang: Lang, heading: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  const h1 = page.getByRole("heading", { level: 1 }).first();
  await expect(h1).toBeVisible();
  // A heading no English message says is the user's own data (a person's name): shown as written.
  await expect(h1).toHaveText(localized(heading, lang) ?? heading);

  const leftovers = await page.evaluate(
    ({ words, lang }) => {
      const found: string[] = [];
      const sel = "button, a, label, th, h1, h2, h3, h4, legend, [role=tab], summary, dt, option";
      for (const el of document.querySelectorAll<HTMLElement>(sel)) {
        if (el.closest("[lang]")?.getAttribute("lang") !== lang) continue; // a language named in itself
        const text = (el.innerText || el.textContent || "").replace(/\s+/g, " ").trim();
        const name = el.getAttribute("aria-label")?.trim();
        for (const t of [text, name]) if (t && words.includes(t)) found.push(`<${el.tagName.toLowerCase()}> ${t}`);
      }
      return found;
    },
    { words: [...englishOnly(lang)], lang },
  );
  expect(leftovers, `English left on ${page.url()}`).toEqual([]);

  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width + 1) return null;
    const wide = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && el.getClientRects().length)
      .slice(0, 3)
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}"> ${el.innerText?.slice(0, 40)}`);
    return `${document.documentElement.scrollWidth}px > ${width}px: ${wide.join(" | ")}`;
  });
  expect(overflow, `sideways scrolling on ${page.url()}`).toBeNull();
}

async function visit(page: Page, lang: Lang, name: string, url: string, heading: string, testInfo: Parameters<typeof screenshot>[1]) {
  await page.goto(url);
  await check(page, lang, heading);
  await page.mouse.move(0, 0);
  await screenshot(page, testInfo, `i18n-${lang}-${name}`);
  if (testInfo.project.name === "desktop") await expectAccessible(page);
}

const DECLINE: Record<Lang, string> = {
  es: "Lucía Fernández\nReclutadora IT en Hays\n4 contactos en común\nHola, vi tu perfil y me encantaría hablar contigo sobre una oportunidad en Madrid.",
  de: "Jonas Weber\nPersonalberater bei Hays\n3 gemeinsame Kontakte\nHallo, ich habe Ihr Profil gesehen und hätte eine spannende Position für Sie.",
  fr: "Camille Martin\nChargée de recrutement chez Michael Page\n2 relations en commun\nBonjour, j’ai vu votre profil et j’aimerais vous parler d’une opportunité à Lyon.",
  pt: "João Silva\nRecrutador na Robert Half\n5 conexões em comum\nOlá, vi seu perfil e gostaria de conversar sobre uma oportunidade em São Paulo.",
};

for (const lang of LANGS) {
  test.describe(`${lang} @screens`, () => {
    test(`public pages in ${lang}`, async ({ page, context, baseURL }, testInfo) => {
      await context.addCookies([{ name: "locale", value: lang, url: baseURL! }]);
      for (const [name, url, heading] of [
        ["landing", "/", "Connect with intent. Decline with grace."],
        ["sign-in", "/sign-in", "Sign in"],
        ["sign-up", "/sign-up", "Create your account"],
        ["not-found", "/no-such-page", "We couldn't find that page"],
      ] as const) {
        await visit(page, lang, name, url, heading, testInfo);
      }
    });

    test(`app pages in ${lang}`, async ({ page, context, baseURL }, testInfo) => {
      const user = await signUp(page);
      const [detailId] = await seedDecisions(user.email, [
        named("Amélie Dubois-Fontaine", { verdict: "decline", status: "drafted" }),
        named("Kwame Okafor", { verdict: "observe", status: "held", revisitAt: new Date(Date.now() - 86_400_000) }, 13),
        ...samples(24, 3, 29 * 3_600_000),
      ]);
      await context.addCookies([{ name: "locale", value: lang, url: baseURL! }]);
      for (const [name, url, heading] of [
        ["triage", "/triage", "Triage"],
        ["triage-bulk", "/triage/bulk", "Triage"],
        ["triage-import", "/triage/import", "Import from a platform export"],
        ["profiles", "/profiles", "Criteria profiles"],
        ["profile-new", "/profiles/new", "New profile"],
        ["templates", "/templates", "Reason templates"],
        ["template-new", "/templates/new", "New template"],
        ["history", "/history", "History"],
        ["history-no-match", "/history?q=nobody%20by%20that%20name", "History"],
        ["history-detail", `/history/${detailId}`, "Amélie Dubois-Fontaine"],
        ["history-revisit", "/history/revisit", "Revisit"],
        ["history-stats", "/history/stats", "Stats"],
        ["settings", "/settings", "Settings"],
        ["settings-api", "/settings/api", "API and bookmarklet"],
        ["settings-api-docs", "/settings/api/docs", "API reference"],
      ] as const) {
        await visit(page, lang, name, url, heading, testInfo);
      }

      // A decline in the language, with its draft and signals on the page.
      await page.goto("/triage");
      await page.locator("textarea").first().fill(DECLINE[lang]);
      await page.locator("form button[type=submit]").first().click();
      await expect(page.getByRole("region", { name: localized("Verdict", lang) ?? "Verdict" })).toBeVisible();
      await check(page, lang, "Triage");
      await screenshot(page, testInfo, `i18n-${lang}-triage-decline`);
      if (testInfo.project.name === "desktop") await expectAccessible(page);
    });
  });
}
