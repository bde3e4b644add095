// A request full of HTML, script and a spreadsheet formula is pasted, analysed and saved:
// every page that shows it back (Triage, History list and detail, Stats) shows text, never
// markup, nothing it carries runs, and the CSV export neutralises the formula.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const NAME = '=HYPERLINK("http://evil.example","Click me")';
const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = "<script>window.__pwned=1</script>";
const LINK = '<a href="javascript:window.__pwned=1">javascript:window.__pwned=1</a>';
const REQUEST = `${NAME}
Recruiter at Globex ${IMG}
3 mutual connections
Hi! ${SCRIPT} see ${LINK}`;

test.skip(({ isMobile }) => isMobile, "desktop only");

/** Nothing the request carried became an element or ran. */
async function expectInert(page: Page, where: string) {
  const found = await page.evaluate(() => ({
    pwned: (window as { __pwned?: unknown }).__pwned,
    imgs: document.querySelectorAll('img[src="x"], img[onerror]').length,
    // Next's own inline scripts carry the page data (the request's text too) as an escaped JS string:
    // those may mention __pwned, but never hold raw markup that could end the script early.
    scripts: [...document.scripts].filter((s) => {
      const text = s.textContent ?? "";
      return text.includes("<script") || text.includes("<img") || (text.includes("__pwned") && !/^\(?self\.__next_f/.test(text));
    }).length,
    links: document.querySelectorAll('a[href^="javascript:" i]').length,
    handlers: [...document.querySelectorAll("*")].filter((e) => [...e.attributes].some((a) => a.name.startsWith("on") && a.value.includes("__pwned"))).length,
  }));
  expect(found, where).toEqual({ pwned: undefined, imgs: 0, scripts: 0, links: 0, handlers: 0 });
}

test("pasted HTML and script stay text everywhere, and the CSV neutralises the formula", async ({ page, user }) => {
  test.setTimeout(120_000);
  void user;
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  await page.goto("/triage");
  await page.getByLabel("Connection request").fill(REQUEST);
  await page.getByLabel("Connection request").press("Control+Enter");
  const verdict = page.getByRole("region", { name: "Verdict" });
  await expect(verdict).toBeVisible();
  // The request as pasted and its parsed fields show as literal text.
  await expect(page.getByText(SCRIPT, { exact: false }).first()).toBeVisible();
  await expect(page.getByText(NAME, { exact: false }).first()).toBeVisible();
  await expectInert(page, "triage result");

  // The formula as the person's name, and markup in the headline, through the parsed fields' corrections.
  await page.getByRole("button", { name: "Correct these" }).click();
  await page.getByLabel("Name", { exact: true }).fill(NAME);
  await page.getByLabel("Headline", { exact: true }).fill(`Recruiter at <b>Globex</b> ${IMG}`);
  await page.getByRole("button", { name: "Analyse with my corrections" }).click();
  await expect(page.getByText(NAME, { exact: true }).first()).toBeVisible();
  await expect(page.getByText(`Recruiter at <b>Globex</b> ${IMG}`, { exact: true }).first()).toBeVisible();
  await expectInert(page, "triage corrected");

  await page.getByRole("button", { name: /^(Mark as sent|Hold|Ignore and log it|Accept and log it)$/ }).first().click();
  await expect(page.getByText(/saved to History|Saved|logged/i).first()).toBeVisible();
  await expectInert(page, "triage saved");

  await page.goto("/history");
  const row = page.getByRole("link", { name: /HYPERLINK/ });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(NAME);
  await expectInert(page, "history list");

  await row.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(NAME);
  await expect(page.getByText(SCRIPT, { exact: false }).first()).toBeVisible();
  await expect(page.getByText(IMG, { exact: false }).first()).toBeVisible();
  await expectInert(page, "history detail");

  await page.goto("/history/stats");
  await expect(page.getByRole("heading", { level: 1, name: "Stats" })).toBeVisible();
  await expectInert(page, "stats");

  await page.goto("/history");
  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  const content = readFileSync((await csv.path())!, "utf8");
  // The name cell starts with a quote, so no spreadsheet runs it; the markup is kept as text.
  expect(content).toContain(`'=HYPERLINK(""http://evil.example"",""Click me"")`);
  expect(content).not.toMatch(/(^|,)"?=HYPERLINK/m);
  expect(content).toContain(SCRIPT);
  expect(dialogs).toEqual([]);
});
