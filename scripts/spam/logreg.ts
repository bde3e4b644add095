// L2-regularised logistic regression over sparse hashed features, trained with
// AdaGrad on a seeded shuffle so that the same rows always give the same weights.
import { FEATURE_DIMS, type SparseVector } from "@/lib/triage/features";

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** weight of a ham (real person) example relative to spam: > 1 makes ignoring a real person costlier */
  hamWeight: number;
  seed: number;
}

export interface LinearModel {
  weights: Float32Array;
  bias: number;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function score(model: LinearModel, x: SparseVector): number {
  let z = model.bias;
  for (let j = 0; j < x.index.length; j++) z += (model.weights[x.index[j]!] ?? 0) * x.value;
  return z;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function trainLogReg(xs: SparseVector[], ys: boolean[], opt: TrainOptions, rowWeights?: number[]): LinearModel {
  const w = new Float32Array(FEATURE_DIMS);
  const g2 = new Float32Array(FEATURE_DIMS).fill(1e-8);
  let b = 0;
  let gb2 = 1e-8;
  const rand = mulberry32(opt.seed);
  const order = xs.map((_, i) => i);
  const n = xs.length;
  for (let epoch = 0; epoch < opt.epochs; epoch++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const x = xs[i]!;
      const y = ys[i] ? 1 : 0;
      const sw = (ys[i] ? 1 : opt.hamWeight) * (rowWeights?.[i] ?? 1);
      const err = (sigmoid(score({ weights: w, bias: b }, x)) - y) * sw;
      for (let j = 0; j < x.index.length; j++) {
        const k = x.index[j]!;
        const g = err * x.value + opt.l2 * w[k]!;
        g2[k] = g2[k]! + g * g;
        w[k] = w[k]! - (opt.learningRate * g) / Math.sqrt(g2[k]!);
      }
      gb2 += err * err;
      b -= (opt.learningRate * err) / Math.sqrt(gb2);
    }
  }
  return { weights: w, bias: b };
}

/** Averages the weights of several runs on different shuffles: steadier than any single run, and still one linear model. */
export function trainAveraged(xs: SparseVector[], ys: boolean[], opt: TrainOptions, runs: number, rowWeights?: number[]): LinearModel {
  const sum = new Float32Array(FEATURE_DIMS);
  let bias = 0;
  for (let r = 0; r < runs; r++) {
    const m = trainLogReg(xs, ys, { ...opt, seed: opt.seed + r * 7919 }, rowWeights);
    for (let k = 0; k < FEATURE_DIMS; k++) sum[k] = sum[k]! + m.weights[k]! / runs;
    bias += m.bias / runs;
  }
  return { weights: sum, bias };
}
