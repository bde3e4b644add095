import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";

const group = (page: Page, reason: string) => page.getByRole("region", { name: reason });
const card = (page: Page, title: string) =>
  page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: title, exact: true }) });

test.describe("reason templates", () => {
  test("write a template with a variable from the menu and see it filled in the preview", async ({ page, user: _ }) => {
    await page.goto("/templates");
    await page.getByRole("link", { name: "New template" }).click();
    await page.getByLabel("Reason", { exact: true }).selectOption({ label: "No personal note" });
    await page.getByLabel("Title").fill("Tell me why");

    const body = page.getByLabel("Wording");
    await body.fill("I keep  for people I know; a note helps me place you. Thank you, .");
    // Put the caret after "I keep " and insert {platform} there from the menu.
    await body.press("Home");
    for (let i = 0; i < "I keep ".length; i++) await body.press("ArrowRight");
    await page.getByRole("button", { name: "Insert variable" }).click();
    await page.getByRole("menuitem", { name: /\{platform\}/ }).click();
    await expect(body).toHaveValue("I keep {platform} for people I know; a note helps me place you. Thank you, .");
    await expect(body).toBeFocused();
    // The keyboard works too: caret before the final full stop, then the menu by arrow keys and Enter.
    await body.press("End");
    await body.press("ArrowLeft");
    await page.getByRole("button", { name: "Insert variable" }).focus();
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("menuitem", { name: /\{firstName\}/ })).toBeFocused();
    await page.keyboard.press("End");
    await page.keyboard.press("Home");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("menu")).toHaveCount(0);
    await expect(body).toHaveValue("I keep {platform} for people I know; a note helps me place you. Thank you, {firstName}.");

    await expect(page.getByRole("blockquote")).toHaveText("I keep LinkedIn for people I know; a note helps me place you. Thank you, Priya.");
    await page.getByRole("button", { name: "Create template" }).click();
    await expect(page).toHaveURL(/\/templates$/);
    await expect(page.getByText("Template “Tell me why” saved")).toBeVisible();
    const mine = group(page, "No personal note").getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Tell me why" }) });
    await expect(mine).toContainText("I keep {platform} for people I know; a note helps me place you. Thank you, {firstName}.");
    await expect(mine).toContainText("Not used yet");
  });

  test("mark another template default, delete one, and restore the built-in set", async ({ page, user: _ }) => {
    await page.goto("/templates");
    const competitor = group(page, "Works for a competitor");
    await expect(card(page, "Company policy on competitors")).toContainText("Default");
    await competitor.getByRole("link", { name: "Add a template for “Works for a competitor”" }).click();
    await expect(page.getByLabel("Reason", { exact: true })).toHaveValue("competitor");
    await expect(page.getByLabel("Default for this reason")).not.toBeChecked();
    await page.getByLabel("Title").fill("Conflict of interest");
    await page.getByLabel("Wording").fill("Working at {company}, you'd be a conflict of interest for me.");
    await expect(page.getByRole("blockquote")).toHaveText("Working at Globex, you'd be a conflict of interest for me.");
    await page.getByRole("button", { name: "Create template" }).click();
    await expect(page).toHaveURL(/\/templates$/);

    await expect(card(page, "Conflict of interest").getByText("Default", { exact: true })).toHaveCount(0);
    await card(page, "Conflict of interest").getByRole("button", { name: "Make default Conflict of interest" }).click();
    await expect(page.getByText("“Conflict of interest” is now the default")).toBeVisible();
    await expect(card(page, "Conflict of interest").getByText("Default", { exact: true })).toBeVisible();
    await expect(card(page, "Company policy on competitors").getByText("Default", { exact: true })).toHaveCount(0);
    await expect(card(page, "Company policy on competitors").getByRole("button", { name: /Make default/ })).toBeVisible();

    await card(page, "Company policy on competitors").getByRole("button", { name: "Delete Company policy on competitors" }).click();
    const dialog = page.getByRole("dialog", { name: "Delete “Company policy on competitors”?" });
    await expect(dialog).toContainText("Drafts keep using the default template for this reason.");
    await dialog.getByRole("button", { name: "Delete template" }).click();
    await expect(page.getByText("Template “Company policy on competitors” deleted")).toBeVisible();
    await expect(card(page, "Company policy on competitors")).toHaveCount(0);

    await page.getByRole("button", { name: "Restore built-in templates" }).click();
    await expect(page.getByText("Restored 1 built-in template")).toBeVisible();
    await expect(card(page, "Company policy on competitors")).toBeVisible();
    // The user's own choice of default stands.
    await expect(card(page, "Conflict of interest").getByText("Default", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Restore built-in templates" }).click();
    await expect(page.getByText("Every built-in template is already here.")).toBeVisible();
  });

  test("invalid input is explained next to each field and nothing typed is lost", async ({ page, user: _ }) => {
    await page.goto("/templates/new");
    await page.getByLabel("Wording").fill("Sorry {nickname}, I only connect with colleagues.");
    await page.getByRole("button", { name: "Create template" }).click();
    await expect(page.locator("#title-error")).toHaveText("Give the template a title.");
    await expect(page.locator("#body-error")).toHaveText("Only these variables can be used: {firstName}, {name}, {company}, {platform}.");
    await expect(page.getByLabel("Title")).toBeFocused();
    await expect(page.getByLabel("Wording")).toHaveValue("Sorry {nickname}, I only connect with colleagues.");
    await expect(page).toHaveURL(/\/templates\/new$/);

    await page.getByLabel("Title").fill("Colleagues only");
    await expect(page.locator("#title-error")).toBeEmpty();
    await page.getByLabel("Wording").fill("Sorry {firstName}, I only connect with colleagues.");
    await page.getByRole("button", { name: "Create template" }).click();
    await expect(page).toHaveURL(/\/templates$/);
    await expect(card(page, "Colleagues only")).toBeVisible();
  });

  test("editing the default keeps it the default; an unknown id is not found", async ({ page, user: _ }) => {
    await page.goto("/templates");
    await card(page, "Only people I know in real life").getByRole("link", { name: "Edit Only people I know in real life" }).click();
    const isDefault = page.getByLabel("Default for this reason");
    await expect(isDefault).toBeChecked();
    await expect(isDefault).toBeDisabled();
    await page.getByLabel("Wording").fill("I keep {platform} for people I've met, {firstName}.");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(/\/templates$/);
    await expect(card(page, "Only people I know in real life")).toContainText("I keep {platform} for people I've met, {firstName}.");
    await expect(card(page, "Only people I know in real life").getByText("Default", { exact: true })).toBeVisible();

    const response = await page.goto("/templates/not-a-real-id");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Template not found" })).toBeVisible();
  });
});
