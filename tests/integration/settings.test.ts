// Settings' data functions: name and signature, password change, export of everything,
// account deletion; each scoped to the caller.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createDecision } from "@/lib/data/decisions";
import { changePassword, deleteUser, exportAccount, getUser, updateUser } from "@/lib/data/users";
import { verifyPassword } from "@/lib/auth/password";
import { decisionsJson } from "@/lib/export/decisions";
import { accountSettingsSchema, deleteAccountSchema, passwordChangeSchema } from "@/lib/validations/settings";
import { sampleDecision } from "@/scripts/support/sample-decisions";
import { makeUser } from "../support/factory";

async function hashOf(userId: string) {
  const client = await db();
  return (await client.user.findUniqueOrThrow({ where: { id: userId } })).passwordHash;
}

describe("account settings", () => {
  it("saves the name and signature; an empty signature is none", async () => {
    const user = await makeUser("Old Name");
    const other = await makeUser("Untouched");
    await updateUser(user.id, accountSettingsSchema.parse({ name: "  New Name ", defaultSignature: "Best,\nNew" }));
    expect(await getUser(user.id)).toMatchObject({ name: "New Name", defaultSignature: "Best,\nNew" });
    await updateUser(user.id, accountSettingsSchema.parse({ name: "New Name", defaultSignature: "   " }));
    expect((await getUser(user.id))!.defaultSignature).toBeNull();
    expect(await getUser(other.id)).toMatchObject({ name: "Untouched", defaultSignature: null });
  });

  it("validates name and signature with field messages", () => {
    const r = accountSettingsSchema.safeParse({ name: " ", defaultSignature: "x".repeat(201) });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["name", "Enter your name."],
      ["defaultSignature", "Signature must be at most 200 characters."],
    ]);
  });
});

describe("password change", () => {
  it("needs the right current password, then stores the new one with argon2id", async () => {
    const user = await makeUser("Changing Password", "the old password");
    const before = await hashOf(user.id);
    expect(await changePassword(user.id, undefined, "a new password")).toBe("current-required");
    expect(await changePassword(user.id, "not the old one", "a new password")).toBe("current-wrong");
    expect(await hashOf(user.id)).toBe(before);

    expect(await changePassword(user.id, "the old password", "a new password")).toBe("changed");
    const after = (await hashOf(user.id))!;
    expect(after).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(after, "a new password")).toBe(true);
    expect(await verifyPassword(after, "the old password")).toBe(false);
  });

  it("lets an account made through OAuth set a first password without a current one", async () => {
    const user = await makeUser("OAuth Only", null);
    expect(await changePassword(user.id, undefined, "a first password")).toBe("changed");
    expect(await verifyPassword((await hashOf(user.id))!, "a first password")).toBe(true);
  });

  it("validates length and the repeated password", () => {
    const short = passwordChangeSchema.safeParse({ currentPassword: "x", newPassword: "short", confirmPassword: "short" });
    expect(short.error!.issues[0]).toMatchObject({ path: ["newPassword"], message: "Password must be at least 10 characters." });
    const differ = passwordChangeSchema.safeParse({ currentPassword: "x", newPassword: "long enough 1", confirmPassword: "long enough 2" });
    expect(differ.error!.issues[0]).toMatchObject({ path: ["confirmPassword"], message: "The two new passwords differ." });
  });
});

describe("export of all my data", () => {
  it("holds account, profiles, templates, token names and decisions, and no secret", async () => {
    const user = await makeUser("Exporting Everything", "a secret password");
    const other = await makeUser("Someone Else");
    const client = await db();
    await client.apiToken.create({ data: { userId: user.id, name: "CLI", tokenHash: `hash-${user.id}`, prefix: "dwg_abc" } });
    await createDecision(user.id, sampleDecision(1));
    await createDecision(other.id, { ...sampleDecision(2), parsed: { ...sampleDecision(2).parsed, name: "Not Yours" } });

    const data = (await exportAccount(user.id))!;
    const raw = await new Response(decisionsJson(user.id, {}, { ...data })).text();
    const parsed = JSON.parse(raw);
    expect(parsed.account).toMatchObject({ id: user.id, email: user.email, name: "Exporting Everything", hasPassword: true });
    expect(parsed.profiles).toHaveLength(1);
    expect(parsed.templates).toHaveLength(4);
    expect(parsed.apiTokens).toEqual([expect.objectContaining({ name: "CLI", prefix: "dwg_abc" })]);
    expect(parsed.decisions).toHaveLength(1);
    expect(raw).not.toMatch(/passwordHash|tokenHash|\$argon2|hash-/);
    expect(raw).not.toContain("Not Yours");
    expect(raw).not.toContain(other.id);
  });
});

describe("account deletion", () => {
  it("asks for the account's own email, in any capitals", () => {
    const schema = deleteAccountSchema("jenn@example.test");
    expect(schema.safeParse({ confirmation: " JENN@example.test " }).success).toBe(true);
    expect(schema.safeParse({ confirmation: "someone@example.test" }).error!.issues[0]!.message).toBe("That is not your email address.");
    expect(schema.safeParse({ confirmation: "" }).error!.issues.map((i) => i.message)).toEqual(["Type your email address to confirm."]);
  });

  it("removes everything the account holds and nothing of anyone else's", async () => {
    const user = await makeUser("Leaving");
    const other = await makeUser("Staying");
    const client = await db();
    await createDecision(user.id, sampleDecision(3));
    await createDecision(other.id, sampleDecision(4));
    await client.apiToken.create({ data: { userId: user.id, name: "t", tokenHash: `gone-${user.id}`, prefix: "dwg_x" } });
    const count = (userId: string) =>
      Promise.all([
        client.criteriaProfile.count({ where: { userId } }),
        client.reasonTemplate.count({ where: { userId } }),
        client.decision.count({ where: { userId } }),
        client.apiToken.count({ where: { userId } }),
      ]);
    const otherBefore = await count(other.id);
    await deleteUser(user.id);
    expect(await getUser(user.id)).toBeNull();
    expect(await exportAccount(user.id)).toBeNull();
    expect(await count(user.id)).toEqual([0, 0, 0, 0]);
    expect(await count(other.id)).toEqual(otherBefore);
  });
});
