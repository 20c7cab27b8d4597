// Laws for module "regress": the least-squares line by residual orthogonality (the residual
// vector is orthogonal to the columns 1 and x), χ² by direct float summation over the data, and
// the non-linear step by central differences of χ²(a, b) built from the model text itself.
import { expect } from "vitest";
import * as math from "mathjs";
import type { Problem } from "@/exercises/types";
import type { Laws } from "../types";
import { close, diff, fn } from "../calculus-numeric";

const where = (p: Problem) => `${p.skill} seed ${p.seed} level ${p.level}`;
const num = (x: unknown): number => (typeof x === "number" ? x : (math.evaluate(String(x)) as number));

export const laws: Laws = {
  "mc.regress.least-squares-line": (p) => {
    const X = p.data.X as number[][];
    const [m, c] = p.answer.numeric as number[];
    const r = X.map(([x, y]) => y - (m * x + c));
    close(math.sum(r), 0, `${where(p)}: residuals ⟂ 1`, 1e-9);
    close(math.dot(r, X.map(([x]) => x)), 0, `${where(p)}: residuals ⟂ x`, 1e-9);
    expect(r.some((e) => Math.abs(e) > 1e-9), `${where(p)}: not a perfect fit`).toBe(true);
  },
  "mc.regress.chi-squared": (p) => {
    const X = p.data.X as (number | string)[][];
    const [m, c] = [num(p.data.m), num(p.data.c)];
    let chi = 0;
    for (const [x, y, s] of X) chi += ((num(y) - (m * num(x) + c)) / num(s)) ** 2;
    close(p.answer.numeric as number, chi, where(p), 1e-9);
  },
  "mc.regress.nonlinear-step": (p) => {
    const model = fn(p.data.f as string, ["a", "b", "x"]);
    const X = p.data.X as number[][];
    const chi2 = (s: Record<string, number>) => X.reduce((acc, [x, y]) => acc + (y - model({ a: s.a, b: s.b, x })) ** 2, 0);
    const [a0, b0] = (p.data.x0 as (number | string)[]).map(num);
    const at = { a: a0, b: b0 };
    const g = [diff(chi2, at, "a"), diff(chi2, at, "b")];
    const eta = num(p.data.eta);
    const want = p.level === 1 ? g : [a0 - eta * g[0], b0 - eta * g[1]];
    const got = p.answer.numeric as number[];
    close(got[0], want[0], `${where(p)}: first entry`, 1e-6);
    close(got[1], want[1], `${where(p)}: second entry`, 1e-6);
  },
};
