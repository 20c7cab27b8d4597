// Answer-language benchmark: p50/p99 parse time per kind over ≥10,000 varied answers, then the
// checker section (bench/check.ts). Prints figures; asserts nothing.
// Usage: npm run bench:answers [-- --n 10000]. Add a section: another benchSection(...) row.
import seedrandom from "seedrandom";
import { parse } from "@/lib/answers";
import type { Expect, ParseOptions } from "@/lib/answers/types";
import { printCheckBench } from "./check";
import { argN, benchSection, machineLine, printSections } from "./lib";

const rand = seedrandom("bench-parse");
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(xs: T[]): T => xs[int(0, xs.length - 1)];

const numberText = (): string =>
  pick([
    () => String(int(-99, 99)),
    () => `${int(-20, 20)}/${int(1, 12)}`,
    () => (int(-9999, 9999) / 1000).toString(),
    () => `sqrt(${int(2, 99)})`,
    () => `${int(2, 9)}sqrt(${int(2, 30)})`,
    () => `\u221a${int(2, 99)}`,
    () => `-1/sqrt(${int(2, 9)})`,
    () => `1 + sqrt(${int(2, 9)})`,
    () => `pi/${int(2, 6)}`,
  ])();
const entries = (k: number) => Array.from({ length: k }, numberText);
const fracEntry = () => (rand() < 0.5 ? String(int(-9, 9)) : `${int(-9, 9)}/${int(1, 9)}`);
const matrix3 = () => {
  const rows = [0, 1, 2].map(() => [fracEntry(), fracEntry(), fracEntry()]);
  return rand() < 0.5 ? `[${rows.map((r) => r.join(" ")).join("; ")}]` : `[${rows.map((r) => `[${r.join(", ")}]`).join(", ")}]`;
};

const KINDS: [string, Expect | undefined, () => string, ParseOptions?][] = [
  ["number", "number", numberText],
  ["vector (3)", "vector", () => pick([(e: string[]) => `(${e.join(", ")})`, (e: string[]) => `[${e.join("; ")}]`])(entries(3))],
  ["matrix 3×3", "matrix", matrix3],
  ["set (3, multiplicity / ±)", "set", () => pick([`{${int(-9, 9)}, ${int(-9, 9)}, ${int(-9, 9)}}`, `${int(-9, 9)} (twice), ${int(-9, 9)}`, `${int(-9, 9)} ± ${int(1, 9)}`])],
  ["complex", "complex", () => `${int(-9, 9)} ${pick(["+", "-"])} ${int(1, 9)}i`],
  ["boolean", "boolean", () => pick(["yes", "no", "independent", "Dependent"]), { booleanWords: [["independent", "dependent"]] }],
  ["expression (1 var)", "expression", () => `${int(2, 9)}x^${int(2, 5)}cos(x) + exp(-x^2/${int(2, 9)})`],
  ["expression (2 vars)", "expression", () => `${int(2, 9)}xy + y^2 - sin^2(x)/${int(2, 9)}`, { vars: ["x", "y"] }],
  ["parts (L, U 3×3)", "parts", () => `L = ${matrix3()}\nU = ${matrix3()}`, { parts: { L: "matrix", U: "matrix" } }],
  ["no expect (inferred)", undefined, () => pick([numberText(), `(${entries(3).join(", ")})`, matrix3(), "2, 5"])],
];

const PREVIEWED = ["number", "matrix 3×3", "expression (1 var)"];

export function printParseBench(n: number): void {
  let refused = 0;
  const rows = KINDS.map(([name, expect, make, opts]) => {
    const inputs = Array.from({ length: n }, make);
    return benchSection(name, (i) => {
      if (!parse(inputs[i], expect, opts).ok) refused++;
    }, n);
  });
  // The LaTeX preview is built only when read (as the answer box does): these rows read it.
  for (const [name, expect, make] of KINDS.filter(([k]) => PREVIEWED.includes(k))) {
    const inputs = Array.from({ length: n }, make);
    rows.push(benchSection(`${name} + preview`, (i) => {
      const r = parse(inputs[i], expect);
      return r.ok ? r.latex.length : 0;
    }, n));
  }
  printSections(`parse: ${n} answers per kind`, rows);
  if (refused > 0) console.log(`warning: ${refused} benchmark answers were refused`);
}

if (process.argv[1]?.endsWith("answers.ts")) {
  const n = argN();
  console.log(machineLine());
  printParseBench(n);
  console.log("");
  printCheckBench(n);
}
