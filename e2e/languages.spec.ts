// Contract v2 over the running app (`next start`): the server detects a request's language
// with eld (loaded on first use) and drafts in it; the request's `language` fixes the draft's.
import { expect, test } from "./fixtures";

test.describe("languages", () => {
  test("a Spanish request is detected and declined in Spanish; a German draft on request", async ({ page, user }) => {
    expect(user.email).toBeTruthy();
    await page.goto("/settings/api");
    const text = "Lucía Fernández\nReclutadora IT en Hays\nHola Jenn, vi tu perfil y me encantaría hablar contigo sobre una oportunidad en Madrid.";
    const profile = { blockedRoles: ["recruiter"], signature: "Jenn" };
    const res = await page.request.post("/api/v1/triage", { data: { text, platform: "linkedin", profile } });
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ verdict: "decline", reasons: ["blocked_role"], language: "es", draft: { language: "es" } });
    expect(body.draft.text).toMatch(/^Hola, Lucía:/);
    expect(body.draft.text).toMatch(/gracias/i);
    const german = await (await page.request.post("/api/v1/triage", { data: { text, platform: "linkedin", profile, language: "de" } })).json();
    expect(german).toMatchObject({ language: "es", draft: { language: "de" } });
    expect(german.draft.text).toMatch(/Dank/);
  });
});
