// Laws for module "mappings": each answer re-derived by another route with mathjs floats —
// einsum by brute-force index sums, products by associativity, bases by reconstruction,
// B R_B = R B without an inverse, orthonormality and spans for Gram–Schmidt, mirror geometry.
import { expect } from "vitest";
import * as math from "mathjs";
import type { Laws } from "../types";

type M = number[][];
const mat = (x: unknown): M => x as M;
const vec = (x: unknown): number[] => x as number[];
const num = (x: unknown): number => (typeof x === "number" ? x : (math.evaluate(String(x)) as number));
const close = (a: M | number[], b: M | number[], what: string) => {
  const fa = (a as unknown[]).flat() as number[];
  const fb = (b as unknown[]).flat() as number[];
  expect(fa.length, `${what}: size`).toBe(fb.length);
  fa.forEach((x, i) => expect(x, `${what}: entry ${i}`).toBeCloseTo(fb[i], 9));
};
const mul = (a: unknown, b: unknown) => math.multiply(a as M, b as M) as unknown as M;

/** Evaluate an einsum string ("ij,jk->ik") by summing over every assignment of the summed indices. */
function einsum(spec: string, operands: (number[] | M)[]): M {
  const [inputs, output] = spec.split("->");
  const terms = inputs.split(",");
  const size = new Map<string, number>();
  terms.forEach((t, k) => [...t].forEach((ch, axis) => size.set(ch, axis === 0 ? operands[k].length : (operands[k] as M)[0].length)));
  const summed = [...size.keys()].filter((ch) => !output.includes(ch));
  const at = (k: number, idx: Record<string, number>) => {
    const [a, b] = [...terms[k]].map((ch) => idx[ch]);
    return b === undefined ? (operands[k] as number[])[a] : (operands[k] as M)[a][b];
  };
  const [r, c] = [...output];
  return Array.from({ length: size.get(r)! }, (_, i) => Array.from({ length: size.get(c)! }, (_, j) => {
    let total = 0;
    const loop = (d: number, idx: Record<string, number>) => {
      if (d === summed.length) return void (total += terms.reduce((p, _, k) => p * at(k, idx), 1));
      for (let t = 0; t < size.get(summed[d])!; t++) loop(d + 1, { ...idx, [summed[d]]: t });
    };
    loop(0, { [r]: i, [c]: j });
    return total;
  }));
}

export const laws: Laws = {
  "la.mappings.einstein-summation": (p) => {
    const d = p.data as { einsum: string; A?: M; B?: M; u?: number[]; v?: number[] };
    const operands = d.u ? [d.u, d.v!] : [d.A!, d.B!];
    close(mat(p.answer.numeric), einsum(d.einsum, operands), "einsum");
  },
  "la.mappings.non-square": (p) => {
    const { A, B } = p.data as { A: M; B: M };
    const C = mat(p.answer.numeric);
    expect([C.length, C[0].length]).toEqual([A.length, B[0].length]);
    // associativity on each standard basis vector: (AB) e_j = A (B e_j)
    B[0].forEach((_, j) => {
      const e = B[0].map((__, k) => (k === j ? 1 : 0));
      close(mul(C, e), mul(A, mul(B, e)), `column ${j}`);
    });
  },
  "la.mappings.change-basis-matrix": (p) => {
    const { basis, v, direction } = p.data as { basis: M; v: number[]; direction: string };
    const answer = vec(p.answer.numeric);
    const [coords, standard] = direction === "to-basis" ? [answer, v] : [v, answer];
    // the coordinates rebuild the standard vector as a combination of the basis vectors
    const rebuilt = basis.reduce((s, b, i) => s.map((x, k) => x + coords[i] * b[k]), basis[0].map(() => 0));
    close(rebuilt, standard, "c1 b1 + c2 b2 + ...");
  },
  "la.mappings.transform-in-basis": (p) => {
    const { R, B } = p.data as { R: M; B: M };
    // B R_B = R B: the same map, whichever basis it is written in (no inverse needed)
    close(mul(B, p.answer.numeric), mul(R, B), "B R_B = R B");
  },
  "la.mappings.orthogonal-matrix": (p) => {
    const A = (p.data.A as (number | string)[][]).map((r) => r.map(num));
    close(mul(A, p.answer.numeric), math.identity(A.length).valueOf() as M, "A A^-1 = I");
  },
  "la.mappings.gram-schmidt": (p) => {
    const vs = p.data.vectors as M;
    const es = Object.values(p.answer.numeric as Record<string, number[]>);
    expect(es).toHaveLength(vs.length);
    // orthonormal, e_k in span(v_1..v_k), and on the same side as v_k (what Gram–Schmidt produces)
    close(mul(es, math.transpose(es)), math.identity(es.length).valueOf() as M, "E E^T = I");
    es.forEach((e, k) => {
      const span = vs.slice(0, k + 1);
      const gram = mul(span, math.transpose(span));
      const coef = math.lusolve(gram, mul(span, e)) as M;
      close(mul(math.transpose(span), coef.map((r) => r[0])), e, `e${k + 1} in span`);
      expect(math.dot(e, vs[k])).toBeGreaterThan(1e-9);
    });
  },
  "la.mappings.reflection-plane": (p) => {
    const { vectors, r } = p.data as { vectors: M; r: number[] };
    const image = vec(p.answer.numeric);
    const normal = math.cross(vectors[0], vectors[1]) as number[];
    // same length, the midpoint lies in the plane, and r' − r is along the normal
    expect(math.norm(image) as number).toBeCloseTo(math.norm(r) as number, 9);
    expect(math.dot(math.add(image, r) as number[], normal)).toBeCloseTo(0, 9);
    expect(math.norm(math.cross(math.subtract(image, r) as number[], normal) as number[]) as number).toBeCloseTo(0, 9);
  },
};
