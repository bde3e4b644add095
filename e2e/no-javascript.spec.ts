// The forms work before JavaScript: a browser with scripting off signs up, signs in,
// changes its password, creates a profile and a template, triages a request and marks
// decisions sent. Every form POSTs to its server action and the server renders the result;
// no address the browser ever asks for or lands on carries a password or an email.
import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { newUser } from "./fixtures";

const RECRUITER = "Laura Simmons\nTechnical Recruiter at Hirewell Partners\n5 mutual connections\nHi, I have an exciting opportunity for you.";
const SECOND = "Marco Bellini\nTalent Acquisition Partner at Hirewell Partners\n2 mutual connections\nHello! I'd love to add you to my network.";

/** Every address requested, navigated to or redirected to, in every page of the context. */
function trackUrls(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on("request", (r) => {
    urls.push(r.url());
    if (r.frame().page()) urls.push(r.frame().url());
  });
  context.on("response", (r) => {
    const location = r.headers()["location"];
    if (location) urls.push(location);
  });
  return urls;
}

async function noScriptContext(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  return { context, urls: trackUrls(context), page: await context.newPage() };
}

function expectNoSecrets(urls: string[], secrets: string[]) {
  expect(urls.length).toBeGreaterThan(10);
  for (const url of urls) {
    const decoded = decodeURIComponent(url);
    expect(decoded, url).not.toMatch(/password/i);
    for (const secret of secrets) expect(decoded.toLowerCase(), url).not.toContain(secret.toLowerCase());
  }
}

