// Exact pieces shared by the projection skills: r·s/|r| as a surd, (r·s/|r|²) r as rationals.
import { Q, sqrtQ, type Rational, type Surd } from "@/lib/math";
import { dot, norm2 } from "../../int-linalg";

/** (r·s)/|r| exactly. */
export const scalarProjection = (r: number[], s: number[]): Surd => sqrtQ(Q.of(1, norm2(r))).scale(dot(r, s));

/** (r·s)/|r|² · r exactly. */
export const vectorProjection = (r: number[], s: number[]): Rational[] => {
  const k = Q.of(dot(r, s), norm2(r));
  return r.map((x) => k.mul(Q.of(x)));
};

/** Vectors whose length is a whole number, so level-1 projections avoid surds. */
export const PYTHAGOREAN = [[3, 4], [6, 8], [5, 12], [1, 2, 2], [2, 3, 6], [0, 3, 4], [2, 6, 9], [4, 4, 7]];
