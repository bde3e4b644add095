// @screens: every page at desktop and phone widths, in light and dark, screenshotted
// for review and checked with axe.
import { expect, expectAccessible, screenshot, signUp, test } from "./fixtures";

const PUBLIC_PAGES = [
  { name: "landing", path: "/", heading: "Connect with intent. Decline with grace." },
  { name: "sign-in", path: "/sign-in", heading: "Sign in" },
  { name: "sign-up", path: "/sign-up", heading: "Create your account" },
  { name: "not-found", path: "/no-such-page", heading: "We couldn't find that page" },
];

const APP_PAGES = [
  { name: "triage", path: "/triage", heading: "Triage" },
  { name: "triage-bulk", path: "/triage/bulk", heading: "Triage" },
  { name: "profiles", path: "/profiles", heading: "Criteria profiles" },
  { name: "templates", path: "/templates", heading: "Reason templates" },
  { name: "history", path: "/history", heading: "History" },
  { name: "settings", path: "/settings", heading: "Settings" },
  { name: "settings-api", path: "/settings/api", heading: "API and bookmarklet" },
  { name: "settings-api-docs", path: "/settings/api/docs", heading: "API reference" },
];

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} @screens`, () => {
    test.use({ colorScheme: scheme });

    test(`public pages (${scheme})`, async ({ page }, testInfo) => {
      for (const p of PUBLIC_PAGES) {
        await page.goto(p.path);
        await expect(page.getByRole("heading", { level: 1, name: p.heading })).toBeVisible();
        await screenshot(page, testInfo, `${p.name}-${scheme}`);
        await expectAccessible(page);
      }
    });

    test(`app pages (${scheme})`, async ({ page }, testInfo) => {
      await signUp(page);
      for (const p of APP_PAGES) {
        await page.goto(p.path);
        await expect(page.getByRole("heading", { level: 1, name: p.heading })).toBeVisible();
        await screenshot(page, testInfo, `${p.name}-${scheme}`);
        await expectAccessible(page);
      }
    });

    test(`triage verdicts (${scheme})`, async ({ page }, testInfo) => {
      await signUp(page);
      const samples = {
        decline: "Laura Simmons\nTechnical Recruiter at Hirewell Partners\n5 mutual connections\nHi, I have an exciting opportunity for you.",
        observe: "Ben Carter\nProduct Designer at Woodgrove Bank\n2 mutual connections\nHi, saw you in the Women in Product Slack community, would love to connect.",
        ignore: "Anna Sweet\n0 mutual friends\nHi handsome, so lonely 😘 see my private photos here: bit.ly/annaprv",
      };
      for (const [verdict, text] of Object.entries(samples)) {
        await page.goto("/triage");
        await page.getByLabel("Connection request").fill(text);
        await page.getByRole("button", { name: "Analyse" }).click();
        await expect(page.getByRole("region", { name: "Verdict" }).getByText(verdict, { exact: false }).first()).toBeVisible();
        await screenshot(page, testInfo, `triage-${verdict}-${scheme}`);
        await expectAccessible(page);
      }
    });
  });

  test.describe(`${scheme} API tokens @screens`, () => {
    test.use({ colorScheme: scheme });

    test(`a new token shown once, and the token list (${scheme})`, async ({ page }, testInfo) => {
      await signUp(page);
      await page.goto("/settings/api");
      for (const name of ["Zapier", "My laptop"]) {
        await page.getByLabel("Token name").fill(name);
        await page.getByRole("button", { name: "Create token" }).click();
        await expect(page.getByText(`Copy the token “${name}” now`)).toBeVisible();
      }
      await expect(page.getByRole("list", { name: "Your API tokens" }).getByRole("listitem")).toHaveCount(2);
      // Focus scrolled the page; a full-page shot is clearest from the top.
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, testInfo, `settings-api-token-created-${scheme}`);
      await expectAccessible(page);
      await page.getByRole("button", { name: "Revoke token Zapier" }).click();
      await expect(page.getByRole("dialog")).toBeVisible();
      await screenshot(page, testInfo, `settings-api-revoke-${scheme}`);
      await expectAccessible(page);
    });
  });
}