test.describe("without JavaScript", () => {
  test("sign up, sign in, change the password, edit profiles and templates, triage and mark sent", async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    const user = newUser("Nora Script");
    const newPassword = "a brand new horse battery";
    const first = await noScriptContext(browser, baseURL!);
    const page = first.page;
    // Proof that scripting is off: the page's own scripts never ran (Next's inline ones fill self.__next_f).
    await page.goto("/sign-up");
    expect(await page.evaluate(() => "__next_f" in self)).toBe(false);

    await test.step("sign-up: an error comes back with the fields as typed, never the password", async () => {
      await page.getByLabel("Your name").fill(user.name);
      await page.getByLabel("Email").fill(user.email);
      await page.getByLabel("Password").fill("short");
      await page.getByRole("button", { name: "Create account" }).click();
      await expect(page.locator("#password-error")).toContainText("at least 10 characters");
      await expect(page).toHaveURL(/\/sign-up$/);
      await expect(page.getByLabel("Your name")).toHaveValue(user.name);
      await expect(page.getByLabel("Email")).toHaveValue(user.email);
      await expect(page.getByLabel("Password")).toHaveValue("");
      expect(await page.content()).not.toContain('value="short"');

      await page.getByLabel("Password").fill(user.password);
      await page.getByRole("button", { name: "Create account" }).click();
      await expect(page).toHaveURL(/\/triage$/);
      await expect(page.getByRole("heading", { level: 1, name: "Triage" })).toBeVisible();
    });

    await test.step("password change: a wrong current password is refused, then the change is saved", async () => {
      await page.goto("/settings");
      await page.getByLabel("Current password").fill("not my password");
      await page.getByLabel("New password", { exact: true }).fill(newPassword);
      await page.getByLabel("New password, again").fill(newPassword);
      await page.getByRole("button", { name: "Change password" }).click();
      await expect(page.locator("#currentPassword-error")).toHaveText("That is not your current password.");
      await expect(page.getByLabel("New password", { exact: true })).toHaveValue("");
      await page.getByLabel("Current password").fill(user.password);
      await page.getByLabel("New password", { exact: true }).fill(newPassword);
      await page.getByLabel("New password, again").fill(newPassword);
      await page.getByRole("button", { name: "Change password" }).click();
      await expect(page.getByText("Password changed. Use the new one next time you sign in.")).toBeVisible();
    });

    await test.step("a profile: created, with its competitor, and listed", async () => {
      await page.goto("/profiles/new");
      await page.getByLabel("Profile name").fill("No-script profile");
      await page.getByLabel("Facebook", { exact: true }).check();
      await page.getByRole("textbox", { name: "Competitors", exact: true }).fill("Globex, Initech");
      await page.getByLabel("Formal").check();
      await page.getByRole("button", { name: "Create profile" }).click();
      await expect(page.getByText("Profile “No-script profile” saved")).toBeVisible();
      // The lists stream behind a loading skeleton, which a browser without scripts swaps only
      // through a <noscript> style that Playwright's script switch does not honour: read the
      // data back on pages rendered in one piece (the editor, the Triage page's picker).
      await page.getByRole("link", { name: "Edit it again" }).click();
      await expect(page.getByLabel("Profile name")).toHaveValue("No-script profile");
      await expect(page.getByRole("list", { name: "Competitors", exact: true }).getByRole("listitem")).toHaveText([/Globex/, /Initech/]);
      await expect(page.getByLabel("Formal")).toBeChecked();
      await expect(page.getByLabel("Facebook", { exact: true })).toBeChecked();
      await page.goto("/triage");
      await expect(page.getByLabel("Criteria profile").getByRole("option", { name: "No-script profile" })).toHaveCount(1);
    });

    await test.step("a template: a refused one keeps its text, then it is created and listed", async () => {
      await page.goto("/templates/new");
      await page.getByLabel("Reason", { exact: true }).selectOption({ label: "No personal note" });
      await page.getByLabel("Title").fill("Plain words");
      await page.getByLabel("Wording").fill("Thanks {firstName}, but {nope}.");
      await page.getByRole("button", { name: "Create template" }).click();
      await expect(page.locator("#body-error")).toContainText("Only these variables can be used");
      await expect(page.getByLabel("Title")).toHaveValue("Plain words");
      await page.getByLabel("Wording").fill("Thanks {firstName}; a note tells me where we met.");
      await page.getByRole("button", { name: "Create template" }).click();
      await expect(page.getByText("Template “Plain words” saved")).toBeVisible();
      await page.getByRole("link", { name: "Edit it again" }).click();
      await expect(page.getByLabel("Title")).toHaveValue("Plain words");
      await expect(page.getByLabel("Wording")).toHaveValue("Thanks {firstName}; a note tells me where we met.");
      await expect(page.getByLabel("Reason", { exact: true })).toHaveValue("no_personal_note");
    });

    await test.step("triage one request: the verdict renders on the server; Mark as sent saves it", async () => {
      await page.goto("/triage");
      await page.getByLabel("Connection request").fill(RECRUITER);
      await page.getByRole("button", { name: "Analyse" }).click();
      const result = page.getByRole("region", { name: "Verdict" });
      await expect(result.getByText("Decline", { exact: true })).toBeVisible();
      await expect(page.getByLabel("Message (edit freely)")).toHaveValue(/Laura/);
      await expect(page.getByLabel("Connection request")).toHaveValue(RECRUITER);
      await page.getByRole("button", { name: "Mark as sent" }).click();
      await expect(page.getByText("Saved to History.")).toBeVisible();
      await page.getByRole("link", { name: "View in History" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Laura Simmons" })).toBeVisible();
      await expect(page.getByRole("radio", { name: /^Sent/ })).toBeChecked();
      await expect(page.getByRole("region", { name: "What you sent" })).toContainText("Laura");
    });

    await test.step("a saved draft marked as sent from its History page", async () => {
      await page.goto("/triage");
      await page.getByLabel("Connection request").fill(SECOND);
      await page.getByRole("button", { name: "Analyse" }).click();
      await page.getByRole("button", { name: "Save draft" }).click();
      await page.getByRole("link", { name: "View in History" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Marco Bellini" })).toBeVisible();
      await page.getByRole("radio", { name: /^Sent/ }).check();
      await page.getByRole("button", { name: "Save status" }).click();
      await expect(page.getByText("Marked as sent.")).toBeVisible();
      // History's list streams in behind a skeleton; a browser without scripts shows it through
      // the <noscript> style, which Playwright's switch does not honour: read the data from the export.
      const exported = (await (await page.request.get("/history/export?status=sent&format=json")).json()) as { decisions: { parsed: { name: string | null }; status: string }[] };
      expect(exported.decisions.map((d) => [d.parsed.name, d.status]).sort()).toEqual([
        ["Laura Simmons", "sent"],
        ["Marco Bellini", "sent"],
      ]);
    });
    await first.context.close();

    // A fresh browser, still without JavaScript: the old password is refused, the new one signs in
    // and comes back to the page it was sent from.
    const second = await noScriptContext(browser, baseURL!);
    await test.step("sign-in: a wrong password keeps the email, the new password signs in", async () => {
      const p = second.page;
      await p.goto("/history");
      await expect(p).toHaveURL(/\/sign-in\?callbackUrl=%2Fhistory$/);
      await p.getByLabel("Email").fill(user.email);
      await p.getByLabel("Password").fill(user.password);
      await p.getByRole("button", { name: "Sign in" }).click();
      await expect(p.locator("form").getByRole("alert")).toHaveText("Email or password is incorrect.");
      await expect(p.getByLabel("Email")).toHaveValue(user.email);
      await expect(p.getByLabel("Password")).toHaveValue("");
      await p.getByLabel("Password").fill(newPassword);
      await p.getByRole("button", { name: "Sign in" }).click();
      await expect(p).toHaveURL(/\/history$/);
      await expect(p.getByRole("heading", { level: 1, name: "History" })).toBeVisible();
      // Signed in as the owner: the (streamed) list's data, read through the export as above.
      const mine = (await (await p.request.get("/history/export?format=json")).json()) as { decisions: unknown[] };
      expect(mine.decisions).toHaveLength(2);
    });
    await second.context.close();

    expectNoSecrets([...first.urls, ...second.urls], [user.password, newPassword, user.email, "not my password"]);
  });

  test("a credential in a page address is dropped, and never reaches callbackUrl", async ({ browser, baseURL }) => {
    const { context, page, urls } = await noScriptContext(browser, baseURL!);
    // What an old page's GET form left in an address: the proxy redirects to the address without it.
    await page.goto("/sign-in?email=a%40example.test&password=hunter22&callbackUrl=%2Fhistory");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fhistory$/);
    // Signed out, an app page with a credential in its query comes back without it.
    await page.goto("/settings?newPassword=hunter22&currentPassword=x&tab=1");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings%3Ftab%3D1$/);
    const landed = urls.filter((u) => u.startsWith(baseURL!) && !u.includes("hunter22"));
    expect(landed.length).toBeGreaterThan(0);
    await context.close();
  });
});
