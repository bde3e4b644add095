// Turns a text into hashed sparse features for the spam model. The training script
// (scripts/spam/train.ts) and the engine (spam.ts) both call this one function, so
// the model always sees the same features it was trained on.
//
// Feature hashing keeps the shipped model free of corpus text: only bucket indices
// and weights leave the training script, never words or n-grams.

export const FEATURE_BITS = 17;
export const FEATURE_DIMS = 1 << FEATURE_BITS;
const MASK = FEATURE_DIMS - 1;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashString(seed: number, s: string): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  // final avalanche so that nearby strings spread over the buckets
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

// Character 1- to 3-grams won over 2–5 and 3–6 in cross-validation on the TRAIN rows.
const NMIN = 1;
const NMAX = 3;
const SEED_WORD = 0x01;
const SEED_BIGRAM = 0x02;
const SEED_CHAR = 0x03;
const SEED_META = 0x04;

const URL_RE = /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\s?\.\s?(?:com|net|org|biz|info|co|io|ly|me|tk|ru|xyz|us|uk|gl|to|tv|cc|link|site|online|club|shop)\b(?:\/\S*)?/giu;
const EMAIL_RE = /\b[\w.+-]+@[\w-]+\.[\w.]+\b/gu;
const PHONE_RE = /(?:\+?\d[\d\s().-]{6,}\d)/gu;
const MONEY_RE = /[$£€₹¥]\s?\d|\b\d[\d,.]*\s?(?:k|usd|dollars?|pounds?|euros?|btc|eth|p)\b/giu;
const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Meta observations that do not depend on any particular word. */
function metaFeatures(raw: string, lower: string): string[] {
  const out: string[] = [];
  const len = raw.length;
  out.push(`len:${len < 20 ? 0 : len < 50 ? 1 : len < 100 ? 2 : len < 160 ? 3 : len < 300 ? 4 : 5}`);
  if (URL_RE.test(lower)) out.push("url");
  URL_RE.lastIndex = 0;
  if (EMAIL_RE.test(lower)) out.push("email");
  EMAIL_RE.lastIndex = 0;
  const phones = lower.match(PHONE_RE)?.length ?? 0;
  if (phones > 0) out.push("phone");
  if (MONEY_RE.test(raw)) out.push("money");
  MONEY_RE.lastIndex = 0;
  let letters = 0;
  let upper = 0;
  let digits = 0;
  for (const ch of raw) {
    if (ch >= "0" && ch <= "9") digits++;
    else if (ch.toLowerCase() !== ch.toUpperCase()) {
      letters++;
      if (ch === ch.toUpperCase()) upper++;
    }
  }
  if (letters >= 8) {
    const r = upper / letters;
    out.push(`caps:${r < 0.1 ? 0 : r < 0.3 ? 1 : r < 0.6 ? 2 : 3}`);
  }
  out.push(`digits:${digits === 0 ? 0 : digits < 4 ? 1 : digits < 10 ? 2 : 3}`);
  if (/!{2,}/.test(raw)) out.push("bangs");
  if (/\b\d{5,}\b/.test(raw)) out.push("longnum");
  return out;
}

/** Lower-cased, NFKC-folded text with every digit shown as 0 (phone numbers, codes and prices look alike). */
export function normalizeForModel(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\d/g, "0").replace(/\s+/g, " ").trim();
}

export interface SparseVector {
  index: Int32Array;
  value: Float32Array;
}

/**
 * Hashed features: words, word pairs, character 1- to 3-grams, a few meta features.
 * Each bucket counts once (presence), and the vector is scaled to unit length.
 */
export function featurize(text: string): SparseVector {
  const raw = text.length > 5000 ? text.slice(0, 5000) : text;
  const lower = raw.normalize("NFKC").toLowerCase();
  const norm = normalizeForModel(raw);
  const seen = new Set<number>();

  const words = norm.match(WORD_RE) ?? [];
  let prev = "<s>";
  for (const w of words) {
    seen.add(hashString(SEED_WORD, w) & MASK);
    seen.add(hashString(SEED_BIGRAM, `${prev} ${w}`) & MASK);
    prev = w;
  }
  seen.add(hashString(SEED_BIGRAM, `${prev} </s>`) & MASK);

  const padded = ` ${norm} `;
  const n = padded.length;
  for (let i = 0; i < n; i++) {
    let h = (FNV_OFFSET ^ SEED_CHAR) >>> 0;
    for (let k = 0; k < NMAX && i + k < n; k++) {
      h ^= padded.charCodeAt(i + k);
      h = Math.imul(h, FNV_PRIME);
      if (k >= NMIN - 1) {
        let x = (h ^ k) >>> 0;
        x ^= x >>> 15;
        x = Math.imul(x, 0x2c1b3c6d);
        x ^= x >>> 12;
        seen.add((x >>> 0) & MASK);
      }
    }
  }

  for (const m of metaFeatures(raw, lower)) seen.add(hashString(SEED_META, m) & MASK);

  const index = Int32Array.from(seen).sort();
  const value = new Float32Array(index.length).fill(index.length ? 1 / Math.sqrt(index.length) : 0);
  return { index, value };
}
