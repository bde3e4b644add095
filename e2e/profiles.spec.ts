import { expect, signUp, test } from "./fixtures";
import type { Locator, Page } from "@playwright/test";

const card = (page: Page, name: string) => page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2, name, exact: true }) });
const tags = (page: Page, label: string) => page.getByRole("list", { name: label, exact: true }).getByRole("listitem");
const defaultsOf = (c: Locator) => c.getByRole("list", { name: "Default for" }).getByRole("listitem");
const tagBox = (page: Page, label: string) => page.getByRole("textbox", { name: label, exact: true });

test.describe("criteria profiles", () => {
  test("create a profile with tags from the keyboard, edit, duplicate and delete it", async ({ page, user: _ }) => {
    await page.goto("/profiles");
    await page.getByRole("link", { name: "New profile" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New profile" })).toBeVisible();

    await page.getByLabel("Profile name").fill("LinkedIn: professional");
    await page.getByLabel("LinkedIn", { exact: true }).check();
    await expect(page.getByText("Taken from “Everyday”").first()).toBeVisible();

    // Enter and comma add, Backspace on the empty box removes the last, each tag has its own remove button.
    const competitors = tagBox(page, "Competitors");
    await competitors.pressSequentially("Globex");
    await competitors.press("Enter");
    await competitors.pressSequentially("Initech,Hooli,");
    await expect(tags(page, "Competitors")).toHaveText(["Globex", "Initech", "Hooli"]);
    await competitors.press("Backspace");
    await expect(tags(page, "Competitors")).toHaveText(["Globex", "Initech"]);
    await competitors.pressSequentially("globex");
    await competitors.press("Enter");
    // Said on screen, and to screen readers through the live region.
    await expect(page.getByText("globex is already in the list.")).toHaveCount(2);
    await expect(page.getByText("globex is already in the list.").first()).toBeVisible();
    await page.getByRole("button", { name: "Remove competitor Initech" }).click();
    await expect(tags(page, "Competitors")).toHaveText(["Globex"]);
    await expect(competitors).toBeFocused();

    const roles = tagBox(page, "Roles I don't connect with");
    await roles.pressSequentially("recruiter");
    await roles.press("Enter");
    // Text left in the box is kept when focus moves on.
    await roles.pressSequentially("sales");
    await page.getByLabel("Minimum mutual connections").fill("3");
    await expect(tags(page, "Roles I don't connect with")).toHaveText(["recruiter", "sales"]);
    await page.getByLabel("Only people I know in real life").check();
    await page.getByLabel("Formal").check();
    await page.getByLabel("Signature").fill("Jenn");
    await page.getByRole("button", { name: "Create profile" }).click();

    await expect(page).toHaveURL(/\/profiles$/);
    await expect(page.getByText("Profile “LinkedIn: professional” saved")).toBeVisible();
    const created = card(page, "LinkedIn: professional");
    await expect(defaultsOf(created)).toHaveText(["LinkedIn"]);
    await expect(created).toContainText("Only people I know in real life");
    await expect(created).toContainText("Competitors: Globex");
    await expect(created).toContainText("Roles I don't connect with: recruiter and sales");
    await expect(created).toContainText("At least 3 mutual connections");
    await expect(created).toContainText("Formal tone, signed “Jenn”");
    // LinkedIn moved: the other profile keeps its other platforms only.
    await expect(defaultsOf(card(page, "Everyday"))).toHaveText(["Facebook", "X", "Instagram", "Other"]);

    await created.getByRole("link", { name: "Edit LinkedIn: professional" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Edit “LinkedIn: professional”" })).toBeVisible();
    await expect(tags(page, "Competitors")).toHaveText(["Globex"]);
    await expect(page.getByLabel("Formal")).toBeChecked();
    const known = tagBox(page, "People I know");
    await known.pressSequentially("Ana Lima");
    await known.press("Enter");
    await page.getByLabel("Only people I know in real life").uncheck();
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(/\/profiles$/);
    await expect(card(page, "LinkedIn: professional")).toContainText("People I know: Ana Lima");
    await expect(card(page, "LinkedIn: professional")).not.toContainText("Only people I know in real life");

    await card(page, "LinkedIn: professional").getByRole("button", { name: "Duplicate LinkedIn: professional" }).click();
    await expect(page.getByText("Duplicated as “LinkedIn: professional (copy)”")).toBeVisible();
    const copy = card(page, "LinkedIn: professional (copy)");
    await expect(copy).toContainText("Not the default for any platform");
    await expect(copy).toContainText("Competitors: Globex");

    await copy.getByRole("button", { name: "Delete LinkedIn: professional (copy)" }).click();
    const dialog = page.getByRole("dialog", { name: "Delete “LinkedIn: professional (copy)”?" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await expect(copy).toBeVisible();
    await copy.getByRole("button", { name: "Delete LinkedIn: professional (copy)" }).click();
    await dialog.getByRole("button", { name: "Delete profile" }).click();
    await expect(page.getByText("Profile “LinkedIn: professional (copy)” deleted")).toBeVisible();
    await expect(copy).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 2 })).toHaveText(["Everyday", "LinkedIn: professional"]);
  });

  test("invalid input is explained next to each field and nothing typed is lost", async ({ page, user: _ }) => {
    await page.goto("/profiles/new");
    const longTag = "Globex Corporation International ".repeat(4).trim();
    expect(longTag.length).toBeGreaterThan(100);
    await page.getByLabel("Profile name").fill("   ");
    await tagBox(page, "Competitors").fill(longTag);
    await tagBox(page, "Competitors").press("Enter");
    await tagBox(page, "Roles I don't connect with").fill("recruiter");
    await page.getByLabel("Minimum mutual connections").fill("-2");
    await page.getByRole("button", { name: "Create profile" }).click();

    await expect(page.locator("form").getByRole("alert")).toHaveText("Please correct the fields marked below.");
    await expect(page.locator("#name-error")).toHaveText("Give the profile a name.");
    await expect(page.locator("#competitors-error")).toHaveText("Each competitor must be at most 100 characters.");
    await expect(page.locator("#minMutualConnections-error")).toHaveText("Minimum mutual connections must be 0 or more.");
    await expect(page.getByLabel("Profile name")).toBeFocused();
    await expect(page.getByLabel("Profile name")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Minimum mutual connections")).toHaveValue("-2");
    // The refused entry stays, marked for sight and for screen readers.
    await expect(tags(page, "Competitors")).toHaveText([`${longTag} (not valid)`]);
    await expect(tags(page, "Roles I don't connect with")).toHaveText(["recruiter"]);
    await expect(page).toHaveURL(/\/profiles\/new$/);

    // Fixing a field clears its error; the server refuses a name already taken, keeping the rest.
    await page.getByRole("button", { name: `Remove competitor ${longTag}` }).click();
    await expect(page.locator("#competitors-error")).toBeEmpty();
    await page.getByLabel("Minimum mutual connections").fill("2");
    await page.getByLabel("Profile name").fill("Everyday");
    await page.getByRole("button", { name: "Create profile" }).click();
    await expect(page.locator("#name-error")).toHaveText('You already have a profile named "Everyday".');
    await expect(page.getByLabel("Minimum mutual connections")).toHaveValue("2");
    await expect(tags(page, "Roles I don't connect with")).toHaveText(["recruiter"]);

    await page.getByLabel("Profile name").fill("Everyday, stricter");
    await page.getByRole("button", { name: "Create profile" }).click();
    await expect(page).toHaveURL(/\/profiles$/);
    await expect(card(page, "Everyday, stricter")).toContainText("At least 2 mutual connections");
  });

  test("closing or reloading with unsaved edits asks first; a saved form does not", async ({ page, user: _ }) => {
    await page.goto("/profiles/new");
    const dialogs: string[] = [];
    page.on("dialog", async (d) => {
      dialogs.push(d.type());
      await d.dismiss();
    });
    // Untouched: a reload goes through at once.
    await page.reload();
    expect(dialogs).toEqual([]);

    await page.getByLabel("Profile name").click();
    await page.keyboard.type("Half-written");
    // Dismissing the browser's prompt keeps the page and what was typed.
    await page.reload({ timeout: 2_000 }).catch(() => undefined);
    expect(dialogs).toEqual(["beforeunload"]);
    await expect(page.getByLabel("Profile name")).toHaveValue("Half-written");

    await page.getByRole("button", { name: "Create profile" }).click();
    await expect(page).toHaveURL(/\/profiles$/);
    await page.reload();
    expect(dialogs).toEqual(["beforeunload"]);
  });

  test("the live example follows the profile and the sample as they are edited", async ({ page, user: _ }) => {
    await page.goto("/profiles/new");
    const example = page.getByRole("region", { name: "What this profile decides" });
    // The default sample is a LinkedIn invitation from a recruiter at Globex; an empty profile accepts it.
    await expect(page.getByLabel("Sample request")).toHaveValue(/Senior Technical Recruiter at Globex/);
    await expect(example).toContainText("Accept: nothing in this profile stands against them.");

    const roles = tagBox(page, "Roles I don't connect with");
    await roles.fill("recruiter");
    await roles.press("Enter");
    await expect(example).toContainText("Decline");
    await expect(example.getByRole("list", { name: "Reasons" }).getByRole("listitem")).toHaveText(["A role I don't connect with"]);
    await expect(example).toContainText("Hi Dana,");

    const competitors = tagBox(page, "Competitors");
    await competitors.fill("Globex");
    await competitors.press("Enter");
    await expect(example.getByRole("list", { name: "Reasons" }).getByRole("listitem")).toHaveText([
      "Works for a competitor",
      "A role I don't connect with",
    ]);
    // The user's own template wording is what the draft says.
    await expect(example).toContainText("My company policy prohibits me from connecting with competitors.");
    await page.getByLabel("Signature").fill("Jenn Hanford");
    await expect(example).toContainText("Jenn Hanford");

    await page.getByLabel("Try a sample").selectOption({ label: "Instagram: an obvious scam" });
    await expect(example).toContainText("Ignore: an obvious bot or scam, so no reply is owed.");
    await page.getByLabel("Try a sample").selectOption({ label: "Facebook: a stranger from a group" });
    await expect(example).toContainText("Observe");
    await page.getByLabel("Hold strangers I met online for observation").uncheck();
    await expect(example).toContainText("Accept");

    // The sample is the user's to edit, and nothing of it is saved.
    await page.getByLabel("Sample request").fill("Sam Diaz\nAccount Executive at Initech\n3 mutual connections");
    await expect(page.getByLabel("Try a sample")).toHaveValue("");
    await roles.fill("sales");
    await roles.press("Enter");
    await expect(example.getByRole("list", { name: "Reasons" }).getByRole("listitem")).toHaveText(["A role I don't connect with"]);
  });

  test("the only profile cannot be deleted, and says why", async ({ page, user: _ }) => {
    await page.goto("/profiles");
    const only = card(page, "Everyday");
    await expect(only).toContainText("Your only profile can't be deleted: triage needs one.");
    await expect(only.getByRole("button", { name: /Delete/ })).toHaveCount(0);
    // With a second one, either can go; the dialog says where the platforms go.
    await only.getByRole("button", { name: "Duplicate Everyday" }).click();
    await expect(card(page, "Everyday (copy)")).toBeVisible();
    await only.getByRole("button", { name: "Delete Everyday" }).click();
    await expect(page.getByRole("dialog")).toContainText(
      "LinkedIn, Facebook, X, Instagram and Other will use “Everyday (copy)” until you make another profile their default.",
    );
  });

  test("another user's profile is not found", async ({ page, browser, user: _ }) => {
    await page.goto("/profiles");
    await card(page, "Everyday").getByRole("link", { name: "Edit Everyday" }).click();
    await expect(page).toHaveURL(/\/profiles\/[^/]+$/);
    const url = page.url();
    const other = await browser.newPage();
    await signUp(other);
    const response = await other.goto(url);
    expect(response?.status()).toBe(404);
    await expect(other.getByRole("heading", { level: 1, name: "Profile not found" })).toBeVisible();
    await other.close();
  });
});
