// The session cookie read without next-auth's session round decodes exactly what
// next-auth itself encodes, and nothing else.
import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken, sessionCookieName, sessionCookieValue } from "@/lib/auth/session-token";

const secret = "unit-test-secret-unit-test-secret";

describe("decodeSessionToken", () => {
  it("reads the subject of a token next-auth made", async () => {
    const token = await encode({ token: { sub: "user-123", name: "A" }, secret });
    expect((await decodeSessionToken(token, secret))?.sub).toBe("user-123");
  });

  it("refuses another secret, a tampered token, an expired one and garbage", async () => {
    const token = await encode({ token: { sub: "user-123" }, secret });
    expect(await decodeSessionToken(token, "another-secret-another-secret-xx")).toBeNull();
    const parts = token.split(".");
    parts[3] = parts[3]!.slice(0, -2) + (parts[3]!.endsWith("AA") ? "BB" : "AA");
    expect(await decodeSessionToken(parts.join("."), secret)).toBeNull();
    const expired = await encode({ token: { sub: "user-123" }, secret, maxAge: -60 });
    expect(await decodeSessionToken(expired, secret)).toBeNull();
    expect(await decodeSessionToken("not.a.token", secret)).toBeNull();
    expect(await decodeSessionToken(undefined, secret)).toBeNull();
  });

  it("joins a session split into numbered cookies, and names the cookie as next-auth does", () => {
    const jar: Record<string, string> = { "next-auth.session-token.0": "abc", "next-auth.session-token.1": "def" };
    expect(sessionCookieValue((n) => jar[n], "next-auth.session-token")).toBe("abcdef");
    expect(sessionCookieName({ NEXTAUTH_URL: "https://grace.example" } as NodeJS.ProcessEnv)).toBe("__Secure-next-auth.session-token");
    expect(sessionCookieName({ NEXTAUTH_URL: "http://127.0.0.1:3000" } as NodeJS.ProcessEnv)).toBe("next-auth.session-token");
  });
});
