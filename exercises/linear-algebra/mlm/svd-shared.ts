// Shared by the SVD and low-rank skills: integer matrices A = UΣVᵀ built from nice orthonormal
// U and V and integer singular values, so singular values and factors are exact.
import type { Rng } from "../../rng";
import { firstPositive, intRankOneSum, orthoColsFrom, type UnitCol } from "./shared";

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

/** Entries all within `bound` and at most one zero; plain loops as it runs ~100 times per try. */
function smallWithFewZeros(A: number[][], bound: number): boolean {
  let zeros = 0;
  for (const row of A) {
    for (const x of row) {
      if (Math.abs(x) > bound) return false;
      if (x === 0 && ++zeros > 1) return false;
    }
  }
  return true;
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
    const options: { A: number[][]; sigma: number[] }[] = [];
    for (let s1 = 2; s1 <= 15; s1++) {
      for (let s2 = 1; s2 < s1; s2++) {
        const A = intRankOneSum([{ sigma: s1, u: U[0], v: V[0] }, { sigma: s2, u: U[1], v: V[1] }]);
        if (A && smallWithFewZeros(A, bound)) options.push({ A, sigma: [s1, s2] });
      }
    }
    if (options.length > 0) {
      const { A, sigma } = rng.pick(options);
      return { A, U, sigma, V };
    }
  }
}
