// Shared by the independence and basis skills: random independent sets and a parallel-pair test.
import { rank } from "../../int-linalg";
import type { Rng } from "../../rng";

/** k random integer vectors in R^n (k ≤ n) of full rank, with no zero vector. */
export function randomIndependent(rng: Rng, k: number, n: number, bound = 4): number[][] {
  for (;;) {
    const vs = Array.from({ length: k }, () => rng.intVector(n, -bound, bound));
    if (rank(vs) === k) return vs;
  }
}

/** Whether two of the vectors are multiples of each other. */
export const anyParallelPair = (vs: number[][]): boolean =>
  vs.some((a, i) => vs.some((b, j) => j > i && rank([a, b]) < 2));
