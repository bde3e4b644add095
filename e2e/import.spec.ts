// Import from a platform export, end to end against `next start`: a LinkedIn zip of 500
// invitations, a Facebook and an Instagram JSON; the review table shows exactly the
// incoming requests with verdicts; confirming saves them once; a second import adds
// nothing; a truncated zip and a CSV with a wrong header get a clear message and save nothing.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { invitationsCsv, makeZip } from "@/tests/support/zip";
import { expect, expectAccessible, screenshot, signUp, test } from "./fixtures";

const FIXTURES = path.join("tests", "unit", "import", "fixtures");
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));

test.describe.configure({ timeout: 120_000 });

async function upload(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto("/triage/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import from a platform export" })).toBeVisible();
  await page.getByLabel("Export file").setInputFiles(file);
  await page.getByRole("button", { name: "Read and triage" }).click();
}

/** Every decision in the signed-in user's History, through the API with the session. */
async function historyNames(page: Page): Promise<string[]> {
  const names: string[] = [];
  let cursor: string | null = null;
  do {
    const res = await page.request.get(`/api/v1/decisions?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { items: { parsed: { name: string } }[]; nextCursor: string | null };
    names.push(...body.items.map((d) => d.parsed.name));
    cursor = body.nextCursor;
  } while (cursor);
  return names.sort();
}

const table = (page: Page) => page.getByRole("table", { name: /Incoming requests in/ });

test.describe("import from a platform export", () => {
  test("a LinkedIn zip of 500 invitations: exactly the incoming ones, with verdicts, saved once", async ({ page }, testInfo) => {
    await signUp(page);
    const { text, incoming } = invitationsCsv(500);
    const zip = await makeZip({ "Basic_LinkedInDataExport_01-20-2026/Invitations.csv": text, "Basic_LinkedInDataExport_01-20-2026/Profile.csv": "First Name,Last Name\nRobin,Example\n" });
    await upload(page, { name: "Basic_LinkedInDataExport_01-20-2026.zip", mimeType: "application/zip", buffer: zip });

    await expect(table(page)).toBeVisible({ timeout: 60_000 });
    const names = page.getByTestId("import-name");
    await expect(names).toHaveCount(incoming.length);
    expect(await names.allInnerTexts()).toEqual(incoming.map((r) => r.name));
    expect(incoming.some((r) => /[éëłçüø]/i.test(r.name))).toBe(true);
    // Each row carries a verdict.
    const verdicts = await table(page).locator("tbody tr td:nth-child(3)").allInnerTexts();
    expect(verdicts).toHaveLength(incoming.length);
    for (const v of verdicts) expect(["Accept", "Decline", "Observe", "Ignore"]).toContain(v.trim());
    await expect(page.getByTestId("import-summary")).toContainText(`${incoming.length} incoming requests`);
    await expect(page.getByRole("checkbox", { name: /^Save / }).first()).toBeChecked();
    await screenshot(page, testInfo, "import-linkedin-review");

    await page.getByRole("button", { name: `Save ${incoming.length} requests to History` }).click();
    await expect(page.getByText(`Saved ${incoming.length} decisions to History.`)).toBeVisible({ timeout: 60_000 });
    expect(await historyNames(page)).toEqual(incoming.map((r) => r.name).sort());

    // The same file again: everyone is already in History, unticked; nothing to save.
    await upload(page, { name: "Basic_LinkedInDataExport_01-20-2026.zip", mimeType: "application/zip", buffer: zip });
    await expect(table(page)).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText("Already in History", { exact: true })).toHaveCount(incoming.length);
    await expect(page.getByRole("checkbox", { name: /^Save / }).first()).not.toBeChecked();
    await expect(page.getByRole("button", { name: "Save 0 requests to History" })).toBeDisabled();
    // Ticking them anyway still saves nobody twice.
    await page.getByRole("checkbox", { name: /^Save / }).first().check();
    await page.getByRole("button", { name: "Save 1 request to History" }).click();
    await expect(page.getByText("Saved 0 decisions to History. 1 already in History was skipped.")).toBeVisible({ timeout: 30_000 });
    expect(await historyNames(page)).toHaveLength(incoming.length);
  });

  test("Facebook and Instagram JSON: names repaired, saved once", async ({ page }) => {
    await signUp(page);
    await upload(page, { name: "received_friend_requests.json", mimeType: "application/json", buffer: fixture("received_friend_requests.json") });
    await expect(table(page)).toBeVisible();
    expect(await page.getByTestId("import-name").allInnerTexts()).toEqual(["José García", "Zoë Müller", "Kenji Watanabe", "Łukasz Dąbrowski"]);
    await page.getByRole("button", { name: "Save 4 requests to History" }).click();
    await expect(page.getByText("Saved 4 decisions to History.")).toBeVisible();

    await upload(page, { name: "follow_requests_you've_received.json", mimeType: "application/json", buffer: fixture("follow_requests_you've_received.json") });
    await expect(table(page)).toBeVisible();
    expect(await page.getByTestId("import-name").allInnerTexts()).toEqual(["maria.silva.example", "tomas_photo_example"]);
    await expect(table(page).getByRole("link", { name: /profile of maria\.silva\.example/ })).toHaveAttribute("href", "https://www.instagram.com/maria.silva.example");
    await page.getByRole("button", { name: "Save 2 requests to History" }).click();
    await expect(page.getByText("Saved 2 decisions to History.")).toBeVisible();

    // The Facebook file again adds nothing.
    await upload(page, { name: "received_friend_requests.json", mimeType: "application/json", buffer: fixture("received_friend_requests.json") });
    await expect(page.getByText("Already in History", { exact: true })).toHaveCount(4);
    expect(await historyNames(page)).toEqual(["José García", "Kenji Watanabe", "Zoë Müller", "Łukasz Dąbrowski", "maria.silva.example", "tomas_photo_example"].sort());
  });

  test("a truncated zip and a CSV with a wrong header get a clear message and save nothing", async ({ page }) => {
    await signUp(page);
    const zip = await makeZip({ "Invitations.csv": invitationsCsv(50).text });
    await upload(page, { name: "linkedin-export.zip", mimeType: "application/zip", buffer: zip.subarray(0, Math.floor(zip.length / 2)) });
    const fileError = page.locator("#import-file-error");
    await expect(fileError).toContainText("linkedin-export.zip is damaged or incomplete (the zip's table of contents is missing");
    await expect(page.getByLabel("Export file")).toHaveAttribute("aria-invalid", "true");
    await expect(table(page)).toHaveCount(0);

    await upload(page, { name: "Invitations.csv", mimeType: "text/csv", buffer: Buffer.from("First Name,Last Name,URL,Email Address\nAna,Silva,,\n") });
    await expect(fileError).toContainText('Invitations.csv, line 1: the header is "First Name,Last Name,URL,Email Address"');
    await expect(table(page)).toHaveCount(0);
    expect(await historyNames(page)).toEqual([]);
  });

  test("works before JavaScript: upload, review and save are real form posts", async ({ page: signUpPage, browser }) => {
    await signUp(signUpPage);
    // The signed-in session, in a browser that runs no JavaScript.
    const context = await browser.newContext({ javaScriptEnabled: false, storageState: await signUpPage.context().storageState() });
    const page = await context.newPage();
    await upload(page, { name: "Invitations.csv", mimeType: "text/csv", buffer: fixture("Invitations.csv") });
    await expect(page.getByTestId("import-name")).toHaveText(["José Álvarez Núñez", "Priya Raman", "Sam O'Connor"]);
    // Untick Priya, then save the other two.
    await page.getByRole("checkbox", { name: "Save Priya Raman" }).uncheck();
    await page.getByRole("button", { name: /Save 3 requests to History/ }).click();
    await expect(page.getByText("Saved 2 decisions to History.")).toBeVisible();
    expect(await historyNames(page)).toEqual(["José Álvarez Núñez", "Sam O'Connor"]);
    await context.close();
  });
});

for (const scheme of ["light", "dark"] as const) {
  test.describe(`import ${scheme} @screens`, () => {
    test.use({ colorScheme: scheme });
    test(`import page, review and errors (${scheme})`, async ({ page }, testInfo) => {
      await signUp(page);
      await page.goto("/triage/import");
      await screenshot(page, testInfo, `triage-import-empty-${scheme}`);
      await expectAccessible(page);
      await upload(page, { name: "Invitations.csv", mimeType: "text/csv", buffer: Buffer.from("Name,Email\nAna,a@example.test\n") });
      await expect(page.locator("#import-file-error")).toContainText("line 1: the header is");
      await screenshot(page, testInfo, `triage-import-error-${scheme}`);
      await expectAccessible(page);
      await upload(page, { name: "Invitations.csv", mimeType: "text/csv", buffer: fixture("Invitations.csv") });
      await expect(table(page)).toBeVisible();
      // Keyboard: tab to the first row's checkbox and untick it with the space bar.
      const first = page.getByRole("checkbox", { name: "Save José Álvarez Núñez" });
      await first.focus();
      await page.keyboard.press("Space");
      await expect(first).not.toBeChecked();
      await expect(page.getByRole("button", { name: "Save 2 requests to History" })).toBeVisible();
      await screenshot(page, testInfo, `triage-import-review-${scheme}`);
      await expectAccessible(page);
    });
  });
}
