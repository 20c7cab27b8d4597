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

const evalExact = (x: unknown): number => (typeof x === "number" ? x : (math.evaluate(String(x)) as number));
const isZero = (x: number) => Math.abs(x) < 1e-9;

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

  "la.vectors.dot-properties": (p) => {
    const d = p.data as Record<string, number>;
    const uu = evalExact(p.data.normU) ** 2;
    // the bilinear form x^T G y with the Gram matrix of (u, v, w); |v|², |w|² never enter
    const G = [[uu, d.uv, d.uw], [d.uv, 0, d.vw], [d.uw, d.vw, 0]];
    const value = math.multiply(math.multiply([d.a, d.b, 0], G), [d.c, 0, d.d]) as unknown as number;
    expect(num(p)).toBeCloseTo(value, 6);
  },
  "la.vectors.angle": (p) => {
    const u = vec(p.data.u);
    const v = vec(p.data.v);
    const theta = p.data.unit === "degrees" ? (num(p) * Math.PI) / 180 : num(p);
    expect(theta).toBeGreaterThanOrEqual(0);
    expect(theta).toBeLessThanOrEqual(Math.PI + 1e-12);
    // law of cosines: |u − v|² = |u|² + |v|² − 2|u||v| cos θ
    const [nu, nv] = [math.norm(u) as number, math.norm(v) as number];
    expect((math.norm(math.subtract(u, v)) as number) ** 2).toBeCloseTo(nu * nu + nv * nv - 2 * nu * nv * Math.cos(theta), 6);
  },
  "la.vectors.orthogonal-test": (p) => {
    const u = vec(p.data.u);
    const v = vec(p.data.v);
    // Pythagoras holds exactly for orthogonal vectors: |u + v|² = |u|² + |v|²
    const pythagoras = isZero((math.norm(math.add(u, v)) as number) ** 2 - (math.norm(u) as number) ** 2 - (math.norm(v) as number) ** 2);
    expect(p.answer.numeric).toBe(pythagoras);
  },
  "la.vectors.scalar-projection": (p) => {
    const r = vec(p.data.r);
    const s = vec(p.data.s);
    // s minus (answer · unit r) is orthogonal to r
    const unit = math.divide(r, math.norm(r)) as number[];
    const residual = math.subtract(s, math.multiply(num(p), unit)) as number[];
    expect(isZero(math.dot(residual, r))).toBe(true);
  },
  "la.vectors.vector-projection": (p) => {
    const r = vec(p.data.r);
    const s = vec(p.data.s);
    const proj = vec(p.answer.numeric);
    // the projection lies on the line of r and the residual is orthogonal to r
    expect(isZero(math.det(math.matrix([[...proj.slice(0, 2)], [...r.slice(0, 2)]])))).toBe(true);
    if (r.length === 3) expect(math.norm(math.cross(proj, r) as number[]) as number).toBeLessThan(1e-9);
    expect(isZero(math.dot(math.subtract(s, proj) as number[], r))).toBe(true);
  },
  "la.vectors.change-basis-orthogonal": (p) => {
    const basis = p.data.basis as number[][];
    const c = vec(p.answer.numeric);
    // rebuild r from its coordinates: B^T c = r
    const rebuilt = math.multiply(math.transpose(basis), c) as number[];
    rebuilt.forEach((x, i) => expect(x).toBeCloseTo(vec(p.data.r)[i], 9));
  },
  "la.vectors.linear-independence": (p) => {
    const V = p.data.vectors as number[][];
    // independent exactly when the Gram matrix V Vᵀ is invertible
    const gram = math.multiply(V, math.transpose(V)) as number[][];
    expect(p.answer.numeric).toBe(Math.abs(math.det(gram)) > 0.5);
  },
  "la.vectors.basis-check": (p) => {
    const V = p.data.vectors as number[][];
    const n = p.data.n as number;
    // a basis: n vectors whose matrix has a non-zero determinant
    expect(p.answer.numeric).toBe(V.length === n && Math.abs(math.det(V)) > 0.5);
  },
};
