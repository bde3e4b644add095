// @screens: every page at desktop and phone widths, in light and dark, screenshotted
// for review and checked with axe.
import { expect, expectAccessible, screenshot, signUp, test } from "./fixtures";
import { named, samples, seedDecisions, setTemplateUse } from "./support/seed-decisions";

// Each tour visits many pages, with a screenshot and an axe run on each.
test.describe.configure({ timeout: 240_000 });

const PUBLIC_PAGES = [
  { name: "landing", path: "/", heading: "Connect with intent. Decline with grace." },
  { name: "sign-in", path: "/sign-in", heading: "Sign in" },
  { name: "sign-up", path: "/sign-up", heading: "Create your account" },
  { name: "not-found", path: "/no-such-page", heading: "We couldn't find that page" },
];

const APP_PAGES = [
  { name: "triage", path: "/triage", heading: "Triage" },
  { name: "triage-bulk", path: "/triage/bulk", heading: "Triage" },
  { name: "profiles", path: "/profiles", heading: "Criteria profiles" },
  { name: "templates", path: "/templates", heading: "Reason templates" },
  { name: "history", path: "/history", heading: "History" },
  { name: "history-revisit", path: "/history/revisit", heading: "Revisit" },
  { name: "history-stats", path: "/history/stats", heading: "Stats" },
  { name: "settings", path: "/settings", heading: "Settings" },
  { name: "settings-api", path: "/settings/api", heading: "API and bookmarklet" },
  { name: "settings-api-docs", path: "/settings/api/docs", heading: "API reference" },
];

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} @screens`, () => {
    test.use({ colorScheme: scheme });

    test(`public pages (${scheme})`, async ({ page }, testInfo) => {
      for (const p of PUBLIC_PAGES) {
        await page.goto(p.path);
        await expect(page.getByRole("heading", { level: 1, name: p.heading })).toBeVisible();
        await screenshot(page, testInfo, `${p.name}-${scheme}`);
        await expectAccessible(page);
      }
    });

    test(`app pages (${scheme})`, async ({ page }, testInfo) => {
      await signUp(page);
      for (const p of APP_PAGES) {
        await page.goto(p.path);
        await expect(page.getByRole("heading", { level: 1, name: p.heading })).toBeVisible();
        if (p.name === "triage") {
          // The keyboard shortcut is told to keyboards only: not on a phone's touch screen.
          const hint = expect(page.locator("#request-text-hint"));
          const shown = { useInnerText: true };
          if (testInfo.project.name === "phone") await hint.not.toContainText("Ctrl", shown);
          else await hint.toContainText("Press Ctrl+Enter", shown);
        }
        await screenshot(page, testInfo, `${p.name}-${scheme}`);
        await expectAccessible(page);
      }
    });

    test(`triage verdicts (${scheme})`, async ({ page }, testInfo) => {
      await signUp(page);
      const samples = {
        decline: "Laura Simmons\nTechnical Recruiter at Hirewell Partners\n5 mutual connections\nHi, I have an exciting opportunity for you.",
        observe: "Ben Carter\nProduct Designer at Woodgrove Bank\n2 mutual connections\nHi, saw you in the Women in Product Slack community, would love to connect.",
        ignore: "Anna Sweet\n0 mutual friends\nHi handsome, so lonely 😘 see my private photos here: bit.ly/annaprv",
      };
      for (const [verdict, text] of Object.entries(samples)) {
        await page.goto("/triage");
        await page.getByLabel("Connection request").fill(text);
        await page.getByRole("button", { name: "Analyse" }).click();
        await expect(page.getByRole("region", { name: "Verdict" }).getByText(verdict, { exact: false }).first()).toBeVisible();
        await screenshot(page, testInfo, `triage-${verdict}-${scheme}`);
        await expectAccessible(page);
      }
    });

    test(`profiles and templates, empty and filled (${scheme})`, async ({ page }, testInfo) => {
      const shoot = async (name: string, heading: string | RegExp) => {
        await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
        await screenshot(page, testInfo, `${name}-${scheme}`);
        await expectAccessible(page);
      };
      await signUp(page);

      await page.goto("/profiles/new");
      await shoot("profile-new", "New profile");
      await page.getByRole("textbox", { name: "Competitors", exact: true }).fill("x".repeat(101));
      await page.getByLabel("Minimum mutual connections").fill("-1");
      await page.getByRole("button", { name: "Create profile" }).click();
      await expect(page.locator("#name-error")).not.toBeEmpty();
      await shoot("profile-new-errors", "New profile");
      await page.getByRole("button", { name: /^Remove competitor/ }).click();
      await page.getByLabel("Profile name").fill("LinkedIn: professional, for work and industry events");
      await page.getByLabel("LinkedIn", { exact: true }).check();
      for (const [box, entries] of [
        ["Competitors", ["Globex", "Initech", "Umbrella Corporation", "Hooli"]],
        ["Roles I don't connect with", ["recruiter", "sales", "business development"]],
        ["People I know", ["Ana Lima", "Tom Becker"]],
      ] as const) {
        const input = page.getByRole("textbox", { name: box, exact: true });
        for (const e of entries) {
          await input.fill(e);
          await input.press("Enter");
        }
      }
      await page.getByLabel("Minimum mutual connections").fill("5");
      await page.getByLabel("A personal note is required").check();
      await page.getByRole("button", { name: "Create profile" }).click();
      await expect(page).toHaveURL(/\/profiles$/);
      await shoot("profiles-filled", "Criteria profiles");
      // The list arrives by a client navigation; on a slow machine a click can land before its script has hydrated.
      await expect(async () => {
        await page.getByRole("button", { name: "Delete LinkedIn: professional, for work and industry events" }).click();
        await expect(page.getByRole("dialog")).toBeVisible({ timeout: 2_000 });
      }).toPass({ timeout: 20_000 });
      await shoot("profile-delete-dialog", "Criteria profiles");
      await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
      await page.getByRole("link", { name: "Edit LinkedIn: professional, for work and industry events" }).click();
      await shoot("profile-edit", /^Edit “LinkedIn/);

      await page.goto("/templates/new");
      await shoot("template-new", "New template");
      await page.getByRole("button", { name: "Insert variable" }).click();
      await expect(page.getByRole("menu")).toBeVisible();
      await shoot("template-variables-menu", "New template");
      await page.keyboard.press("Escape");
      await page.goto("/templates");
      await page.getByRole("link", { name: "Edit Company policy on competitors" }).click();
      await shoot("template-edit", "Edit “Company policy on competitors”");
      await page.goto("/templates");
      for (let left = 4; left > 0; left--) {
        await page.getByRole("button", { name: /^Delete / }).first().click();
        await page.getByRole("dialog", { name: /^Delete/ }).getByRole("button", { name: "Delete template" }).click();
        await expect(page.getByRole("button", { name: /^Delete / })).toHaveCount(left - 1);
      }
      await shoot("templates-empty", "Reason templates");
    });
  });
}

// History and Settings with data in them: lists, filters, a detail, dialogs, charts.
const DAY = 86_400_000;
for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} @screens`, () => {
    test.use({ colorScheme: scheme });

    test(`history and settings, filled (${scheme})`, async ({ page }, testInfo) => {
      const user = await signUp(page);
      const [detailId] = await seedDecisions(user.email, [
        named("Amélie Dubois-Fontaine", {
          text: "Amélie Dubois-Fontaine\nTalent Acquisition Partner at Globex Corporation\n3 mutual connections\n<b>Hi!</b> I came across your profile and think you'd be a great fit for an exciting opportunity.",
          parsed: { name: "Amélie Dubois-Fontaine", firstName: "Amélie", headline: "Talent Acquisition Partner at Globex Corporation", company: "Globex Corporation", mutualConnections: 3, note: "Hi! I came across your profile and think you'd be a great fit." },
          verdict: "decline",
          reasons: ["competitor", "blocked_role"],
          signals: [
            { key: "competitor", label: "Works at a competitor", evidence: "Globex Corporation" },
            { key: "blocked_role", label: "A recruiter", evidence: "Talent Acquisition Partner" },
            { key: "mutual_connections", label: "3 mutual connections", evidence: "3 mutual connections" },
          ],
          draftText: "Thank you for the invitation, Amélie. My company policy prohibits me from connecting with competitors, and I keep my network to people I work with directly. All the best.",
          draftShort: "Thank you, Amélie. My company policy prohibits me from connecting with competitors.",
          status: "drafted",
          sentText: null,
          createdAt: new Date(Date.now() - 30_000),
        }),
        named("Kwame Okafor", { verdict: "observe", status: "held", revisitAt: new Date(Date.now() - 3 * DAY), createdAt: new Date(Date.now() - 17 * DAY), draftText: null, sentText: null }, 13),
        named("Siobhán Ó Briain", { verdict: "observe", status: "held", revisitAt: new Date(Date.now() - DAY), createdAt: new Date(Date.now() - 15 * DAY), draftText: null, sentText: null }, 10),
        // Spread over seven weeks, so the chart of verdicts over time has some shape.
        ...samples(40, 3, 29 * 3_600_000),
      ]);
      await setTemplateUse(user.email, [7, 12, 2, 4]);

      const tour: { name: string; path: string; heading: string; before?: () => Promise<void> }[] = [
        { name: "history-filled", path: "/history", heading: "History" },
        { name: "history-filtered", path: "/history?verdict=decline&platform=linkedin&q=a", heading: "History" },
        { name: "history-no-match", path: "/history?q=nobody%20by%20that%20name", heading: "History" },
        { name: "history-detail", path: `/history/${detailId}`, heading: "Amélie Dubois-Fontaine" },
        { name: "history-revisit-filled", path: "/history/revisit", heading: "Revisit" },
        {
          name: "history-revisit-dialog",
          path: "/history/revisit",
          heading: "Revisit",
          before: async () => {
            await page.getByRole("button", { name: "Hold again…" }).first().click();
            await expect(page.getByRole("dialog")).toBeVisible();
          },
        },
        { name: "history-stats-filled", path: "/history/stats", heading: "Stats" },
        {
          name: "settings-delete-dialog",
          path: "/settings",
          heading: "Settings",
          before: async () => {
            await page.getByRole("button", { name: "Delete my account…" }).click();
            await page.getByRole("button", { name: "Delete everything" }).click();
            await expect(page.locator("#confirmation-error")).toBeVisible();
          },
        },
      ];
      for (const p of tour) {
        await page.goto(p.path);
        await expect(page.getByRole("heading", { level: 1, name: p.heading })).toBeVisible();
        await p.before?.();
        // The pointer would otherwise rest on the last button clicked and show its hover colours.
        await page.mouse.move(0, 0);
        await screenshot(page, testInfo, `${p.name}-${scheme}`);
        await expectAccessible(page);
      }
    });
  });

  test.describe(`${scheme} API tokens @screens`, () => {
    test.use({ colorScheme: scheme });

    test(`a new token shown once, and the token list (${scheme})`, async ({ page }, testInfo) => {
      await signUp(page);
      await page.goto("/settings/api");
      for (const name of ["Zapier", "My laptop"]) {
        await page.getByLabel("Token name").fill(name);
        await page.getByRole("button", { name: "Create token" }).click();
        await expect(page.getByText(`Copy the token “${name}” now`)).toBeVisible();
      }
      await expect(page.getByRole("list", { name: "Your API tokens" }).getByRole("listitem")).toHaveCount(2);
      // Focus scrolled the page; a full-page shot is clearest from the top.
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, testInfo, `settings-api-token-created-${scheme}`);
      await expectAccessible(page);
      await page.getByRole("button", { name: "Revoke token Zapier" }).click();
      await expect(page.getByRole("dialog")).toBeVisible();
      await screenshot(page, testInfo, `settings-api-revoke-${scheme}`);
      await expectAccessible(page);
    });
  });
}
