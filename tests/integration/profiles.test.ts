// Criteria profiles in the data layer: platform defaults, copies, the last profile, and
// each user's profiles kept apart.
import { describe, expect, it } from "vitest";
import * as profiles from "@/lib/data/profiles";
import { PROFILE_NAME_MAX, profileSchema } from "@/lib/validations/profile";
import { makeUser } from "../support/factory";

const input = (fields: Record<string, unknown>) => profileSchema.parse(fields);

describe("criteria profiles", () => {
  it("gives each platform at most one default profile, claimed by the last save", async () => {
    const user = await makeUser("Default Claimer");
    const [everyday] = await profiles.listProfiles(user.id);
    expect(everyday!.defaultFor).toEqual(["linkedin", "facebook", "x", "instagram", "other"]);

    const work = await profiles.createProfile(user.id, input({ name: "LinkedIn: professional", defaultFor: ["linkedin", "x"] }));
    const family = await profiles.createProfile(user.id, input({ name: "Facebook: family", defaultFor: ["facebook"] }));
    const byName = async () => Object.fromEntries((await profiles.listProfiles(user.id)).map((p) => [p.name, p.defaultFor]));
    expect(await byName()).toEqual({
      Everyday: ["instagram", "other"],
      "Facebook: family": ["facebook"],
      "LinkedIn: professional": ["linkedin", "x"],
    });

    // Editing one to claim X takes it from the other, which keeps the rest of its platforms.
    await profiles.updateProfile(user.id, family.id, input({ name: "Facebook: family", defaultFor: ["facebook", "x"] }));
    expect(await byName()).toEqual({
      Everyday: ["instagram", "other"],
      "Facebook: family": ["facebook", "x"],
      "LinkedIn: professional": ["linkedin"],
    });

    const all = await profiles.listProfiles(user.id);
    for (const platform of ["linkedin", "facebook", "x", "instagram", "other"] as const) {
      expect(all.filter((p) => p.defaultFor.includes(platform))).toHaveLength(1);
    }
    expect((await profiles.defaultProfileFor(user.id, "x"))!.id).toBe(family.id);
    expect((await profiles.defaultProfileFor(user.id, "linkedin"))!.id).toBe(work.id);
  });

  it("keeps every criterion as saved, with tags trimmed and de-duplicated without case", async () => {
    const user = await makeUser("Criteria Keeper");
    const saved = await profiles.createProfile(
      user.id,
      input({
        name: "  Strict  ",
        onlyKnownInRealLife: true,
        knownPeople: ["Ana Lima", " ana lima "],
        competitors: ["Globex", "Initech", "GLOBEX"],
        blockedRoles: ["recruiter", "sales"],
        requirePersonalNote: true,
        minMutualConnections: "5",
        observeStrangersMetOnline: false,
        tone: "formal",
        signature: "  Jenn  ",
      }),
    );
    const again = await profiles.getProfile(user.id, saved.id);
    expect(again).toMatchObject({
      name: "Strict",
      onlyKnownInRealLife: true,
      knownPeople: ["Ana Lima"],
      competitors: ["Globex", "Initech"],
      blockedRoles: ["recruiter", "sales"],
      requirePersonalNote: true,
      minMutualConnections: 5,
      observeStrangersMetOnline: false,
      tone: "formal",
      signature: "Jenn",
    });
    const cleared = await profiles.updateProfile(user.id, saved.id, input({ name: "Strict", signature: "" }));
    expect(cleared).toMatchObject({ competitors: [], signature: null, observeStrangersMetOnline: true, minMutualConnections: 0 });
  });

  it("refuses a second profile with the same name", async () => {
    const user = await makeUser("Name Twice");
    await expect(profiles.createProfile(user.id, input({ name: "Everyday" }))).rejects.toBeInstanceOf(profiles.ProfileNameTakenError);
    const other = await profiles.createProfile(user.id, input({ name: "Other" }));
    await expect(profiles.updateProfile(user.id, other.id, input({ name: "Everyday" }))).rejects.toThrow('You already have a profile named "Everyday".');
    expect((await profiles.listProfiles(user.id)).map((p) => p.name)).toEqual(["Everyday", "Other"]);
  });

  it("names copies (copy), (copy 2) … and never makes a copy the default for anything", async () => {
    const user = await makeUser("Copy Maker");
    const [everyday] = await profiles.listProfiles(user.id);
    const first = await profiles.duplicateProfile(user.id, everyday!.id);
    const second = await profiles.duplicateProfile(user.id, everyday!.id);
    const ofCopy = await profiles.duplicateProfile(user.id, first!.id);
    expect([first!.name, second!.name, ofCopy!.name]).toEqual(["Everyday (copy)", "Everyday (copy 2)", "Everyday (copy) (copy)"]);
    expect(first).toMatchObject({ defaultFor: [], blockedRoles: everyday!.blockedRoles, tone: everyday!.tone });
    expect((await profiles.getProfile(user.id, everyday!.id))!.defaultFor).toHaveLength(5);
  });

  it("shortens a long name so the copy suffix fits the name limit", async () => {
    const user = await makeUser("Long Name");
    const long = await profiles.createProfile(user.id, input({ name: "L".repeat(PROFILE_NAME_MAX) }));
    const a = await profiles.duplicateProfile(user.id, long.id);
    const b = await profiles.duplicateProfile(user.id, long.id);
    expect(a!.name).toBe(`${"L".repeat(PROFILE_NAME_MAX - 7)} (copy)`);
    expect(b!.name).toBe(`${"L".repeat(PROFILE_NAME_MAX - 9)} (copy 2)`);
    expect(profileSchema.safeParse({ name: b!.name }).success).toBe(true);
    expect(profiles.copyName("x", new Set(["x (copy)", "x (copy 2)"]))).toBe("x (copy 3)");
  });

  it("deletes a profile but never the user's last one; its platforms fall back to another", async () => {
    const user = await makeUser("Last One");
    const [everyday] = await profiles.listProfiles(user.id);
    await expect(profiles.deleteProfile(user.id, everyday!.id)).rejects.toBeInstanceOf(profiles.LastProfileError);
    expect(await profiles.getProfile(user.id, everyday!.id)).not.toBeNull();

    const spare = await profiles.createProfile(user.id, input({ name: "Spare" }));
    expect(await profiles.deleteProfile(user.id, everyday!.id)).toBe(true);
    expect(await profiles.getProfile(user.id, everyday!.id)).toBeNull();
    expect((await profiles.defaultProfileFor(user.id, "linkedin"))!.id).toBe(spare.id);
    await expect(profiles.deleteProfile(user.id, spare.id)).rejects.toBeInstanceOf(profiles.LastProfileError);
    expect(await profiles.deleteProfile(user.id, everyday!.id)).toBe(false);
  });

  it("keeps two users' profiles apart: names, defaults, copies and the last-profile rule are per user", async () => {
    const alice = await makeUser("Alice Profiles");
    const bob = await makeUser("Bob Profiles");
    const [aliceEveryday] = await profiles.listProfiles(alice.id);
    const [bobEveryday] = await profiles.listProfiles(bob.id);

    // The same name is fine across users, and claiming a default is per user.
    await profiles.createProfile(bob.id, input({ name: "Work", defaultFor: ["linkedin"] }));
    await profiles.createProfile(alice.id, input({ name: "Work" }));
    expect((await profiles.getProfile(alice.id, aliceEveryday!.id))!.defaultFor).toContain("linkedin");

    // Bob's copy names look only at Bob's profiles; he cannot copy or delete Alice's.
    await profiles.duplicateProfile(alice.id, aliceEveryday!.id);
    expect((await profiles.duplicateProfile(bob.id, bobEveryday!.id))!.name).toBe("Everyday (copy)");
    expect(await profiles.duplicateProfile(bob.id, aliceEveryday!.id)).toBeNull();
    expect(await profiles.deleteProfile(bob.id, aliceEveryday!.id)).toBe(false);
    expect(await profiles.getProfile(alice.id, aliceEveryday!.id)).not.toBeNull();
    expect((await profiles.listProfiles(alice.id)).map((p) => p.name)).toEqual(["Everyday", "Everyday (copy)", "Work"]);
  });
});
