// A submitted form as the zod schemas read it. Shared by the server-action wrapper
// (lib/actions/safe-action.ts) and the forms' instant pre-check in the browser, so both
// see the same object.
import { wellFormedText } from "./text";

/** FormData to a plain object: repeated keys and keys ending in [] become arrays; text made well-formed (lib/validations/text.ts). */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue; // React's own fields
    const values = formData.getAll(key).map((v) => wellFormedText(typeof v === "string" ? v : v.name));
    const name = wellFormedText(key);
    const value = name.endsWith("[]") ? values : values.length > 1 ? values : values[0];
    // defineProperty: a field named "__proto__[]" must stay a field, not become the object's prototype.
    Object.defineProperty(out, name.endsWith("[]") ? name.slice(0, -2) : name, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** A checkbox as a form posts it: present ("on", or "true" from a script) means ticked. */
export function checkboxValue(v: unknown): unknown {
  if (typeof v === "boolean" || v === undefined) return v;
  if (v === "on" || v === "true") return true;
  if (v === "false" || v === "") return false;
  return v;
}

/**
 * A list posted as repeated `name[]` entries. Each entry may hold several items separated by
 * commas or new lines (a tag field typed without JavaScript); blanks are dropped.
 */
export function listValue(v: unknown): unknown {
  if (v === undefined) return v;
  const entries = typeof v === "string" ? [v] : v;
  if (!Array.isArray(entries) || entries.some((e) => typeof e !== "string")) return v;
  return (entries as string[]).flatMap((e) => e.split(/[,\n]/)).map((e) => e.trim()).filter(Boolean);
}
