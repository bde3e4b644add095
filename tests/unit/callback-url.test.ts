import { describe, expect, it } from "vitest";
import { hasSensitiveParams, safeCallbackUrl, withoutSensitiveParams } from "@/lib/auth/callback-url";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths with their query and hash", () => {
    expect(safeCallbackUrl("/history?page=2#top")).toBe("/history?page=2#top");
    expect(safeCallbackUrl("http://localhost:3000/settings")).toBe("/settings");
  });

  it("falls back for other sites, protocol-relative and scheme tricks, and the auth pages", () => {
    for (const bad of ["//evil.example/x", "/\\evil.example", "javascript:alert(1)", "mailto:a@b.c", "", "/sign-in", "/sign-up?x=1", 42, null]) {
      expect(safeCallbackUrl(bad), String(bad)).toBe("/triage");
    }
  });

  it("never keeps a credential or an address in the query", () => {
    expect(safeCallbackUrl("/settings?currentPassword=a&newPassword=b&tab=1")).toBe("/settings?tab=1");
    expect(safeCallbackUrl("/profiles?email=a%40b.c&password=x")).toBe("/profiles");
    expect(safeCallbackUrl("/x?token=t&api_key=k&csrfToken=c&secret=s&q=keep")).toBe("/x?q=keep");
  });
});

describe("sensitive query keys", () => {
  it("finds and drops them, whatever their case, and keeps the rest", () => {
    expect(hasSensitiveParams("?email=a&password=b")).toBe(true);
    expect(hasSensitiveParams("?q=recruiter&page=2&text=Hi")).toBe(false);
    expect(withoutSensitiveParams("?Password=x&EMAIL=y&q=z")).toBe("?q=z");
    expect(withoutSensitiveParams("?password=x")).toBe("");
  });
});
