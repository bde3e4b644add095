import { describe, expect, it } from "vitest";
import { graceCheck, PLATFORM_LIMITS } from "@/lib/triage";

const keys = (text: string, ctx?: Parameters<typeof graceCheck>[1]) => graceCheck(text, ctx).map((i) => i.key);
const GOOD = "Hi Priya,\n\nThank you for the invitation to connect. My company policy prohibits me from connecting with competitors.\n\nAll the best,\nJenn";

describe("graceCheck", () => {
  it("finds nothing wrong with a gracious decline", () => {
    expect(graceCheck(GOOD, { platform: "linkedin", reasons: ["competitor"] })).toEqual([]);
  });

  it("flags hurtful words as errors, with the word and a kinder way to say it", () => {
    const issues = graceCheck("Thanks, but this looks like spam and honestly a bit creepy.");
    const hurtful = issues.filter((i) => i.key === "hurtful_word");
    expect(hurtful.map((i) => i.evidence)).toEqual(["spam", "creepy"]);
    expect(hurtful.every((i) => i.severity === "error" && i.suggestion.length > 10)).toBe(true);
  });

  it("flags sarcasm markers", () => {
    expect(keys("Thanks for the 'opportunity'. Good luck with that.")).toContain("sarcasm");
    expect(keys("Thanks, nice try 🙄")).toContain("sarcasm");
  });

  it("flags over-apologising", () => {
    expect(keys("Thank you, and I'm so sorry, I really am. Sorry again!")).toContain("over_apologising");
    expect(keys("Thank you. Sorry, I only connect with people I know.")).not.toContain("over_apologising");
  });

  it("flags 'maybe later' as an error when the reason is a policy that will not change", () => {
    const issue = graceCheck("Thank you! I can't connect with competitors, maybe later though.", { reasons: ["competitor"] }).find((i) => i.key === "false_promise");
    expect(issue?.severity).toBe("error");
    expect(issue?.evidence).toBe("maybe later");
    expect(graceCheck("Thank you! Maybe later.").find((i) => i.key === "false_promise")?.severity).toBe("warning");
    // a missing note can be fixed, so "reconsider" is honest there
    expect(keys("Thank you! Send me a note and I'll reconsider.", { reasons: ["no_personal_note"] })).not.toContain("false_promise");
  });

  it("flags missing thanks, and thanks that come late", () => {
    expect(graceCheck("Hi Tom, I only connect with people I know.").find((i) => i.key === "missing_thanks")?.severity).toBe("error");
    expect(keys("Hi Tom. I only connect with people I know. I keep it that way. Thanks anyway.")).toContain("late_thanks");
  });

  it("flags lecturing and shouting", () => {
    expect(keys("Thanks. Next time, please personalise your note.")).toContain("preachy");
    expect(keys("Thanks. You should learn some proper etiquette.")).toContain("preachy");
    expect(keys("THANKS BUT NO THANKS!!")).toContain("shouting");
  });

  it("flags a message longer than the platform allows", () => {
    const long = `Thank you. ${"I only connect with people I know. ".repeat(60)}`;
    const issue = graceCheck(long, { platform: "instagram" }).find((i) => i.key === "over_length");
    expect(issue?.severity).toBe("error");
    expect(issue?.message).toContain(String(PLATFORM_LIMITS.instagram.limit));
    expect(keys(long, { platform: "x" })).toContain("long");
  });

  it("flags an empty message", () => {
    expect(keys("   ")).toEqual(["empty"]);
  });
});
