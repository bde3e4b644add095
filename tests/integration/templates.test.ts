// Reason templates in the data layer: one default per reason key through every write,
// restoring the built-in set, and each user's templates kept apart.
import { describe, expect, it } from "vitest";
import * as templates from "@/lib/data/templates";
import { DEFAULT_TEMPLATES } from "@/lib/defaults";
import { REASON_KEYS, type ReasonKey } from "@/lib/domain";
import { templateSchema } from "@/lib/validations/template";
import { makeUser } from "../support/factory";

const input = (reasonKey: ReasonKey, title: string, isDefault = false) =>
  templateSchema.parse({ reasonKey, title, body: `${title}, {firstName}.`, isDefault });

/** Titles of the default template of each key that has templates. */
async function defaults(userId: string) {
  const rows = await templates.listTemplates(userId);
  const out: Record<string, string[]> = {};
  for (const r of rows) if (r.isDefault) (out[r.reasonKey] ??= []).push(r.title);
  return out;
}

describe("reason templates", () => {
  it("keeps one default per reason key: marking one releases the others of that key only", async () => {
    const user = await makeUser("Default Keeper");
    const a = await templates.createTemplate(user.id, input("competitor", "Policy A"));
    expect(a.isDefault).toBe(false); // the built-in one keeps the default
    const b = await templates.createTemplate(user.id, input("competitor", "Policy B", true));
    expect(b.isDefault).toBe(true);
    expect((await defaults(user.id)).competitor).toEqual(["Policy B"]);

    await templates.setDefaultTemplate(user.id, a.id);
    const after = await defaults(user.id);
    expect(after.competitor).toEqual(["Policy A"]);
    for (const key of REASON_KEYS) expect(after[key]).toHaveLength(1);
    expect((await templates.defaultTemplates(user.id)).competitor!.id).toBe(a.id);
  });

  it("keeps the default when it is unticked, and hands a key's default on when it moves away or is deleted", async () => {
    const user = await makeUser("Default Mover");
    const rows = await templates.listTemplates(user.id);
    const builtIn = rows.find((r) => r.reasonKey === "blocked_role")!;
    const mine = await templates.createTemplate(user.id, input("blocked_role", "Mine"));

    // Unticking "default" on the default changes nothing: another one has to be marked.
    const unticked = await templates.updateTemplate(user.id, builtIn.id, { ...input("blocked_role", "Renamed"), isDefault: false });
    expect(unticked).toMatchObject({ title: "Renamed", isDefault: true });

    // Moving the default to another key: the old key's default passes to the template left there.
    const moved = await templates.updateTemplate(user.id, builtIn.id, input("no_personal_note", "Moved"));
    expect(moved!.isDefault).toBe(false); // no_personal_note already had its default
    expect((await defaults(user.id)).blocked_role).toEqual(["Mine"]);

    // Deleting a default passes it to the most used template of the key.
    const used = await templates.createTemplate(user.id, input("blocked_role", "Used"));
    await templates.recordTemplateUse(user.id, [used.id, used.id]);
    await templates.recordTemplateUse(user.id, [used.id]);
    expect((await templates.getTemplate(user.id, used.id))!.timesUsed).toBe(2);
    expect(await templates.deleteTemplate(user.id, mine.id)).toBe(true);
    expect((await defaults(user.id)).blocked_role).toEqual(["Used"]);
    expect(await templates.deleteTemplate(user.id, mine.id)).toBe(false);
  });

  it("makes the first template of an empty key its default", async () => {
    const user = await makeUser("Empty Key");
    const [only] = (await templates.listTemplates(user.id)).filter((r) => r.reasonKey === "competitor");
    await templates.deleteTemplate(user.id, only!.id);
    expect((await defaults(user.id)).competitor).toBeUndefined();
    const first = await templates.createTemplate(user.id, input("competitor", "First"));
    expect(first.isDefault).toBe(true);
  });

  it("restores the missing built-in templates once, without taking over an existing default", async () => {
    const user = await makeUser("Restorer");
    const rows = await templates.listTemplates(user.id);
    const competitor = rows.find((r) => r.reasonKey === "competitor")!;
    const note = rows.find((r) => r.reasonKey === "no_personal_note")!;
    // One built-in is deleted, another reworded: both count as missing.
    await templates.deleteTemplate(user.id, competitor.id);
    await templates.updateTemplate(user.id, note.id, { ...input("no_personal_note", "My own note rule"), isDefault: true });

    expect(await templates.restoreBuiltInTemplates(user.id)).toBe(2);
    const after = await templates.listTemplates(user.id);
    for (const t of DEFAULT_TEMPLATES) expect(after.some((r) => r.reasonKey === t.reasonKey && r.body === t.body)).toBe(true);
    expect(after).toHaveLength(5);
    const d = await defaults(user.id);
    expect(d.competitor).toEqual(["Company policy on competitors"]); // the key had none: the restored one leads
    expect(d.no_personal_note).toEqual(["My own note rule"]); // the user's own stays the default

    expect(await templates.restoreBuiltInTemplates(user.id)).toBe(0);
    expect(await templates.listTemplates(user.id)).toHaveLength(5);
  });

  it("keeps two users' templates apart: defaults, deletes and restores touch only the caller's", async () => {
    const alice = await makeUser("Alice Templates");
    const bob = await makeUser("Bob Templates");
    const aliceBefore = await templates.listTemplates(alice.id);

    const bobs = await templates.createTemplate(bob.id, input("competitor", "Bob's policy", true));
    for (const r of await templates.listTemplates(bob.id)) await templates.deleteTemplate(bob.id, r.id);
    expect(await templates.restoreBuiltInTemplates(bob.id)).toBe(4);
    expect(await templates.getTemplate(alice.id, bobs.id)).toBeNull();
    expect(await templates.updateTemplate(alice.id, bobs.id, input("competitor", "Hijack"))).toBeNull();

    expect(await templates.listTemplates(alice.id)).toEqual(aliceBefore);
    expect(await templates.restoreBuiltInTemplates(alice.id)).toBe(0);
  });
});
