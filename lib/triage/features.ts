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
  return avalanche(h);
}

// Character 1- to 3-grams won over 2–5 and 3–6 in cross-validation on the TRAIN rows.
const NMIN = 1;
const NMAX = 3;
const SEED_WORD = 0x01;
const SEED_BIGRAM = 0x02;
const SEED_CHAR = 0x03;
const SEED_META = 0x04;

const URL_RE = /https?:\/\/|www\.|\b[a-z0-9-]+\s?\.\s?(?:com|net|org|biz|info|co|io|ly|me|tk|ru|xyz|us|uk|gl|to|tv|cc|link|site|online|club|shop)\b/u;
const EMAIL_RE = /\b[\w.+-]+@[\w-]+\.[\w.]+\b/u;
const PHONE_RE = /\+?\d[\d\s().-]{6,}\d/u;
const MONEY_RE = /[$£€₹¥]\s?\d|\b\d[\d,.]*\s?(?:k|usd|dollars?|pounds?|euros?|btc|eth|p)\b/iu;
const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const NON_ASCII_RE = /[^\x00-\x7f]/;
const DIGIT_RE = /\d/;

/** Meta observations that do not depend on any particular word. */
function metaFeatures(raw: string, lower: string, bag: FeatureBag): void {
  const meta = (m: string) => bag.add(hashString(SEED_META, m) & MASK);
  const len = raw.length;
  meta(`len:${len < 20 ? 0 : len < 50 ? 1 : len < 100 ? 2 : len < 160 ? 3 : len < 300 ? 4 : 5}`);
  // cheap tests first: a link needs "http" or a dot; a phone number, an amount and a long number need a digit
  if ((lower.includes(".") || lower.includes("http")) && URL_RE.test(lower)) meta("url");
  if (lower.includes("@") && EMAIL_RE.test(lower)) meta("email");
  const hasDigit = DIGIT_RE.test(raw);
  if (hasDigit && PHONE_RE.test(lower)) meta("phone");
  if (hasDigit && MONEY_RE.test(raw)) meta("money");
  let letters = 0;
  let upper = 0;
  let digits = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c >= 65 && c <= 90) {
      letters++;
      upper++;
    } else if (c >= 97 && c <= 122) letters++;
    else if (c > 127) {
      const ch = raw[i]!;
      const lo = ch.toLowerCase();
      if (lo !== ch.toUpperCase()) {
        letters++;
        if (lo !== ch) upper++;
      }
    }
  }
  if (letters >= 8) {
    const r = upper / letters;
    meta(`caps:${r < 0.1 ? 0 : r < 0.3 ? 1 : r < 0.6 ? 2 : 3}`);
  }
  meta(`digits:${digits === 0 ? 0 : digits < 4 ? 1 : digits < 10 ? 2 : 3}`);
  if (raw.includes("!!")) meta("bangs");
  if (hasDigit && /\b\d{5,}\b/.test(raw)) meta("longnum");
}

/** Feature buckets of one text; every bucket has the same value, 1/√(number of buckets). */
export interface SparseVector {
  index: Int32Array;
  value: number;
}

/**
 * Hashed features: words, word pairs, character 1- to 3-grams, a few meta features.
 * Each bucket counts once (presence), and the vector is scaled to unit length.
 */
export function featurize(text: string): SparseVector {
  const bag = new FeatureBag(null);
  collect(text, bag);
  return { index: bag.indices(), value: bag.count ? 1 / Math.sqrt(bag.count) : 0 };
}

/** The dot product of `weights` with the text's feature vector, without building the vector (the engine's hot path). */
export function dotFeatures(text: string, weights: Float32Array): number {
  const bag = new FeatureBag(weights);
  collect(text, bag);
  return bag.count ? bag.sum / Math.sqrt(bag.count) : 0;
}

function collect(text: string, bag: FeatureBag): void {
  const clipped = text.length > 5000 ? text.slice(0, 5000) : text;
  const raw = NON_ASCII_RE.test(clipped) ? clipped.normalize("NFKC") : clipped;
  const lower = raw.toLowerCase();
  // every digit shown as 0: phone numbers, codes and prices look alike
  const norm = lower.replace(/\d/g, "0").replace(/\s+/g, " ").trim();

  let prev = START_HASH;
  for (const w of norm.match(WORD_RE) ?? []) {
    const h = hashString(SEED_WORD, w);
    bag.add(h & MASK);
    bag.add(pairHash(prev, h) & MASK);
    prev = h;
  }
  bag.add(pairHash(prev, END_HASH) & MASK);

  const padded = ` ${norm} `;
  const n = padded.length;
  for (let i = 0; i < n; i++) {
    let h = (FNV_OFFSET ^ SEED_CHAR) >>> 0;
    for (let k = 0; k < NMAX && i + k < n; k++) {
      h ^= padded.charCodeAt(i + k);
      h = Math.imul(h, FNV_PRIME);
      if (k >= NMIN - 1) bag.add(avalanche(h ^ k) & MASK);
    }
  }

  metaFeatures(raw, lower, bag);
}

function avalanche(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

/** A word pair's bucket from the two words' hashes: no string is built. */
function pairHash(a: number, b: number): number {
  return avalanche(Math.imul(a ^ SEED_BIGRAM, 0x9e3779b1) ^ b);
}

const START_HASH = 0x5bd1e995;
const END_HASH = 0x1b873593;

// Each bucket counts once. A stamp per bucket (instead of a Set) keeps this allocation-free:
// bumping the generation forgets the previous text's buckets in O(1).
const stamp = new Uint32Array(FEATURE_DIMS);
let generation = 0;
let buffer = new Int32Array(4096);

/** The distinct buckets of one text: recorded (for training), or summed against weights (for scoring). */
class FeatureBag {
  count = 0;
  sum = 0;
  private readonly gen: number;
  constructor(private readonly weights: Float32Array | null) {
    generation = (generation + 1) >>> 0;
    if (generation === 0) {
      stamp.fill(0);
      generation = 1;
    }
    this.gen = generation;
  }
  add(bucket: number): void {
    if (stamp[bucket] === this.gen) return;
    stamp[bucket] = this.gen;
    if (this.weights) this.sum += this.weights[bucket]!;
    else {
      if (this.count === buffer.length) {
        const bigger = new Int32Array(buffer.length * 2);
        bigger.set(buffer);
        buffer = bigger;
      }
      buffer[this.count] = bucket;
    }
    this.count++;
  }
  indices(): Int32Array {
    return buffer.slice(0, this.count);
  }
}
