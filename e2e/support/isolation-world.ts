// Two users for the isolation tests: the owner (A) with a profile, a template, decisions
// of several statuses, an API token and a delete's undo token, all made through the app
// (Settings, server actions, the HTTP API); and another user (B) in their own browser
// context with a little data of their own. Every id of A's is recorded.
import { randomBytes } from "node:crypto";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { expect, newUser, signUp, type TestUser } from "../fixtures";
import { callAction, form, serverActions, type ActionReply, type ServerAction } from "./server-actions";

type ApiDecision = { id: string; status: string; revisitAt: string | null; createdAt: string; parsed: { name: string | null } };

export type Owner = {
  user: TestUser;
  page: Page;
  /** A word in every name A gave (people, profile, template, token): B must never see it. */
  tag: string;
  token: string;
  accountId: string;
  tokenId: string;
  profileId: string;
  templateId: string;
  profileIds: string[];
  templateIds: string[];
  decisions: { sent: ApiDecision; held: ApiDecision; ignored: ApiDecision };
  /** A's undo token for a decision A deleted (the decision stays deleted). */
  undoToken: string;
  deletedId: string;
};

export type Other = {
  user: TestUser;
  page: Page;
  token: string;
  profileId: string;
  decisionIds: string[];
};

export type World = { a: Owner; b: Other; baseURL: string; action: (key: string) => ServerAction };

/** A capitalised made-up word the triage parser reads as a surname. */
function randomTag(): string {
  const letters = [...randomBytes(8)].map((b) => String.fromCharCode(97 + (b % 26))).join("");
  return `Q${letters}`;
}

