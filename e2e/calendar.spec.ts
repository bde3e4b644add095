// The calendar feed end to end: made in Settings, read by a client with no session (as a
// calendar app reads it), parsed by an independent iCalendar parser (ical.js), replaced
// and turned off; and one held decision's .ics download, its owner's alone.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";
import { request as playwrightRequest, type Page } from "@playwright/test";
import { expect, expectAccessible, newUser, screenshot, signUp, test } from "./fixtures";
import { named, seedDecisions } from "./support/seed-decisions";

const DAY = 86_400_000;
const revisitDay = (days: number) => new Date(Math.floor(Date.now() / DAY) * DAY + days * DAY);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents("vevent").map((v) => {
    const e = new ICAL.Event(v);
    return { uid: e.uid, summary: e.summary, start: e.startDate.toString(), allDay: e.startDate.isDate, url: String(v.getFirstPropertyValue("url")) };
  });
}

/** Reads the feed as a calendar app does: no cookies, no token. */
async function fetchFeed(url: string) {
  const client = await playwrightRequest.newContext();
  try {
    const response = await client.get(url);
    return { status: response.status(), type: response.headers()["content-type"], body: await response.text() };
  } finally {
    await client.dispose();
  }
}

const section = (page: Page) => page.getByRole("region", { name: "Calendar" });

async function makeFeed(page: Page, button: string): Promise<string> {
  await page.goto("/settings");
  await section(page).getByRole("button", { name: button }).click();
  const field = section(page).getByLabel("Your calendar feed address");
  await expect(field).toBeVisible();
  return field.inputValue();
}

test.describe("calendar feed", () => {
  test("made in Settings, it lists the held requests, and stops when replaced or turned off", async ({ page, user, baseURL }) => {
    const later = revisitDay(10);
    const [heldId] = await seedDecisions(user.email, [
      named("Rosa Revisit", { platform: "linkedin", verdict: "observe", status: "held", revisitAt: later, draftText: null, sentText: null }),
      named("Sam Sent", { status: "sent" }, 1),
    ]);

    await page.goto("/settings");
    await expect(section(page).getByTestId("calendar-feed-status")).toHaveText("No calendar feed yet.");
    const url = await makeFeed(page, "Make my feed address");
    expect(url).toMatch(new RegExp(`^${baseURL}/api/v1/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
    await expect(section(page).getByRole("link", { name: "subscribe in one step" })).toHaveAttribute("href", url.replace(/^http:/, "webcal:"));

    const feed = await fetchFeed(url);
    expect(feed.status).toBe(200);
    expect(feed.type).toBe("text/calendar; charset=utf-8");
    const listed = events(feed.body);
    expect(listed).toEqual([
      { uid: `revisit-${heldId}@decline-with-grace`, summary: "Revisit Rosa Revisit (LinkedIn)", start: isoDay(later), allDay: true, url: `${baseURL}/history/${heldId}` },
    ]);

    // Shown once: a reload shows the feed is on, not its address.
    await page.reload();
    await expect(section(page).getByTestId("calendar-feed-status")).toContainText("Your feed is on");
    await expect(section(page).getByLabel("Your calendar feed address")).toHaveCount(0);

    // A new address replaces the old one.
    const second = await makeFeed(page, "Make a new address");
    expect(second).not.toBe(url);
    expect((await fetchFeed(url)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);

    // Turned off, it is gone.
    await section(page).getByRole("button", { name: "Turn off the feed" }).click();
    await expect(section(page).getByText("Calendar feed turned off.")).toBeVisible();
    await expect(section(page).getByTestId("calendar-feed-status")).toHaveText("No calendar feed yet.");
    const gone = await fetchFeed(second);
    expect(gone.status).toBe(404);
    expect(JSON.parse(gone.body).error.code).toBe("not_found");
  });

  test("the form works before JavaScript", async ({ page, browser, user }) => {
    void user;
    // Signed in with JavaScript (the fixture), then the same session in a browser without it.
    const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
    const noJs = await context.newPage();
    try {
      const url = await makeFeed(noJs, "Make my feed address");
      expect((await fetchFeed(url)).status).toBe(200);
      expect(noJs.url()).not.toContain("intent");
      await noJs.goto("/settings");
      await section(noJs).getByRole("button", { name: "Turn off the feed" }).click();
      await expect(section(noJs).getByText("Calendar feed turned off.")).toBeVisible();
      expect((await fetchFeed(url)).status).toBe(404);
    } finally {
      await context.close();
    }
  });

  test("a held decision downloads as .ics for its owner alone", async ({ page, user, browser }) => {
    const day = revisitDay(20);
    const [heldId] = await seedDecisions(user.email, [
      named("José Núñez", { platform: "facebook", verdict: "observe", status: "held", revisitAt: day, draftText: null, sentText: null }),
    ]);
    await page.goto(`/history/${heldId}`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Add the revisit to my calendar (.ics)" }).click()]);
    expect(download.suggestedFilename()).toBe("revisit-jose-nunez.ics");
    const listed = events(readFileSync((await download.path())!, "utf8"));
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ summary: "Revisit José Núñez (Facebook)", start: isoDay(day), allDay: true });

    // Another user gets the same 404 as for an id that does not exist.
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    try {
      await signUp(otherPage, newUser("Olga Other"));
      expect((await otherPage.request.get(`/history/${heldId}/revisit.ics`)).status()).toBe(404);
      expect((await otherPage.request.get(`/history/no-such-decision/revisit.ics`)).status()).toBe(404);
    } finally {
      await other.close();
    }
    expect((await page.request.get(`/history/${heldId}/revisit.ics`)).status()).toBe(200);
  });
});

for (const scheme of ["light", "dark"] as const) {
  test.describe(`calendar settings, ${scheme} @screens`, () => {
    test.use({ colorScheme: scheme });
    test(`the Calendar section, empty, made and on (${scheme})`, async ({ page }, testInfo) => {
      await signUp(page);
      await page.goto("/settings#calendar");
      await expectAccessible(page);
      await makeFeed(page, "Make my feed address");
      await section(page).scrollIntoViewIfNeeded();
      await section(page).screenshot({ path: `e2e/.artifacts/screenshots/${testInfo.project.name}/settings-calendar-section-${scheme}.png` });
      await screenshot(page, testInfo, `settings-calendar-made-${scheme}`);
      await expectAccessible(page);
      await page.reload();
      await expect(section(page).getByTestId("calendar-feed-status")).toContainText("Your feed is on");
      await section(page).scrollIntoViewIfNeeded();
      await expectAccessible(page);
    });
  });
}
