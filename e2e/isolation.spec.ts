// Isolation, end to end against `next start`: user A makes a profile, a template,
// decisions (sent, held with a revisit date, ignored), an API token and a delete's undo
// token; user B, in another browser context, then tries every page, every server action
// and every route on A's ids. Each must fail the way a random, nonexistent id fails
// (same status, same body), A's data must be unchanged, and nothing of A's may show.
// Pages, routes and actions are enumerated from the build: one without a case fails the
// test, so a new one cannot slip by untested.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIResponse, Page } from "@playwright/test";
import { expect, test as base } from "./fixtures";
import {
  apiJson,
  cursorOf,
  expectOwnerUnchanged,
  makeWorld,
  ownerIds,
  ownerSnapshot,
  PROFILE_FIELDS,
  randomId,
  type World,
} from "./support/isolation-world";
import { callAction, form, serverActions, type ActionReply } from "./support/server-actions";

/** Pages and route handlers of the build, as "/(app)/history/[id]/page". */
const appPaths = () => Object.keys(JSON.parse(readFileSync(path.join(".next", "server", "app-paths-manifest.json"), "utf8")) as Record<string, string>);

/** Fails on any build entry without a case, and on any case the build no longer has. */
function expectCasesFor(found: string[], cases: object) {
  expect(found.filter((k) => !(k in cases)), "entries of the build with no isolation case").toEqual([]);
  expect(Object.keys(cases).filter((k) => !found.includes(k)), "isolation cases for entries the build lacks").toEqual([]);
}

/**
 * A response as it can be compared with another: the date left out, the request's CSP
 * nonce and the id asked for replaced. Two responses that still differ tell the ids apart.
 */
function comparable(status: number, headers: Record<string, string>, body: string, id?: string) {
  const nonce = /'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1];
  // A React payload keys its metadata boundaries with a per-render id ("<21 chars>v" and "…m").
  const render = /"\$L[0-9a-f]+","([A-Za-z0-9_-]{21})v"/.exec(body)?.[1];
  const clean = (text: string) => {
    let t = nonce ? text.replaceAll(nonce, "<nonce>") : text;
    if (render) t = t.replaceAll(render, "<render>");
    return id ? t.replaceAll(id, "<id>") : t;
  };
  const { date: _date, ...rest } = headers;
  return { status, headers: Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, clean(v)])), body: inRowOrder(clean(body)) };
}

/**
 * React streams its payload's rows as each one resolves, so two renders of the same page can
 * send the same rows in another order (a page's not-found error before or after its
 * metadata): compared as the page without its payload scripts, then the payload's rows sorted.
 */
function inRowOrder(body: string): string {
  const chunks: string[] = [];
  const page = body.replace(/<script nonce="[^"]*">self\.__next_f\.push\((\[1,.*?\])\)<\/script>/gs, (_, pushed: string) => {
    chunks.push(JSON.parse(pushed)[1] as string);
    return "";
  });
  // An RSC request's body is the payload alone.
  const payload = chunks.length ? chunks.join("") : page.startsWith("<") ? "" : page;
  const rows = payload.replace(/\n$/, "").split(/\n(?=[0-9a-f]*:)/).sort();
  return `${payload === page ? "" : page}\n${rows.join("\n")}`;
}

/**
 * Text that must never reach B: A's tag (in every name A gave), every id of A's, A's email.
 * `echoed`: what B sent and the page or response may show back (a search, the id asked for).
 */
function expectNothingOfA(w: World, response: string, where: string, echoed: string[] = []) {
  const body = echoed.reduce((text, e) => text.replaceAll(e, ""), response);
  expect(body.includes(w.a.tag), `${where} shows A's data (${w.a.tag})`).toBe(false);
  for (const id of ownerIds(w.a)) expect(body.includes(id), `${where} holds A's id ${id}`).toBe(false);
  expect(body.includes(w.a.user.email), `${where} shows A's email`).toBe(false);
}

// ————————————————————————————————————————— pages

/**
 * A page as the server sends it to B: status, headers and the whole HTML, its React payload
 * included; with `RSC: 1`, the payload alone, as a client-side navigation (or a prefetch) fetches it.
 */
async function served(w: World, url: string, id?: string, headers: Record<string, string> = {}) {
  const res = await w.b.page.request.get(url, { headers });
  const raw = await res.text();
  return { seen: comparable(res.status(), res.headers(), raw, id), raw };
}

