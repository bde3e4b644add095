import { describe, expect, it } from "vitest";
import { criteriaProfileSchema, formatZodError, triageRequestSchema } from "@/lib/triage";

function errorOf(input: unknown): string {
  const r = triageRequestSchema.safeParse(input);
  if (r.success) throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
  return formatZodError(r.error);
}

describe("triageRequestSchema", () => {
  it("names the field in every message", () => {
    expect(errorOf({ text: "" })).toBe("text: must not be blank");
    expect(errorOf({ text: "  \n\t " })).toBe("text: must not be blank");
    expect(errorOf({})).toBe("text: is required");
    expect(errorOf({ text: 42 })).toBe("text: expected a string, got a number");
    expect(errorOf({ text: "x".repeat(20_001) })).toBe("text: must be at most 20,000 characters");
    expect(errorOf({ text: "Jo", platform: "myspace" })).toBe("platform: must be one of linkedin, facebook, x, instagram, other");
    expect(errorOf({ text: "Jo", knownInRealLife: "yes" })).toBe("knownInRealLife: expected true or false, got a string");
    expect(errorOf({ text: "Jo", profile: { competitors: "Globex" } })).toBe("profile.competitors: expected an array of strings, got a string");
    expect(errorOf({ text: "Jo", profile: { blockedRoles: ["sales", 3] } })).toBe("profile.blockedRoles[1]: expected a string, got a number");
    expect(errorOf({ text: "Jo", profile: { minMutualConnections: -1 } })).toBe("profile.minMutualConnections: must be 0 or more");
    expect(errorOf({ text: "Jo", profile: { minMutualConnections: 2.5 } })).toBe("profile.minMutualConnections: must be a whole number");
    expect(errorOf({ text: "Jo", profile: { tone: "snarky" } })).toBe("profile.tone: must be one of warm, formal, brief");
    expect(errorOf({ text: "Jo", profile: { reasons: { competitor: 1 } } })).toBe("profile.reasons.competitor: expected a string or an object of wordings per language, got a number");
    expect(errorOf({ text: "Jo", id: 5 })).toBe("id: expected a string, got a number");
    expect(errorOf("just a string")).toBe("request: expected a JSON object, got a string");
    expect(errorOf(null)).toBe("request: expected a JSON object, got null");
  });

  it("lists every problem, each with its field", () => {
    const msg = errorOf({ text: "", platform: "myspace", profile: { requirePersonalNote: "yes" } });
    expect(msg).toContain("text: must not be blank");
    expect(msg).toContain("platform: must be one of");
    expect(msg).toContain("profile.requirePersonalNote: expected true or false, got a string");
  });

  it("accepts the contract's minimal request and lets additions through", () => {
    const r = triageRequestSchema.parse({ text: "Hi", extra: "ignored", variant: 2, overrides: { company: "Globex" } });
    expect(r.text).toBe("Hi");
    expect(r.variant).toBe(2);
    expect(r.overrides?.company).toBe("Globex");
  });

  it("treats null as absent for optional fields", () => {
    const r = triageRequestSchema.parse({ text: "Hi", platform: null, profile: null, knownInRealLife: null, id: null });
    expect(r.platform).toBeUndefined();
    expect(r.profile).toBeUndefined();
  });
});

describe("criteriaProfileSchema", () => {
  it("fills the contract's defaults", () => {
    expect(criteriaProfileSchema.parse({})).toEqual({
      onlyKnownInRealLife: false,
      knownPeople: [],
      competitors: [],
      blockedRoles: [],
      requirePersonalNote: false,
      minMutualConnections: 0,
      observeStrangersMetOnline: true,
      reasons: {},
      tone: "warm",
    });
  });

  it("drops a blank signature", () => {
    expect(criteriaProfileSchema.parse({ signature: "   " }).signature).toBeUndefined();
    expect(criteriaProfileSchema.parse({ signature: " Jenn " }).signature).toBe("Jenn");
  });
});
