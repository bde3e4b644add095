// The share sheet's fields become one request text, kept in a signed cookie that fits.
import { describe, expect, it } from "vitest";
import { composeShared, sealShared, unsealShared } from "@/lib/share-target";

const SECRET = "unit-test-secret-that-is-long-enough";

describe("composeShared", () => {
  it("joins title, text and link, dropping repeats, and reads the platform from the link", () => {
    expect(composeShared({ title: "Priya Raman", text: "Priya Raman wants to connect", url: "https://www.linkedin.com/in/priya" })).toEqual({
      text: "Priya Raman wants to connect\nhttps://www.linkedin.com/in/priya",
      platform: "linkedin",
      truncated: false,
    });
    // The link inside the text (as the X and Instagram apps share it).
    expect(composeShared({ text: "Look at this profile https://x.com/someone" })).toEqual({
      text: "Look at this profile https://x.com/someone",
      platform: "x",
      truncated: false,
    });
    expect(composeShared({ title: "Sam", text: "Hi there", url: "https://m.facebook.com/profile.php?id=1" })?.text).toBe(
      "Sam\nHi there\nhttps://m.facebook.com/profile.php?id=1",
    );
    expect(composeShared({ text: "No link at all" })).toEqual({ text: "No link at all", platform: undefined, truncated: false });
    expect(composeShared({ url: "https://www.instagram.com/someone/" })?.platform).toBe("instagram");
    expect(composeShared({ url: "https://example.com/" })?.platform).toBeUndefined();
    expect(composeShared({ url: "not a url" })?.platform).toBeUndefined();
  });

  it("shares nothing when every field is empty", () => {
    expect(composeShared({})).toBeNull();
    expect(composeShared({ title: " ", text: "\n", url: "" })).toBeNull();
  });

  it("cuts long text to what a cookie holds, never inside a character, and says so", () => {
    const long = "é😀".repeat(2000);
    const shared = composeShared({ text: long })!;
    expect(shared.truncated).toBe(true);
    expect(Buffer.byteLength(shared.text, "utf8")).toBeLessThanOrEqual(2400);
    expect(shared.text).toBe(shared.text.toWellFormed());
    expect(long.startsWith(shared.text)).toBe(true);
    const sealed = sealShared(shared, SECRET);
    // Browsers keep cookies of up to 4096 bytes, name and attributes included.
    expect(sealed.length + 100).toBeLessThan(4096);
  });

  it("makes lone surrogates well-formed", () => {
    expect(composeShared({ text: "a\uD800b" })?.text).toBe("a\uFFFDb");
  });
});

describe("the share cookie", () => {
  it("reads back what it sealed, and nothing forged, altered or sealed with another secret", () => {
    const shared = composeShared({ text: "Priya Raman\nRecruiter", url: "https://www.linkedin.com/in/p" })!;
    const sealed = sealShared(shared, SECRET);
    expect(unsealShared(sealed, SECRET)).toEqual(shared);
    expect(unsealShared(sealed, "another-secret-that-is-long-enough")).toBeNull();
    const [body, sig] = sealed.split(".");
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body!, "base64url").toString()), d: { text: "x", truncated: false } })).toString("base64url");
    expect(unsealShared(`${forged}.${sig}`, SECRET)).toBeNull();
    expect(unsealShared(undefined, SECRET)).toBeNull();
    expect(unsealShared("garbage", SECRET)).toBeNull();
  });
});
