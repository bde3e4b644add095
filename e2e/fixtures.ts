// Each test makes its own user with a random email and signs up through the real
// form, so tests run in parallel and never depend on each other.
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page, type TestInfo } from "@playwright/test";

export type TestUser = { name: string; email: string; password: string };

export function newUser(name = "Jenn Hanford"): TestUser {
  return { name, email: `e2e-${randomBytes(6).toString("hex")}@example.test`, password: "correct horse battery staple" };
}

export async function signUp(page: Page, user: TestUser = newUser()): Promise<TestUser> {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/triage$/);
  return user;
}

export async function signIn(page: Page, user: TestUser, opts: { navigate?: boolean } = { navigate: true }) {
  if (opts.navigate) await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** The form's own message (Next's route announcer is an alert too). */
export const formAlert = (page: Page) => page.locator("form").getByRole("alert");

/** A full-page screenshot kept under e2e/.artifacts/screenshots/<project>/ for review. */
export async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  const dir = path.join("e2e", ".artifacts", "screenshots", testInfo.project.name);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  // A full-page capture of a scrolled page draws the sticky header mid-page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
}

/** WCAG 2.1 A and AA rules: every page must have no violations. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

export const test = base.extend<{ user: TestUser; missingMessages: void }>({
  user: async ({ page }, use) => {
    await use(await signUp(page));
  },
  // A message a page's <ClientMessages> left out shows its key ("history.filters.apply")
  // and next-intl reports it in the console: any test that meets one fails.
  missingMessages: [
    async ({ page }, use) => {
      const missing: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error" && m.text().includes("MISSING_MESSAGE")) missing.push(`${page.url()}: ${m.text().slice(0, 200)}`);
      });
      await use();
      expect(missing, "messages missing from a page's ClientMessages").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
