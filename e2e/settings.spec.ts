import { readFileSync } from "node:fs";
import { expect, expectAccessible, formAlert, signIn, test } from "./fixtures";
import { named, seedDecisions } from "./support/seed-decisions";

test.describe("settings", () => {
  test("change the display name and default signature", async ({ page, user }) => {
    await page.goto("/settings");
    await expect(page.getByLabel("Display name")).toHaveValue(user.name);
    await expectAccessible(page);

    // An empty name is refused next to the field; the signature typed stays.
    await page.getByLabel("Display name").fill("   ");
    await page.getByLabel("Default signature").fill("Warmly,\nJenn");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.locator("#name-error")).toHaveText("Enter your name.");
    await expect(page.getByLabel("Display name")).toBeFocused();
    await expect(page.getByLabel("Default signature")).toHaveValue("Warmly,\nJenn");

    await page.getByLabel("Display name").fill("Jennifer Hanford");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("Saved your name and signature.")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Display name")).toHaveValue("Jennifer Hanford");
    await expect(page.getByLabel("Default signature")).toHaveValue("Warmly,\nJenn");
    await expect(page.getByRole("button", { name: "Account menu for Jennifer Hanford" })).toBeVisible();
  });

  test("change the password: the current one is required and checked", async ({ page, user, browser }) => {
    await page.goto("/settings");
    const newPassword = "a brand new passphrase";
    await page.getByLabel("Current password").fill("not my password");
    await page.getByLabel("New password", { exact: true }).fill(newPassword);
    await page.getByLabel("New password, again").fill(newPassword);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.locator("#currentPassword-error")).toHaveText("That is not your current password.");
    await expect(page.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");

    await page.getByLabel("Current password").fill(user.password);
    await page.getByLabel("New password", { exact: true }).fill("short");
    await page.getByLabel("New password, again").fill("shorter");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.locator("#newPassword-error")).toHaveText("Password must be at least 10 characters.");
    await expect(page.locator("#confirmPassword-error")).toHaveText("The two new passwords differ.");

    await page.getByLabel("New password", { exact: true }).fill(newPassword);
    await page.getByLabel("New password, again").fill(newPassword);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("Password changed. Use the new one next time you sign in.")).toBeVisible();
    await expect(page.getByLabel("Current password")).toHaveValue("");

    const visitor = await browser.newPage();
    await signIn(visitor, user);
    await expect(formAlert(visitor)).toHaveText("Email or password is incorrect.");
    await signIn(visitor, { ...user, password: newPassword });
    await expect(visitor).toHaveURL(/\/triage$/);
    await visitor.close();
  });

  test("export all my data as JSON, without the password", async ({ page, user }) => {
    await seedDecisions(user.email, [named("Export Me"), named("And Me", {}, 1)]);
    await page.goto("/settings");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export all my data" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^decline-with-grace-data-\d{4}-\d{2}-\d{2}\.json$/);
    const raw = readFileSync((await download.path())!, "utf8");
    const data = JSON.parse(raw);
    expect(data.account).toMatchObject({ email: user.email, name: user.name, hasPassword: true });
    expect(data.profiles).toHaveLength(1);
    expect(data.templates).toHaveLength(4);
    expect(data.decisions.map((d: { parsed: { name: string } }) => d.parsed.name).sort()).toEqual(["And Me", "Export Me"]);
    expect(raw).not.toMatch(/passwordHash|\$argon2/);
  });

  test("delete the account after typing the email; signing in then fails", async ({ page, user }) => {
    await seedDecisions(user.email, [named("Gone Soon")]);
    await page.goto("/settings");
    await page.getByRole("button", { name: "Delete my account…" }).click();
    const dialog = page.getByRole("dialog", { name: "Delete your account?" });
    await expect(dialog).toBeVisible();
    await expectAccessible(page);
    await dialog.getByLabel(/Type your email address/).fill("someone@else.test");
    await dialog.getByRole("button", { name: "Delete everything" }).click();
    await expect(dialog.locator("#confirmation-error")).toHaveText("That is not your email address.");
    await dialog.getByRole("button", { name: "Keep my account" }).click();
    await expect(dialog).toBeHidden();

    await page.getByRole("button", { name: "Delete my account…" }).click();
    await dialog.getByLabel(/Type your email address/).fill(user.email.toUpperCase());
    await dialog.getByRole("button", { name: "Delete everything" }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.goto("/history");
    await expect(page).toHaveURL(/\/sign-in/);
    await signIn(page, user);
    await expect(formAlert(page)).toHaveText("Email or password is incorrect.");
  });
});
