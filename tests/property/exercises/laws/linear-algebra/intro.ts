// Laws for module "intro": answers re-derived with mathjs floats by another route.
import { expect } from "vitest";
import * as math from "mathjs";
import type { Laws } from "../types";

export const laws: Laws = {
  "la.intro.vector-add": (p) => {
    const { a, b, u, v } = p.data as { a: number; b: number; u: number[]; v: number[] };
    // a·u + b·v as the matrix [u v] applied to (a, b)
    const columns = math.transpose([u, v]) as number[][];
    expect(p.answer.numeric).toEqual((math.multiply(columns, [a, b]) as number[]).map((x) => x + 0));
  },
  "la.intro.simultaneous-setup": (p) => {
    const { b, items } = p.data as { b: number[]; items: string[] };
    const A = p.answer.numeric as number[][];
    expect(A).toHaveLength(b.length);
    for (const row of A) expect(row).toHaveLength(items.length);
    // the system has a unique solution, and it is a vector of whole prices from 1 to 9
    const prices = (math.lusolve(A, b) as number[][]).map((r) => r[0]);
    for (const price of prices) {
      expect(Math.abs(price - Math.round(price))).toBeLessThan(1e-9);
      expect(Math.round(price)).toBeGreaterThanOrEqual(1);
      expect(Math.round(price)).toBeLessThanOrEqual(9);
    }
  },
};
