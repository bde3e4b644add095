import { expect, expectAccessible, screenshot, test } from "./fixtures";

const RECRUITER = `Laura Simmons
Technical Recruiter at Hirewell Partners
5 mutual connections
Hi, I have an exciting opportunity I think would be a great fit for your background. Open to a quick chat?`;

const MET_IN_SLACK = `Ben Carter
Product Designer at Woodgrove Bank
2 mutual connections
Hi, saw you in the Women in Product Slack community, would love to connect.`;

const SCAM = `Captain Richard Hayes
US Army Officer | Peacekeeping mission
0 mutual connections
Hello dear, i came across your profile and i like to know you better. Kindly add me on WhatsApp +1 (302) 555-0147 so we can talk more.`;

test.describe("triage a single request", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("a recruiter is declined with a graceful draft the user tweaks, copies and marks sent", async ({ page, user }, testInfo) => {
    void user;
    const box = page.getByLabel("Connection request");
    await box.fill(RECRUITER);
    await box.press("Control+Enter");

    const result = page.getByRole("region", { name: "Verdict" });
    await expect(result.getByText("Decline", { exact: true })).toBeVisible();
    await expect(result.getByRole("list", { name: "Reasons" })).toHaveText("A role I don't connect with");
    await expect(result.locator("mark", { hasText: "Recruiter" }).first()).toBeVisible();

    const draft = page.getByLabel("Message (edit freely)");
    await expect(draft).toHaveValue(/Laura/);
    await expect(draft).toHaveValue(/thank|appreciate/i);
    await screenshot(page, testInfo, "triage-decline");
    await expectAccessible(page);

    // Tone and wording come from the server action, deterministic for the same input.
    const warm = await draft.inputValue();
    await page.getByText("Formal", { exact: true }).click();
    await expect(draft).not.toHaveValue(warm);
    await expect(draft).toHaveValue(/^Dear Laura Simmons,/);
    const formal = await draft.inputValue();
    await page.getByRole("button", { name: "Another wording" }).click();
    await expect(draft).not.toHaveValue(formal);

    // The grace check reacts as the user types.
    await draft.fill(`${await draft.inputValue()}\nThis looks like spam to me.`);
    await expect(page.locator("#draft-grace")).toContainText("spam");
    await draft.fill((await draft.inputValue()).replace("\nThis looks like spam to me.", ""));
    await expect(page.locator("#draft-grace")).not.toContainText("spam");

    await page.getByText("Short note", { exact: true }).click();
    const short = await draft.inputValue();
    expect(short.length).toBeLessThanOrEqual(300);
    await expect(page.locator("#draft-count")).toContainText(`${short.length} / 300`);

    await draft.fill(`${short} Thanks again.`);
    await page.getByRole("button", { name: "Copy" }).click();
    await expect(page.getByText("Copied to the clipboard")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${short} Thanks again.`);

    await page.getByRole("button", { name: "Mark as sent" }).click();
    await expect(page.getByText("Marked as sent and saved to History.")).toBeVisible();
    await expect(page.getByRole("link", { name: "View in History" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Mark as sent" })).toBeDisabled();
  });

  test("someone met in an online community is held with a revisit date", async ({ page, user }) => {
    void user;
    await page.getByLabel("Connection request").fill(MET_IN_SLACK);
    await page.getByRole("button", { name: "Analyse" }).click();
    await expect(page.getByText("Observe", { exact: true })).toBeVisible();
    await expect(page.getByText("What to watch")).toBeVisible();
    await page.getByLabel("Revisit on").fill("2020-01-01");
    await page.getByRole("button", { name: "Hold" }).click();
    await expect(page.locator("#revisit-at-error")).toHaveText("Choose a revisit date from today on.");
    const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel("Revisit on").fill(nextWeek);
    await page.getByRole("button", { name: "Hold" }).click();
    await expect(page.getByText("Held for observation.")).toBeVisible();
  });

  test("an obvious scam is ignored with no reply owed", async ({ page, user }) => {
    void user;
    await page.getByLabel("Connection request").fill(SCAM);
    await page.getByRole("button", { name: "Analyse" }).click();
    await expect(page.getByText("Ignore", { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "No reply is owed" })).toBeVisible();
    await expect(page.getByLabel("Message (edit freely)")).toHaveCount(0);
    await page.getByRole("button", { name: "Ignore and log it" }).click();
    await expect(page.getByText("Logged as ignored.")).toBeVisible();
  });

  test("knowing the person in real life exempts a recruiter; corrections re-run the analysis", async ({ page, user }) => {
    void user;
    await page.getByLabel("Connection request").fill("Alex Kim\nEngineer at Fabrikam\n12 mutual connections");
    await page.getByRole("button", { name: "Analyse" }).click();
    await expect(page.getByText("Accept", { exact: true })).toBeVisible();

    await page.getByRole("button", { name: "Correct these" }).click();
    await page.getByLabel("Headline").fill("Technical Recruiter at Hirewell");
    await page.getByRole("button", { name: "Analyse with my corrections" }).click();
    await expect(page.getByText("Decline", { exact: true })).toBeVisible();

    await page.getByLabel("I know this person in real life").check();
    await page.getByRole("button", { name: "Analyse again" }).click();
    await expect(page.getByText("Accept", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Accept and log it" }).click();
    await expect(page.getByText("Logged as accepted.")).toBeVisible();
  });

  test("an empty paste is explained next to the box", async ({ page, user }) => {
    void user;
    await page.getByLabel("Connection request").fill("   ");
    await page.getByRole("button", { name: "Analyse" }).click();
    await expect(page.locator("#request-text-error")).toHaveText("Paste a connection request first.");
    await expect(page.getByLabel("Connection request")).toHaveAttribute("aria-invalid", "true");
  });

  test("a request handed over in the URL is filled in and analysed", async ({ page, user }) => {
    void user;
    await page.goto(`/triage?${new URLSearchParams({ text: RECRUITER, platform: "linkedin" })}`);
    await expect(page.getByLabel("Connection request")).toHaveValue(RECRUITER);
    await expect(page.getByLabel("Platform")).toHaveValue("linkedin");
    await expect(page.getByText("Decline", { exact: true })).toBeVisible();
    await expect(page.getByText(/only its beginning came through/)).toHaveCount(0);

    // A selection the bookmarklet had to shorten says so.
    await page.goto(`/triage?${new URLSearchParams({ text: RECRUITER, platform: "linkedin", truncated: "1" })}`);
    await expect(page.getByRole("status").filter({ hasText: "only its beginning came through" })).toBeVisible();
  });
});

test.describe("bulk triage", () => {
  test("many requests get a verdict each, with progress, and are saved together", async ({ page, user }, testInfo) => {
    void user;
    await page.goto("/triage/bulk");
    await page.getByLabel("Requests").fill([RECRUITER, MET_IN_SLACK, SCAM, "Alex Kim\nEngineer at Fabrikam\n12 mutual connections"].join("\n---\n"));
    await expect(page.getByText("4 requests found.")).toBeVisible();
    await page.getByRole("button", { name: "Analyse all" }).click();
    const rows = page.getByRole("table").locator("tbody tr");
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(0)).toContainText("Decline");
    await expect(rows.nth(1)).toContainText("Observe");
    await expect(rows.nth(2)).toContainText("Ignore");
    await expect(rows.nth(3)).toContainText("Accept");
    await screenshot(page, testInfo, "triage-bulk");
    await expectAccessible(page);

    await page.getByRole("button", { name: "Save all to History" }).click();
    await expect(page.getByText("Saved 4 decisions to History.")).toBeVisible();
    await expect(rows.getByText("Saved")).toHaveCount(4);

    await rows.nth(0).getByRole("link", { name: /Open/ }).click();
    await expect(page).toHaveURL(/\/triage\?text=/);
    await expect(page.getByLabel("Connection request")).toHaveValue(RECRUITER);
  });
});
