import { describe, expect, it } from "vitest";
import { seal, unseal } from "@/lib/actions/sealed";
import { decisionStatusFormSchema, filterQuery, parseDecisionFilter } from "@/lib/validations/decision";
import { searchable, searchTextOf } from "@/lib/data/decision-row";

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

describe("filters from a URL", () => {
  it("keeps good values, reports bad ones on their own field", () => {
    const { filter, errors } = parseDecisionFilter({ q: "  José ", platform: "x", verdict: "maybe", from: "2026-13-01", reason: ["competitor", "x"], status: "" });
    expect(filter).toEqual({ q: "José", platform: "x", reason: "competitor" });
    expect(errors).toEqual({ verdict: ["Unknown verdict."], from: ["Use a date like 2026-01-31."] });
  });

  it("refuses an end date before the start", () => {
    const { filter, errors } = parseDecisionFilter(new URLSearchParams("from=2026-03-10&to=2026-03-01"));
    expect(filter).toEqual({ from: "2026-03-10" });
    expect(errors.to).toEqual(["The end date must be on or after the start date."]);
  });

  it("writes back a query string that parses to the same filter", () => {
    const filter = { q: "a&b=c", platform: "linkedin" as const, to: "2026-01-31" };
    const qs = filterQuery(filter, { cursor: "abc" });
    expect(qs).toBe("?q=a%26b%3Dc&platform=linkedin&to=2026-01-31&cursor=abc");
    expect(parseDecisionFilter(new URLSearchParams(qs)).filter).toEqual(filter);
    expect(filterQuery({})).toBe("");
  });
});

describe("status form", () => {
  it("needs a revisit date from today on for a hold, and stores it as that UTC day", () => {
    const missing = decisionStatusFormSchema.safeParse({ id: "d1", status: "held" });
    expect(missing.error!.issues[0]).toMatchObject({ path: ["revisitAt"], message: "Choose when to revisit this request." });
    const past = decisionStatusFormSchema.safeParse({ id: "d1", status: "held", revisitAt: day(-5) });
    expect(past.error!.issues[0]!.message).toBe("Choose a revisit date from today on.");
    const ok = decisionStatusFormSchema.parse({ id: "d1", status: "held", revisitAt: day(7), sentText: "ignored" });
    expect(ok).toEqual({ id: "d1", status: "held", revisitAt: new Date(`${day(7)}T00:00:00.000Z`), sentText: undefined });
  });

  it("keeps the sent text only for a sent decision, and clears the date otherwise", () => {
    expect(decisionStatusFormSchema.parse({ id: "d1", status: "sent", sentText: "  Thanks!  ", revisitAt: day(3) })).toEqual({
      id: "d1",
      status: "sent",
      revisitAt: null,
      sentText: "Thanks!",
    });
    expect(decisionStatusFormSchema.parse({ id: "d1", status: "sent", sentText: "" }).sentText).toBeNull();
    expect(decisionStatusFormSchema.safeParse({ id: "d1", status: "drafted" }).success).toBe(false);
    expect(decisionStatusFormSchema.safeParse({ id: "d1" }).error!.issues[0]!.path).toEqual(["status"]);
  });
});

describe("search text", () => {
  it("is lower-case and accent-free, with LIKE wildcards swapped for look-alikes", () => {
    expect(searchable("José ÁLVAREZ", null, "Zoë")).toBe("jose alvarez\nzoe");
    expect(searchable("100% a_b c\\d")).not.toMatch(/[%_\\]/);
    expect(searchable("100%")).toBe(searchable("100%"));
  });

  it("holds the pasted text once, and only the parsed fields it lacks", () => {
    const text = "Priya Raman\nSenior Technical Recruiter at Globex\n3 mutual connections\nHi! Loved your talk on design.";
    const parsed = { name: "Priya Raman", headline: "Senior Technical Recruiter at Globex", company: "Globex", note: "Hi! Loved your talk on design." };
    expect(searchTextOf(parsed, text)).toBe(searchable(text));
    // A corrected name and an HTML paste's decoded company are not in the text: kept, and found.
    const corrected = searchTextOf({ ...parsed, name: "Priya Raman-Iyer", company: "Globex & Co" }, text.replace("Globex", "Globex &amp; Co"));
    expect(corrected.startsWith("priya raman-iyer\nglobex & co\n")).toBe(true);
    expect(corrected.endsWith(searchable(text.replace("Globex", "Globex &amp; Co")))).toBe(true);
    expect(searchTextOf({ name: null, headline: null, company: null, note: null }, "Zoë")).toBe("zoe");
  });
});

describe("sealed undo tokens", () => {
  const secret = "test-secret-test-secret-test-secret";
  it("open only for the same purpose and user, untampered and in time", () => {
    const token = seal("undo", "u1", { id: "d1", n: 2 }, 60, secret);
    expect(unseal("undo", "u1", token, secret)).toEqual({ id: "d1", n: 2 });
    expect(unseal("undo", "u2", token, secret)).toBeNull();
    expect(unseal("other", "u1", token, secret)).toBeNull();
    expect(unseal("undo", "u1", token, "another secret entirely")).toBeNull();
    const [body, sig] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body!, "base64url").toString()), d: { id: "d2" } })).toString("base64url");
    expect(unseal("undo", "u1", `${forged}.${sig}`, secret)).toBeNull();
    expect(unseal("undo", "u1", "garbage", secret)).toBeNull();
    expect(unseal("undo", "u1", seal("undo", "u1", {}, -1, secret), secret)).toBeNull();
  });
});
