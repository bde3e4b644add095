// The normalisation every input goes through (lib/validations/text.ts) and the error maps
// that name fields: lone surrogates and NULs never survive, prototype keys stay plain keys.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { invalidInput } from "@/lib/api/errors";
import { fieldErrors } from "@/lib/validations/errors";
import { wellFormed, wellFormedText } from "@/lib/validations/text";

const isClean = (s: string) => s.isWellFormed() && !s.includes("\u0000");

describe("wellFormedText", () => {
  it("leaves no lone surrogate and no NUL, changes clean text not at all, and is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom("\uD800", "\uDFFF", "\u0000", "a", "<"), fc.string({ unit: "binary", maxLength: 1 })) }), (s) => {
        const out = wellFormedText(s);
        expect(isClean(out)).toBe(true);
        expect(wellFormedText(out)).toBe(out);
        if (isClean(s)) expect(out).toBe(s);
        // Only NULs are removed; a surrogate is replaced one for one.
        expect(out.length).toBe(s.length - [...s.matchAll(/\u0000/g)].length);
      }),
    );
  });
});

describe("wellFormed", () => {
  it("cleans strings deep inside, keys too, and keeps other values", () => {
    const input = { "a\uD800": ["x\u0000y", 1, null, { b: "\uDC00" }], n: NaN, t: true };
    expect(wellFormed(input)).toEqual({ "a\uFFFD": ["xy", 1, null, { b: "\uFFFD" }], n: NaN, t: true });
  });

  it("keeps a JSON __proto__ key an own key, never the prototype", () => {
    const out = wellFormed(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(["__proto__", "constructor"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("field errors keyed by a prototype member's name", () => {
  const strict = z.strictObject({ a: z.string() });
  for (const key of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
    it(`names "${key}" as a field rather than throwing`, () => {
      const input = JSON.parse(`{"a": 1, "${key}": 1}`);
      const error = strict.safeParse(input).error!;
      const api = invalidInput(error);
      expect(api.status).toBe(400);
      expect(api.fields?.[key]).toEqual(["is not a known field"]);
      expect(Object.hasOwn(api.fields!, key)).toBe(true);
      // A schema field of that name, wrongly typed (zod itself cannot hold a "__proto__" field).
      if (key === "__proto__") return;
      const typed = z.object({ [key]: z.string() }).safeParse(JSON.parse(`{"${key}": 1}`)).error!;
      expect(Object.hasOwn(fieldErrors(typed), key)).toBe(true);
    });
  }
});
