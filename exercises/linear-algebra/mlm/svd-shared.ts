// Shared by the SVD and low-rank skills: integer matrices A = UΣVᵀ built from nice orthonormal
// U and V and integer singular values, so singular values and factors are exact.
import type { Rng } from "../../rng";
import { firstPositive, orthoColsFrom, type UnitCol } from "./shared";

const V2 = [
  [[1, 0], [0, 1]],
  [[1, 1], [1, -1]],
  [[1, 2], [2, -1]],
  [[3, 4], [4, -3]],
];
const U3 = [
  [[1, 2, 2], [2, 1, -2], [2, -2, 1]],
  [[2, 3, 6], [3, -6, 2], [6, 2, -3]],
];
/** (U family, V family) pairs whose column lengths multiply to perfect squares; never perm with perm. */
const PAIRS_2: [number, number][] = [[0, 3], [3, 0], [3, 3], [1, 1], [2, 2], [2, 2], [1, 1]];
const PAIRS_3: [number, number][] = [[0, 0], [1, 0]];

export interface SvdInstance {
  A: number[][];
  U: UnitCol[];
  sigma: number[];
  /** Columns of V, each with first non-zero entry positive. */
  V: UnitCol[];
}

/**
 * All (σ1, σ2) with 15 ≥ σ1 > σ2 ≥ 1 for which σ1 u1 v1ᵀ + σ2 u2 v2ᵀ is an integer matrix with
 * entries at most `bound` and at most one zero, in that order, with the matrices. Same test as
 * intRankOneSum + bound/zero check, but the σ-free parts (L/r_k)·u_k[i]·v_k[j] are computed once
 * and a candidate allocates nothing until it passes: this loop runs ~100 times per try.
 */
function candidates(U: UnitCol[], V: UnitCol[], bound: number): { A: number[][]; sigma: number[] }[] {
  const options: { A: number[][]; sigma: number[] }[] = [];
  const roots = [0, 1].map((k) => Math.round(Math.sqrt(U[k].s * V[k].s)));
  if (roots.some((r, k) => r * r !== U[k].s * V[k].s)) return options; // intRankOneSum: null for every σ
  const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));
  const L = (roots[0] * roots[1]) / gcd(roots[0], roots[1]);
  const m = U[0].w.length;
  const n = V[0].w.length;
  // term[k][i*n + j] = (L / r_k) · u_k[i] · v_k[j], multiplied by σ_k in the order intRankOneSum uses.
  const term = [0, 1].map((k) => {
    const t = new Array<number>(m * n);
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) t[i * n + j] = (L / roots[k]) * U[k].w[i] * V[k].w[j];
    return t;
  });
  for (let s1 = 2; s1 <= 15; s1++) {
    for (let s2 = 1; s2 < s1; s2++) {
      let ok = true;
      let zeros = 0;
      for (let x = 0; x < m * n && ok; x++) {
        const num = 0 + s1 * term[0][x] + s2 * term[1][x];
        const q = num / L;
        ok = num % L === 0 && Math.abs(q) <= bound && !(q === 0 && ++zeros > 1);
      }
      if (!ok) continue;
      const A: number[][] = [];
      for (let i = 0; i < m; i++) {
        const row: number[] = [];
        for (let j = 0; j < n; j++) row.push((0 + s1 * term[0][i * n + j] + s2 * term[1][i * n + j]) / L + 0);
        A.push(row);
      }
      options.push({ A, sigma: [s1, s2] });
    }
  }
  return options;
}

/** A = σ1 u1 v1ᵀ + σ2 u2 v2ᵀ, integer, entries at most `bound`, σ1 > σ2 ≥ 1. */
export function svdInstance(rng: Rng, rows: 2 | 3, bound = 15): SvdInstance {
  for (;;) {
    const [fu, fv] = rng.pick(rows === 2 ? PAIRS_2 : PAIRS_3);
    const U = orthoColsFrom(rng, rows === 2 ? V2[fu] : U3[fu], 2);
    let V = orthoColsFrom(rng, V2[fv], 2).map(firstPositive);
    // A reflection (a, b), (b, -a) makes V symmetric; turn most of them into a rotation so that
    // V and Vᵀ differ.
    if (V[0].w[1] === V[1].w[0] && rng.bool(0.7)) V = V.map((c) => firstPositive({ w: [c.w[0], -c.w[1] + 0], s: c.s }));
    const options = candidates(U, V, bound);
    if (options.length > 0) {
      const { A, sigma } = rng.pick(options);
      return { A, U, sigma, V };
    }
  }
}
