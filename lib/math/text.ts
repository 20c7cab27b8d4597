// Answer-language text and LaTeX for exact vectors and matrices, so generators never
// hand-assemble "[[1/2, 0], [0, 1]]" or a pmatrix.
import { Q, type Rational } from "./rational";
import { Surd } from "./surd";

export type ExactEntry = Rational | Surd | number | bigint | string;

function isRational(x: unknown): x is Rational {
  return typeof x === "object" && x !== null && "d" in x && "n" in x && "s" in x;
}

/** One entry in answer-language text: "3/4", "2*sqrt(3)", "-1". Strings pass through. */
export function entryText(x: ExactEntry): string {
  if (x instanceof Surd) return x.toString();
  if (isRational(x)) return Q.toString(x);
  if (typeof x === "string") return x;
  return Q.toString(Q.of(x));
}

/** One entry in LaTeX. Strings are taken as LaTeX already. */
export function entryLatex(x: ExactEntry): string {
  if (x instanceof Surd) return x.toLatex();
  if (isRational(x)) return Q.toLatex(x);
  if (typeof x === "string") return x;
  return Q.toLatex(Q.of(x));
}

/** "(1, -2, 3)" */
export const vecText = (v: readonly ExactEntry[]): string => `(${v.map(entryText).join(", ")})`;

/** "[[1/2, 0], [0, 1]]" */
export const matText = (a: readonly (readonly ExactEntry[])[]): string =>
  `[${a.map((r) => `[${r.map(entryText).join(", ")}]`).join(", ")}]`;

/** A column vector as a LaTeX pmatrix. */
export const vecLatex = (v: readonly ExactEntry[]): string =>
  `\\begin{pmatrix} ${v.map(entryLatex).join(" \\\\ ")} \\end{pmatrix}`;

/** A row vector as a LaTeX pmatrix. */
export const rowVecLatex = (v: readonly ExactEntry[]): string =>
  `\\begin{pmatrix} ${v.map(entryLatex).join(" & ")} \\end{pmatrix}`;

export const matLatex = (a: readonly (readonly ExactEntry[])[]): string =>
  `\\begin{pmatrix} ${a.map((r) => r.map(entryLatex).join(" & ")).join(" \\\\ ")} \\end{pmatrix}`;

/** A determinant with vertical bars: \\begin{vmatrix} … \\end{vmatrix}. */
export const detLatex = (a: readonly (readonly ExactEntry[])[]): string =>
  `\\begin{vmatrix} ${a.map((r) => r.map(entryLatex).join(" & ")).join(" \\\\ ")} \\end{vmatrix}`;