/** B opens `pathOf(id)` for each of A's ids: byte for byte the page of an id that exists nowhere. */
async function expectIdPageHidden(w: World, pathOf: (id: string) => string, ids: string[]) {
  for (const headers of [{}, { RSC: "1" }, { RSC: "1", "Next-Router-Prefetch": "1" }] as Record<string, string>[]) {
    const rnd = randomId();
    const control = await served(w, pathOf(rnd), rnd, headers);
    // A client-side navigation gets its not-found tree with a 200.
    expect(control.seen.status).toBe(headers.RSC ? 200 : 404);
    for (const id of ids) {
      const got = await served(w, pathOf(id), id, headers);
      expect(got.seen, `B on ${pathOf(id)} ${JSON.stringify(headers)}`).toEqual(control.seen);
      expectNothingOfA(w, got.raw, pathOf(id), [id]);
    }
  }
  // And as a person sees it: the not-found page.
  await w.b.page.goto(pathOf(ids[0]!));
  await expect(w.b.page.getByRole("heading", { level: 1 })).toContainText(/couldn't find|not found/i);
}

/** B's view of a list-like page: it loads, and holds nothing of A's. */
async function expectListClean(w: World, url: string, echoed: string[] = []) {
  const page = await served(w, url);
  expect(page.seen.status, url).toBe(200);
  expectNothingOfA(w, page.raw, url, echoed);
}

/**
 * A LinkedIn Invitations.csv (the real export's columns) in which A's people, by the very
 * names A saved them under, ask B to connect: an import that read A's History would call them
 * duplicates and skip them.
 */
function invitationsOf(names: string[]): string {
  const rows = names.map((n, i) => `${n},B Example,"1/${i + 10}/26, 9:15 AM",,INCOMING,https://www.linkedin.com/in/isolation-${i}-example,https://www.linkedin.com/in/b-example`);
  return ["From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl", ...rows].join("\r\n") + "\r\n";
}

/** A's people's names (each holds A's tag). */
const aNames = (w: World) => [w.a.decisions.sent.parsed.name!, w.a.decisions.held.parsed.name!];

/** Pages that take no id, by the address B opens: they load and hold nothing of A's. */
const PLAIN_PAGES: Record<string, string> = {
  "/(app)/profiles/(list)/page": "/profiles",
  "/(app)/profiles/new/page": "/profiles/new",
  "/(app)/templates/(list)/page": "/templates",
  "/(app)/templates/new/page": "/templates/new?reason=blocked_role",
  "/(app)/triage/bulk/page": "/triage/bulk",
  "/(app)/settings/page": "/settings",
  "/(app)/settings/api/page": "/settings/api",
  "/(app)/settings/api/docs/page": "/settings/api/docs",
  // Public pages hold no one's data; a signed-in B may be sent on to the app.
  "/(auth)/sign-in/page": "/sign-in",
  "/(auth)/sign-up/page": "/sign-up",
  "/page": "/",
};

const PAGE_CASES: Record<string, (w: World) => Promise<void>> = {
  ...Object.fromEntries(Object.entries(PLAIN_PAGES).map(([key, url]) => [key, (w: World) => expectListClean(w, url)])),
  "/(app)/history/[id]/page": (w) => {
    const d = w.a.decisions;
    return expectIdPageHidden(w, (id) => `/history/${id}`, [d.sent.id, d.held.id, d.ignored.id, w.a.deletedId]);
  },
  "/(app)/profiles/[id]/page": (w) => expectIdPageHidden(w, (id) => `/profiles/${id}`, w.a.profileIds),
  "/(app)/templates/[id]/page": (w) => expectIdPageHidden(w, (id) => `/templates/${id}`, w.a.templateIds),
  "/(app)/history/page": async (w) => {
    // B's own rows show (so the check below can see a leak), A's never do.
    await w.b.page.goto("/history");
    await expect(w.b.page.getByRole("list", { name: "Decisions, newest first" }).getByRole("listitem")).toHaveCount(w.b.decisionIds.length);
    const held = w.a.decisions.held;
    for (const query of [
      "",
      `?q=${w.a.tag}`,
      "?status=held",
      "?status=sent",
      "?status=ignored",
      "?verdict=decline",
      "?verdict=ignore",
      "?platform=linkedin&reason=blocked_role",
      // A cursor made from A's decision pages B's own history only.
      `?cursor=${cursorOf(held)}`,
      `?before=${cursorOf(held)}`,
    ]) {
      await expectListClean(w, `/history${query}`, query.includes(w.a.tag) ? [w.a.tag] : []);
    }
    await w.b.page.goto(`/history?q=${w.a.tag}`);
    await expect(w.b.page.getByText("No decisions match.")).toBeAttached();
  },
  "/(app)/history/stats/page": async (w) => {
    // Counts hold no names: check them. A has three decisions, B has B's own.
    const total = (p: Page) => p.locator("dt", { hasText: "All decisions" }).locator("xpath=following-sibling::dd");
    await w.a.page.goto("/history/stats");
    await expect(total(w.a.page)).toHaveText("3");
    await expectListClean(w, "/history/stats");
    await w.b.page.goto("/history/stats");
    await expect(total(w.b.page)).toHaveText(String(w.b.decisionIds.length));
  },
  "/(app)/history/revisit/page": async (w) => {
    // A's held decision is due; B has nothing to revisit, and the navigation badge says so.
    await w.a.page.goto("/history/revisit");
    await expect(w.a.page.getByText("due to revisit").first()).toBeAttached();
    await expectListClean(w, "/history/revisit");
    await w.b.page.goto("/history/revisit");
    await expect(w.b.page.getByText("due to revisit")).toHaveCount(0);
  },
  // The import page lists B's profiles alone; a profile id of A's in the query changes nothing.
  "/(app)/triage/import/page": async (w) => {
    await expectListClean(w, "/triage/import");
    await expectListClean(w, `/triage/import?saved=2&skipped=1&t=1&profileId=${w.a.profileId}`, [w.a.profileId]);
    await w.b.page.goto("/triage/import");
    const options = await w.b.page.getByLabel("Criteria profile").locator("option").allTextContents();
    expect(options.join("|")).not.toContain(w.a.tag);
  },
  "/(app)/triage/page": async (w) => {
    await expectListClean(w, "/triage");
    await expectListClean(w, `/triage?profileId=${w.a.profileId}&platform=linkedin`, [w.a.profileId]);
  },
  // Rendered for unknown paths (the id pages above compare against it) and on crashes.
  "/_not-found/page": async (w) => {
    const res = await w.b.page.goto(`/history/${w.a.decisions.sent.id}/edit`);
    expect(res?.status()).toBe(404);
  },
  "/_global-error/page": async () => {},
};

/** A fresh A (the fixture's user) with data, and a fresh B in a context of their own, closed after. */
const test = base.extend<{ world: World }>({
  world: async ({ page, user, browser, baseURL }, use) => {
    const w = await makeWorld(page, user, browser, baseURL!);
    await use(w);
    await w.b.page.context().close();
  },
});

test.describe("isolation: another user's ids", () => {
  // Each test visits every page, action or route twice (A's ids and a random one): minutes on a loaded CI machine.
  test.describe.configure({ timeout: 240_000 });
  test("every page: A's ids read as nonexistent, lists and stats show B's data only", async ({ world: w }) => {
    const pages = appPaths().filter((k) => k.endsWith("/page"));
    expectCasesFor(pages, PAGE_CASES);
    const before = await ownerSnapshot(w.a);
    for (const key of pages) await test.step(key, () => PAGE_CASES[key]!(w));
    await expectOwnerUnchanged(w.a, before);
  });

  // ——————————————————————————————————————— server actions

  test("every server action: A's ids fail as a random id does, A's data unchanged", async ({ world: w }) => {
    const actions = serverActions();
    const asB = (key: string, args: unknown[]) => callAction(w.b.page.request, w.baseURL, w.action(key), args);
    const a = w.a;
    const aDecisionIds = [a.decisions.sent.id, a.decisions.held.id, a.decisions.ignored.id, a.deletedId];

    // The whole reply: status, headers (x-action-revalidated among them), the action's return
    // value and any page it re-rendered.
    const shape = (r: ActionReply, id?: string) => comparable(r.status, r.headers, r.raw, id);

    /** B calls `key` on each of A's ids and on a random id: the replies must be the same failure. */
    async function sameAsMissing(key: string, argsFor: (id: string) => unknown[], ids: string[], message: RegExp) {
      const rnd = randomId();
      const control = await asB(key, argsFor(rnd));
      expect(control.result, `${key} on a random id`).toMatchObject({ ok: false, message: expect.stringMatching(message) });
      for (const id of ids) {
        const reply = await asB(key, argsFor(id));
        expect(shape(reply, id), `${key} on A's ${id}`).toEqual(shape(control, rnd));
        expectNothingOfA(w, reply.raw, key, [id]);
      }
    }

    const ok = async (reply: Promise<ActionReply>) => {
      const r = await reply;
      expect(r.result, r.raw.slice(0, 500)).toMatchObject({ ok: true });
      return r;
    };

    /** B's decisions as B's API lists them. */
    const bDecisions = async () =>
      (await apiJson<{ items: { id: string; profileId: string | null }[] }>(w.b.page.request, w.b.token, "GET", "/api/v1/decisions?limit=100")).items;

    // A text that A's profile would decline (its competitor) and B's default accepts or
    // observes: any use of A's profile or wording changes the verdict or the draft.
    const probe = { text: `Nia Park\nAccount Manager at ${a.tag} Corp\n12 mutual connections\nWe met at the Lisbon meetup last week.`, platform: "linkedin" };

    type Case = (key: string) => Promise<void>;
    const GONE = /no longer exists/;
    const byId = (id: string) => [{ id }];
    /** On each of A's ids, the same failure as on a random id. */
    const missingLike =
      (argsFor: (id: string) => unknown[], ids: string[], message: RegExp): Case =>
      (key) =>
        sameAsMissing(key, argsFor, ids, message);
    /** A value of A's (an email, an undo token) fails exactly as a made-up one does. */
    const sameAs =
      (made: string, mine: string, argsFor: (v: string) => unknown[], expected: Record<string, unknown>): Case =>
      async (key) => {
        const control = await asB(key, argsFor(made));
        expect(control.result, `${key} with a made-up value`).toMatchObject(expected);
        expect(shape(await asB(key, argsFor(mine)), mine), `${key} with A's value`).toEqual(shape(control, made));
      };
    /** An action that takes no id works on B's own data, whatever of A's is smuggled into it. */
    const ownOnly =
      (args: unknown[], notId?: string): Case =>
      async (key) => {
        const r = await ok(asB(key, args));
        if (notId) expect((r.result as { data: { id: string } }).data.id).not.toBe(notId);
      };
    /** Triage with A's profile id answers as with a random id: with B's own profile and wording. */
    const triageLike =
      (argsFor: (profileId: string) => unknown[]): Case =>
      async (key) => {
        const rnd = randomId();
        const control = await ok(asB(key, argsFor(rnd)));
        const data = (control.result as { data: unknown }).data;
        // One analysis ({ analysis, input } from the form action) or a batch of them.
        const first = [data].flat()[0] as { profileId?: string; analysis?: { profileId: string } };
        expect(first.analysis?.profileId ?? first.profileId).toBe(w.b.profileId);
        for (const id of a.profileIds) expect(shape(await asB(key, argsFor(id)), id), `${key} with A's ${id}`).toEqual(shape(control, rnd));
      };
    /** Saving with A's profile id keeps a decision of B's, made with B's profile. */
    const savesOwn =
      (args: unknown[], idOf: (data: unknown) => string): Case =>
      async (key) => {
        const r = await ok(asB(key, args));
        const id = idOf((r.result as { data: unknown }).data);
        expect((await bDecisions()).find((d) => d.id === id)?.profileId).toBe(w.b.profileId);
      };
    const newPassword = "another horse battery staple";

    const CASES: Record<string, Case> = {
      "lib/actions/history.ts#changeStatusAction": missingLike((id) => [{}, form({ id, status: "sent", sentText: "Hijacked by B" })], aDecisionIds, GONE),
      "lib/actions/history.ts#deleteDecisionAction": missingLike(byId, aDecisionIds, GONE),
      // A's own undo token, replayed by B, is as worthless as a forged one.
      "lib/actions/history.ts#undoDeleteAction": sameAs(`${a.undoToken.slice(0, -4)}AAAA`, a.undoToken, (token) => [{ token }], {
        ok: false,
        message: expect.stringMatching(/expired/),
      }),
      // A's profile name is free for B (names are per user), and a smuggled id is ignored.
      "lib/actions/profiles.ts#createProfileAction": ownOnly([{}, form({ ...PROFILE_FIELDS, name: `Alpha ${a.tag}`, id: a.profileId, userId: a.accountId })], a.profileId),
      "lib/actions/profiles.ts#updateProfileAction": missingLike((id) => [{}, form({ ...PROFILE_FIELDS, name: "Hijacked", competitors: ["Nobody"], id })], a.profileIds, GONE),
      "lib/actions/profiles.ts#duplicateProfileAction": missingLike(byId, a.profileIds, GONE),
      "lib/actions/profiles.ts#deleteProfileAction": missingLike(byId, a.profileIds, GONE),
      "lib/actions/templates.ts#createTemplateAction": ownOnly(
        [{}, form({ reasonKey: "competitor", title: `Words ${a.tag}`, body: "B's own words.", isDefault: false, id: a.templateId, userId: a.accountId })],
        a.templateId,
      ),
      "lib/actions/templates.ts#updateTemplateAction": missingLike(
        (id) => [{}, form({ reasonKey: "competitor", title: "Hijacked", body: "Hijacked by B.", isDefault: true, id })],
        a.templateIds,
        GONE,
      ),
      "lib/actions/templates.ts#setDefaultTemplateAction": missingLike(byId, a.templateIds, GONE),
      "lib/actions/templates.ts#deleteTemplateAction": missingLike(byId, a.templateIds, GONE),
      "lib/actions/templates.ts#restoreTemplatesAction": ownOnly([{ userId: a.accountId }]),
      "lib/actions/api-tokens.ts#createApiTokenAction": ownOnly([{}, form({ name: "Smuggled", userId: a.accountId })]),
      "lib/actions/api-tokens.ts#revokeApiTokenAction": missingLike(byId, [a.tokenId], /already revoked/),
      "lib/actions/triage.ts#analyzeAction": triageLike((profileId) => [{}, form({ ...probe, profileId })]),
      "lib/actions/triage.ts#analyzeBatchAction": triageLike((profileId) => [{ items: [{ ...probe, profileId }] }]),
      // Sending counts no use of A's templates (A's snapshot would show it).
      "lib/actions/triage.ts#recordAction": savesOwn(
        [{}, form({ ...probe, profileId: a.profileId, status: "sent", sentText: "Hello." })],
        (data) => (data as { decisionId: string }).decisionId,
      ),
      "lib/actions/triage.ts#recordBatchAction": savesOwn([{ items: [{ ...probe, profileId: a.profileId }] }], (data) => (data as string[])[0]!),
      // The account is the session's: ids and an email in the form change nothing of A's.
      "lib/actions/settings.ts#updateAccountAction": ownOnly([
        {},
        form({ name: "Hijacked", defaultSignature: "Hijacked", id: a.accountId, userId: a.accountId, email: a.user.email }),
      ]),
      // The language is the session's account's: B's choice, with A's id and email smuggled in, leaves A's
      // account without one. Then back to "follow the browser", so B's later steps read English.
      "lib/actions/settings.ts#updateLanguageAction": async (key) => {
        const aLocale = async () => ((await (await a.page.request.get("/settings/export")).json()) as { account: { locale: string | null } }).account.locale;
        await ok(asB(key, [{}, form({ locale: "pt", id: a.accountId, userId: a.accountId, email: a.user.email })]));
        expect(await aLocale(), "A's language after B chose one").toBeNull();
        await ok(asB(key, [{}, form({ locale: "", userId: a.accountId })]));
      },
      "lib/actions/settings.ts#changePasswordAction": ownOnly([
        {},
        form({ currentPassword: w.b.user.password, newPassword, confirmPassword: newPassword, userId: a.accountId, email: a.user.email }),
      ]),
      // Typing A's email deletes nothing, and says no more than a made-up email does.
      "lib/actions/settings.ts#deleteAccountAction": sameAs(
        `nobody-${randomId()}@example.test`,
        a.user.email,
        (confirmation) => [{}, form({ confirmation, userId: a.accountId })],
        { ok: false, message: "Your account was not deleted." },
      ),
      // The feed is the session's: B's create and revoke, with A's id smuggled in, leave A's live feed working.
      "lib/actions/calendar.ts#calendarFeedAction": async (key) => {
        const aFeed = await ok(callAction(a.page.request, w.baseURL, w.action(key), [{}, form({ intent: "create" })]));
        const aUrl = (aFeed.result as { feedUrl: string }).feedUrl;
        const bFeed = await ok(asB(key, [{}, form({ intent: "create", userId: a.accountId })]));
        expect((bFeed.result as { feedUrl: string }).feedUrl).not.toBe(aUrl);
        await ok(asB(key, [{}, form({ intent: "revoke", userId: a.accountId })]));
        expect((await w.b.page.request.get(aUrl)).status(), "A's feed after B's revoke").toBe(200);
        await ok(callAction(a.page.request, w.baseURL, w.action(key), [{}, form({ intent: "revoke" })]));
      },
      // B's upload of a file naming A's people: A's profile id fails as a random one does; with B's
      // own profile the people are new to B (A's History is not B's), and nothing is saved.
      "lib/actions/imports.ts#previewImportAction": async (key) => {
        const names = aNames(w);
        const upload = (fields: Record<string, string>) => {
          const fd = form(fields);
          fd.append("file", new File([invitationsOf(names)], "Invitations.csv", { type: "text/csv" }));
          return fd;
        };
        await sameAsMissing(key, (profileId) => [{}, upload({ profileId })], a.profileIds, GONE);
        const had = (await bDecisions()).length;
        const r = await ok(asB(key, [{}, upload({ profileId: "default" })]));
        const preview = (r.result as { preview: { profileId: string | null; rows: { name: string; duplicate: string | null }[] } }).preview;
        expect(preview.rows.map((x) => [x.name, x.duplicate])).toEqual(names.map((n) => [n, null]));
        expect(a.profileIds).not.toContain(preview.profileId);
        expectNothingOfA(w, r.raw, key, names);
        expect(await bDecisions()).toHaveLength(had);
      },
      // Confirming A's people: A's profile id fails as a random one does; otherwise they are saved
      // to B's History (A's does not make them duplicates), once, made with B's profile.
      "lib/actions/imports.ts#confirmImportAction": async (key) => {
        const names = aNames(w);
        const review = (fields: Record<string, string>) => {
          const fd = form({ ...fields, rows: JSON.stringify(names.map((name) => ({ platform: "linkedin", name, note: null, profileUrl: null }))) });
          for (const i of names.keys()) fd.append("keep", String(i));
          return fd;
        };
        await sameAsMissing(key, (profileId) => [{}, review({ profileId })], a.profileIds, GONE);
        const before = await bDecisions();
        for (let i = 0; i < 2; i++) {
          // Ends in a redirect to the outcome page (Next answers the action with it).
          const r = await asB(key, [{}, review({ profileId: "default" })]);
          expect(r.status, r.raw.slice(0, 300)).toBeLessThan(400);
          // A redirect carries no return value; a refusal would be { ok: false, … }.
          expect((r.result as { ok?: boolean } | undefined)?.ok, r.raw.slice(0, 300)).not.toBe(false);
        }
        const added = (await bDecisions()).filter((d) => !before.some((o) => o.id === d.id));
        expect(added).toHaveLength(names.length);
        for (const d of added) {
          expect(ownerIds(a)).not.toContain(d.id);
          expect(d.profileId).toBe(w.b.profileId);
        }
      },
      // Takes no id and touches no account: it sets B's own language cookie and goes back to the
      // page; an id of A's smuggled into the form changes nothing. B is set back to English after.
      "lib/actions/locale.ts#setLocaleAction": async (key) => {
        const r = await asB(key, [{}, form({ locale: "de", returnTo: "/", id: a.accountId, userId: a.accountId })]);
        expect(r.status, r.raw.slice(0, 300)).toBeLessThan(400);
        expect((r.result as { ok?: boolean } | undefined)?.ok, r.raw.slice(0, 300)).not.toBe(false);
        expect(r.headers["x-action-redirect"]).toMatch(/^\/;/);
        expect(r.headers["set-cookie"] ?? "").toMatch(/(^|\n|, )locale=de;/);
        expectNothingOfA(w, r.raw, key, [a.accountId]);
        const back = await asB(key, [{}, form({ locale: "en", returnTo: "/" })]);
        expect(back.headers["set-cookie"] ?? "").toMatch(/(^|\n|, )locale=en;/);
      },
      // Takes no id. A's email with a wrong password signs no one in and changes nothing of A's.
      "lib/actions/auth.ts#signInAction": async (key) => {
        const r = await asB(key, [{}, form({ email: a.user.email, password: "not A's password at all" })]);
        expect(r.result).toMatchObject({ ok: false, message: "Email or password is incorrect." });
        expect(r.headers["set-cookie"] ?? "").not.toMatch(/session-token=[^;]/);
      },
      // Takes no id. Signing up again with A's email creates nothing and changes nothing of A's.
      "lib/actions/auth.ts#signUpAction": async (key) => {
        const r = await asB(key, [{}, form({ name: "Hijacked", email: a.user.email, password: "whatever horse battery" })]);
        expect(r.result).toMatchObject({ ok: false });
      },
    };

    expectCasesFor(
      actions.map((x) => x.key),
      CASES,
    );
    const before = await ownerSnapshot(a);
    for (const { key } of actions) {
      await test.step(key, async () => {
        await CASES[key]!(key);
        await expectOwnerUnchanged(a, before);
      });
    }
    await test.step("the real status form, its id swapped for A's on the way out", async () => {
      const p = w.b.page;
      const own = w.b.decisionIds[0]!;
      // The browser posts the form as it always does; the request carries A's id instead of B's.
      await p.route(`**/history/${own}`, (route) => {
        const body = route.request().postData();
        if (route.request().method() !== "POST" || !body) return route.continue();
        return route.continue({ postData: body.replaceAll(own, a.decisions.held.id) });
      });
      await p.goto(`/history/${own}`);
      await p.getByRole("radio", { name: /^Ignored/ }).check();
      await p.getByRole("button", { name: "Save status" }).click();
      await expect(p.getByText("This decision no longer exists")).toBeVisible();
      await p.unroute(`**/history/${own}`);
      await expectOwnerUnchanged(a, before);
    });
    // B's own rows are still B's alone, and A's deleted decision stayed deleted.
    const mine = await bDecisions();
    expect(mine.length).toBeGreaterThanOrEqual(w.b.decisionIds.length);
    for (const d of mine) expect(ownerIds(a)).not.toContain(d.id);
  });

  // ——————————————————————————————————————— routes: exports and the HTTP API

  test("every route: exports hold B's rows only, the API answers A's ids with the random id's 404", async ({ world: w }) => {
    const b = w.b.page.request;
    const auth = { Authorization: `Bearer ${w.b.token}` };
    const a = w.a;
    const aDecisionIds = [a.decisions.sent.id, a.decisions.held.id, a.decisions.ignored.id, a.deletedId];
    /** B's request on each of A's ids answers exactly as on a random id (the id itself aside). */
    async function sameAsMissing(send: (id: string) => Promise<APIResponse>, ids: string[], status = 404) {
      const rnd = randomId();
      const res = await send(rnd);
      const control = comparable(res.status(), res.headers(), await res.text(), rnd);
      expect(control.status).toBe(status);
      for (const id of ids) {
        const got = await send(id);
        const text = await got.text();
        expect(comparable(got.status(), got.headers(), text, id), `${got.url()}`).toEqual(control);
        expectNothingOfA(w, text, `response for ${id}`, [id]);
      }
    }

    const filters = ["", `q=${a.tag}`, "status=held", "status=sent", "status=ignored", "verdict=decline", "reason=blocked_role", "platform=linkedin"];

    const ROUTES: Record<string, () => Promise<void>> = {
      "/(app)/history/export/route": async () => {
        for (const f of filters) {
          const json = await b.get(`/history/export?format=json&${f}`);
          expect(json.status()).toBe(200);
          const text = await json.text();
          // The JSON export names its filter, a search included.
          expectNothingOfA(w, text, `JSON export ${f}`, f.includes(a.tag) ? [a.tag] : []);
          const rows = (JSON.parse(text) as { decisions: { id: string }[] }).decisions;
          for (const d of rows) expect(w.b.decisionIds).toContain(d.id);
          if (f.includes(a.tag)) expect(rows).toEqual([]);
          const csv = await b.get(`/history/export?format=csv&${f}`);
          expect(csv.status()).toBe(200);
          expectNothingOfA(w, await csv.text(), `CSV export ${f}`);
        }
        // Unfiltered, it holds exactly B's rows (so the checks above would see A's).
        const all = (await (await b.get("/history/export?format=json")).json()) as { decisions: { id: string }[] };
        expect(all.decisions.map((d) => d.id).sort()).toEqual([...w.b.decisionIds].sort());
        expect(await (await b.get("/history/export?format=csv")).text()).toContain("Laura Simmons");
      },
      "/(app)/settings/export/route": async () => {
        const res = await b.get("/settings/export");
        expect(res.status()).toBe(200);
        const text = await res.text();
        expectNothingOfA(w, text, "B's account export");
        const data = JSON.parse(text) as { account: { email: string }; decisions: { id: string }[] };
        expect(data.account.email).toBe(w.b.user.email);
        expect(data.decisions.map((d) => d.id).sort()).toEqual([...w.b.decisionIds].sort());
      },
      "/api/v1/decisions/[id]/route": async () => {
        const url = (id: string) => `/api/v1/decisions/${id}`;
        await sameAsMissing((id) => b.get(url(id), { headers: auth }), aDecisionIds);
        await sameAsMissing((id) => b.patch(url(id), { headers: auth, data: { status: "sent", sentText: "Hijacked by B" } }), aDecisionIds);
        await sameAsMissing((id) => b.patch(url(id), { headers: auth, data: { status: "held" } }), aDecisionIds);
        // Invalid bodies are refused before the id is looked up: the same 400 either way.
        await sameAsMissing((id) => b.patch(url(id), { headers: auth, data: { status: "nope" } }), aDecisionIds, 400);
        await sameAsMissing((id) => b.delete(url(id), { headers: auth }), aDecisionIds);
        // B's browser session (no token) is refused the same way.
        await sameAsMissing((id) => b.get(url(id)), aDecisionIds);
        await sameAsMissing((id) => b.delete(url(id)), aDecisionIds);
      },
      "/api/v1/decisions/route": async () => {
        for (const f of [...filters, `cursor=${cursorOf(a.decisions.held)}`, "limit=100"]) {
          const res = await b.get(`/api/v1/decisions?${f}`, { headers: auth });
          expect(res.status(), f).toBe(200);
          const text = await res.text();
          expectNothingOfA(w, text, `GET /api/v1/decisions?${f}`);
          for (const d of (JSON.parse(text) as { items: { id: string }[] }).items) expect(w.b.decisionIds).toContain(d.id);
        }
        const all = (await (await b.get("/api/v1/decisions", { headers: auth })).json()) as { items: { id: string }[] };
        expect(all.items).toHaveLength(w.b.decisionIds.length);
      },
      "/api/v1/profiles/route": async () => {
        const res = await b.get("/api/v1/profiles", { headers: auth });
        expect(res.status()).toBe(200);
        expectNothingOfA(w, await res.text(), "GET /api/v1/profiles");
        expect((await res.json()).items.map((p: { id: string }) => p.id)).toEqual([w.b.profileId]);
      },
      "/api/v1/templates/route": async () => {
        const res = await b.get("/api/v1/templates", { headers: auth });
        expect(res.status()).toBe(200);
        expectNothingOfA(w, await res.text(), "GET /api/v1/templates");
        expect((await res.json()).items).toHaveLength(4);
      },
      "/api/v1/triage/route": async () => {
        const text = `Nia Park\nAccount Manager at ${a.tag} Corp\nLet's connect.`;
        await sameAsMissing((id) => b.post("/api/v1/triage", { headers: auth, data: { text, profileId: id } }), a.profileIds);
        await sameAsMissing((id) => b.post("/api/v1/triage", { headers: auth, data: { text, profileId: id, save: true } }), a.profileIds);
        // Nothing was saved by the refused requests.
        expect((await apiJson<{ items: unknown[] }>(b, w.b.token, "GET", "/api/v1/decisions")).items).toHaveLength(w.b.decisionIds.length);
      },
      // The feed's secret is its only key: B's feed holds B's held requests alone; a made-up secret is the same 404 as a revoked one.
      "/api/v1/calendar/[file]/route": async () => {
        const made = await callAction(b, w.baseURL, w.action("lib/actions/calendar.ts#calendarFeedAction"), [{}, form({ intent: "create" })]);
        const url = (made.result as { feedUrl: string }).feedUrl;
        const feed = await b.get(url);
        expect(feed.status()).toBe(200);
        const text = await feed.text();
        expectNothingOfA(w, text, "B's calendar feed");
        for (const [, id] of text.matchAll(/^UID:revisit-(.+)@decline-with-grace\r?$/gm)) expect(w.b.decisionIds).toContain(id);
        await callAction(b, w.baseURL, w.action("lib/actions/calendar.ts#calendarFeedAction"), [{}, form({ intent: "revoke" })]);
        await sameAsMissing((secret) => b.get(`/api/v1/calendar/${secret}.ics`), [new URL(url).pathname.slice("/api/v1/calendar/".length, -".ics".length)]);
      },
      // A's held decision downloads for A alone: B gets the random id's 404.
      "/(app)/history/[id]/revisit.ics/route": async () => {
        expect((await a.page.request.get(`/history/${a.decisions.held.id}/revisit.ics`)).status()).toBe(200);
        await sameAsMissing((id) => b.get(`/history/${id}/revisit.ics`), aDecisionIds);
      },
      // The share target keeps what was shared in a cookie and moves on: it reads no data at all.
      "/(app)/triage/share/route": async () => {
        const res = await b.get(`/triage/share?text=${encodeURIComponent(`Nia Park ${a.tag}`)}`, { maxRedirects: 0 });
        expect(res.status()).toBe(303);
        expect(res.headers().location).toBe("/triage?shared=1");
        expectNothingOfA(w, await res.text(), "the share target", [a.tag]);
      },
      // B's import of a file naming A's people: A's profile id is the random id's 404; a dry run
      // and a save see B's History alone (nobody skipped as A's), and save to B's.
      "/api/v1/imports/route": async () => {
        const names = aNames(w);
        const post = (query: string) =>
          b.post(`/api/v1/imports?filename=Invitations.csv${query}`, { headers: { ...auth, "Content-Type": "text/csv" }, data: invitationsOf(names) });
        await sameAsMissing((id) => post(`&profileId=${id}`), a.profileIds);
        await sameAsMissing((id) => post(`&profileId=${id}&confirm=true`), a.profileIds);
        type Imported = { profileId: string | null; saved: number | null; skippedDuplicates: number | null; rows: { name: string; duplicate: string | null }[] };
        const run = async (query: string) => {
          const res = await post(query);
          const text = await res.text();
          expect(res.status(), text.slice(0, 300)).toBe(200);
          expectNothingOfA(w, text, `POST /api/v1/imports?${query}`, names);
          return JSON.parse(text) as Imported;
        };
        const dry = await run("");
        expect(dry.rows.map((x) => [x.name, x.duplicate])).toEqual(names.map((n) => [n, null]));
        expect(dry.saved).toBeNull();
        const count = async () => (await apiJson<{ items: unknown[] }>(b, w.b.token, "GET", "/api/v1/decisions?limit=100")).items.length;
        expect(await count()).toBe(w.b.decisionIds.length);
        const saved = await run("&confirm=true");
        expect([saved.saved, saved.skippedDuplicates]).toEqual([names.length, 0]);
        expect(a.profileIds).not.toContain(saved.profileId);
        // Now they are B's: a second import skips them.
        const again = await run("&confirm=true");
        expect([again.saved, again.skippedDuplicates]).toEqual([0, names.length]);
        const mine = (await apiJson<{ items: { id: string }[] }>(b, w.b.token, "GET", "/api/v1/decisions?limit=100")).items;
        expect(mine).toHaveLength(w.b.decisionIds.length + names.length);
        // Back to B's seed rows, which the other route cases count.
        for (const d of mine) if (!w.b.decisionIds.includes(d.id)) expect((await b.delete(`/api/v1/decisions/${d.id}`, { headers: auth })).status()).toBeLessThan(300);
        expect(await count()).toBe(w.b.decisionIds.length);
      },
      "/manifest.webmanifest/route": async () => {
        expectNothingOfA(w, await (await b.get("/manifest.webmanifest")).text(), "the web app manifest");
      },
      "/api/v1/[...path]/route": async () => {
        for (const p of ["profiles", "templates", "tokens", "users"]) {
          await sameAsMissing((id) => b.get(`/api/v1/${p}/${id}`, { headers: auth }), [...a.profileIds, ...a.templateIds, a.tokenId, a.accountId]);
        }
        await sameAsMissing((id) => b.delete(`/api/v1/profiles/${id}`, { headers: auth }), a.profileIds);
      },
      "/api/v1/openapi.json/route": async () => {
        expectNothingOfA(w, await (await b.get("/api/v1/openapi.json")).text(), "the OpenAPI document");
      },
      "/api/health/route": async () => {
        expectNothingOfA(w, await (await b.get("/api/health")).text(), "/api/health");
      },
      "/api/health/live/route": async () => {
        expectNothingOfA(w, await (await b.get("/api/health/live")).text(), "/api/health/live");
      },
      "/api/auth/[...nextauth]/route": async () => {
        const session = await b.get("/api/auth/session");
        const text = await session.text();
        expectNothingOfA(w, text, "B's session");
        expect(JSON.parse(text).user.email).toBe(w.b.user.email);
      },
    };

    const routes = appPaths().filter((k) => k.endsWith("/route"));
    expectCasesFor(routes, ROUTES);
    const before = await ownerSnapshot(a);
    for (const key of routes) {
      await test.step(key, async () => {
        await ROUTES[key]!();
        await expectOwnerUnchanged(a, before);
      });
    }
  });
});