/** A cuid-shaped id that exists nowhere: the control every "not found" is compared with. */
export function randomId(): string {
  return `c${[...randomBytes(24)].map((b) => (b % 36).toString(36)).join("")}`;
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export async function apiJson<T>(request: APIRequestContext, token: string, method: "GET" | "POST" | "PATCH", url: string, data?: unknown): Promise<T> {
  const res = await request.fetch(url, { method, headers: bearer(token), data });
  expect(res.ok(), `${method} ${url}: ${res.status()} ${await res.text()}`).toBe(true);
  return (await res.json()) as T;
}

export const PROFILE_FIELDS = {
  defaultFor: [] as string[],
  onlyKnownInRealLife: false,
  knownPeople: [] as string[],
  competitors: [] as string[],
  blockedRoles: [] as string[],
  requirePersonalNote: false,
  minMutualConnections: 0,
  observeStrangersMetOnline: true,
  tone: "warm",
  signature: "",
};

const RECRUITER = (name: string) => `${name}\nSenior Technical Recruiter at Globex\n3 mutual connections\nHi! I have an exciting opportunity for you.`;
const SPAM = (name: string) => `${name}\nCrypto investment advisor\nGuaranteed 300% returns, DM me on WhatsApp +1 555 0100`;
const MET = (name: string) => `${name}\nFounder at Quietstone\nWe met at the Lisbon meetup last week, would love to stay in touch!`;

async function okResult<T>(reply: Promise<ActionReply>): Promise<T> {
  const { result, status, raw } = await reply;
  expect((result as { ok?: unknown } | undefined)?.ok, `${status} ${raw.slice(0, 400)}`).toBe(true);
  return (result as { data: T }).data;
}

/** Builds A's data as A (signed in on `page`) and signs B up in a separate browser context. */
export async function makeWorld(page: Page, owner: TestUser, browser: Browser, baseURL: string): Promise<World> {
  const actions = serverActions();
  const action = (key: string) => {
    const found = actions.find((a) => a.key === key);
    if (!found) throw new Error(`No server action ${key} in the build`);
    return found;
  };
  const tag = randomTag();
  const asA = (key: string, args: unknown[]) => callAction(page.request, baseURL, action(key), args);

  // A's token, made in Settings as a person would.
  await page.goto("/settings/api");
  await page.getByLabel("Token name").fill(`Script ${tag}`);
  await page.getByRole("button", { name: "Create token" }).click();
  const shown = page.getByLabel("Your new API token");
  await expect(shown).toHaveValue(/^dwg_/);
  const token = await shown.inputValue();

  // A profile that is A's LinkedIn default, and a template that words blocked roles.
  const profile = await okResult<{ id: string }>(
    asA("lib/actions/profiles.ts#createProfileAction", [{}, form({ ...PROFILE_FIELDS, name: `Alpha ${tag}`, defaultFor: ["linkedin"], competitors: [`${tag} Corp`] })]),
  );
  const template = await okResult<{ id: string }>(
    asA("lib/actions/templates.ts#createTemplateAction", [
      {},
      form({ reasonKey: "blocked_role", title: `Words ${tag}`, body: `Thank you, {firstName}; ${tag} keeps recruiters out.`, isDefault: true }),
    ]),
  );

  // Decisions through the API: a decline then sent, one held with a due revisit date, spam ignored.
  const save = (text: string) => apiJson<{ decisionId: string }>(page.request, token, "POST", "/api/v1/triage", { text, platform: "linkedin", save: true });
  const sentId = (await save(RECRUITER(`Priya ${tag}`))).decisionId;
  await apiJson(page.request, token, "PATCH", `/api/v1/decisions/${sentId}`, { status: "sent" });
  const heldId = (await save(MET(`Ottoline ${tag}`))).decisionId;
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  await apiJson(page.request, token, "PATCH", `/api/v1/decisions/${heldId}`, { status: "held", revisitAt: yesterday });
  const ignoredId = (await save(SPAM(`Dorian ${tag}`))).decisionId;
  // One more, deleted by A: its undo token is A's to use, nobody else's.
  const deletedId = (await save(MET(`Wilma ${tag}`))).decisionId;
  const { undo } = await okResult<{ undo: string }>(asA("lib/actions/history.ts#deleteDecisionAction", [{ id: deletedId }]));

  const get = <T>(url: string) => apiJson<T>(page.request, token, "GET", url);
  const decisions = (await get<{ items: ApiDecision[] }>("/api/v1/decisions")).items;
  const byId = (id: string) => decisions.find((d) => d.id === id)!;
  expect(decisions.map((d) => d.id).sort()).toEqual([sentId, heldId, ignoredId].sort());
  expect(byId(sentId)).toMatchObject({ status: "sent" });
  expect(byId(heldId)).toMatchObject({ status: "held", revisitAt: expect.stringMatching(/^\d{4}-/) });
  expect(byId(ignoredId)).toMatchObject({ status: "ignored" });
  // Each person's name carries the tag, so finding the tag anywhere means a leak.
  for (const d of decisions) expect(d.parsed.name).toContain(tag);
  const profileIds = (await get<{ items: { id: string }[] }>("/api/v1/profiles")).items.map((p) => p.id);
  const templateIds = (await get<{ items: { id: string }[] }>("/api/v1/templates")).items.map((t) => t.id);
  expect(profileIds).toContain(profile.id);
  expect(templateIds).toContain(template.id);
  const exported = (await (await page.request.get("/settings/export")).json()) as { account: { id: string }; apiTokens: { id: string }[] };

  // B: another person, in a browser context of their own.
  const bContext = await browser.newContext({ baseURL });
  const bPage = await bContext.newPage();
  const bUser = await signUp(bPage, newUser("Bea Other"));
  const bToken = (
    await okResult<{ token: string }>(callAction(bPage.request, baseURL, action("lib/actions/api-tokens.ts#createApiTokenAction"), [{}, form({ name: "B's script" })]))
  ).token;
  const bSave = (text: string) => apiJson<{ decisionId: string }>(bPage.request, bToken, "POST", "/api/v1/triage", { text, platform: "linkedin", save: true });
  const bDecisionIds = [(await bSave(RECRUITER("Laura Simmons"))).decisionId, (await bSave(MET("Marco Bellini"))).decisionId];
  const bProfiles = (await apiJson<{ items: { id: string }[] }>(bPage.request, bToken, "GET", "/api/v1/profiles")).items;

  return {
    baseURL,
    action,
    a: {
      user: owner,
      page,
      tag,
      token,
      accountId: exported.account.id,
      tokenId: exported.apiTokens[0]!.id,
      profileId: profile.id,
      templateId: template.id,
      profileIds,
      templateIds,
      decisions: { sent: byId(sentId), held: byId(heldId), ignored: byId(ignoredId) },
      undoToken: undo,
      deletedId,
    },
    b: { user: bUser, page: bPage, token: bToken, profileId: bProfiles[0]!.id, decisionIds: bDecisionIds },
  };
}

/** Everything A has, as A's own "export all my data" gives it (the moment of export and token use left out). */
export async function ownerSnapshot(a: Owner): Promise<unknown> {
  const res = await a.page.request.get("/settings/export");
  expect(res.status()).toBe(200);
  const data = (await res.json()) as { exportedAt?: unknown; apiTokens: { lastUsedAt?: unknown }[] };
  delete data.exportedAt;
  for (const t of data.apiTokens) delete t.lastUsedAt;
  return data;
}

/** A's data is exactly as before, and A's token still works. */
export async function expectOwnerUnchanged(a: Owner, before: unknown) {
  expect(await ownerSnapshot(a)).toEqual(before);
  const res = await a.page.request.get("/api/v1/profiles", { headers: bearer(a.token) });
  expect(res.status(), "A's token still works").toBe(200);
}

/** Every id A has, for "never appears" checks. */
export function ownerIds(a: Owner): string[] {
  const d = a.decisions;
  return [a.accountId, a.tokenId, a.deletedId, d.sent.id, d.held.id, d.ignored.id, ...a.profileIds, ...a.templateIds];
}

/** The keyset cursor the app would make for a decision (base64url of "createdAt|id"). */
export function cursorOf(d: { createdAt: string; id: string }): string {
  return Buffer.from(`${d.createdAt}|${d.id}`).toString("base64url");
}
