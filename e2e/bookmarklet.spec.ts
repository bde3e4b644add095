// The bookmarklet, run for real: its code, taken from the link in Settings, runs on a
// stand-in LinkedIn page and opens our Triage page with the text and platform.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const INVITATION = "Priya Raman\nSenior Technical Recruiter at Globex\n3 mutual connections\nHi! I came across your profile and would love to connect.";

const LINKEDIN_PAGE = `<!doctype html><html lang="en"><head><title>Invitations | LinkedIn</title></head><body>
<h1>Invitations</h1>
<article id="invite"><p>Priya Raman</p><p>Senior Technical Recruiter at Globex</p><p>3 mutual connections</p>
<p>Hi! I came across your profile and would love to connect.</p></article>
<aside><p>Ignore Accept</p></aside></body></html>`;

async function bookmarkletCode(page: Page): Promise<string> {
  await page.goto("/settings/api");
  const link = page.getByRole("link", { name: "Triage with Grace" });
  await expect(link).toHaveAttribute("href", /^javascript:/);
  const href = (await link.getAttribute("href"))!;
  return decodeURIComponent(href.slice("javascript:".length));
}

async function openLinkedIn(page: Page) {
  // No network: the platform page is served by the test itself, at its real address.
  await page.route("https://www.linkedin.com/**", (route) => route.fulfill({ status: 200, contentType: "text/html", body: LINKEDIN_PAGE }));
  await page.goto("https://www.linkedin.com/mynetwork/invitation-manager/");
}

test.describe("bookmarklet", () => {
  test("selected text on a LinkedIn page opens a filled Triage page", async ({ page, context, user }) => {
    const code = await bookmarkletCode(page);
    expect(code).not.toContain("dwg_");
    await openLinkedIn(page);
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById("invite")!);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    });
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    const popup = context.waitForEvent("page");
    await page.evaluate(code);
    const triage = await popup;
    await triage.waitForLoadState();
    await expect(triage.getByRole("heading", { level: 1, name: "Triage" })).toBeVisible();
    const url = new URL(triage.url());
    expect(url.pathname).toBe("/triage");
    expect(url.searchParams.get("platform")).toBe("linkedin");
    // Browsers put a blank line between paragraphs of a selection.
    expect(url.searchParams.get("text")!.replace(/\n+/g, "\n")).toBe(INVITATION);
    // The Triage page took both over, ready to analyse (it analyses a handed-over request at once).
    const box = triage.getByLabel("Connection request");
    await expect(box).toHaveValue(/Priya Raman\n+Senior Technical Recruiter at Globex/);
    expect((await box.inputValue()).replace(/\n+/g, "\n")).toBe(INVITATION);
    await expect(triage.getByLabel("Platform")).toHaveValue("linkedin");
    // The platform page itself sent nothing anywhere.
    expect(requests).toEqual([]);
    expect(user.email).toBeTruthy();
  });

  test("with nothing selected it asks for the text; cancelled, it does nothing", async ({ page, context, user }) => {
    expect(user.email).toBeTruthy();
    const code = await bookmarkletCode(page);
    await openLinkedIn(page);

    page.once("dialog", (d) => d.dismiss());
    await page.evaluate(code);
    await page.waitForTimeout(300);
    expect(context.pages()).toHaveLength(1);

    page.once("dialog", (d) => {
      expect(d.type()).toBe("prompt");
      void d.accept("Tom Becker wants to connect");
    });
    const popup = context.waitForEvent("page");
    await page.evaluate(code);
    const triage = await popup;
    await triage.waitForLoadState();
    await expect(triage.getByRole("heading", { level: 1, name: "Triage" })).toBeVisible();
    expect(new URL(triage.url()).searchParams.get("text")).toBe("Tom Becker wants to connect");
    await expect(triage.getByLabel("Connection request")).toHaveValue("Tom Becker wants to connect");
  });

  test("clicking the link on our own page explains it instead of running", async ({ page, user }) => {
    expect(user.email).toBeTruthy();
    await page.goto("/settings/api");
    await page.getByRole("link", { name: "Triage with Grace" }).click();
    await expect(page.getByText("Drag this button to your bookmarks bar")).toBeVisible();
    await expect(page).toHaveURL(/\/settings\/api$/);
  });
});
