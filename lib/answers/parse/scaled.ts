// A number times one vector or matrix: `1/2*[[1, 2], [3, 4]]`, `(1/5)[[2, -1], [1, 3]]`,
// `-[[1, 2], [3, 4]]`, `1/sqrt(2) (1, -1)`, `[[1, 2], [3, 4]]/2`. Learners write factored
// inverses (1/det · adj) and normalised vectors this way. The value is the plain vector or
// matrix with each entry multiplied exactly; the LaTeX shows the factor and the structure as typed.
import type { Entry, ExpressionValue, NumberValue } from "../types";
import { type Read, scalarValue } from "./items";
import { hasTop, type Reader, type Span } from "./lists";
import { frac, type Fraction, math } from "./mathjs";
import { decimalText, texNode } from "./print";
import { readScalar, type Scalar, type ScalarContext } from "./scalar";
import { fail, isOpener, type Src, trimSpan } from "./source";

type ReadGroup = (s: number, e: number) => Read;

/** Bracketed groups at depth 0 of [s, e) that hold a vector or matrix: `[…]`, and `(…)`/`<…>` with a comma. */
function structureGroups(r: Reader, s: number, e: number): Span[] {
  const { text } = r.src;
  const out: Span[] = [];
  for (let k = s; k < e; k++) {
    if (!isOpener(text[k])) continue;
    const end = r.match[k];
    if (text[k] === "[" || ((text[k] === "(" || text[k] === "<") && hasTop(r, k + 1, end, ","))) out.push([k, end + 1]);
    k = end;
  }
  return out;
}

/**
 * `atan(1, 2)`, `max(1, 2)` and `x[1]` are a call with two arguments and an index (the scalar
 * reader refuses them with a message about the name or the '['), not a name times a vector;
 * `x(1, 2)`, `pi(1, 2)` and `x*[1, 2]` are products.
 */
function isCallOrIndex(text: string, gs: number): boolean {
  const name = /[A-Za-z_]+$/.exec(text.slice(0, gs))?.[0];
  if (name === undefined) return false;
  return text[gs] !== "(" || (name.length > 1 && name !== "pi");
}

/** A source holding `text`, every character of it mapped to the learner's columns in `cols`. */
function synthetic(src: Src, text: string, cols: number[]): Src {
  const map = Array.from({ length: text.length + 1 }, (_, k) => src.map[cols[Math.min(k, cols.length - 1)]]);
  return { text, map };
}

const isSum = (sc: Scalar): boolean => {
  const fn = (sc.shown as unknown as { fn?: string }).fn;
  return sc.shown.type === "OperatorNode" && (fn === "add" || fn === "subtract");
};

const range = (a: number, b: number): number[] => Array.from({ length: b - a }, (_, k) => a + k);

