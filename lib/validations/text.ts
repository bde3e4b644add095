// Text as the database can store it. A lone UTF-16 surrogate ("\uD800", which a broken
// paste or a hand-made JSON body can carry) made Prisma's query engine fail on its own JSON
// ("unexpected end of hex escape"), so every action and API call answered with a crash; a
// NUL character is refused by PostgreSQL's text type. Input is normalised once where it
// enters (the action wrapper, the API's body, query and path): lone surrogates become
// U+FFFD, the replacement character, as any UTF-8 encoder would make them, and NULs are dropped.
import "@/lib/zod-browser";

export function wellFormedText(s: string): string {
  const out = s.toWellFormed();
  return out.includes("\u0000") ? out.replaceAll("\u0000", "") : out;
}

/** A copy of a parsed value with every string (keys too) well-formed; other values as they are. */
export function wellFormed<T>(value: T): T {
  if (typeof value === "string") return wellFormedText(value) as T;
  if (Array.isArray(value)) return value.map(wellFormed) as T;
  if (value === null || typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
  const out: Record<string, unknown> = {};
  // defineProperty: an own "__proto__" key (JSON.parse makes them) stays a plain key, never the prototype.
  for (const [k, v] of Object.entries(value)) Object.defineProperty(out, wellFormedText(k), { value: wellFormed(v), enumerable: true, writable: true, configurable: true });
  return out as T;
}
