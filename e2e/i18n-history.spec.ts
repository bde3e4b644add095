// History (list, detail, Revisit, Stats) in German and Portuguese: the `locale` cookie picks
// the language; headings, filters, status names, dates and numbers follow it, and German's
// longer words still fit a phone. Expected dates come from Intl here, not typed by hand.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, screenshot, test } from "./fixtures";
import { named, seedDecisions } from "./support/seed-decisions";

const DAY = 86_400_000;
const utcDay = (locale: string, d: Date) => new Intl.DateTimeFormat(locale, { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" }).format(d);
const utcDayTime = (locale: string, d: Date) =>
  new Intl.DateTimeFormat(locale, {
    timeZone: "UTC",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  }).format(d);
const shortDay = (locale: string, d: Date) => new Intl.DateTimeFormat(locale, { timeZone: "UTC", day: "numeric", month: "short" }).format(d);
/** The Monday (UTC) that starts this week: the Stats chart's last bar. */
const thisMonday = (now = new Date()) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - ((now.getUTCDay() + 6) % 7) * DAY);
const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
const list = (page: Page, name: string) => page.getByRole("list", { name }).getByRole("listitem");

/** Three decisions: a recent decline, one held and due two days ago, one held until 27 November next year. */
async function seed(email: string) {
  const now = Date.now();
  const later = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 10, 27));
  const recent = new Date(now - 60 * 60_000);
  const [greta, dana, fay] = await seedDecisions(email, [
    named("Greta Gruber", {
      platform: "linkedin",
      verdict: "decline",
      confidence: 0.87,
      reasons: ["blocked_role"],
      status: "drafted",
      sentText: null,
      createdAt: recent,
    }),
    named("Dana Due", { verdict: "observe", reasons: [], status: "held", revisitAt: new Date(now - 2 * DAY), draftText: null, draftShort: null, sentText: null, createdAt: new Date(now - 3 * DAY) }, 1),
    named("Fay Later", { verdict: "observe", reasons: [], status: "held", revisitAt: later, draftText: null, draftShort: null, sentText: null, createdAt: new Date(now - 2 * 60 * 60_000) }, 2),
  ]);
  return { greta: greta!, dana: dana!, fay: fay!, recent, later };
}

/**
 * Nothing wider than the screen (the page never scrolls sideways), and the tab strip fits
 * without scrolling. (A table of numbers may scroll inside its own box, as tables do.)
 */
