// Imports of platform exports, on a real database: the preview saves nothing, duplicates
// of History are marked and skipped, a confirmed import saves each person once (also
// when confirmed twice, or twice at once), and one user's History never marks another's.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createProfile, listProfiles } from "@/lib/data/profiles";
import { ImportError } from "@/lib/import";
import { confirmImport, previewImport, UnknownProfileError } from "@/lib/import-service";
import { recordForUser } from "@/lib/triage-service";
import type { ImportPreview, ImportRowInput } from "@/lib/validations/import";
import { makeUser } from "../support/factory";
import { invitationsCsv, makeZip } from "../support/zip";

const fixture = (name: string) => readFileSync(join(__dirname, "..", "unit", "import", "fixtures", name));
const upload = (name: string, content: Buffer | string) => ({ source: Readable.from([Buffer.from(content)]), name });
const toSave = (p: ImportPreview): ImportRowInput[] => p.rows.filter((r) => !r.duplicate).map(({ platform, name, note, profileUrl }) => ({ platform, name, note, profileUrl }));

async function decisionsOf(userId: string) {
  const client = await db();
  return client.decision.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
}

describe("imports", () => {
  let alice: Awaited<ReturnType<typeof makeUser>>;
  let bob: Awaited<ReturnType<typeof makeUser>>;
  let linkedinZip: Buffer;
  beforeAll(async () => {
    alice = await makeUser("Alice Import");
    bob = await makeUser("Bob Import");
    linkedinZip = await makeZip({ "Invitations.csv": fixture("Invitations.csv"), "Connections.csv": "First Name\n" });
  });

  it("previews without saving, then saves once; a second import adds nothing", async () => {
    const preview = await previewImport(alice.id, upload("linkedin.zip", linkedinZip), null);
    expect(preview.rows.map((r) => r.name)).toEqual(["José Álvarez Núñez", "Priya Raman", "Sam O'Connor"]);
    expect(preview.rows.every((r) => r.duplicate === null)).toBe(true);
    expect(preview.counts).toMatchObject({ requests: 3, new: 3, duplicates: 0 });
    expect(await decisionsOf(alice.id)).toHaveLength(0);

    expect(await confirmImport(alice.id, toSave(preview), null)).toEqual({ saved: 3, duplicates: 0 });
    const saved = await decisionsOf(alice.id);
    expect(saved.map((d) => d.parsedName).sort()).toEqual(["José Álvarez Núñez", "Priya Raman", "Sam O'Connor"]);
    const jose = saved.find((d) => d.parsedName === "José Álvarez Núñez")!;
    expect(jose).toMatchObject({ platform: "linkedin", parsedNote: expect.stringContaining("Lisbon product meetup") });
    expect(jose.text).toContain("https://www.linkedin.com/in/jose-alvarez-nunez-0a1b2c");
    // Each status follows its verdict, as a bulk triage saves it.
    for (const d of saved) expect(d.status).toBe({ decline: "drafted", observe: "held", ignore: "ignored", accept: "accepted" }[d.verdict]);

    const again = await previewImport(alice.id, upload("linkedin.zip", linkedinZip), null);
    expect(again.rows.map((r) => r.duplicate)).toEqual(["history", "history", "history"]);
    expect(again.counts).toMatchObject({ new: 0, duplicates: 3 });
    // Even a client that sends the duplicates back gets nothing saved twice.
    expect(await confirmImport(alice.id, again.rows.map(({ platform, name, note, profileUrl }) => ({ platform, name, note, profileUrl })), null)).toEqual({
      saved: 0,
      duplicates: 3,
    });
    expect(await decisionsOf(alice.id)).toHaveLength(3);
  });

  it("keeps users apart: Alice's History marks nothing for Bob", async () => {
    const preview = await previewImport(bob.id, upload("linkedin.zip", linkedinZip), null);
    expect(preview.rows.map((r) => r.duplicate)).toEqual([null, null, null]);
    await confirmImport(bob.id, toSave(preview), null);
    expect(await decisionsOf(bob.id)).toHaveLength(3);
    expect(await decisionsOf(alice.id)).toHaveLength(3);
  });

  it("marks people already triaged by hand (same platform and name), not those of another platform", async () => {
    const carol = await makeUser("Carol Import");
    await recordForUser(carol.id, { text: "Kenji Watanabe\nProduct designer at Initech", platform: "facebook", status: "accepted" });
    await recordForUser(carol.id, { text: "José García\nHello!", platform: "linkedin", status: "accepted" });
    const zip = await makeZip({ "connections/friends/received_friend_requests.json": fixture("received_friend_requests.json") });
    const preview = await previewImport(carol.id, upload("facebook.zip", zip), null);
    expect(preview.rows.map((r) => [r.name, r.duplicate])).toEqual([
      ["José García", null],
      ["Zoë Müller", null],
      ["Kenji Watanabe", "history"],
      ["Łukasz Dąbrowski", null],
    ]);
    expect(await confirmImport(carol.id, toSave(preview), null)).toEqual({ saved: 3, duplicates: 0 });
    expect((await decisionsOf(carol.id)).filter((d) => d.platform === "facebook").map((d) => d.parsedName).sort()).toEqual([
      "José García",
      "Kenji Watanabe",
      "Zoë Müller",
      "Łukasz Dąbrowski",
    ]);
  });

  it("marks a person listed twice in one upload, and saves them once", async () => {
    const dave = await makeUser("Dave Import");
    const csv = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\nAna Silva,Dave,\"1/2/26, 9:00 AM\",,INCOMING,https://www.linkedin.com/in/ana-silva-x,\nAna Silva,Dave,\"1/3/26, 9:00 AM\",Hi again,INCOMING,https://www.linkedin.com/in/ana-silva-x,\nAna Silva,Dave,\"1/3/26, 9:00 AM\",,INCOMING,https://www.linkedin.com/in/ana-silva-other,\n";
    const preview = await previewImport(dave.id, upload("Invitations.csv", csv), null);
    expect(preview.rows.map((r) => r.duplicate)).toEqual([null, "file", null]); // a namesake with another link is someone else
    const all = preview.rows.map(({ platform, name, note, profileUrl }) => ({ platform, name, note, profileUrl }));
    expect(await confirmImport(dave.id, all, null)).toEqual({ saved: 2, duplicates: 1 });
  });

  it("saves once when the same import is confirmed twice at the same time", async () => {
    const erin = await makeUser("Erin Import");
    const { text } = invitationsCsv(60, { prefix: "c" });
    const preview = await previewImport(erin.id, upload("Invitations.csv", text), null);
    const rows = toSave(preview);
    const results = await Promise.all([confirmImport(erin.id, rows, null), confirmImport(erin.id, rows, null)]);
    expect(results.map((r) => r.saved).sort((a, b) => a - b)).toEqual([0, rows.length]);
    expect(await decisionsOf(erin.id)).toHaveLength(rows.length);
  });

  it("uses the profile picked, and refuses another user's profile", async () => {
    const frank = await makeUser("Frank Import");
    const strict = await createProfile(frank.id, {
      name: "Strict",
      defaultFor: [],
      onlyKnownInRealLife: true,
      knownPeople: [],
      competitors: [],
      blockedRoles: [],
      requirePersonalNote: true,
      minMutualConnections: 0,
      observeStrangersMetOnline: true,
      tone: "warm",
      signature: null,
    } as never);
    const preview = await previewImport(frank.id, upload("linkedin.zip", linkedinZip), strict.id);
    expect(preview.profileName).toBe("Strict");
    expect(preview.rows.map((r) => r.verdict)).toEqual(["decline", "decline", "decline"]);
    expect(preview.rows[1]!.reasons).toContain("no_personal_note");
    const [alicesProfile] = await listProfiles(alice.id);
    await expect(previewImport(frank.id, upload("linkedin.zip", linkedinZip), alicesProfile!.id)).rejects.toBeInstanceOf(UnknownProfileError);
    await expect(confirmImport(frank.id, toSave(preview), alicesProfile!.id)).rejects.toBeInstanceOf(UnknownProfileError);
    expect(await decisionsOf(frank.id)).toHaveLength(0);
  });

  it("saves rows that read back, list, search and page like any other decision", async () => {
    const hana = await makeUser("Hana Import");
    const { text, incoming } = invitationsCsv(30, { prefix: "h", allIncoming: true });
    const csv = text.replace("Hi, we met at the Lisbon product meetup last week. Would love to stay in touch!", "We chatted in the comments of your post about design systems, would love to connect.");
    const preview = await previewImport(hana.id, upload("Invitations.csv", csv), null);
    expect(await confirmImport(hana.id, toSave(preview), null)).toEqual({ saved: 30, duplicates: 0 });
    const before = Date.now();
    const { listDecisions, getDecision } = await import("@/lib/data/decisions");
    const page1 = await listDecisions(hana.id, {}, { limit: 20 });
    const page2 = await listDecisions(hana.id, {}, { limit: 20, cursor: page1.nextCursor });
    const listed = [...page1.items, ...page2.items];
    expect(new Set(listed.map((d) => d.id)).size).toBe(30);
    expect(listed.map((d) => d.parsedName).sort()).toEqual(incoming.map((r) => r.name).sort());
    const one = (await getDecision(hana.id, listed[0]!.id))!;
    expect(one.createdAt).toBeInstanceOf(Date);
    expect(Math.abs(one.createdAt.getTime() - before)).toBeLessThan(60_000);
    expect(Array.isArray(one.signals)).toBe(true);
    expect(Array.isArray(one.templateIds)).toBe(true);
    const held = listed.filter((d) => d.status === "held");
    expect(held.length).toBeGreaterThan(0);
    for (const d of held) expect(d.revisitAt).toBeInstanceOf(Date);
    const search = await listDecisions(hana.id, { q: incoming[3]!.name.split(" ")[0] });
    expect(search.items.some((d) => d.parsedName === incoming[3]!.name)).toBe(true);
    expect(await getDecision(alice.id, listed[0]!.id)).toBeNull(); // another user's id finds nothing
  });

  it("a damaged or wrong file saves nothing", async () => {
    const gina = await makeUser("Gina Import");
    await expect(previewImport(gina.id, upload("linkedin.zip", linkedinZip.subarray(0, 200)), null)).rejects.toBeInstanceOf(ImportError);
    await expect(previewImport(gina.id, upload("Invitations.csv", "Name,Email\nAna,a@example.test\n"), null)).rejects.toThrow(/line 1: the header is "Name,Email"/);
    expect(await decisionsOf(gina.id)).toHaveLength(0);
  });
});
