// The five languages hold the same messages: a key missing (or extra) in any language, an
// empty message, a message ICU cannot parse, or one that drops or invents a {variable}
// fails here. (tsc checks that every key the code uses exists in English.)
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/config";
import { NAMESPACES } from "@/lib/i18n/en";

type Tree = { [key: string]: string | Tree };

function read(locale: string, ns: string): Tree {
  return JSON.parse(readFileSync(path.join("lib", "i18n", "messages", locale, `${ns}.json`), "utf8")) as Tree;
}

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

function variables(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    out.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) for (const o of Object.values(el.options)) variables(o.value, out);
    if (el.type === TYPE.tag) variables(el.children, out);
  }
  return out;
}

const catalogue = new Map(LOCALES.map((l) => [l, new Map(NAMESPACES.map((ns) => [ns, flatten(read(l, ns))]))]));
const english = catalogue.get("en")!;

describe("message catalogues", () => {
  it("hold messages", () => {
    expect([...english.values()].reduce((n, m) => n + m.size, 0)).toBeGreaterThanOrEqual(50);
  });

  for (const locale of LOCALES) {
    it(`${locale}: every English key, no other, each a non-empty, valid message with the same variables`, () => {
      const problems: string[] = [];
      for (const ns of NAMESPACES) {
        const en = english.get(ns)!;
        const here = catalogue.get(locale)!.get(ns)!;
        for (const key of en.keys()) if (!here.has(key)) problems.push(`${ns}.${key}: missing`);
        for (const key of here.keys()) if (!en.has(key)) problems.push(`${ns}.${key}: not in English`);
        for (const [key, message] of here) {
          if (!message.trim()) {
            problems.push(`${ns}.${key}: empty`);
            continue;
          }
          try {
            const vars = [...variables(parse(message))].sort();
            const enMessage = en.get(key);
            const want = enMessage === undefined ? vars : [...variables(parse(enMessage))].sort();
            if (vars.join() !== want.join()) problems.push(`${ns}.${key}: variables {${vars.join(", ")}} where English has {${want.join(", ")}}`);
          } catch (e) {
            problems.push(`${ns}.${key}: ${(e as Error).message}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
