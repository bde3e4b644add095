// The learned part of spam detection: a logistic regression over hashed words, word
// pairs and character n-grams (features.ts), trained by scripts/spam/train.ts on the
// TRAIN rows of the SMS Spam Collection and the YouTube Spam Collection. The weights
// ship as model/spam-model.json (16-bit integers, base64), with no corpus text in it.
import modelFile from "./model/spam-model.json";
import { dotFeatures, FEATURE_BITS } from "./features";

export interface SpamModelFile {
  format: string;
  featureBits: number;
  bias: number;
  /** multiply a stored integer weight by this to get the real weight */
  scale: number;
  /** base64 of little-endian int16 weights, one per feature bucket */
  weights: string;
  /** decision threshold on (model margin + platform signal weights), chosen by cross-validation on TRAIN rows */
  threshold: number;
  [extra: string]: unknown;
}

export interface SpamModel {
  bias: number;
  weights: Float32Array;
  threshold: number;
}

/** base64 → bytes with `atob`, which Node, browsers and edge runtimes all have (no Buffer). */
function base64ToBytes(b64: string): Uint8Array {
  const binary = atob(b64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export function decodeSpamModel(file: SpamModelFile): SpamModel {
  if (file.featureBits !== FEATURE_BITS) {
    throw new Error(`spam model was trained with ${file.featureBits}-bit features, the engine uses ${FEATURE_BITS}: run npm run train`);
  }
  const bytes = base64ToBytes(file.weights);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const weights = new Float32Array(1 << FEATURE_BITS);
  for (let i = 0; i < weights.length && 2 * i + 1 < bytes.length; i++) weights[i] = view.getInt16(2 * i, true) * file.scale;
  return { bias: file.bias, weights, threshold: file.threshold };
}

let shipped: SpamModel | null = null;

/** The model in lib/triage/model/spam-model.json, decoded once on first use. */
export function shippedSpamModel(): SpamModel {
  shipped ??= decodeSpamModel(modelFile as SpamModelFile);
  return shipped;
}

/** The model's log-odds that the text is spam (positive: spam more likely than not). */
export function modelMargin(text: string, model: SpamModel = shippedSpamModel()): number {
  return model.bias + dotFeatures(text, model.weights);
}
