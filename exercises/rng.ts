// The seeded random source every generator draws from: a pure function of
// `${skill}:${seed}:${level}` (seedrandom's ARC4), never Math.random, never the clock, so the
// same problem appears on every machine. Also the "nice" constructors many skills share.
import seedrandom from "seedrandom";
import { det, identity, matMul, maxAbs, type IntMatrix, type IntVector } from "./int-linalg";

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number;
  /** Non-zero integer in [lo, hi]. */
  nonZeroInt(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy. */
  shuffle<T>(items: readonly T[]): T[];
  bool(pTrue?: number): boolean;
  /** Integer vector with entries in [lo, hi]; never the zero vector. */
  intVector(n: number, lo: number, hi: number): IntVector;
  intMatrix(rows: number, cols: number, lo: number, hi: number): IntMatrix;
  /** P with det ±1 and entries within `bound`, together with its exact integer inverse. */
  unimodular(n: number, bound?: number): { P: IntMatrix; Pinv: IntMatrix };
  /** Integer matrix with the given determinant (non-zero) and small entries. */
  matrixWithDet(n: number, d: number, bound?: number): IntMatrix;
  /** A = P D P⁻¹ with the given integer eigenvalues; P's columns are eigenvectors. */
  withEigenvalues(eigs: number[], bound?: number): { A: IntMatrix; P: IntMatrix; Pinv: IntMatrix };
  /** Apply a random signed permutation of coordinates (same one to each vector given). */
  signedPermutation(n: number): (v: IntVector) => IntVector;
}

/** Retry limit for rejection sampling; reaching it is a bug in a generator's ranges. */
const MAX_TRIES = 10_000;
const SHEARS = [-2, -1, 1, 2] as const;

export function makeRng(skill: string, seed: number, level: number): Rng {
  const random = seedrandom(`${skill}:${seed}:${level}`);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const rng: Rng = {
    next: () => random(),
    int,
    nonZeroInt(lo, hi) {
      for (let i = 0; i < MAX_TRIES; i++) {
        const x = int(lo, hi);
        if (x !== 0) return x;
      }
      throw new Error(`nonZeroInt: no non-zero integer in [${lo}, ${hi}]`);
    },
    pick: (items) => items[int(0, items.length - 1)],
    shuffle(items) {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        const t = out[i]; // a temporary, not [a, b] = [b, a]: no array per swap in a hot helper
        out[i] = out[j];
        out[j] = t;
      }
      return out;
    },
    bool: (pTrue = 0.5) => random() < pTrue,
    intVector(n, lo, hi) {
      return retry(() => Array.from({ length: n }, () => int(lo, hi)), (v) => v.some((x) => x !== 0), "intVector");
    },
    intMatrix: (rows, cols, lo, hi) =>
      Array.from({ length: rows }, () => Array.from({ length: cols }, () => int(lo, hi))),
    unimodular(n, bound = 4) {
      return retry(() => unimodularOnce(n), ({ P, Pinv }) => maxAbs(P) <= bound && maxAbs(Pinv) <= bound * 3, "unimodular");
    },
    matrixWithDet(n, d, bound = 9) {
      if (d === 0) throw new Error("matrixWithDet: determinant must be non-zero");
      return retry(
        () => {
          const D = identity(n);
          D[0][0] = d;
          const A = matMul(matMul(rng.unimodular(n, 3).P, D), rng.unimodular(n, 3).P);
          // the unimodular factors may have det -1; a row swap restores the sign asked for
          if (det(A) !== d) [A[0], A[1]] = [A[1], A[0]];
          return A;
        },
        (A) => maxAbs(A) <= bound,
        "matrixWithDet",
      );
    },
    withEigenvalues(eigs, bound = 9) {
      const n = eigs.length;
      return retry(
        () => {
          const { P, Pinv } = rng.unimodular(n, 2);
          const D = identity(n).map((row, i) => row.map((x) => x * eigs[i]));
          return { A: matMul(matMul(P, D), Pinv), P, Pinv };
        },
        ({ A }) => maxAbs(A) <= bound,
        "withEigenvalues",
      );
    },
    signedPermutation(n) {
      const order = rng.shuffle(Array.from({ length: n }, (_, i) => i));
      const signs = order.map(() => (rng.bool() ? 1 : -1));
      return (v) => order.map((from, i) => signs[i] * v[from]);
    },
  };

  /**
   * Product of random elementary matrices (shears, swaps, sign flips), built with its inverse.
   * Each factor is applied in place as a column/row operation rather than by matMul (same draws,
   * same integers) because this is the hot loop of every rejection-sampled "nice" matrix.
   */
  function unimodularOnce(n: number): { P: IntMatrix; Pinv: IntMatrix } {
    const P = identity(n);
    const Pinv = identity(n);
    for (let step = 0; step < n + 1; step++) {
      const i = int(0, n - 1);
      const j = (i + int(1, n - 1)) % n;
      const k = rng.pick(SHEARS);
      // P·E with E = I + k·e_i e_jᵀ: column j += k·column i. Einv·Pinv: row i −= k·row j.
      for (let r = 0; r < n; r++) P[r][j] = P[r][j] + k * P[r][i];
      const rowI = Pinv[i];
      const rowJ = Pinv[j];
      for (let c = 0; c < n; c++) rowI[c] = rowI[c] + -k * rowJ[c];
    }
    if (rng.bool()) {
      // A sign flip keeps |det| = 1 and lets det(P) be -1 as well. (0 - x keeps 0 as +0.)
      const r = int(0, n - 1);
      for (let t = 0; t < n; t++) {
        P[t][r] = 0 - P[t][r];
        Pinv[r][t] = 0 - Pinv[r][t];
      }
    }
    return { P, Pinv };
  }

  function retry<T>(make: () => T, ok: (x: T) => boolean, what: string): T {
    for (let i = 0; i < MAX_TRIES; i++) {
      const x = make();
      if (ok(x)) return x;
    }
    throw new Error(`${what}: no acceptable value after ${MAX_TRIES} tries (ranges too tight)`);
  }

  return rng;
}
