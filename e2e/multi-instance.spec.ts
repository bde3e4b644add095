// Two app instances on one PostgreSQL and one Redis, behind HAProxy (round-robin), as a
// deployment outgrows one machine (issue 13). It runs when TEST_POSTGRES_URL and
// TEST_REDIS_URL are set (as in CI), on the .next build Playwright made for the other
// end-to-end tests: two `npm start` servers on a fresh schema (ports MULTI_INSTANCE_PORT,
// default E2E_PORT + 320, and the next one) and HAProxy in front (the port after).
//
// It shows: a user signed in on one instance is signed in on the other; an API token made
// on one works on the other and, once revoked on either, fails on both at once; rate
// limits count across both; a profile edit made through one is used by the very next
// triage on the other (lib/data/settings-cache.ts drops it through Redis); 200 concurrent
// saves split over both land exactly once.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createDb } from "@/lib/db/client";
import { freshPostgres, makeApiUsers, startAppServer, type AppServer, type Database } from "@/scripts/support/app-server";
import { newUser, signUp } from "./fixtures";

test.describe.configure({ mode: "serial" });

const postgresUrl = process.env.TEST_POSTGRES_URL;
const redisUrl = process.env.TEST_REDIS_URL;
const HAPROXY = ["/usr/sbin/haproxy", "/usr/local/sbin/haproxy", "/opt/homebrew/sbin/haproxy"].find(existsSync);
const PORT_BASE = Number(process.env.MULTI_INSTANCE_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 320);
/** Per minute and token: low, so the rate-limit test reaches it; the 200 saves come from 20 tokens. */
const API_LIMIT = 30;

type Cluster = { db: Database; a: AppServer; b: AppServer; lb: string; haproxy: ChildProcess; dir: string };
let cluster: Cluster | undefined;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function startHaproxy(dir: string, port: number, backends: number[]): Promise<ChildProcess> {
  const config = path.join(dir, "haproxy.cfg");
  writeFileSync(
    config,
    [
      "global",
      "  maxconn 2000",
      "defaults",
      "  mode http",
      "  option forwardfor",
      "  timeout connect 5s",
      "  timeout client 60s",
      "  timeout server 60s",
      "frontend app",
      `  bind 127.0.0.1:${port}`,
      "  default_backend instances",
      "backend instances",
      "  balance roundrobin",
      "  option httpchk GET /api/health",
      // Which instance answered, so the test can see the split.
      "  http-response set-header X-Served-By %s",
      ...backends.map((p, i) => `  server i${i} 127.0.0.1:${p} check inter 1s`),
      "",
    ].join("\n"),
  );
  execFileSync(HAPROXY!, ["-c", "-q", "-f", config]); // refuses a bad config before starting
  const proc = spawn(HAPROXY!, ["-db", "-f", config], { stdio: ["ignore", "ignore", "pipe"] });
  // Healthy once both instances have answered through it.
  const seen = new Set<string>();
  for (let i = 0; i < 100 && seen.size < backends.length; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) seen.add(res.headers.get("x-served-by") ?? "");
    } catch {}
    await sleep(100);
  }
  if (seen.size < backends.length) throw new Error(`HAProxy did not reach both instances (saw ${[...seen].join(", ")})`);
  return proc;
}

test.beforeAll(async () => {
  if (!postgresUrl || !redisUrl) return;
  if (!HAPROXY) {
    // CI installs it (.ci/run); a laptop without it skips with the reason.
    if (process.env.CI) throw new Error("haproxy is not installed (apt-get install -y haproxy)");
    return;
  }
  test.setTimeout(180_000);
  const db = await freshPostgres(postgresUrl, "multi");
  const env = {
    REDIS_URL: redisUrl,
    // Its own channel names, so other runs on the same Redis never drop this run's caches.
    REDIS_PREFIX: `dwg-multi-${randomBytes(4).toString("hex")}`,
    API_RATE_LIMIT_PER_MINUTE: String(API_LIMIT),
    SIGN_UP_LIMIT_PER_HOUR: "1000",
    // Ten minutes: without the invalidation through Redis, B would surely triage with stale settings.
    SETTINGS_CACHE_TTL_MS: "600000",
  };
  // One after the other: the first applies the migrations, the second finds them applied.
  const a = await startAppServer({ port: PORT_BASE, databaseUrl: db.url, env });
  const b = await startAppServer({ port: PORT_BASE + 1, databaseUrl: db.url, env });
  const dir = mkdtempSync(path.join(tmpdir(), "dwg-haproxy-"));
  const haproxy = await startHaproxy(dir, PORT_BASE + 2, [a.port, b.port]);
  cluster = { db, a, b, lb: `http://127.0.0.1:${PORT_BASE + 2}`, haproxy, dir };
});

test.afterAll(async () => {
  if (!cluster) return;
  cluster.haproxy.kill("SIGTERM");
  await Promise.all([cluster.a.stop(), cluster.b.stop()]);
  await cluster.db.drop();
  rmSync(cluster.dir, { recursive: true, force: true });
});

test.beforeEach(() => {
  test.skip(!postgresUrl || !redisUrl, "TEST_POSTGRES_URL and TEST_REDIS_URL are not set");
  test.skip(!HAPROXY, "haproxy is not installed");
});

/** A browser signed up on instance A; its cookie (host 127.0.0.1) goes to B as well. */
async function signedUpOnA(browser: Browser): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ baseURL: cluster!.a.baseUrl });
  const page = await context.newPage();
  await signUp(page, newUser("Multi Instance"));
  return { page, close: () => context.close() };
}

async function createToken(page: Page, base: string, name: string): Promise<string> {
  await page.goto(`${base}/settings/api`);
  await page.getByLabel("Token name").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  const shown = page.getByLabel("Your new API token");
  await expect(shown).toHaveValue(/^dwg_/);
  return shown.inputValue();
}

