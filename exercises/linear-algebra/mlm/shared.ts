// Shared by the decomposition skills: "nice" orthonormal columns (integer directions with simple
// lengths, so entries are fractions like 3/5 or surds like √5/5) and exact matrices of surds built
// from them, so decompositions can be generated backwards from their factors.
import { Q, type Rational, Surd } from "@/lib/math";
import type { Rng } from "../../rng";

/** The unit vector w/√s: integer direction w with squared length s = w·w. */
export interface UnitCol {
  w: number[];
  s: number;
}

/** Integer orthogonal bases with simple lengths (each list: mutually orthogonal directions). */
const FAMILIES: Record<number, number[][][]> = {
  2: [
    [[1, 1], [1, -1]],
    [[1, 2], [2, -1]],
    [[3, 4], [4, -3]],
  ],
  3: [
    [[1, 2, 2], [2, 1, -2], [2, -2, 1]],
    [[2, 3, 6], [3, -6, 2], [6, 2, -3]],
    [[1, 1, 0], [1, -1, 0], [0, 0, 1]],
  ],
};

export const unitCol = (w: number[]): UnitCol => ({ w, s: w.reduce((t, x) => t + x * x, 0) });

/** Flip a direction so its first non-zero entry is positive (the course's sign convention). */
export function firstPositive(c: UnitCol): UnitCol {
  const first = c.w.find((x) => x !== 0) ?? 0;
  return first < 0 ? { w: c.w.map((x) => -x + 0), s: c.s } : c;
}

/**
 * k orthonormal columns in R^n from a random family, with coordinates permuted and signs
 * flipped at random. `family` restricts the choice (index into the list for n).
 */
export function orthoCols(rng: Rng, n: number, k: number, family?: number): UnitCol[] {
  return orthoColsFrom(rng, FAMILIES[n][family ?? rng.int(0, FAMILIES[n].length - 1)], k);
}

/** k of the given mutually orthogonal directions, coordinates permuted, signs flipped at random. */
export function orthoColsFrom(rng: Rng, fam: number[][], k: number): UnitCol[] {
  const n = fam[0].length;
  const mix = rng.signedPermutation(n);
  return rng.shuffle(fam).slice(0, k).map((w) => {
    const sign = rng.bool() ? 1 : -1;
    return unitCol(mix(w).map((x) => sign * x + 0));
  });
}

export const familyCount = (n: number): number => FAMILIES[n].length;

/** Entry i of the unit vector w/√s as an exact surd (w_i/s)·√s. */
export const unitEntry = (c: UnitCol, i: number): Surd => Surd.of(Q.of(c.w[i], c.s), c.s);

/** The matrix whose columns are the given unit columns. */
export const colsMatrix = (cols: UnitCol[]): Surd[][] => cols[0].w.map((_, i) => cols.map((c) => unitEntry(c, i)));

/** Σ σ_k u_k v_kᵀ exactly, or null when an entry mixes different surds (not a single k·√n). */
export function rankOneSum(terms: { sigma: number; u: UnitCol; v: UnitCol }[]): Surd[][] | null {
  const m = terms[0].u.w.length;
  const n = terms[0].v.w.length;
  const out: Surd[][] = [];
  for (let i = 0; i < m; i++) {
    const row: Surd[] = [];
    for (let j = 0; j < n; j++) {
      let acc: Surd | null = Surd.of(0, 1);
      for (const { sigma, u, v } of terms) {
        const d = u.s * v.s;
        acc = acc && acc.add(Surd.of(Q.of(sigma * u.w[i] * v.w[j], d), d));
      }
      if (!acc) return null;
      row.push(acc);
    }
    out.push(row);
  }
  return out;
}

/** Integer matrix from exact entries, or null if some entry is not an integer. */
export function asIntegers(M: Surd[][]): number[][] | null {
  const out: number[][] = [];
  for (const r of M) {
    const row: number[] = [];
    for (const x of r) {
      if (!x.isRational || !Q.isInteger(x.k)) return null;
      row.push(Q.toNumber(x.k) + 0);
    }
    out.push(row);
  }
  return out;
}

/** Rational matrices from integer arithmetic: the exact inverse of a 2×2 as fractions. */
export function inverse2(A: number[][]): Rational[][] {
  const d = A[0][0] * A[1][1] - A[0][1] * A[1][0];
  return [
    [Q.of(A[1][1], d), Q.of(-A[0][1], d)],
    [Q.of(-A[1][0], d), Q.of(A[0][0], d)],
  ];
}

/** Generic transpose for matrices of any entry type. */
export const transposed = <T>(M: readonly (readonly T[])[]): T[][] => M[0].map((_, j) => M.map((r) => r[j]));

const gcd2 = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd2(b, a % b));
const isqrt = (x: number): number | null => {
  const r = Math.round(Math.sqrt(x));
  return r * r === x ? r : null;
};

/**
 * Σ σ_k u_k v_kᵀ in integer arithmetic when every √(s_u s_v) is an integer and the sum is an
 * integer matrix; null otherwise. Fast enough for rejection sampling (no fractions).
 */
export function intRankOneSum(terms: { sigma: number; u: UnitCol; v: UnitCol }[]): number[][] | null {
  const roots: number[] = [];
  for (const t of terms) {
    const r = isqrt(t.u.s * t.v.s);
    if (r === null) return null;
    roots.push(r);
  }
  const L = roots.reduce((a, b) => (a * b) / gcd2(a, b), 1);
  const m = terms[0].u.w.length;
  const n = terms[0].v.w.length;
  const out: number[][] = [];
  for (let i = 0; i < m; i++) {
    const row: number[] = [];
    for (let j = 0; j < n; j++) {
      let num = 0;
      terms.forEach((t, k) => (num += t.sigma * (L / roots[k]) * t.u.w[i] * t.v.w[j]));
      if (num % L !== 0) return null;
      row.push(num / L + 0);
    }
    out.push(row);
  }
  return out;
}
