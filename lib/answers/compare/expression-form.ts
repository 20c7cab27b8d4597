// Form requirements on expressions: polynomial degree (Taylor polynomials) and no derivative
// left unevaluated. Read from the mathjs syntax tree; coefficients for feedback by a small
// Vandermonde fit, because mathjs `rationalize` takes ~14 ms per call.
import { mj } from "@/lib/math";

interface Node {
  type: string;
  name?: string;
  op?: string;
  fn?: { name?: string } | string;
  args?: Node[];
  content?: Node;
  value?: unknown;
}

const parsed = new Map<string, Node | null>();

export function tree(text: string): Node | null {
  let t = parsed.get(text);
  if (t === undefined) {
    try {
      t = mj.parse(text) as unknown as Node;
    } catch {
      t = null;
    }
    if (parsed.size > 5000) parsed.clear();
    parsed.set(text, t);
  }
  return t;
}

const constantNames = new Set(["pi", "e", "E", "PI", "tau", "phi"]);

/** Polynomial degree in vars, or Infinity when the expression is not a polynomial. */
export function degree(node: Node, vars: Set<string>): number {
  switch (node.type) {
    case "ConstantNode":
      return 0;
    case "SymbolNode":
      return vars.has(node.name ?? "") ? 1 : constantNames.has(node.name ?? "") ? 0 : Infinity;
    case "ParenthesisNode":
      return degree(node.content!, vars);
    case "FunctionNode": {
      const args = node.args ?? [];
      return args.every((a) => degree(a, vars) === 0) ? 0 : Infinity;
    }
    case "OperatorNode": {
      const args = node.args ?? [];
      const ds = args.map((a) => degree(a, vars));
      switch (node.op) {
        case "+":
        case "-":
          return Math.max(...ds);
        case "*":
          return ds.reduce((s, d) => s + d, 0);
        case "/":
          return ds[1] === 0 ? ds[0] : Infinity;
        case "^": {
          if (ds[1] !== 0) return Infinity;
          let k = Number.NaN;
          try {
            k = Number((args[1] as unknown as { evaluate(): unknown }).evaluate());
          } catch {
            return Infinity;
          }
          return Number.isInteger(k) && k >= 0 ? ds[0] * k : ds[0] === 0 ? 0 : Infinity;
        }
        default:
          return ds.every((d) => d === 0) ? 0 : Infinity;
      }
    }
    default:
      return Infinity;
  }
}

const DERIVATIVE_NAMES = new Set(["derivative", "diff", "d", "D", "grad", "partial"]);

export function hasDerivative(node: Node): boolean {
  if (node.type === "FunctionNode") {
    const name = typeof node.fn === "object" ? node.fn?.name : node.fn;
    if (name && DERIVATIVE_NAMES.has(name)) return true;
  }
  return [...(node.args ?? []), ...(node.content ? [node.content] : [])].some(hasDerivative);
}

/** Coefficients c0..cd of a one-variable polynomial of degree ≤ d, from d+1 evaluations. */
export function polyCoefficients(f: (x: number) => number | null, d: number): number[] | null {
  const xs = Array.from({ length: d + 1 }, (_, i) => i - Math.floor(d / 2));
  const ys = xs.map(f);
  if (ys.some((y) => y === null)) return null;
  const V = xs.map((x) => Array.from({ length: d + 1 }, (_, k) => x ** k));
  const sol = mj.lusolve(V, ys as number[]) as number[][];
  return sol.map((r) => r[0]);
}

const termName = (v: string, k: number): string => (k === 0 ? "constant term" : k === 1 ? `${v} term` : `${v}^${k} term`);

/** "the x^3 term is missing; the x^4 term is extra; the constant term is wrong". */
export function describeCoefficientDifferences(actual: number[], expected: number[], v: string): string {
  const n = Math.max(actual.length, expected.length);
  const notes: string[] = [];
  const isZero = (c: number | undefined) => c === undefined || Math.abs(c) < 1e-7;
  for (let k = n - 1; k >= 0; k--) {
    const a = actual[k];
    const e = expected[k];
    if (isZero(a) && isZero(e)) continue;
    if (isZero(a)) notes.push(`the ${termName(v, k)} is missing`);
    else if (isZero(e)) notes.push(`the ${termName(v, k)} is extra`);
    else if (Math.abs(a - e) > 1e-7 * Math.max(1, Math.abs(e))) notes.push(`the ${termName(v, k)} is wrong`);
  }
  return notes.join("; ");
}

/**
 * "Factorised": written as a product (or quotient or power) of factors at the top level, e.g.
 * (x - 1)(x + 2) or -3x(x + 1)^2, not as a sum of terms. Whether each factor is irreducible is not
 * judged: questions that ask for factors name how far to go.
 */
export function isFactored(node: Node): boolean {
  let n = node;
  while (n.type === "ParenthesisNode" || (n.type === "OperatorNode" && n.fn === "unaryMinus")) n = n.type === "ParenthesisNode" ? n.content! : n.args![0];
  return n.type !== "OperatorNode" || !(n.op === "+" || n.op === "-");
}
