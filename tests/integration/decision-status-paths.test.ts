// One home for a decision's status rules: the HTTP API's PATCH and History's status form
// (a server action, run for real inside a Next request) both go through
// changeDecisionStatus, so a hold's revisit date and the count of template use come out
// the same whichever way the change was made.
import { inRequest, sessionCookie } from "../support/hostile";
import { beforeAll, describe, expect, it } from "vitest";
import * as decisionRoute from "@/app/api/v1/decisions/[id]/route";
import * as decisionsRoute from "@/app/api/v1/decisions/route";
import { createDecision, getDecision, type NewDecision } from "@/lib/data/decisions";
import { listTemplates } from "@/lib/data/templates";
import type { DecisionStatus } from "@/lib/domain";
import { apiDecisionSchema, apiErrorSchema } from "@/lib/validations/api";
import { call, tokenFor } from "../support/api";
import { makeUser } from "../support/factory";

const sample = (templateIds: string[]): NewDecision => ({
  profileId: null,
  platform: "linkedin",
  text: "Priya Raman\nSenior Recruiter at Globex\nHi, let's connect!",
  parsed: { name: "Priya Raman", firstName: "Priya", headline: "Senior Recruiter at Globex", company: "Globex", mutualConnections: 3, note: "Hi, let's connect!" },
  verdict: "decline",
  confidence: 0.9,
  reasons: ["competitor", "blocked_role"],
  signals: [],
  draftText: "Thank you for the invitation, Priya.",
  draftShort: "Thanks, Priya.",
  templateIds,
  status: "drafted",
});

type User = Awaited<ReturnType<typeof makeUser>>;
type Step = { status: Exclude<DecisionStatus, "drafted">; revisitAt?: string; sentText?: string };

// Loaded lazily: Next's modules need the globals ../support/hostile sets up first.
// (The forms work moves History's actions to lib/actions: only this path changes then.)
const historyActions = () => import("@/lib/actions/history");

/** One step through the status form's server action, as the browser posts it. */
async function viaAction(user: User, id: string, step: Step) {
  const { changeStatusAction } = await historyActions();
  const row = (await getDecision(user.id, id))!;
  const form = new FormData();
  form.set("id", id);
  form.set("status", step.status);
  if (step.revisitAt) form.set("revisitAt", step.revisitAt);
  // The form's "what you sent" box starts with the text sent so far, else the draft.
  if (step.status === "sent") form.set("sentText", step.sentText ?? row.sentText ?? row.draftText ?? "");
  const state = await inRequest(await sessionCookie(user), () => changeStatusAction({}, form));
  expect(state, JSON.stringify(state)).toMatchObject({ ok: true });
}

