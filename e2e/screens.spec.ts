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
  { name: "profiles", path: "/profiles", heading: "Criteria profiles" },
  { name: "templates", path: "/templates", heading: "Reason templates" },
  { name: "history", path: "/history", heading: "History" },
  { name: "settings", path: "/settings", heading: "Settings" },
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
  });
}
