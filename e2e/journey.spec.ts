// Issue 4's "done when", as one new user would live it: sign up, set up a profile, paste
// a LinkedIn invitation from a competitor's recruiter, get a graceful decline with both
// reasons, tweak and copy it, mark it sent, find it in History by name, export it, and
// see it in Stats.
import { readFileSync } from "node:fs";
import { expect, screenshot, signUp, test } from "./fixtures";

const INVITATION = `Victor Alvarez
Senior Talent Acquisition Partner at Globex Corporation
9 mutual connections
Hi, we're hiring and I'd love to tell you more about a role on my team.`;

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("a new user declines a competitor's recruiter with grace, and finds it everywhere after", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await signUp(page);

  // A profile for LinkedIn with a competitor and a blocked role.
  await page.getByRole("link", { name: "Profiles" }).first().click();
  await page.getByRole("link", { name: "New profile" }).click();
  await page.getByLabel("Profile name").fill("LinkedIn: professional");
  await page.getByLabel("LinkedIn", { exact: true }).check();
  const competitors = page.getByRole("textbox", { name: "Competitors", exact: true });
  await competitors.pressSequentially("Globex");
  await competitors.press("Enter");
  const roles = page.getByRole("textbox", { name: "Roles I don't connect with", exact: true });
  await roles.pressSequentially("recruiter");
  await roles.press("Enter");
  await page.getByLabel("Signature").fill("Jenn");
  await page.getByRole("button", { name: "Create profile" }).click();
  await expect(page.getByText("Profile “LinkedIn: professional” saved")).toBeVisible();

  // Triage: detected as LinkedIn, judged by that profile, declined for both reasons.
  await page.getByRole("link", { name: "Triage" }).first().click();
  await page.getByLabel("Connection request").fill(INVITATION);
  await page.getByLabel("Connection request").press("Control+Enter");
  const verdict = page.getByRole("region", { name: "Verdict" });
  await expect(verdict.getByText("Decline", { exact: true })).toBeVisible();
  await expect(verdict.getByText("profile “LinkedIn: professional”")).toBeVisible();
  await expect(verdict.getByRole("list", { name: "Reasons" }).getByRole("listitem")).toHaveText([
    "Works for a competitor",
    "A role I don't connect with",
  ]);

  const draft = page.getByLabel("Message (edit freely)");
  await expect(draft).toHaveValue(/^Hi Victor,/);
  await expect(draft).toHaveValue(/My company policy prohibits me from connecting with competitors\./);
  await expect(draft).toHaveValue(/Jenn\s*$/);
  // Tweak it, copy it, mark it sent.
  const tweaked = (await draft.inputValue()).replace(/Jenn\s*$/, "Warmly, Jenn");
  await draft.fill(tweaked);
  await expect(page.locator("#draft-grace")).toContainText("Ready to send");
  await page.getByRole("button", { name: "Copy" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(tweaked);
  await page.getByRole("button", { name: "Mark as sent" }).click();
  await expect(page.getByText("Marked as sent and saved to History.")).toBeVisible();
  await screenshot(page, testInfo, "journey-sent");

  // History: found by the person's name, with the text that was sent.
  await page.getByRole("link", { name: "History" }).first().click();
  await page.getByRole("searchbox", { name: "Search" }).fill("victor alvarez");
  await page.getByRole("searchbox", { name: "Search" }).press("Enter");
  const row = page.getByRole("link", { name: /Victor Alvarez/ });
  await expect(row).toHaveCount(1);
  await row.click();
  await expect(page.getByRole("heading", { level: 1, name: /Victor Alvarez/ })).toBeVisible();
  await expect(page.getByText("Warmly, Jenn").first()).toBeVisible();

  // Export: the sent decline is in the CSV of the filtered History.
  await page.goto("/history?q=victor");
  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  const content = readFileSync((await csv.path())!, "utf8");
  expect(content).toContain("Victor Alvarez");
  expect(content).toContain("Warmly, Jenn");

  // Stats: one decline, counted by both reasons and on LinkedIn, and the competitor template used once.
  await page.goto("/history/stats");
  await expect(page.getByRole("heading", { level: 1, name: "Stats" })).toBeVisible();
  await expect(page.getByText(/1 decline/).first()).toBeVisible();
  await expect(page.getByText(/most on LinkedIn \(1\)/)).toBeVisible();
  await expect(page.getByText(/has been sent 1 time/)).toBeVisible();
});