/** The same step through PATCH /api/v1/decisions/{id}. */
async function viaApi(token: string, id: string, step: Step) {
  const res = await call(decisionRoute.PATCH, "PATCH", `/api/v1/decisions/${id}`, { token, body: step, params: { id } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

const inTwoWeeks = () => new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

describe("a decision's status, through the API and through the status form", () => {
  let apiUser: User;
  let formUser: User;
  let token: string;
  beforeAll(async () => {
    [apiUser, formUser] = await Promise.all([makeUser("Api Path"), makeUser("Form Path")]);
    token = await tokenFor(apiUser.id);
  });

  it("a held decision PATCHed to sent has no revisit date, and records the draft as sent", async () => {
    const d = await createDecision(apiUser.id, sample([]));
    const patch = (body: unknown) => call(decisionRoute.PATCH, "PATCH", `/api/v1/decisions/${d.id}`, { token, body, params: { id: d.id } });

    const held = apiDecisionSchema.parse((await patch({ status: "held", revisitAt: inTwoWeeks() })).body);
    expect(held.revisitAt).toBe(`${inTwoWeeks()}T00:00:00.000Z`);
    const sent = apiDecisionSchema.parse((await patch({ status: "sent" })).body);
    expect(sent).toMatchObject({ status: "sent", revisitAt: null, sentText: "Thank you for the invitation, Priya." });
    expect((await getDecision(apiUser.id, d.id))!.revisitAt).toBeNull();

    // Held again, then accepted: the date goes again.
    expect(apiDecisionSchema.parse((await patch({ status: "held" })).body).revisitAt).not.toBeNull();
    expect(apiDecisionSchema.parse((await patch({ status: "accepted" })).body).revisitAt).toBeNull();
    expect((await getDecision(apiUser.id, d.id))!.revisitAt).toBeNull();
  });

  it("refuses a revisit date for a status that has none, naming the field, and changes nothing", async () => {
    const d = await createDecision(apiUser.id, sample([]));
    const patch = (body: unknown) => call(decisionRoute.PATCH, "PATCH", `/api/v1/decisions/${d.id}`, { token, body, params: { id: d.id } });
    for (const body of [{ revisitAt: "2030-05-01" }, { status: "sent", revisitAt: "2030-05-01" }]) {
      const res = await patch(body);
      expect(res.status).toBe(400);
      const error = apiErrorSchema.parse(res.body).error;
      expect(error.code).toBe("invalid_request");
      expect(Object.keys(error.fields ?? {})).toEqual(["revisitAt"]);
    }
    expect(await getDecision(apiUser.id, d.id)).toMatchObject({ status: "drafted", revisitAt: null, sentText: null });
    // Clearing it is always allowed.
    expect((await patch({ revisitAt: null })).status).toBe(200);
  });

  it("counts template use exactly alike on both paths, step by step", async () => {
    const steps: Step[] = [
      { status: "held", revisitAt: inTwoWeeks() },
      { status: "sent" },
      { status: "sent", sentText: "Edited after sending." },
      { status: "held", revisitAt: inTwoWeeks() },
      { status: "accepted" },
      { status: "sent", sentText: "Sent after all." },
      { status: "ignored" },
    ];
    // Two templates of each user, and a third left out of the draft.
    async function run(user: User, apply: (id: string, step: Step) => Promise<void>) {
      const templates = await listTemplates(user.id);
      const used = templates.filter((t) => t.reasonKey === "competitor" || t.reasonKey === "blocked_role").slice(0, 2).map((t) => t.id);
      expect(used).toHaveLength(2);
      const d = await createDecision(user.id, sample(used));
      const trail: { status: string; revisitAt: string | null; sentText: string | null; counts: number[]; untouched: number }[] = [];
      for (const step of steps) {
        await apply(d.id, step);
        const row = (await getDecision(user.id, d.id))!;
        const now = await listTemplates(user.id);
        trail.push({
          status: row.status,
          revisitAt: row.revisitAt?.toISOString() ?? null,
          sentText: row.sentText,
          counts: used.map((id) => now.find((t) => t.id === id)!.timesUsed),
          untouched: now.filter((t) => !used.includes(t.id)).reduce((sum, t) => sum + t.timesUsed, 0),
        });
      }
      return trail;
    }
    const api = await run(apiUser, (id, step) => viaApi(token, id, step));
    const form = await run(formUser, (id, step) => viaAction(formUser, id, step));

    expect(api).toEqual(form);
    expect(api.map((s) => s.counts)).toEqual([[0, 0], [1, 1], [1, 1], [1, 1], [1, 1], [2, 2], [2, 2]]);
    expect(api.map((s) => s.untouched)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(api.map((s) => s.revisitAt === null)).toEqual([false, true, true, false, true, true, true]);
  });

  it("counts one use when the same decision is marked sent by several requests at once", async () => {
    const [tpl] = await listTemplates(apiUser.id);
    const before = tpl!.timesUsed;
    const d = await createDecision(apiUser.id, sample([tpl!.id]));
    const results = await Promise.all(Array.from({ length: 6 }, () => viaApi(token, d.id, { status: "sent" }).then(() => "ok", (e) => e)));
    expect(results).toEqual(Array(6).fill("ok"));
    const after = (await listTemplates(apiUser.id)).find((t) => t.id === tpl!.id)!.timesUsed;
    expect(after - before).toBe(1);
  });
});

describe("a date range, one rule for History and the API", () => {
  it("refuses an end date before the start date in the API's list, naming `to`", async () => {
    const user = await makeUser("Range Reader");
    const token = await tokenFor(user.id);
    const res = await call(decisionsRoute.GET, "GET", "/api/v1/decisions", { token, query: { from: "2026-03-10", to: "2026-03-01" } });
    expect(res.status).toBe(400);
    expect(apiErrorSchema.parse(res.body).error.fields).toEqual({ to: ["The end date must be on or after the start date."] });
    const same = await call(decisionsRoute.GET, "GET", "/api/v1/decisions", { token, query: { from: "2026-03-10", to: "2026-03-10" } });
    expect(same.status).toBe(200);
  });
});