const get = (base: string, token: string, p = "/api/v1/profiles") => fetch(`${base}${p}`, { headers: { authorization: `Bearer ${token}` } });

const triage = async (base: string, token: string, text: string) => {
  const res = await fetch(`${base}/api/v1/triage`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ text, platform: "linkedin" }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as { verdict: string; reasons: string[] };
};

test("a user signed in on one instance is signed in on the other", async ({ browser }) => {
  const { page, close } = await signedUpOnA(browser);
  try {
    await page.goto(`${cluster!.b.baseUrl}/history`);
    await expect(page).toHaveURL(`${cluster!.b.baseUrl}/history`);
    await expect(page.getByRole("heading", { level: 1, name: "History" })).toBeVisible();
    // And B's API knows the session too.
    const res = await page.request.get(`${cluster!.b.baseUrl}/api/v1/profiles`);
    expect(res.status()).toBe(200);
  } finally {
    await close();
  }
});

test("an API token made on one instance works on the other, and once revoked on either fails on both at once", async ({ browser }) => {
  const { page, close } = await signedUpOnA(browser);
  try {
    const token = await createToken(page, cluster!.a.baseUrl, "Script");
    expect((await get(cluster!.b.baseUrl, token)).status).toBe(200);
    expect((await get(cluster!.a.baseUrl, token)).status).toBe(200);

    await page.goto(`${cluster!.b.baseUrl}/settings/api`);
    await page.getByRole("button", { name: "Revoke token Script" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Revoke token" }).click();
    await expect(page.getByText("Token revoked.")).toBeVisible();
    const [onA, onB, viaLb] = await Promise.all([get(cluster!.a.baseUrl, token), get(cluster!.b.baseUrl, token), get(cluster!.lb, token)]);
    expect([onA.status, onB.status, viaLb.status]).toEqual([401, 401, 401]);
  } finally {
    await close();
  }
});

test("rate limits count across both instances", async ({ browser }) => {
  const { page, close } = await signedUpOnA(browser);
  try {
    const token = await createToken(page, cluster!.a.baseUrl, "Limited");
    const statuses: number[] = [];
    for (let i = 0; i < API_LIMIT; i++) statuses.push((await get(i % 2 ? cluster!.b.baseUrl : cluster!.a.baseUrl, token)).status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    // Each instance alone has seen half the limit, yet both refuse the next request.
    const [a, b] = [await get(cluster!.a.baseUrl, token), await get(cluster!.b.baseUrl, token)];
    expect([a.status, b.status]).toEqual([429, 429]);
    expect(Number(a.headers.get("retry-after"))).toBeGreaterThan(0);
  } finally {
    await close();
  }
});

test("a profile edit made through one instance is used by the very next triage on the other", async ({ browser }) => {
  const { page, close } = await signedUpOnA(browser);
  try {
    const token = await createToken(page, cluster!.a.baseUrl, "Triage");
    const text = "Dana Scully\nAccount Executive at Initech\n12 mutual connections\nHi! We met at the Portland meetup last week, great talk.";
    await page.goto(`${cluster!.a.baseUrl}/profiles`);
    await page.getByRole("link", { name: "Edit Everyday" }).click();
    const competitors = page.getByRole("textbox", { name: "Competitors", exact: true });
    await competitors.pressSequentially("Initech");
    await competitors.press("Enter");
    // B reads and keeps the user's settings (for ten minutes here): no competitors yet.
    const before = await triage(cluster!.b.baseUrl, token, text);
    expect(before.reasons).not.toContain("competitor");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(/\/profiles$/);

    const after = await triage(cluster!.b.baseUrl, token, text);
    expect(after.verdict).toBe("decline");
    expect(after.reasons).toContain("competitor");
  } finally {
    await close();
  }
});

test("200 concurrent saves split over both instances land exactly once", async () => {
  test.setTimeout(120_000);
  const users = makeApiUsers(cluster!.db.url, 20);
  const servedBy = new Map<string, number>();
  const results = await Promise.all(
    Array.from({ length: 200 }, async (_, i) => {
      const user = users[i % users.length]!;
      const res = await fetch(`${cluster!.lb}/api/v1/triage`, {
        method: "POST",
        headers: { authorization: `Bearer ${user.token}`, "content-type": "application/json" },
        body: JSON.stringify({ text: `Person ${i}\nEngineer at Company ${i}\nHello (${i}).`, platform: "linkedin", save: true }),
      });
      const who = res.headers.get("x-served-by") ?? "?";
      servedBy.set(who, (servedBy.get(who) ?? 0) + 1);
      const body = (await res.json()) as { decisionId?: string };
      return { status: res.status, id: body.decisionId ?? null, userId: user.userId, i };
    }),
  );
  expect(results.filter((r) => r.status !== 201)).toEqual([]);
  // Round-robin: each instance took a fair share.
  expect([...servedBy.keys()].sort()).toEqual(["i0", "i1"]);
  for (const n of servedBy.values()) expect(n).toBeGreaterThanOrEqual(60);
  const client = await createDb(cluster!.db.url);
  try {
    const rows = await client.decision.findMany({ where: { userId: { in: users.map((u) => u.userId) } }, select: { id: true, userId: true, text: true } });
    expect(rows).toHaveLength(200);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const r of results) {
      const row = byId.get(r.id!);
      expect(row?.userId).toBe(r.userId);
      expect(row?.text).toContain(`(${r.i}).`);
    }
  } finally {
    await client.$disconnect();
  }
  console.log(`[measured] 200 saves through HAProxy: ${[...servedBy].map(([k, v]) => `${k} ${v}`).join(", ")}`);
});
