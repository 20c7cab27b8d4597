// Laws for module "chain": df/dt by central differences of the composed function f(x(u(t)));
// the forward pass recomputed with mathjs matrices; backprop gradients by central differences of
// the cost in each parameter.
import { expect } from "vitest";
import * as math from "mathjs";
import type { Laws } from "../types";
import type { Problem } from "@/exercises/types";
import { close, diff, fn } from "../calculus-numeric";

const where = (p: Problem) => `${p.skill} seed ${p.seed} level ${p.level}`;
const activation = (name: string) => (z: number) => (name === "sigmoid" ? 1 / (1 + Math.exp(-z)) : name === "tanh" ? math.tanh(z) : Math.max(0, z));
const sigmoid = activation("sigmoid");

export const laws: Laws = {
  "mc.chain.multivariate-chain": (p) => {
    const f = fn(p.data.f as string, ["x", "y"]);
    const [x, y] = (p.data.x as string[]).map((t) => fn(t, ["u", "v"]));
    const [u, v] = (p.data.u as string[]).map((t) => fn(t, ["t"]));
    const F = (s: Record<string, number>) => {
      const uv = { u: u(s), v: v(s) };
      return f({ x: x(uv), y: y(uv) });
    };
    close(p.answer.numeric as number, diff(F, { t: p.data.t0 as number }, "t"), where(p));
  },
  "mc.chain.nn-forward": (p) => {
    const d = p.data as Record<string, unknown>;
    const g = activation(d.activation as string);
    const x = d.x as number[];
    let out: number;
    if (d.w) out = g((math.dot(d.w as number[], x) as number) + (d.b as number));
    else {
      const h = (math.add(math.multiply(d.W1 as number[][], x), d.b1 as number[]) as number[]).map(g);
      out = g((math.dot(d.w2 as number[], h) as number) + (d.b2 as number));
    }
    close(p.answer.numeric as number, out, where(p), 1e-8);
  },
  "mc.chain.backprop": (p) => {
    const d = p.data as Record<string, number>;
    const ans = p.answer.numeric as Record<string, number>;
    // the cost as a function of all parameters, differentiated numerically in each one asked for
    const cost = (s: Record<string, number>) =>
      "w" in s ? (sigmoid(s.w * d.x + s.b) - d.y) ** 2 : (sigmoid(s.w2 * sigmoid(s.w1 * d.x + s.b1) + s.b2) - d.y) ** 2;
    const params: Record<string, number> = "w" in d ? { w: d.w, b: d.b } : { w1: d.w1, b1: d.b1, w2: d.w2, b2: d.b2 };
    const asked = "w" in d ? { dw: "w", db: "b" } : { dw1: "w1", dw2: "w2" };
    expect(Object.keys(ans).sort()).toEqual(Object.keys(asked).sort());
    for (const [part, param] of Object.entries(asked)) close(ans[part], diff(cost, params, param), `${where(p)} ${part}`, 1e-5);
  },
};
