// The installable web app: its manifest and icons, the service worker (an offline page,
// and nothing private in its cache), and the share target that the phone's share sheet
// opens, by GET and by POST, signed in or through sign-in.
import type { Browser, Page } from "@playwright/test";
import { expect, expectAccessible, signIn, test, type TestUser } from "./fixtures";

const SHARED_TEXT = "Priya Raman\nSenior Technical Recruiter at Globex\n3 mutual connections\nHi! I came across your profile and would love to connect.";
const SHARED_URL = "https://www.linkedin.com/in/priya-raman-example";

type Manifest = {
  name: string;
  short_name: string;
  start_url: string;
  display: string;
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
  share_target: { action: string; method: string; enctype: string; params: Record<string, string> };
};

/** A PNG's width and height, read from its IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** Submits a form the way the share sheet does (a top-level POST navigation). */
async function postShare(page: Page, fields: Record<string, string>) {
  // Any page of ours will do as the starting point; the offline page needs no session.
  await page.goto("/offline.html");
  await page.evaluate((f) => {
    const form = document.createElement("form");
    form.method = "post";
    form.action = "/triage/share";
    form.enctype = "application/x-www-form-urlencoded";
    for (const [name, value] of Object.entries(f)) {
      const input = document.createElement("textarea");
      input.name = name;
      input.value = value;
      form.append(input);
    }
    document.body.append(form);
    form.submit();
  }, fields);
}

async function expectFilledTriage(page: Page) {
  await expect(page.getByRole("heading", { level: 1, name: "Triage" })).toBeVisible();
  const box = page.getByLabel("Connection request");
  await expect(box).toHaveValue(/Priya Raman/);
  const value = await box.inputValue();
  expect(value).toContain(SHARED_TEXT);
  expect(value).toContain(SHARED_URL);
  await expect(page.getByLabel("Platform")).toHaveValue("linkedin");
  // Triage analyses a handed-over request at once (as for the bookmarklet).
  await expect(page.getByRole("region", { name: "Verdict" })).toBeVisible();
  // The address carries no text, and the cookie that held it is forgotten.
  await expect(page).toHaveURL(/\/triage\?shared=1$/);
  await expect.poll(async () => (await page.context().cookies()).some((c) => c.name === "dwg_shared")).toBe(false);
}

async function signedOutPage(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

async function throughSignIn(page: Page, user: TestUser) {
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  const callback = new URL(page.url()).searchParams.get("callbackUrl");
  // The shared text waits in a cookie, not in the address.
  expect(callback).toBe("/triage?shared=1");
  expect(page.url()).not.toContain("Priya");
  await signIn(page, user, { navigate: false });
}

test.describe("installable web app", () => {
  test("the manifest names the app, its icons load at their sizes, and it is a share target", async ({ page, request }) => {
    await page.goto("/sign-in");
    const href = await page.locator('link[rel="manifest"]').getAttribute("href");
    expect(href).toBe("/manifest.webmanifest");
    const response = await request.get(href!);
    expect(response.ok()).toBe(true);
    expect(response.headers()["content-type"]).toContain("application/manifest+json");
    const manifest = (await response.json()) as Manifest;
    expect(manifest.name).toBe("Decline with Grace");
    expect(manifest.short_name).toBe("Grace");
    expect(manifest.display).toBe("standalone");
    expect(manifest.start_url).toBe("/triage");
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);

    const pngs = manifest.icons.filter((i) => i.type === "image/png");
    expect(pngs.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual(["192x192 any", "192x192 maskable", "512x512 any", "512x512 maskable"]);
    for (const icon of pngs) {
      const file = await request.get(icon.src);
      expect(file.ok(), icon.src).toBe(true);
      expect(file.headers()["content-type"]).toBe("image/png");
      const size = Number(icon.sizes.split("x")[0]);
      expect(pngSize(await file.body())).toEqual([size, size]);
    }
    const apple = await request.get((await page.locator('link[rel="apple-touch-icon"]').getAttribute("href"))!);
    expect(pngSize(await apple.body())).toEqual([180, 180]);

    expect(manifest.share_target).toEqual({
      action: "/triage/share",
      method: "POST",
      enctype: "application/x-www-form-urlencoded",
      params: { title: "title", text: "text", url: "url" },
    });
  });

  test("the service worker registers, serves the offline page, and caches nothing private", async ({ page, context, user }) => {
    const cspErrors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
    });
    await page.goto("/triage");
    const registration = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      return { scope: reg.scope, script: reg.active?.scriptURL ?? "" };
    });
    expect(new URL(registration.scope).pathname).toBe("/");
    expect(new URL(registration.script).pathname).toBe("/sw.js");
    expect(cspErrors).toEqual([]);

    // Browse a few signed-in pages and an API answer with the worker in control.
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    for (const path of ["/history", "/settings", "/profiles"]) await page.goto(path);
    expect((await page.request.get("/api/v1/openapi.json")).ok()).toBe(true);
    await page.evaluate(() => fetch("/api/v1/openapi.json").then((r) => r.text()));

    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname);
      return urls;
    });
    expect(cached).toContain("/offline.html");
    expect(cached.some((p) => p.startsWith("/_next/static/"))).toBe(true);
    const publicFiles = ["/offline.html", "/icon.svg", "/icons/icon-192.png", "/icons/icon-512.png", "/icons/maskable-192.png", "/icons/maskable-512.png"];
    expect(cached.filter((p) => !p.startsWith("/_next/static/") && !publicFiles.includes(p))).toEqual([]);

    // Offline, a page that cannot load shows the offline page rather than the browser's error.
    await context.setOffline(true);
    try {
      await page.goto("/history").catch(() => {});
      await expect(page.getByRole("heading", { level: 1, name: "You are offline" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Try again" })).toHaveAttribute("href", "/triage");
      await expectAccessible(page);
    } finally {
      await context.setOffline(false);
    }
    expect(user.email).toBeTruthy();
  });

  test("a GET share, signed out, fills Triage after sign-in", async ({ browser, user }) => {
    const { context, page } = await signedOutPage(browser);
    try {
      const query = new URLSearchParams({ title: "Priya Raman", text: SHARED_TEXT, url: SHARED_URL });
      await page.goto(`/triage/share?${query}`);
      await throughSignIn(page, user);
      await expectFilledTriage(page);
    } finally {
      await context.close();
    }
  });

  test("a POST share, signed out, fills Triage after sign-in", async ({ browser, user }) => {
    const { context, page } = await signedOutPage(browser);
    try {
      await postShare(page, { title: "", text: `${SHARED_TEXT}\n${SHARED_URL}`, url: "" });
      await throughSignIn(page, user);
      await expectFilledTriage(page);
    } finally {
      await context.close();
    }
  });

  test("a POST share, signed in, opens a filled Triage page at once", async ({ page, user }) => {
    void user;
    await postShare(page, { title: "Priya Raman", text: SHARED_TEXT, url: SHARED_URL });
    await expectFilledTriage(page);
    // The box keeps the text after the cookie is gone (no refresh empties it).
    await page.waitForTimeout(500);
    expect(await page.getByLabel("Connection request").inputValue()).toContain(SHARED_TEXT);
    // Reloading does not post again, and the forgotten share does not come back.
    await page.reload();
    await expect(page.getByLabel("Connection request")).toHaveValue("");
  });

  test("a share of nothing opens an empty Triage page", async ({ page, user }) => {
    void user;
    await postShare(page, { title: "", text: "  ", url: "" });
    await expect(page).toHaveURL(/\/triage$/);
    await expect(page.getByLabel("Connection request")).toHaveValue("");
  });
});
