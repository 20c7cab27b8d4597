// Laws for module "vectors": each answer re-derived by another route (mathjs floats, geometry).
import { expect } from "vitest";
import * as math from "mathjs";
import type { Laws } from "../types";
import type { Problem } from "@/exercises/types";

const num = (p: Problem): number => {
  expect(typeof p.answer.numeric, `${p.skill} seed ${p.seed}: numeric answer`).toBe("number");
  return p.answer.numeric as number;
};
const vec = (x: unknown): number[] => x as number[];

export const laws: Laws = {
  "la.vectors.modulus": (p) => {
    const v = vec(p.data.v);
    const length = num(p);
    expect(length).toBeGreaterThan(0);
    // the square of the answer is the sum of squares (Pythagoras), and mathjs's 2-norm agrees
    expect(length * length).toBeCloseTo(v.reduce((s, x) => s + x * x, 0), 9);
    expect(length).toBeCloseTo(math.norm(v) as number, 9);
  },
  "la.vectors.dot": (p) => {
    const u = vec(p.data.u);
    const v = vec(p.data.v);
    // |u|² + |v|² − |u − v|² = 2 u·v (polarisation), computed with mathjs floats
    const polar = ((math.norm(u) as number) ** 2 + (math.norm(v) as number) ** 2 - (math.norm(math.subtract(u, v)) as number) ** 2) / 2;
    expect(num(p)).toBeCloseTo(polar, 6);
  },
};
