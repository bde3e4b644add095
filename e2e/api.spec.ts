// Personal API tokens end to end: made in Settings (shown once, copyable), used from
// outside the browser, revoked, refused; and the browser session on the same API.
import { expect, expectAccessible, test } from "./fixtures";

test.describe("API tokens", () => {
  test("create a token, use it with curl-like requests, revoke it and get 401", async ({ page, context, request, user }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/settings/api");
    await expect(page.getByRole("heading", { level: 1, name: "API and bookmarklet" })).toBeVisible();
    await expect(page.getByText("No tokens yet.")).toBeVisible();

    // A blank name is explained next to the field.
    await page.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByText("Give the token a name.")).toBeVisible();

    await page.getByLabel("Token name").fill("My script");
    await page.getByRole("button", { name: "Create token" }).click();
    const shown = page.getByLabel("Your new API token");
    await expect(shown).toHaveValue(/^dwg_[A-Za-z0-9_-]{43}$/);
    const token = await shown.inputValue();
    await expect(page.getByText("it is shown only this once")).toBeVisible();
    await page.getByRole("button", { name: "Copy token" }).click();
    await expect(page.getByText("Copied to the clipboard")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);

    const list = page.getByRole("list", { name: "Your API tokens" });
    await expect(list.getByText("My script")).toBeVisible();
    await expect(list.getByText(`${token.slice(0, 10)}…`)).toBeVisible();
    await expect(list.getByText("Never used")).toBeVisible();
    await expectAccessible(page);

    // Shown once: after a reload only the prefix remains.
    await page.reload();
    await expect(page.getByLabel("Your new API token")).toHaveCount(0);
    expect(await page.content()).not.toContain(token);

    // `request` has no cookies: the token alone authenticates.
    const auth = { Authorization: `Bearer ${token}` };
    const profiles = await request.get("/api/v1/profiles", { headers: auth });
    expect(profiles.status()).toBe(200);
    expect((await profiles.json()).items.map((p: { name: string }) => p.name)).toEqual(["Everyday"]);
    const templates = await request.get("/api/v1/templates", { headers: auth });
    expect((await templates.json()).items).toHaveLength(4);
    const decisions = await request.get("/api/v1/decisions?limit=5", { headers: auth });
    expect(await decisions.json()).toEqual({ items: [], nextCursor: null });
    const bad = await request.get("/api/v1/decisions?platform=myspace", { headers: auth });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.message).toMatch(/^platform: /);
    const missing = await request.get("/api/v1/decisions/not-an-id", { headers: auth });
    expect(missing.status()).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: "not_found", message: "No decision with this id." } });
    // The contract's request in, its result out; with save, it lands in History.
    const text = "Priya Raman\nSenior Technical Recruiter at Globex\n3 mutual connections\nHi! I have an exciting opportunity for you.";
    const triaged = await request.post("/api/v1/triage", { headers: auth, data: { id: "r1", text, platform: "linkedin" } });
    expect(triaged.status()).toBe(200);
    const result = await triaged.json();
    expect(result).toMatchObject({ id: "r1", verdict: "decline", reasons: ["blocked_role"], decisionId: null });
    expect(result.draft.text).toMatch(/^Hi Priya/);
    // Sent as curl -d sends it: form content type, JSON body.
    const saved = await request.post("/api/v1/triage", {
      headers: { ...auth, "Content-Type": "application/x-www-form-urlencoded" },
      data: JSON.stringify({ text, save: true }),
    });
    expect(saved.status()).toBe(201);
    const { decisionId } = await saved.json();
    expect(saved.headers().location).toBe(`/api/v1/decisions/${decisionId}`);
    const history = await (await request.get("/api/v1/decisions", { headers: auth })).json();
    expect(history.items.map((d: { id: string }) => d.id)).toEqual([decisionId]);
    const invalid = await request.post("/api/v1/triage", { headers: auth, data: { text: "  " } });
    expect(invalid.status()).toBe(400);
    expect((await invalid.json()).error.message).toBe("text: must not be blank");

    const tooBig = await request.patch("/api/v1/decisions/not-an-id", { headers: auth, data: JSON.stringify({ draftText: "x".repeat(70_000) }) });
    expect(tooBig.status()).toBe(413);

    await page.reload();
    await expect(list.getByText(/Last used (just now|.* ago)/)).toBeVisible();

    await page.getByRole("button", { name: "Revoke token My script" }).click();
    const dialog = page.getByRole("dialog", { name: "Revoke “My script”?" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Revoke token" }).click();
    await expect(page.getByText("Token revoked.")).toBeVisible();
    await expect(page.getByText("No tokens yet.")).toBeVisible();

    const refused = await request.get("/api/v1/profiles", { headers: auth });
    expect(refused.status()).toBe(401);
    expect((await refused.json()).error.code).toBe("unauthorized");
    expect(user.email).toBeTruthy();
  });

  test("the signed-in browser session works on the API without a token; visitors get 401", async ({ page, request, user }) => {
    expect(user.email).toBeTruthy();
    await page.goto("/settings/api");
    const res = await page.request.get("/api/v1/profiles");
    expect(res.status()).toBe(200);
    expect((await res.json()).items).toHaveLength(1);
    const visitor = await request.get("/api/v1/profiles");
    expect(visitor.status()).toBe(401);
    expect(visitor.headers()["www-authenticate"]).toMatch(/^Bearer/);
    const unknown = await request.get("/api/v1/no-such-thing");
    expect(unknown.status()).toBe(404);
    expect((await unknown.json()).error.code).toBe("not_found");
  });

  test("the API reference page and the OpenAPI document", async ({ page, request, user }) => {
    expect(user.email).toBeTruthy();
    await page.goto("/settings/api");
    await page.getByRole("link", { name: "API reference" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "GET /api/v1/decisions", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "PATCH /api/v1/decisions/{id}" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Decision", exact: true })).toBeVisible();
    await expectAccessible(page);
    const doc = await request.get("/api/v1/openapi.json");
    expect(doc.status()).toBe(200);
    const body = await doc.json();
    expect(body.openapi).toMatch(/^3\.1\./);
    expect(Object.keys(body.paths)).toContain("/api/v1/decisions/{id}");
  });
});
