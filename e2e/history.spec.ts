import { readFileSync } from "node:fs";
import { expect, expectAccessible, newUser, signUp, test } from "./fixtures";
import { named, samples, seedDecisions, setTemplateUse } from "./support/seed-decisions";

const DAY = 86_400_000;
const list = (page: import("@playwright/test").Page) => page.getByRole("list", { name: "Decisions, newest first" }).getByRole("listitem");
const nameOf = (i: number) => samples(i + 1)[i]!.parsed.name!;

test.describe("history", () => {
  test("starts empty with a way to the first triage", async ({ page, user: _ }) => {
    await page.goto("/history");
    await expect(page.getByRole("heading", { name: "Triage your first request" })).toBeVisible();
    await page.getByRole("link", { name: "Triage a request" }).click();
    await expect(page).toHaveURL(/\/triage$/);
  });

  test("a request triaged and sent on the Triage page is in History, searchable", async ({ page, user: _ }) => {
    await page.goto("/triage");
    await page.getByLabel("Connection request").fill("Laura Simmons\nTechnical Recruiter at Hirewell Partners\n5 mutual connections\nHi, I have an exciting opportunity for you.");
    await page.getByRole("button", { name: "Analyse" }).click();
    await page.getByRole("button", { name: "Mark as sent" }).click();
    await page.getByRole("link", { name: "View in History" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Laura Simmons" })).toBeVisible();
    await expect(page.getByRole("region", { name: "What you sent" })).toContainText("Laura");
    await expect(page.getByRole("radio", { name: /^Sent/ })).toBeChecked();
    await page.goto("/history?q=hirewell");
    await expect(list(page)).toHaveCount(1);
    await expect(list(page).first()).toContainText("Laura Simmons");
    await expect(list(page).first()).toContainText("Sent");
  });

  test("search, filter and page through a seeded history, all in the URL", async ({ page, user }) => {
    await seedDecisions(user.email, samples(60));
    await page.goto("/history");
    await expect(list(page)).toHaveCount(25);
    await expect(list(page).first()).toContainText(nameOf(0));

    // Search ignores accents and case.
    await page.getByRole("searchbox", { name: "Search" }).fill("BJORN");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/\?q=BJORN$/);
    await expect(list(page)).toHaveCount(4);
    for (const item of await list(page).all()) await expect(item).toContainText("Björn");
    await page.getByRole("searchbox", { name: "Search" }).fill("björn álvarez");
    await page.getByRole("searchbox", { name: "Search" }).press("Enter");
    await expect(list(page)).toHaveCount(1);
    await expect(list(page).first()).toContainText("Björn Álvarez");

    // A filter on top, then the back button restores the previous search.
    await page.goto("/history");
    await page.locator("summary", { hasText: "Filters" }).click();
    await page.getByLabel("Verdict").selectOption("accept");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/\?verdict=accept$/);
    await expect(list(page)).toHaveCount(10);
    for (const item of await list(page).all()) await expect(item).toContainText("Accept");
    await expect(page.getByText("(1 active)")).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/\/history$/);
    await expect(list(page)).toHaveCount(25);
    await page.goForward();
    await expect(list(page)).toHaveCount(10);
    await expect(page.getByLabel("Verdict")).toHaveValue("accept");

    // A date range that ends before it starts is refused next to the field, before any request.
    await page.getByLabel("From", { exact: true }).fill("2026-03-10");
    await page.getByLabel("To", { exact: true }).fill("2026-03-01");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.locator("#filter-to-error")).toHaveText("The end date must be on or after the start date.");
    await expect(page).toHaveURL(/\?verdict=accept$/);
    await expect(page.getByLabel("From", { exact: true })).toHaveValue("2026-03-10");

    // Bad values in a hand-edited link are explained and ignored, the rest still applies.
    await page.goto("/history?verdict=maybe&platform=x");
    await expect(page.locator("#filter-verdict-error")).toHaveText("Unknown verdict.");
    await expect(page.getByLabel("Verdict")).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page);
    for (const item of await list(page).all()) await expect(item).toContainText("X");

    // Pages: older, older, then newer again.
    await page.goto("/history");
    await page.getByRole("link", { name: "Older" }).click();
    await expect(page).toHaveURL(/cursor=/);
    await expect(list(page)).toHaveCount(25);
    await expect(list(page).first()).toContainText(nameOf(25));
    await page.getByRole("link", { name: "Older" }).click();
    await expect(list(page)).toHaveCount(10);
    await expect(list(page).first()).toContainText(nameOf(50));
    await expect(page.getByText("Older")).toHaveAttribute("aria-disabled", "true");
    await page.getByRole("link", { name: "Newer" }).click();
    await expect(list(page).first()).toContainText(nameOf(25));
    await page.getByRole("link", { name: "Newer" }).click();
    await expect(list(page).first()).toContainText(nameOf(0));
    await expect(page.getByRole("link", { name: "Newer" })).toHaveCount(0);
    await expectAccessible(page);
  });

  test("a decision's detail: text shown as text, status changes, delete and undo", async ({ page, user }) => {
    const pasted = "Mallory Black\n<script>alert('gotcha')</script> <b>Head of Sales</b> at Initech";
    const [id] = await seedDecisions(user.email, [
      named("Mallory Black", {
        text: pasted,
        parsed: { name: "Mallory Black", firstName: "Mallory", headline: "<b>Head of Sales</b> at Initech", company: "Initech", mutualConnections: 3, note: null },
        verdict: "decline",
        reasons: ["blocked_role"],
        signals: [{ key: "blocked_role", label: "Works in sales", evidence: "Head of Sales" }],
        draftText: "Thank you for the invitation, Mallory. I don't connect for sales conversations.",
        draftShort: "Thanks, Mallory, but no.",
        status: "drafted",
        sentText: null,
        createdAt: new Date(Date.now() - 60_000),
      }),
    ]);
    await seedDecisions(user.email, samples(2, 5));
    await page.goto("/history");
    await page.getByRole("link", { name: "Mallory Black" }).click();
    await expect(page).toHaveURL(new RegExp(`/history/${id}$`));
    await expect(page.getByRole("heading", { level: 1, name: "Mallory Black" })).toBeVisible();
    // Pasted text is shown as the characters typed, never run or rendered as HTML.
    await expect(page.getByText("<script>alert('gotcha')</script> <b>Head of Sales</b> at Initech")).toBeVisible();
    await expect(page.locator("main b")).toHaveCount(0);
    await expect(page.getByText("Works in sales")).toBeVisible();
    await expect(page.getByText("Evidence: “Head of Sales”").or(page.getByText("Evidence: Head of Sales"))).toBeVisible();
    await expect(page.getByText("A role I don't connect with").first()).toBeVisible();
    await expect(page.getByText("Thanks, Mallory, but no.")).toBeVisible();
    await expectAccessible(page);

    // Held needs a date: the error sits next to the field, then a quick date fixes it.
    await page.getByRole("radio", { name: /^Held/ }).check();
    await page.getByRole("button", { name: "Save status" }).click();
    await expect(page.getByText("Choose when to revisit this request.")).toBeVisible();
    await page.getByRole("button", { name: "In a week" }).click();
    await page.getByRole("button", { name: "Save status" }).click();
    await expect(page.getByText("Held: it will come back in Revisit on its date.")).toBeVisible();
    await expect(page.getByText(/revisit on \d+ \w+ \d{4}/)).toBeVisible();

    // Sent keeps the text that went out, edited from the draft.
    await page.getByRole("radio", { name: /^Sent/ }).check();
    await page.getByRole("textbox", { name: "What you sent" }).fill("Thank you, Mallory. I keep my network small, all the best!");
    await page.getByRole("button", { name: "Save status" }).click();
    await expect(page.getByText("Marked as sent.")).toBeVisible();
    await expect(page.getByRole("region", { name: "What you sent" })).toContainText("I keep my network small");

    // Delete, then Undo brings back the very same decision.
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(page).toHaveURL(/\/history$/);
    await expect(page.getByText("Deleted the decision about Mallory Black.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Mallory Black" })).toHaveCount(0);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(page.getByText("Restored the decision about Mallory Black.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Mallory Black" })).toBeVisible();
    await page.getByRole("link", { name: "Mallory Black" }).click();
    await expect(page).toHaveURL(new RegExp(`/history/${id}$`));
    await expect(page.getByRole("region", { name: "What you sent" })).toContainText("I keep my network small");

    // Deleting from the list works the same way.
    await page.goto("/history");
    await page.getByRole("button", { name: "Delete the decision about Mallory Black" }).click();
    await expect(page.getByText("Deleted the decision about Mallory Black.")).toBeVisible();
    await expect(list(page)).toHaveCount(2);
  });

  test("another user's decision is not found", async ({ browser, user }) => {
    const [id] = await seedDecisions(user.email, [named("Only Mine")]);
    const other = await browser.newPage();
    await signUp(other, newUser("Someone Else"));
    const res = await other.goto(`/history/${id}`);
    expect(res?.status()).toBe(404);
    await expect(other.getByRole("heading", { level: 1, name: "We couldn't find that page" })).toBeVisible();
    const exported = await other.request.get("/history/export?format=json");
    expect((await exported.json()).decisions).toEqual([]);
    await other.close();
  });

  test("export the current filter as CSV and JSON", async ({ page, user }) => {
    await seedDecisions(user.email, [
      named("=HYPERLINK(\"http://evil.example\")", { platform: "x", createdAt: new Date(Date.now() - 60_000) }),
      named("Ana Plain", { platform: "linkedin", createdAt: new Date(Date.now() - 120_000) }),
      named("Bea Plain", { platform: "facebook", createdAt: new Date(Date.now() - 180_000) }),
    ]);
    await page.goto("/history");
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^decline-with-grace-history-\d{4}-\d{2}-\d{2}\.csv$/);
    const content = readFileSync((await csv.path())!, "utf8");
    const lines = content.replace(/^\uFEFF/, "").trim().split("\n");
    expect(lines[0]).toMatch(/^Triaged at \(UTC\),Platform,Name,/);
    expect(content).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(content).toContain("Ana Plain");
    expect(content).toContain("Bea Plain");

    // The export follows the filter on screen.
    await page.goto("/history?platform=linkedin");
    const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export JSON" }).click()]);
    const data = JSON.parse(readFileSync((await json.path())!, "utf8"));
    expect(data.filter).toEqual({ platform: "linkedin" });
    expect(data.decisions.map((d: { parsed: { name: string } }) => d.parsed.name)).toEqual(["Ana Plain"]);
  });

  test("revisit what is due, with the navigation badge counting down", async ({ page, user }) => {
    await seedDecisions(user.email, [
      named("Dana Due", { verdict: "observe", status: "held", revisitAt: new Date(Date.now() - 2 * DAY), draftText: null, sentText: null }),
      named("Eli Due", { verdict: "observe", status: "held", revisitAt: new Date(Date.now() - DAY), draftText: null, sentText: null }, 1),
      named("Fay Later", { verdict: "observe", status: "held", revisitAt: new Date(Date.now() + 10 * DAY) }, 2),
    ]);
    await page.goto("/triage");
    const badge = page.getByRole("navigation", { name: "Main", exact: true }).getByRole("link", { name: /^History/ });
    await expect(badge).toHaveAccessibleName("History 2 due to revisit");
    await badge.click();
    await page.getByRole("link", { name: /^Revisit/ }).click();
    await expect(page).toHaveURL(/\/history\/revisit$/);
    const cards = page.getByRole("list", { name: "Due to revisit" }).getByRole("listitem");
    await expect(cards).toHaveCount(2);
    await expect(cards.first()).toContainText("Dana Due");
    await expectAccessible(page);

    await cards.first().getByRole("button", { name: "Accept" }).click();
    await expect(page.getByText("Accepted Dana Due.")).toBeVisible();
    await expect(cards).toHaveCount(1);
    await expect(badge).toHaveAccessibleName("History 1 due to revisit");

    // Decline: record what was sent, in a dialog.
    await cards.first().getByRole("button", { name: "Decline…" }).click();
    const dialog = page.getByRole("dialog", { name: "Decline Eli Due" });
    await expect(dialog).toBeVisible();
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(dialog).toBeHidden();

    // Hold again, a month out: nothing is due any more.
    await cards.first().getByRole("button", { name: "Hold again…" }).click();
    const hold = page.getByRole("dialog", { name: "Hold Eli Due again" });
    await hold.getByRole("button", { name: "In a month" }).click();
    await hold.getByRole("button", { name: "Hold until then" }).click();
    await expect(page.getByText("Held: it will come back in Revisit on its date.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Nothing to revisit today" })).toBeVisible();
    await expect(page.getByText(/The next held request comes back on/)).toBeVisible();
    await expect(badge).toHaveAccessibleName("History");
  });

  test("stats draws its charts with the numbers alongside", async ({ page, user }) => {
    await page.goto("/history/stats");
    await expect(page.getByRole("heading", { name: "No stats yet" })).toBeVisible();
    await seedDecisions(user.email, samples(36));
    await setTemplateUse(user.email, [5, 2, 0, 9]);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Stats" })).toBeVisible();
    for (const title of ["Verdicts over the last 12 weeks", "Declines by reason", "Declines by platform", "Reason templates used most"]) {
      await expect(page.getByRole("figure", { name: title })).toBeVisible();
    }
    for (const figure of await page.getByRole("figure").all()) await expect(figure.locator(".recharts-bar-rectangle").first()).toBeVisible();
    const reasons = page.getByRole("figure", { name: "Declines by reason" });
    await reasons.getByText("Show the numbers").click();
    await expect(reasons.getByRole("table")).toBeVisible();
    await expect(reasons.getByRole("row", { name: /Works for a competitor/ })).toBeVisible();
    await expectAccessible(page);
  });
});
