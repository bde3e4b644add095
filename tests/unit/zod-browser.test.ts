// Zod builds a schema by probing `new Function`, which the app's strict CSP reports as a
// violation in the browser. Every schema module configures zod first (lib/zod-browser.ts).
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const schemaModules = [
  ...readdirSync("lib/validations").map((f) => `lib/validations/${f}`),
  "lib/triage/schema.ts",
];

describe("schema modules run zod without its eval probe in the browser", () => {
  for (const file of schemaModules) {
    it(file, () => {
      const source = readFileSync(file, "utf8");
      if (!/import \{[^}]*\bz\b[^}]*\} from "zod"/.test(source)) return; // builds no schema
      const configuresFirst =
        /^(?:\/\/.*\n)*import "@\/lib\/zod-browser";/.test(source) ||
        /if \(typeof window !== "undefined"\) z\.config\(\{ jitless: true \}\);/.test(source);
      expect(configuresFirst).toBe(true);
    });
  }
});
