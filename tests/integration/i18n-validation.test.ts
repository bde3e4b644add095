// Field errors in the user's language: a server action answers in the request's language
// (the `locale` cookie, else Accept-Language), run for real in a Next request, while the
// HTTP API answers the same mistakes in today's English, whatever the caller's language.
import { inRequest, sessionCookie } from "../support/hostile";
import { beforeAll, describe, expect, it } from "vitest";
import * as decisionsRoute from "@/app/api/v1/decisions/route";
import * as importsRoute from "@/app/api/v1/imports/route";
import * as triageRoute from "@/app/api/v1/triage/route";
import { translator } from "@/lib/i18n/server";
import { parseDecisionFilter } from "@/lib/validations/decision";
import { call, tokenFor } from "../support/api";
import { makeUser } from "../support/factory";

type Result = { ok?: boolean; message?: string; errors?: Record<string, string[]>; values?: Record<string, unknown> };
type FormAction = (prev: object, formData: FormData) => Promise<Result>;
type PlainAction = (input: unknown) => Promise<Result>;

const form = (fields: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
};

describe("server actions in the user's language", () => {
  let session: string;
  let token: string;
  let profiles: Record<string, unknown>;
  let triage: Record<string, unknown>;
  beforeAll(async () => {
    const user = await makeUser("Sprache Test");
    session = await sessionCookie(user);
    token = await tokenFor(user.id);
    // Loaded after ../support/hostile has set up what Next's modules expect.
    profiles = await import("@/lib/actions/profiles");
    triage = await import("@/lib/actions/triage");
  });

  it("a form action answers a German request in German, each error under its field", async () => {
    const create = profiles.createProfileAction as FormAction;
    const bad = form({ name: "x".repeat(61), minMutualConnections: "-3", "competitors[]": "Globex", tone: "loud" });
    const de = await inRequest(`locale=de; ${session}`, () => create({}, bad));
    expect(de.ok).toBe(false);
    expect(de.message).toBe("Bitte korrigieren Sie die unten markierten Felder.");
    expect(de.errors).toEqual({
      name: ["Der Name darf höchstens 60 Zeichen lang sein."],
      minMutualConnections: ["Die Mindestzahl gemeinsamer Kontakte muss 0 oder größer sein."],
      tone: ["Wählen Sie einen Ton: herzlich, förmlich oder kurz."],
    });
    // The typed values come back as they were, whatever the language.
    expect(de.values).toMatchObject({ name: "x".repeat(61), tone: "loud" });

    // No cookie: the browser's Accept-Language decides; none at all, English as always.
    const fr = await inRequest(session, () => create({}, bad), { "accept-language": "fr-CA,fr;q=0.9,en;q=0.5" });
    expect(fr.errors!.name).toEqual(["Le nom ne doit pas dépasser 60 caractères."]);
    expect(fr.message).toBe("Veuillez corriger les champs signalés ci-dessous.");
    const en = await inRequest(session, () => create({}, bad));
    expect(en.message).toBe("Please correct the fields marked below.");
    expect(en.errors).toEqual({
      name: ["Name must be at most 60 characters."],
      minMutualConnections: ["Minimum mutual connections must be 0 or more."],
      tone: ["Choose warm, formal or brief."],
    });
    // The cookie (the user's choice) wins over the browser's languages.
    const cookieWins = await inRequest(`locale=pt; ${session}`, () => create({}, bad), { "accept-language": "de" });
    expect(cookieWins.errors!.name).toEqual(["O nome pode ter no máximo 60 caracteres."]);
  });

  it("a plain action names the field in its message, in the request's language", async () => {
    const remove = profiles.deleteProfileAction as PlainAction;
    const de = await inRequest(`locale=de; ${session}`, () => remove({ id: "" }));
    expect(de).toEqual({ ok: false, errors: { id: ["Welches Profil?"] }, message: "id: Welches Profil?" });
    const fr = await inRequest(`locale=fr; ${session}`, () => remove({ id: "" }));
    expect(fr.message).toBe("id : Quel profil ?");
  });

  it("a signed-out visitor is told in their language", async () => {
    const create = profiles.createProfileAction as FormAction;
    const es = await inRequest("locale=es", () => create({}, form({ name: "Trabajo" })));
    expect(es).toMatchObject({ ok: false, message: "Tu sesión ha caducado. Vuelve a iniciar sesión para continuar; no se guardó nada de lo que escribiste." });
    const en = await inRequest(null, () => create({}, form({ name: "Work" })));
    expect(en.message).toBe("Your session has ended. Sign in again to continue; nothing you typed was saved.");
  });

  it("the same bad request: German from the action, today's English from the HTTP API", async () => {
    const german = `locale=de; ${session}`;
    const body = { text: "Hi, let's connect!", platform: "myspace" };

    const analyze = triage.analyzeAction as FormAction;
    const action = await inRequest(german, () => analyze({}, form(body)));
    expect(action.errors).toEqual({ platform: ["Wählen Sie eine Plattform aus der Liste."] });
    const batch = await inRequest(german, () => (triage.analyzeBatchAction as PlainAction)({ items: [body] }));
    expect(batch).toMatchObject({ ok: false, errors: { "items.0.platform": ["Wählen Sie eine Plattform aus der Liste."] } });
    expect(batch.message).toBe("items.0.platform: Wählen Sie eine Plattform aus der Liste.");

    const headers = { cookie: german, "accept-language": "de-DE,de;q=0.9" };
    const api = await inRequest(german, () => call(triageRoute.POST, "POST", "/api/v1/triage", { token, body, headers }));
    expect(api.status).toBe(400);
    expect(api.body).toEqual({
      error: { code: "invalid_request", message: "platform: must be one of linkedin, facebook, x, instagram, other", fields: { platform: ["must be one of linkedin, facebook, x, instagram, other"] } },
    });

    // History's filters: one schema for the History page and the API's list.
    const query = { verdict: "maybe", from: "2026-13-01" };
    const page = await inRequest(german, async () => parseDecisionFilter(query, await translator("validation")));
    expect(page.errors).toEqual({ verdict: ["Unbekannte Empfehlung."], from: ["Verwenden Sie ein Datum im Format 2026-01-31."] });
    const list = await inRequest(german, () => call(decisionsRoute.GET, "GET", "/api/v1/decisions", { token, query, headers }));
    expect(list.status).toBe(400);
    expect(list.body).toEqual({
      error: {
        code: "invalid_request",
        message: "verdict: Unknown verdict.; from: Use a date like 2026-01-31.",
        fields: { from: ["Use a date like 2026-01-31."], verdict: ["Unknown verdict."] },
      },
    });

    // A profile id no profile can have: the import's query, as the import form's would be.
    const imports = await inRequest(german, () =>
      call(importsRoute.POST, "POST", "/api/v1/imports", { token, query: { profileId: "p".repeat(65) }, raw: "a,b\n", headers: { ...headers, "content-type": "text/csv" } }),
    );
    expect(imports.status).toBe(400);
    expect(imports.body.error.message).toBe("profileId: Unknown profile.");
  });
});
