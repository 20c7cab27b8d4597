// Exact Gram–Schmidt on integer vectors: rational orthogonal vectors u_k, and unit vectors
// e_k = u_k/|u_k| as surds (each entry a rational times one square root).
import { Q, sqrtQ, type Rational, type Surd } from "@/lib/math";
import { gcdAll } from "../../int-linalg";

const dotQ = (a: Rational[], b: Rational[]) => a.reduce((s, x, i) => s.add(x.mul(b[i])), Q.zero);

/** u_k = v_k − Σ_j (v_k·u_j / u_j·u_j) u_j; a zero u_k (dependent input) is kept as zero. */
export function orthogonalise(vectors: number[][]): Rational[][] {
  const us: Rational[][] = [];
  for (const v of vectors) {
    let u = v.map((x) => Q.of(x));
    for (const w of us) {
      const ww = dotQ(w, w);
      if (Q.isZero(ww)) continue;
      const k = dotQ(u, w).div(ww);
      u = u.map((x, i) => x.sub(k.mul(w[i])));
    }
    us.push(u);
  }
  return us;
}

/** The positive integer multiple of a rational vector with coprime entries. */
export function integerDirection(u: Rational[]): number[] {
  const lcm = u.reduce((l, x) => (l * Number(x.d)) / gcdAll([l, Number(x.d)]), 1);
  const ints = u.map((x) => Number(Q.num(x.mul(Q.of(lcm)))));
  const g = gcdAll(ints) || 1;
  return ints.map((x) => x / g);
}

/** u/|u| exactly, or null for the zero vector. */
export function unit(u: Rational[] | number[]): Surd[] | null {
  const w = integerDirection(u.map((x) => Q.of(x)));
  const nn = w.reduce((s, x) => s + x * x, 0);
  if (nn === 0) return null;
  const inv = sqrtQ(Q.of(1, nn));
  return w.map((x) => inv.scale(x));
}
