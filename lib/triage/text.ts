// Small text helpers shared by the parser and the matchers.

/** Lower case, accents removed, curly quotes straightened, whitespace collapsed: "José  Núñez" → "jose nunez". */
export function fold(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
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

export function foldWithMap(original: string): FoldedText {
  let folded = "";
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const ch of original) {
    const start = i;
    i += ch.length;
    let f = ch.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
    if (f === "’" || f === "‘" || f === "`" || f === "´") f = "'";
    else if (/\s/.test(f)) f = " ";
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

/** A regular expression that finds the folded phrase as whole words, allowing any run of spaces or hyphens between its words. */
export function phraseRegExp(phrase: string, flags = "g"): RegExp | null {
  const words = fold(phrase).split(/[\s-]+/).filter(Boolean);
  if (!words.length) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join("[\\s-]+")}(?![\\p{L}\\p{N}])`, `${flags}u`);
}

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
