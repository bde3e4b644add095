// The bookmarklet's own script, run in a sandbox with a stand-in page: what it reads,
// what it detects and the address it opens.
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { BOOKMARKLET_MAX_ENCODED, BOOKMARKLET_MAX_TEXT, bookmarkletHref, bookmarkletScript, platformOfHost } from "@/lib/bookmarklet";

type Page = { hostname: string; selection?: string; prompt?: string | null; field?: { tagName: string; value: string; selectionStart: number; selectionEnd: number }; popupBlocked?: boolean };

function run(page: Page, origin = "https://grace.example") {
  const opened: string[] = [];
  const prompts: string[] = [];
  const location = { hostname: page.hostname, href: `https://${page.hostname}/feed` };
  const window = {
    getSelection: () => ({ toString: () => page.selection ?? "" }),
    prompt: (q: string) => {
      prompts.push(q);
      return page.prompt ?? null;
    },
    open: (url: string) => {
      opened.push(url);
      return page.popupBlocked ? null : {};
    },
  };
  vm.runInNewContext(bookmarkletScript(origin), { window, location, document: { activeElement: page.field ?? null } });
  const url = opened[0] ?? (location.href.startsWith(origin) ? location.href : undefined);
  return { url: url ? new URL(url) : undefined, prompts, navigatedInPlace: location.href.startsWith(origin) };
}

describe("the bookmarklet", () => {
  it("opens Triage with the selected text and the platform of the page", () => {
    const { url } = run({ hostname: "www.linkedin.com", selection: "  Priya Raman\nRecruiter at Globex  " });
    expect(url?.origin).toBe("https://grace.example");
    expect(url?.pathname).toBe("/triage");
    expect(url?.searchParams.get("text")).toBe("Priya Raman\nRecruiter at Globex");
    expect(url?.searchParams.get("platform")).toBe("linkedin");
    expect(url?.searchParams.has("truncated")).toBe(false);
  });

  it("detects each platform from the host name, the same way as platformOfHost", () => {
    const hosts: [string, string][] = [
      ["www.linkedin.com", "linkedin"],
      ["de.linkedin.com", "linkedin"],
      ["www.facebook.com", "facebook"],
      ["m.facebook.com", "facebook"],
      ["www.messenger.com", "facebook"],
      ["x.com", "x"],
      ["mobile.twitter.com", "x"],
      ["www.instagram.com", "instagram"],
      ["notlinkedin.com", "other"],
      ["linkedin.com.evil.example", "other"],
      ["mail.example.org", "other"],
    ];
    for (const [hostname, platform] of hosts) {
      expect(run({ hostname, selection: "Hello" }).url?.searchParams.get("platform"), hostname).toBe(platform);
      expect(platformOfHost(hostname)).toBe(platform);
    }
  });

  it("asks for the text when nothing is selected, and does nothing when cancelled", () => {
    const asked = run({ hostname: "x.com", prompt: "  @someone wants to follow you " });
    expect(asked.prompts).toHaveLength(1);
    expect(asked.url?.searchParams.get("text")).toBe("@someone wants to follow you");
    expect(run({ hostname: "x.com", prompt: null }).url).toBeUndefined();
    expect(run({ hostname: "x.com", prompt: "   " }).url).toBeUndefined();
  });

  it("reads a selection inside a text box", () => {
    const value = "ignore this. Tom Becker sent you a friend request. and this";
    const field = { tagName: "TEXTAREA", value, selectionStart: 13, selectionEnd: 50 };
    expect(run({ hostname: "www.facebook.com", field }).url?.searchParams.get("text")).toBe("Tom Becker sent you a friend request.");
  });

  it("caps long selections and says so, without splitting an emoji", () => {
    const long = run({ hostname: "www.linkedin.com", selection: "a".repeat(BOOKMARKLET_MAX_TEXT - 1) + "😀" + "b".repeat(100) });
    const text = long.url!.searchParams.get("text")!;
    expect(text.length).toBe(BOOKMARKLET_MAX_TEXT - 1);
    expect(long.url!.searchParams.get("truncated")).toBe("1");
    // Text that grows when encoded is cut to fit the address limit.
    const wide = run({ hostname: "www.linkedin.com", selection: "日本語のテキスト".repeat(800) });
    expect(encodeURIComponent(wide.url!.searchParams.get("text")!).length).toBeLessThanOrEqual(BOOKMARKLET_MAX_ENCODED);
    expect(wide.url!.searchParams.get("truncated")).toBe("1");
  });

  it("navigates in place when pop-ups are blocked", () => {
    const res = run({ hostname: "www.instagram.com", selection: "fashion.deals", popupBlocked: true });
    expect(res.navigatedInPlace).toBe(true);
    expect(res.url?.searchParams.get("platform")).toBe("instagram");
  });

  it("is a javascript: link carrying no token and naming only our origin", () => {
    const href = bookmarkletHref("https://grace.example/");
    expect(href.startsWith("javascript:")).toBe(true);
    const code = decodeURIComponent(href.slice("javascript:".length));
    expect(code).toBe(bookmarkletScript("https://grace.example"));
    expect(code).not.toMatch(/dwg_|fetch\(|XMLHttpRequest|sendBeacon|Authorization/i);
    expect(code.match(/https?:\/\/[^"']+/g)).toEqual(["https://grace.example"]);
  });
});
