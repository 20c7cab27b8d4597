// Checker benchmark: p50/p99 per check kind over ≥10,000 varied checks (fresh expression texts,
// so mathjs compile time is included). Prints figures; asserts nothing.
// Usage: npx tsx bench/check.ts [--n 10000]   (also run by `npm run bench:answers`)
import seedrandom from "seedrandom";
import { check } from "@/lib/answers/compare";
import type { CheckPolicy, Entry, NumberValue, Value } from "@/lib/answers/types";
import { argN, benchSection, machineLine, printSections, type SectionResult } from "./lib";

type Case = { actual: Value; expected: Value; policy?: CheckPolicy };

const num = (value: number, exact: string | null): NumberValue => ({ kind: "number", value, exact });
const q = (n: number, d: number): NumberValue => num(n / d, `${n}/${d}`);

function makeCases(rand: () => number): Record<string, () => Case> {
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const entry = (): Entry => q(int(-20, 20), int(1, 9));
  const asDecimal = (e: Entry): Entry => (e.kind === "number" ? num(Number(e.value.toPrecision(4)), null) : e);
  const vec = (es: Entry[]): Value => ({ kind: "vector", entries: es, column: false });
  const mat = (rows: Entry[][]): Value => ({ kind: "matrix", rows });
  const poly = (cs: number[]) => cs.map((c, k) => `${c}*x^${k}`).join(" + ");
  return {
    "number (exact)": () => {
      const n = int(2, 500);
      return { actual: num(Math.pow(n, 0.5), `${n}^(1/2)`), expected: num(Math.sqrt(n), `sqrt(${n})`) };
    },
    "number (decimal)": () => {
      const n = int(2, 500);
      return { actual: num(Number(Math.sqrt(n).toPrecision(4)), null), expected: num(Math.sqrt(n), `sqrt(${n})`) };
    },
    "vector (3)": () => {
      const e = [entry(), entry(), entry()];
      return { actual: vec(rand() < 0.5 ? e : e.map(asDecimal)), expected: vec(e) };
    },
    "vector up to scalar": () => {
      const e = [entry(), entry(), entry()];
      const k = int(1, 5);
      return { actual: vec(e.map((x) => num((x as NumberValue).value * k, null))), expected: vec(e), policy: { upToScalar: true } };
    },
    "matrix 3×3": () => {
      const rows = [0, 1, 2].map(() => [entry(), entry(), entry()]);
      const wrong = rand() < 0.3;
      return { actual: mat(rows.map((r, i) => r.map((x, j) => (wrong && i === j ? q(99, 1) : asDecimal(x))))), expected: mat(rows) };
    },
    "set (4, multiplicity)": () => {
      const items = [int(-9, 9), int(-9, 9), int(-9, 9)].map((k) => num(k, String(k)));
      const e = [items[0], ...items];
      return { actual: { kind: "set", items: [...e].reverse() }, expected: { kind: "set", items: e } };
    },
    "same span (2 in R^3)": () => {
      const a = [entry(), entry(), entry()];
      const b = [entry(), entry(), entry()];
      const sum = a.map((x, i) => num((x as NumberValue).value + (b[i] as NumberValue).value, "s"));
      return {
        actual: { kind: "set", items: [vec(sum) as never, vec(b) as never] },
        expected: { kind: "set", items: [vec(a) as never, vec(b) as never] },
        policy: { sameSpan: true },
      };
    },
    "expression (poly, 1 var)": () => {
      const r = [int(-4, 4), int(-4, 4), int(-4, 4)];
      const expanded = poly([-r[0] * r[1] * r[2], r[0] * r[1] + r[1] * r[2] + r[0] * r[2], -(r[0] + r[1] + r[2]), 1]);
      // A unique factor makes every learner text new, so each check pays for a mathjs compile.
      const k = int(2, 1_000_000);
      return { actual: { kind: "expression", text: `${k}*(x - ${r[0]})*(x - ${r[1]})*(x - ${r[2]})/${k}`, vars: ["x"] }, expected: { kind: "expression", text: expanded, vars: ["x"] } };
    },
    "expression (trig/exp, 2 vars)": () => {
      const a = int(1, 5);
      const b = int(-3, 3);
      return {
        actual: { kind: "expression", text: `${a}*y*cos(${a}*x*y)*exp(${b}*y^2) + 0*${int(1, 1_000_000)}`, vars: ["x", "y"] },
        expected: { kind: "expression", text: `exp(${b}*y^2)*(${a}*y)*cos(${a}*x*y + 2*pi)`, vars: ["x", "y"] },
      };
    },
    "expression (Taylor, maxDegree)": () => {
      const c = int(1, 9);
      return {
        actual: { kind: "expression", text: `1 + ${c}*x + ${c * c}/2*x^2 + ${int(1, 1_000_000)}*0`, vars: ["x"] },
        expected: { kind: "expression", text: `1 + ${c}x + (${c}x)^2/2`, vars: ["x"] },
        policy: { form: { maxDegree: 2 } },
      };
    },
    "parts (L, U 3×3)": () => {
      const L = mat([0, 1, 2].map((i) => [0, 1, 2].map((j) => (j < i ? entry() : j === i ? q(1, 1) : q(0, 1)))));
      const U = mat([0, 1, 2].map((i) => [0, 1, 2].map((j) => (j >= i ? entry() : q(0, 1)))));
      return { actual: { kind: "parts", parts: { U, L } }, expected: { kind: "parts", parts: { L, U } } };
    },
  };
}

/** p50/p99 per check kind; the share judged correct is printed as a sanity check of the inputs. */
export function printCheckBench(n = 10_000): void {
  const rand = seedrandom("bench-check");
  const rows: SectionResult[] = [];
  const shares: string[] = [];
  for (const [kind, make] of Object.entries(makeCases(rand))) {
    const inputs = Array.from({ length: n }, make);
    let correct = 0;
    rows.push(benchSection(kind, (i) => {
      const c = inputs[i];
      if (check(c.actual, c.expected, c.policy).correct) correct++;
    }, n));
    shares.push(`${kind} ${Math.round((100 * correct) / (n + Math.min(500, n)))}%`);
  }
  printSections(`check: ${n} checks per kind`, rows);
  console.log(`judged correct: ${shares.join(", ")}`);
}

if (process.argv[1]?.endsWith("check.ts")) {
  console.log(machineLine());
  printCheckBench(argN());
}
