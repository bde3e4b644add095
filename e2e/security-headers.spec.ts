// The security headers as `next start` serves them, and a real browser running the
// app under that policy without a single violation.
import { expect, signUp, test } from "./fixtures";

function directives(csp: string) {
  return Object.fromEntries(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

test.describe("security headers", () => {
  for (const path of ["/", "/sign-in", "/api/health"]) {
    test(`${path} carries the security headers`, async ({ request }) => {
      const res = await request.get(path);
      const h = res.headers();
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(h["permissions-policy"]).toContain("camera=()");
      expect(h["x-frame-options"]).toBe("DENY");
      expect(h["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
      const csp = directives(h["content-security-policy"] ?? "");
      expect(csp["frame-ancestors"]).toEqual(["'none'"]);
      expect(csp["object-src"]).toEqual(["'none'"]);
      expect(csp["script-src"]).toContain("'strict-dynamic'");
      expect(csp["script-src"]!.some((v: string) => /^'nonce-[A-Za-z0-9+/=]{16,}'$/.test(v))).toBe(true);
      expect(csp["script-src"]).not.toContain("'unsafe-inline'");
      expect(csp["script-src"]).not.toContain("'unsafe-eval'");
    });
  }

  test("each response gets its own nonce, and the page's scripts carry it", async ({ request }) => {
    const [a, b] = [await request.get("/sign-in"), await request.get("/sign-in")];
    const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];
    const n1 = nonceOf(a.headers()["content-security-policy"]!);
    const n2 = nonceOf(b.headers()["content-security-policy"]!);
    expect(n1).toBeTruthy();
    expect(n1).not.toBe(n2);
    const html = await a.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${n1}"`);
  });

  test("the app runs under the policy with no violation", async ({ page }) => {
    // Every violation, including ones a library catches itself (such as an eval probe).
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    });
    const violations = async () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    await signUp(page);
    await page.getByLabel("Connection request").fill("Laura Simmons\nTechnical Recruiter at Hirewell\n5 mutual connections");
    await page.getByRole("button", { name: "Analyse" }).click();
    await expect(page.getByLabel("Message (edit freely)")).toBeVisible();
    expect(await violations()).toEqual([]);
    for (const path of ["/triage/bulk", "/profiles", "/templates", "/history", "/settings", "/"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await violations(), path).toEqual([]);
    }
  });
});
