// Small text helpers shared by the parser and the matchers.

/** Lower case, accents removed, curly quotes straightened, whitespace collapsed: "José  Núñez" → "jose nunez". */
export function fold(s: string): string {
  // most text is ASCII: skip Unicode normalisation when it cannot change anything
  const base = /[^\x00-\x7f]/.test(s) ? s.normalize("NFKD").replace(/\p{M}+/gu, "").replace(/[’‘`´]/g, "'") : s;
  return base.toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * The folded text plus, for each of its characters, where that character came from
 * in the original. Matching runs on the folded text; `slice` maps a match back so
 * the evidence shown to the user is the exact substring of what they pasted.
 */
export interface FoldedText {
  folded: string;
  slice(start: number, end: number): string;
}

/**
 * `fn` remembered for up to `max` keys (then forgotten all at once): profiles and
 * parsed fields repeat from call to call, so their derived forms are worth keeping.
 */
export function memoize<R>(fn: (key: string) => R, max: number): (key: string) => R {
  const cache = new Map<string, R>();
  return (key) => {
    let hit = cache.get(key);
    if (hit === undefined) {
      hit = fn(key);
      if (cache.size >= max) cache.clear();
      cache.set(key, hit);
    }
    return hit;
  };
}

/** `foldWithMap` for the last few strings: the matchers fold the same headline and note several times. */
export const foldWithMap = memoize(foldWithMapUncached, 64);

function foldWithMapUncached(original: string): FoldedText {
  if (!/[^\x00-\x7f]/.test(original)) {
    // ASCII: one character in, one out, so positions need no map
    const folded = original.toLowerCase().replace(/\s/g, " ");
    return { folded, slice: (s, e) => (e <= s ? "" : original.slice(s, e)) };
  }
  let folded = "";
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const ch of original) {
    const start = i;
    i += ch.length;
    const code = ch.charCodeAt(0);
    let f: string;
    if (code < 128) f = /\s/.test(ch) ? " " : ch.toLowerCase();
    else {
      f = ch.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
      if (f === "’" || f === "‘" || f === "`" || f === "´") f = "'";
      else if (/^\s$/.test(f)) f = " ";
    }
    for (let k = 0; k < f.length; k++) {
      folded += f[k];
      from.push(start);
      to.push(i);
    }
  }
  return {
    folded,
    slice(s: number, e: number): string {
      if (e <= s || s >= from.length) return "";
      return original.slice(from[s] ?? 0, to[Math.min(e, to.length) - 1] ?? original.length);
    },
  };
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A regular expression that finds any of the folded phrases as whole words, allowing any
 * run of spaces or hyphens between their words. Compiled once per phrase list: profiles
 * repeat from request to request.
 */
export function phraseRegExp(phrases: string | readonly string[]): RegExp | null {
  return compiledPhrases(typeof phrases === "string" ? phrases : phrases.join("\u0000"));
}

const compiledPhrases = memoize((key: string): RegExp | null => {
  const alternatives = key
    .split("\u0000")
    .map((p) => fold(p).split(/[\s-]+/).filter(Boolean))
    .filter((words) => words.length)
    .sort((a, b) => b.join(" ").length - a.join(" ").length)
    .map((words) => words.map(escapeRegExp).join("[\\s-]+"));
  return alternatives.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "gu") : null;
}, 2000);

/** FNV-1a over a string: a cheap, stable hash for deterministic choices. */
export function stableHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/** Shortens to at most `max` characters at a word boundary, ending with an ellipsis. */
export function truncateWords(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, Math.max(0, max - 1));
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.5 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, "")}…`;
}