async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const describe = (el: Element) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? "").trim().slice(0, 50)}`;
    const shown = (el: Element) => getComputedStyle(el).visibility !== "hidden" && !el.closest(".sr-only, .recharts-tooltip-wrapper");
    const wide = [...document.querySelectorAll("main *")].filter((el) => shown(el) && el.getBoundingClientRect().right > width + 1 && !el.closest("[class*='overflow-x-auto']"));
    const scrolling = [...document.querySelectorAll("main nav [class*='overflow-x-auto']")].filter((el) => shown(el) && el.scrollWidth > el.clientWidth + 1);
    return { scroll: document.documentElement.scrollWidth - width, wide: wide.slice(0, 5).map(describe), scrolling: scrolling.map(describe) };
  });
  expect(overflow.wide, `wider than the screen on ${page.url()}`).toEqual([]);
  expect(overflow.scrolling, `scrolls sideways within ${page.url()}`).toEqual([]);
  expect(overflow.scroll, `horizontal scroll on ${page.url()}`).toBeLessThanOrEqual(0);
}

test.describe("history in other languages", () => {
  test("German: the list, its filters and search, a decision, Revisit and Stats", async ({ page, user, baseURL }) => {
    const s = await seed(user.email);
    await page.context().addCookies([{ name: "locale", value: "de", url: baseURL! }]);

    // The list: heading, tabs, dates in German, filters with the statuses' German names.
    await page.goto("/history");
    await expect(page).toHaveTitle(/^Verlauf · /);
    await expect(page.getByRole("heading", { level: 1, name: "Verlauf" })).toBeVisible();
    const tabs = page.getByRole("navigation", { name: "Ansichten des Verlaufs" });
    await expect(tabs.getByRole("link", { name: "Alle", exact: true })).toHaveAttribute("aria-current", "page");
    await expect(tabs.getByRole("link", { name: "Wiedervorlage 1 fällig" })).toBeVisible();
    await expect(tabs.getByRole("link", { name: "Statistik" })).toBeVisible();
    const rows = list(page, "Entscheidungen, neueste zuerst");
    await expect(rows).toHaveCount(3);
    await expect(rows.first()).toContainText("Greta Gruber");
    await expect(rows.first()).toContainText(utcDay("de", s.recent));
    await expect(rows.first()).toContainText("Eine Rolle, mit der ich mich nicht vernetze");
    await expect(rows.filter({ hasText: "Fay Later" })).toContainText(`bis ${utcDay("de", s.later)}`);
    expect(utcDay("de", s.later)).toMatch(/^27\. Nov\. \d{4}$/);
    await expect(page.getByRole("button", { name: "Entscheidung zu Greta Gruber löschen" })).toBeVisible();
    await expect(page.getByRole("link", { name: "CSV exportieren" })).toBeVisible();

    await page.locator("summary", { hasText: "Filter" }).click();
    for (const label of ["Plattform", "Empfehlung", "Status", "Grund", "Von", "Bis"]) await expect(page.getByLabel(label, { exact: true })).toBeVisible();
    await expect(page.getByLabel("Status", { exact: true }).locator("option")).toHaveText(["Alle Status", "Entwurf", "Gesendet", "Zurückgestellt", "Ignoriert", "Angenommen"]);
    await expect(page.getByLabel("Empfehlung", { exact: true }).locator("option")).toHaveText(["Alle Empfehlungen", "Annehmen", "Ablehnen", "Beobachten", "Ignorieren"]);
    await page.getByLabel("Status", { exact: true }).selectOption("held");
    await page.getByRole("button", { name: "Filter anwenden" }).click();
    await expect(page).toHaveURL(/\?status=held$/);
    await expect(rows).toHaveCount(2);
    await expect(page.getByText("(1 aktiv)")).toBeVisible();

    // A search that finds nothing says so in German, with a way back.
    await page.getByRole("searchbox", { name: "Suche" }).fill("niemand-heisst-so");
    await page.getByRole("button", { name: "Suchen", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Keine passenden Entscheidungen" })).toBeVisible();
    await expect(page.getByText("Versuchen Sie es mit weniger Filtern, einer anderen Schreibweise oder einem größeren Zeitraum.")).toBeVisible();
    await expect(page.getByText("No decisions match")).toHaveCount(0);
    await page.getByRole("link", { name: "Suche und Filter zurücksetzen" }).click();
    await expect(rows).toHaveCount(3);

    // The export's columns are data, and stay English.
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV exportieren" }).click()]);
    expect(readFileSync((await csv.path())!, "utf8").replace(/^\uFEFF/, "")).toMatch(/^Triaged at \(UTC\),Platform,Name,/);

    // A decision: sections, the day and time it was triaged, its confidence, the status form.
    await page.goto(`/history/${s.greta}`);
    await expect(page).toHaveTitle(/^Greta Gruber · Verlauf · /);
    await expect(page.getByRole("heading", { level: 1, name: "Greta Gruber" })).toBeVisible();
    await expect(page.getByText(`LinkedIn · geprüft am ${utcDayTime("de", s.recent)}`)).toBeVisible();
    for (const name of ["Status", "Empfehlung", "Was wir erkannt haben", "Die Anfrage, wie eingefügt", "Signale", "Entwurf der Absage", "Was Sie gesendet haben"]) {
      await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
    }
    const verdict = page.getByRole("region", { name: "Empfehlung" });
    await expect(verdict).toContainText(`Sicherheit${new Intl.NumberFormat("de", { style: "percent" }).format(0.87)}`);
    await expect(verdict).toContainText("Eine Rolle, mit der ich mich nicht vernetze");
    await expect(page.getByRole("region", { name: "Was wir erkannt haben" })).toContainText("Gemeinsame Kontakte");
    await expect(page.getByRole("group", { name: "Was ist passiert?" })).toBeVisible();
    await expect(page.getByText("Noch nicht gesendet: Das ist noch ein Entwurf.")).toBeVisible();
    await expect(page.getByRole("radio", { name: /^Zurückgestellt/ })).toBeVisible();
    await expect(page.getByRole("button", { name: "Status speichern" })).toBeVisible();
    await expect(page.getByText("What happened?")).toHaveCount(0);

    // Deleted in another tab meanwhile: saving here says so, in German.
    const other = await page.context().newPage();
    await other.goto("/history");
    await other.getByRole("button", { name: "Entscheidung zu Greta Gruber löschen" }).click();
    await expect(other.getByText("Die Entscheidung zu Greta Gruber wurde gelöscht.")).toBeVisible();
    await expect(other.getByRole("button", { name: "Rückgängig" })).toBeVisible();
    await other.close();
    await page.getByRole("radio", { name: /^Gesendet/ }).check();
    await page.getByRole("button", { name: "Status speichern" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("Diese Entscheidung gibt es nicht mehr: Vielleicht wurde sie in einem anderen Tab gelöscht.");

    // A held decision shows its day.
    await page.goto(`/history/${s.fay}`);
    await expect(page.getByText(`· Wiedervorlage am ${utcDay("de", s.later)}`)).toBeVisible();
    await expect(page.getByRole("link", { name: "In den Kalender eintragen (.ics)" })).toBeVisible();

    // Revisit: the card says how overdue it is; holding it again empties the view.
    await page.goto("/history/revisit");
    await expect(page.getByRole("heading", { level: 1, name: "Wiedervorlage" })).toBeVisible();
    const cards = list(page, "Zur Wiedervorlage fällig");
    await expect(cards).toHaveCount(1);
    await expect(cards.first()).toContainText("seit 2 Tagen fällig");
    await expect(cards.first()).toContainText(utcDay("de", new Date(Date.now() - 3 * DAY)));
    await expect(cards.first().getByRole("button", { name: "Annehmen" })).toBeVisible();
    await expect(cards.first().getByRole("button", { name: "Ablehnen…" })).toBeVisible();
    await cards.first().getByRole("button", { name: "Erneut zurückstellen…" }).click();
    const hold = page.getByRole("dialog", { name: "Anfrage von Dana Due erneut zurückstellen" });
    await hold.getByRole("button", { name: "In einem Monat" }).click();
    const inAMonth = new Date(`${await hold.getByLabel("Wiedervorlage am").inputValue()}T00:00:00Z`);
    await hold.getByRole("button", { name: "Bis dahin zurückstellen" }).click();
    await expect(page.getByText("Zurückgestellt: Die Anfrage erscheint an ihrem Tag wieder unter „Wiedervorlage“.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Heute ist nichts fällig" })).toBeVisible();
    await expect(page.getByText(`Die nächste zurückgestellte Anfrage kommt am ${utcDay("de", inAMonth)} wieder.`)).toBeVisible();

    // Stats: figures, the table behind them, the chart's German axis and legend.
    await page.goto("/history/stats");
    await expect(page.getByRole("heading", { level: 1, name: "Statistik" })).toBeVisible();
    await expect(page.getByText("Alle Entscheidungen", { exact: true }).last()).toBeVisible();
    for (const title of ["Empfehlungen der letzten 12 Wochen", "Absagen nach Grund", "Absagen nach Plattform", "Meistgenutzte Vorlagen"]) {
      await expect(page.getByRole("figure", { name: title })).toBeVisible();
    }
    const overTime = page.getByRole("figure", { name: "Empfehlungen der letzten 12 Wochen" });
    await expect(overTime).toContainText("2 Entscheidungen in den letzten 12 Wochen");
    await expect(overTime.locator(".recharts-legend-item-text")).toHaveText(["Annehmen", "Ablehnen", "Beobachten", "Ignorieren"]);
    await expect(overTime.locator(".recharts-cartesian-axis-tick-value").filter({ hasText: exactly(shortDay("de", thisMonday())) })).toHaveCount(1);
    await overTime.getByText("Zahlen anzeigen").click();
    await expect(overTime.getByRole("columnheader", { name: "Woche" })).toBeVisible();
    await expect(overTime.getByRole("rowheader", { name: `Woche vom ${shortDay("de", thisMonday())}`, exact: true })).toBeVisible();
    const reasons = page.getByRole("figure", { name: "Absagen nach Grund" });
    await reasons.getByText("Zahlen anzeigen").click();
    await expect(reasons.getByRole("columnheader", { name: "Absagen" })).toBeVisible();
    await expect(page.getByText("Show the numbers")).toHaveCount(0);
    await expect(page.getByText("Verdicts over")).toHaveCount(0);
  });

  test("German at phone width: no page scrolls sideways", async ({ page, user, baseURL }, testInfo) => {
    const s = await seed(user.email);
    await page.context().addCookies([{ name: "locale", value: "de", url: baseURL! }]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/history?status=held");
    await expect(page.getByRole("button", { name: "Filter anwenden" })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, testInfo, "history-de-390-list");
    await page.goto(`/history/${s.fay}`);
    await expect(page.getByRole("button", { name: "Status speichern" })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, testInfo, "history-de-390-detail");
    await page.goto("/history/revisit");
    await page.getByRole("button", { name: "Erneut zurückstellen…" }).click();
    await expect(page.getByRole("button", { name: "Bis dahin zurückstellen" })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, testInfo, "history-de-390-revisit");
    await page.keyboard.press("Escape");
    await page.goto("/history/stats");
    await expect(page.getByRole("figure", { name: "Absagen nach Grund" }).locator(".recharts-bar-rectangle").first()).toBeVisible();
    for (const summary of await page.getByText("Zahlen anzeigen").all()) await summary.click();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, testInfo, "history-de-390-stats");
  });

  test("Portuguese: the list and an empty search, a decision, Revisit and Stats", async ({ page, user, baseURL }) => {
    const s = await seed(user.email);
    await page.context().addCookies([{ name: "locale", value: "pt", url: baseURL! }]);

    await page.goto("/history");
    await expect(page.getByRole("heading", { level: 1, name: "Histórico" })).toBeVisible();
    const rows = list(page, "Decisões, das mais recentes às mais antigas");
    await expect(rows).toHaveCount(3);
    await expect(rows.first()).toContainText(utcDay("pt", s.recent));
    await expect(rows.filter({ hasText: "Fay Later" })).toContainText(`até ${utcDay("pt", s.later)}`);
    expect(utcDay("pt", s.later)).toMatch(/^27 de nov\.? de \d{4}$/);
    await page.locator("summary", { hasText: "Filtros" }).click();
    await expect(page.getByLabel("Status", { exact: true }).locator("option")).toHaveText(["Todos os status", "Rascunho", "Enviado", "Em espera", "Ignorado", "Aceito"]);
    await expect(page.getByLabel("Veredito", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Aplicar filtros" })).toBeVisible();
    await page.getByRole("searchbox", { name: "Pesquisar" }).fill("ninguém-com-esse-nome");
    await page.getByRole("button", { name: "Pesquisar", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Nenhuma decisão encontrada" })).toBeVisible();
    await expect(page.getByText("Tente usar menos filtros, outra grafia ou um período maior.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Limpar a pesquisa e os filtros" })).toBeVisible();

    await page.goto(`/history/${s.greta}`);
    await expect(page.getByRole("heading", { level: 1, name: "Greta Gruber" })).toBeVisible();
    await expect(page.getByText(`LinkedIn · analisado em ${utcDayTime("pt", s.recent)}`)).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Rascunho da recusa" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Veredito" })).toContainText("Uma função com a qual não me conecto");
    await expect(page.getByRole("group", { name: "O que aconteceu?" })).toBeVisible();
    await expect(page.getByRole("radio", { name: /^Em espera/ })).toBeVisible();
    await expect(page.getByRole("button", { name: "Salvar status" })).toBeVisible();
    await page.goto(`/history/${s.fay}`);
    await expect(page.getByText(`· revisar em ${utcDay("pt", s.later)}`)).toBeVisible();

    await page.goto("/history/revisit");
    await expect(page.getByRole("heading", { level: 1, name: "Revisar" })).toBeVisible();
    const cards = list(page, "Para revisar");
    await expect(cards).toHaveCount(1);
    await expect(cards.first()).toContainText("pendente há 2 dias");
    await expect(cards.first().getByRole("button", { name: "Deixar em espera de novo…" })).toBeVisible();

    await page.goto("/history/stats");
    await expect(page.getByRole("heading", { level: 1, name: "Estatísticas" })).toBeVisible();
    const overTime = page.getByRole("figure", { name: "Vereditos nas últimas 12 semanas" });
    await expect(overTime).toContainText("3 decisões nas últimas 12 semanas");
    await expect(overTime.locator(".recharts-legend-item-text")).toHaveText(["Aceitar", "Recusar", "Observar", "Ignorar"]);
    await overTime.getByText("Mostrar os números").click();
    await expect(overTime.getByRole("rowheader", { name: `Semana de ${shortDay("pt", thisMonday())}`, exact: true })).toBeVisible();
    await expect(page.getByRole("figure", { name: "Recusas por motivo" })).toBeVisible();
  });
});
