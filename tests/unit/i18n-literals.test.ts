// Every word a person reads comes from lib/i18n/messages: a literal English string in a
// page, a component or an action's message fails here, naming the file and line.
import { describe, expect, it } from "vitest";
import { findLiterals, interfaceFiles } from "@/tests/support/literals";

describe("untranslated strings", () => {
  it("finds a literal in JSX text, a label attribute, a toast and a prose string", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(`${tmpdir()}/literals-`);
    const file = `${dir}/sample.tsx`;
    writeFileSync(
      file,
      [
        'export function A({ t }: { t: (k: string) => string }) {',
        '  toast.success("Profile saved");',
        '  const hint = "Paste the whole invitation here.";',
        '  return (<div className="flex items-center gap-2" aria-label="Close dialog">',
        '    Hello there',
        '    <input placeholder={t("x")} name="email" type="email" />',
        '    {t("ok")}',
        '    <code>curl</code> {/* i18n-ignore */}',
        "  </div>);",
        "}",
      ].join("\n"),
    );
    const found = findLiterals(file).map((l) => `${l.line} ${l.kind}`);
    expect(found).toEqual(["2 toast", "3 string", "4 attribute aria-label", "5 jsx text"]);
  });

  it("leaves none in pages, components and actions", () => {
    const found = interfaceFiles().flatMap(findLiterals);
    const report = found.map((l) => `${l.file}:${l.line} [${l.kind}] ${l.text}`);
    expect(report).toEqual([]);
  }, 60_000);
});
