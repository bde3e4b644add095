// POST /api/v1/imports: a dry run that saves nothing, confirm that saves once, the raw
// body and multipart forms, every error (wrong file, damaged zip, size, unknown profile,
// bad query, no token), and two users kept apart.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import * as importsRoute from "@/app/api/v1/imports/route";
import { db } from "@/lib/db/client";
import { listProfiles } from "@/lib/data/profiles";
import { IMPORT_LIMITS } from "@/lib/import";
import { apiErrorSchema } from "@/lib/validations/api";
import { apiImportResultSchema } from "@/lib/validations/import";
import { call, tokenFor } from "../support/api";
import { makeUser } from "../support/factory";
import { makeZip } from "../support/zip";

const fixture = (name: string) => readFileSync(join(__dirname, "..", "unit", "import", "fixtures", name));
const count = async (userId: string) => (await db()).decision.count({ where: { userId } });

describe("POST /api/v1/imports", () => {
  let user: Awaited<ReturnType<typeof makeUser>>;
  let other: Awaited<ReturnType<typeof makeUser>>;
  let token: string;
  let otherToken: string;
  let zip: Buffer;
  beforeAll(async () => {
    user = await makeUser("Import Caller");
    other = await makeUser("Other Caller");
    token = await tokenFor(user.id);
    otherToken = await tokenFor(other.id);
    zip = await makeZip({ "Invitations.csv": fixture("Invitations.csv") });
  });

  const send = (t: string | null, raw: BodyInit, query: Record<string, string> = {}, type = "application/zip") =>
    call(importsRoute.POST, "POST", "/api/v1/imports", { token: t, raw, query, headers: { "content-type": type } });

  it("a dry run lists the incoming requests with verdicts and saves nothing; confirm saves them once", async () => {
    const dry = await send(token, new Uint8Array(zip));
    expect(dry.status).toBe(200);
    const body = apiImportResultSchema.parse(dry.body);
    expect(body.fileName).toBe("export.zip");
    expect(body.rows.map((r) => r.name)).toEqual(["José Álvarez Núñez", "Priya Raman", "Sam O'Connor"]);
    expect(body.saved).toBeNull();
    expect(await count(user.id)).toBe(0);

    const saved = await send(token, new Uint8Array(zip), { confirm: "true" });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ saved: 3, skippedDuplicates: 0 });
    expect(await count(user.id)).toBe(3);

    const again = await send(token, new Uint8Array(zip), { confirm: "true" });
    expect(again.body).toMatchObject({ saved: 0, skippedDuplicates: 3 });
    expect(again.body.rows.map((r: { duplicate: string }) => r.duplicate)).toEqual(["history", "history", "history"]);
    expect(await count(user.id)).toBe(3);
  });

  it("takes a multipart form with the file, profileId and confirm fields", async () => {
    const [profile] = await listProfiles(other.id);
    const form = new FormData();
    form.set("file", new Blob([new Uint8Array(fixture("received_friend_requests.json"))], { type: "application/json" }), "received_friend_requests.json");
    form.set("profileId", profile!.id);
    form.set("confirm", "true");
    const res = await call(importsRoute.POST, "POST", "/api/v1/imports", { token: otherToken, raw: form });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ fileName: "received_friend_requests.json", profileId: profile!.id, saved: 4 });
    expect(res.body.rows[0].name).toBe("José García");
    expect(await count(other.id)).toBe(4);
    expect(await count(user.id)).toBe(3); // the first user's history is untouched
  });

  it("answers a wrong or damaged file with 400 naming the file and line, saving nothing", async () => {
    const before = await count(user.id);
    const truncated = await send(token, new Uint8Array(zip.subarray(0, zip.length - 30)), { filename: "linkedin.zip", confirm: "true" });
    expect(truncated.status).toBe(400);
    expect(apiErrorSchema.parse(truncated.body).error.message).toMatch(/^linkedin\.zip is damaged or incomplete/);
    const header = await send(token, "Name,Email\nAna,ana@example.test\n", { filename: "Invitations.csv", confirm: "true" }, "text/csv");
    expect(header.status).toBe(400);
    expect(header.body.error).toMatchObject({ code: "invalid_request", fields: { file: [expect.stringMatching(/^Invitations\.csv, line 1: the header is "Name,Email"/)] } });
    const shape = await send(token, JSON.stringify({ received_requests_v2: [{ name: 5 }] }), { confirm: "true" }, "application/json");
    expect(shape.status).toBe(400);
    expect(shape.body.error.message).toMatch(/^export\.json, entry 1 \(received_requests_v2\[0\]\.name\)/);
    expect(await count(user.id)).toBe(before);
  });

  it("refuses an upload over the size limit as it arrives (413)", async () => {
    const big = new Uint8Array(IMPORT_LIMITS.uploadBytes + 1);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= big.length) return controller.close();
        const chunk = big.subarray(sent, sent + 256 * 1024);
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    // A chunked body declares no length: the count while reading stops it.
    const res = await send(token, stream, { filename: "huge.zip" });
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ code: "payload_too_large", message: expect.stringMatching(/^huge\.zip is larger than 8 MB/) });
    const declared = await call(importsRoute.POST, "POST", "/api/v1/imports", { token, raw: "x", headers: { "content-length": String(IMPORT_LIMITS.uploadBytes + 1), "content-type": "text/csv" } });
    expect(declared.status).toBe(413);
  });

  it("answers 404 for another user's profile, 400 for a bad query, 401 without a token", async () => {
    const [othersProfile] = await listProfiles(other.id);
    const res = await send(token, new Uint8Array(zip), { profileId: othersProfile!.id });
    expect(res.status).toBe(404);
    expect(res.body.error.fields).toEqual({ profileId: ["No profile with this id."] });
    const bad = await send(token, new Uint8Array(zip), { confirm: "yes", colour: "blue" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain("confirm: must be true or false");
    expect(bad.body.error.message).toContain("colour: is not a known field");
    expect((await send(null, new Uint8Array(zip))).status).toBe(401);
    const empty = await send(token, "", {}, "text/csv");
    expect(empty.status).toBe(400);
  });
});
