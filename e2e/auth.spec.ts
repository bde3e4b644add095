import { expect, formAlert, newUser, signIn, signUp, test } from "./fixtures";

test.describe("accounts", () => {
  test("sign up lands in the app, sign out leaves it, sign in returns", async ({ page }) => {
    const user = await signUp(page, newUser("Priya Raman"));
    await expect(page.getByRole("heading", { level: 1, name: "Triage" })).toBeVisible();

    await page.getByRole("button", { name: "Account menu for Priya Raman" }).click();
    await expect(page.getByText(user.email)).toBeVisible();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

    await page.goto("/triage");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Ftriage/);

    await signIn(page, user);
    await expect(page).toHaveURL(/\/triage$/);
  });

  test("a new user finds their default profile and templates", async ({ page }) => {
    await signUp(page);
    await page.getByRole("link", { name: "Profiles" }).first().click();
    await expect(page.getByRole("heading", { name: "Everyday" })).toBeVisible();
    await page.getByRole("link", { name: "Templates" }).first().click();
    await expect(page.getByText("My company policy prohibits me from connecting with competitors.")).toBeVisible();
    await expect(page.getByText("I only connect with people I know in real life.")).toBeVisible();
  });

  test("a wrong password and an unknown email get the same message", async ({ page, browser }) => {
    const user = await signUp(page);
    const visitor = await browser.newPage();
    await signIn(visitor, { ...user, password: "not my password at all" });
    await expect(formAlert(visitor)).toHaveText("Email or password is incorrect.");
    await expect(visitor).toHaveURL(/\/sign-in/);

    await signIn(visitor, { ...user, email: `nobody-${user.email}` });
    await expect(formAlert(visitor)).toHaveText("Email or password is incorrect.");
    await visitor.close();
  });

  test("a protected page sends visitors to sign-in and back after", async ({ page, browser }) => {
    const user = await signUp(page);
    const visitor = await browser.newPage();
    for (const path of ["/profiles", "/templates", "/history", "/settings"]) {
      await visitor.goto(path);
      await expect(visitor).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=${encodeURIComponent(path)}`));
    }
    // Signing in on the page the redirect landed on returns to where the visitor was going.
    await signIn(visitor, user, { navigate: false });
    await expect(visitor).toHaveURL(/\/settings$/);
    await expect(visitor.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
    await visitor.close();
  });

  test("bad sign-up input is explained next to each field and keeps what was typed", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Your name").fill("x".repeat(81));
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();

    await expect(page.locator("#name-error")).toHaveText("Name must be at most 80 characters.");
    await expect(page.locator("#email-error")).toHaveText("Enter a valid email address, like name@example.com.");
    await expect(page.locator("#password-error")).toHaveText("Password must be at least 10 characters.");
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
    await expect(page.getByLabel("Your name")).toHaveValue("x".repeat(81));
    await expect(page).toHaveURL(/\/sign-up$/);
  });

  test("a taken email is refused on the server, keeping the name and email but not the password", async ({ page, browser }) => {
    const existing = await signUp(page);
    const visitor = await browser.newPage();
    await visitor.goto("/sign-up");
    await visitor.getByLabel("Your name").fill("Someone Else");
    await visitor.getByLabel("Email").fill(existing.email.toUpperCase());
    await visitor.getByLabel("Password").fill("another long password");
    await visitor.getByRole("button", { name: "Create account" }).click();

    await expect(visitor.locator("#email-error")).toContainText("An account with this email already exists.");
    await expect(visitor.getByLabel("Your name")).toHaveValue("Someone Else");
    await expect(visitor.getByLabel("Email")).toHaveValue(existing.email.toUpperCase());
    await expect(visitor.getByLabel("Password")).toHaveValue("");

    // Nothing was created or changed: the original password still works, the new one does not.
    await signIn(visitor, { ...existing, password: "another long password" });
    await expect(formAlert(visitor)).toHaveText("Email or password is incorrect.");
    await signIn(visitor, existing);
    await expect(visitor).toHaveURL(/\/triage$/);
    await visitor.close();
  });
});
