// Issue 10: what people really paste. A whole invitations page into *Many at once* gives
// one row per card; a multi-request paste into the single Triage box says so and hands
// the paste to *Many at once*; an unsure parse points at "Correct these".
import { expect, expectAccessible, screenshot, test } from "./fixtures";
import { INVITATIONS_PAGE } from "./support/pastes";


test.describe("real pastes", () => {
  test("a whole invitations page pasted into Many at once gives one row per card", async ({ page, user }, testInfo) => {
    void user;
    await page.goto("/triage/bulk");
    await page.getByLabel("Requests").fill(INVITATIONS_PAGE);
    await expect(page.getByText("3 requests found.")).toBeVisible();
    await page.getByRole("button", { name: "Analyse all" }).click();
    const rows = page.getByRole("table").locator("tbody tr");
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toContainText("Marcus Lee");
    await expect(rows.nth(1)).toContainText("Ana Souza");
    await expect(rows.nth(2)).toContainText("Jörg van der Berg");
    for (let i = 0; i < 3; i++) await expect(rows.nth(i)).toContainText("LinkedIn");
    await expect(rows.getByText("Ignore", { exact: true })).toHaveCount(0);
    await expect(page.getByRole("table")).not.toContainText("Invitations (3)");
    await screenshot(page, testInfo, "real-pastes-bulk-page");
    await expectAccessible(page);
  });

  test("a multi-request paste in the single Triage box says so and opens Many at once with it", async ({ page, user }, testInfo) => {
    void user;
    const box = page.getByLabel("Connection request");
    await box.fill(INVITATIONS_PAGE);
    const notice = page.getByTestId("multi-request-notice");
    await expect(notice).toContainText("This paste holds 3 requests");
    await box.press("Control+Enter");
    const result = page.getByRole("region", { name: "Verdict" });
    await expect(result.getByTestId("parse-warning")).toContainText("more than one request");
    await screenshot(page, testInfo, "real-pastes-multi-notice");
    await expectAccessible(page);

    await notice.getByRole("link", { name: "Open them in Many at once" }).click();
    await expect(page).toHaveURL(/\/triage\/bulk$/);
    await expect(page.getByLabel("Requests")).toHaveValue(INVITATIONS_PAGE);
    await expect(page.getByText("3 requests found.")).toBeVisible();
  });

  test("an unsure parse points at Correct these, and the correction settles it", async ({ page, user }) => {
    void user;
    const box = page.getByLabel("Connection request");
    await box.fill("designer at litware\n3 mutual connections");
    await box.press("Control+Enter");
    const result = page.getByRole("region", { name: "Verdict" });
    const warning = result.getByTestId("parse-warning");
    await expect(warning).toContainText("No name was found");
    await warning.getByRole("button", { name: "Check what was read" }).click();
    await page.locator("#parsed-name").fill("Ana Ruiz");
    await page.getByRole("button", { name: "Analyse with my corrections" }).click();
    await expect(page.getByText("Ana Ruiz", { exact: true })).toBeVisible();
    await expect(result.getByTestId("parse-warning")).toHaveCount(0);
  });
});