export function readScaled(r: Reader, ctx: ScalarContext, s: number, e: number, readGroup: ReadGroup): Read | null {
  const { src } = r;
  const { text } = src;
  const groups = structureGroups(r, s, e);
  if (groups.length === 0 || isCallOrIndex(text, groups[0][0])) return null;
  if (groups.length > 1) {
    fail(src, groups[1][0], "only one vector or matrix can be multiplied by a number; multiply them out and write the result (column {col})");
  }
  const [gs, ge] = groups[0];
  const read = readGroup(gs, ge);
  if (read.value.kind !== "vector" && read.value.kind !== "matrix") return read; // readGroup refuses other kinds itself
  const noun = read.value.kind === "vector" ? "a vector" : "a matrix";
  const notAdded = (k: number): never => fail(src, k, `a number cannot be added to ${noun}: only a number times ${noun} is read (column {col})`);

  const factors: Scalar[] = [];
  // The factor's LaTeX is only built when the preview is read (see Read.tex).
  let prefixTex = (): string => "";
  let [ps, pe] = trimSpan(text, s, gs);
  if (ps < pe) {
    if (text[pe - 1] === "*") [ps, pe] = trimSpan(text, ps, pe - 1);
    if (ps === pe) fail(src, s, "a number is missing before '*' (column {col})");
    const last = text[pe - 1];
    if (last === "/") fail(src, gs, `cannot divide by ${noun} (column {col})`);
    if (last === "^") fail(src, gs, `${noun} cannot be an exponent (column {col})`);
    const signOnly = last === "+" || last === "-";
    const prefix = synthetic(src, text.slice(ps, pe) + (signOnly ? "1" : ""), [...range(ps, pe), gs]);
    const sc = readScalar(prefix, 0, prefix.text.length, ctx);
    if (isSum(sc)) notAdded(ps);
    factors.push(sc);
    const typed = text.slice(ps, pe).trim();
    prefixTex = typed === "-" ? () => "-" : typed === "+" ? () => "" : () => texNode(sc.shown);
  }
  const [ss, se] = trimSpan(text, ge, e);
  let suffixTex = (): string => "";
  if (ss < se) {
    const op = text[ss];
    if (op === "+" || op === "-") notAdded(ss);
    if (op === "^") fail(src, ss, `powers of ${noun} are not supported; write the result (column {col})`);
    if (op !== "*" && op !== "/") fail(src, ss, `write the number before ${noun}, e.g. 2*[1, 2] (column {col})`);
    const suffix = synthetic(src, `1${text.slice(ss, se)}`, [ss, ...range(ss, se)]);
    const sc = readScalar(suffix, 0, suffix.text.length, ctx);
    if (isSum(sc)) notAdded(ss);
    factors.push(sc);
    suffixTex = () => texNode(sc.shown);
  }
  const factorText = factors.map((sc) => `(${entryText(scalarOf(src, gs, sc))})`).join("*");
  const exact = factors.every((sc) => sc.exact);
  const q = exact ? rationalFactor(factors) : null;
  const times = (entry: Entry): Entry => (q && timesRational(q, entry)) || multiply(src, gs, ctx, factorText, exact, entry);
  const lead = (): string => {
    const [pre, suf] = [prefixTex(), suffixTex()];
    const factorTex = pre === "-" ? `-${suf}` : [pre, suf].filter(Boolean).join("\\cdot ");
    return factorTex === "-" || factorTex === "" ? factorTex : `${factorTex}\\,`;
  };
  if (read.value.kind === "vector") {
    const { entries, column } = read.value;
    return { value: { kind: "vector", entries: entries.map(times), column }, tex: () => `${lead()}${read.tex()}` };
  }
  return { value: { kind: "matrix", rows: read.value.rows.map((row) => row.map(times)) }, tex: () => `${lead()}${read.tex()}` };
}

/** The factor as an exact rational when it is one (the common case: 1/2, -1, 1/det). */
function rationalFactor(factors: Scalar[]): Fraction | null {
  let q = frac(1);
  for (const sc of factors) {
    const x = sc.value?.q;
    if (!x || x[1].n !== 0n) return null;
    q = q.mul(x[0]);
  }
  return q;
}

const RATIONAL = /^-?\d+(\/\d+)?$/;

/** Rational times a rational entry without a second trip through the reader (it is most entries). */
function timesRational(q: Fraction, entry: Entry): Entry | null {
  if (entry.kind !== "number" || entry.exact === null || !RATIONAL.test(entry.exact)) return null;
  const product = (math.fraction(entry.exact) as Fraction).mul(q);
  return { kind: "number", value: product.valueOf(), exact: product.toFraction() };
}

function scalarOf(src: Src, at: number, sc: Scalar): Entry {
  const v = scalarValue(sc);
  if (v.kind === "complex") fail(src, at, "complex entries are not supported in vectors and matrices (column {col})");
  return v;
}

const entryText = (x: NumberValue | ExpressionValue): string =>
  x.kind === "expression" ? x.text : x.exact ?? decimalText(x.value);

/**
 * factor·entry, read again from canonical text so it folds exactly (1/2·3 → 3/2, 1/√2·1 → √2/2).
 * A number entry goes first (`3*x`, not `x*3`); an exact 0 or ±1 does not show in the product.
 */
function multiply(src: Src, at: number, ctx: ScalarContext, factorText: string, exact: boolean, entry: Entry): Entry {
  const text = entryText(entry);
  if (exact && (text === "0" || factorText === "(1)")) return entry;
  const product = synthetic(
    src,
    exact && factorText === "(-1)" ? `-(${text})`
      : exact && text === "1" ? factorText : exact && text === "-1" ? `-${factorText}`
        : entry.kind === "number" ? `(${text})*${factorText}` : `${factorText}*(${text})`,
    [at],
  );
  return scalarOf(src, at, readScalar(product, 0, product.text.length, { ...ctx, simplify: true }));
}
