// Scalars become typed values: numbers (with an exact form when typed exactly), complex
// numbers and expressions; also a scalar item of a list may carry `±` or a multiplicity.
import type { ComplexValue, ExpressionValue, NumberValue, Value } from "../types";
import type { Fraction } from "./mathjs";
import { printNode, texNode } from "./print";
import { readScalar, type Scalar, type ScalarContext } from "./scalar";
import { fail, replaceChar } from "./source";
import type { Reader } from "./lists";

/**
 * A value read from the text, and how to write the reading as LaTeX. The LaTeX is a thunk: mathjs
 * toTex is the most expensive step of reading, and most callers (generators, checkers) never
 * show a preview, so it is only built when `ParseResult.latex` is read.
 */
export interface Read { value: Value; tex: () => string }

/** Imaginary parts this small relative to the real part are float noise, e.g. in e^(i*pi). */
const IMAGINARY_NOISE = 1e-12;
const MAX_MULTIPLICITY = 50;
const MULTIPLICITY = /\s*\(\s*(twice|double|repeated|thrice|triple|multiplicity\s*(\d+)|[x*]\s*(\d+))\s*\)$/i;

function gaussianText(q: [Fraction, Fraction]): string {
  const re = q[0].toFraction();
  const im = q[1].toFraction();
  const imAbs = q[1].abs().toFraction();
  const imPart = imAbs === "1" ? "i" : imAbs.includes("/") ? `(${imAbs})*i` : `${imAbs}i`;
  if (re === "0") return im.startsWith("-") ? `-${imPart}` : imPart;
  return `${re} ${im.startsWith("-") ? "-" : "+"} ${imPart}`;
}

export function scalarValue(sc: Scalar): NumberValue | ComplexValue | ExpressionValue {
  if (sc.vars.length > 0 || !sc.value) return { kind: "expression", text: printNode(sc.canon), vars: sc.vars };
  const { re, im, q } = sc.value;
  const isComplex = q ? q[1].n !== 0n : Math.abs(im) > IMAGINARY_NOISE * Math.max(1, Math.abs(re));
  if (isComplex) {
    const exact = !sc.exact ? null : q ? gaussianText(q) : printNode(sc.canon);
    return { kind: "complex", re, im: q ? im : im, exact };
  }
  const exact = !sc.exact ? null : q ? q[0].toFraction() : printNode(sc.canon);
  return { kind: "number", value: re, exact };
}

export function readScalarValue(r: Reader, s: number, e: number, ctx: ScalarContext): Read {
  const sc = readScalar(r.src, s, e, ctx);
  return { value: scalarValue(sc), tex: () => texNode(sc.shown) };
}

/** An item of a list of values: `2`, `2 (twice)`, `1 ± 2i` (two values). */
export function readScalarItems(r: Reader, s: number, e: number, ctx: ScalarContext): Read[] {
  const { text } = r.src;
  let times = 1;
  const m = MULTIPLICITY.exec(text.slice(s, e));
  if (m) {
    const word = m[1].toLowerCase();
    times = word === "thrice" || word === "triple" ? 3 : Number(m[2] ?? m[3] ?? 2);
    if (!(times >= 1 && times <= MAX_MULTIPLICITY)) {
      fail(r.src, e - m[0].length, `a multiplicity must be between 1 and ${MAX_MULTIPLICITY} (column {col})`);
    }
    e -= m[0].length;
  }
  const pm: number[] = [];
  for (let k = s; k < e; k++) if (text[k] === "\u00b1") pm.push(k);
  if (pm.length > 1) fail(r.src, pm[1], "use ± only once in a value (column {col})");
  const reads = pm.length === 0
    ? [readScalarValue(r, s, e, ctx)]
    : ["+", "-"].map((sign) => readScalarValue({ ...r, src: replaceChar(r.src, pm[0], sign) }, s, e, ctx));
  return Array.from({ length: times }, () => reads).flat();
}

/** A single scalar where exactly one value is wanted (a vector entry, a plain number). */
export function readOneScalar(r: Reader, s: number, e: number, ctx: ScalarContext, where: string): Read {
  const pm = r.src.text.indexOf("\u00b1", s);
  if (pm >= 0 && pm < e) fail(r.src, pm, `± gives two values, which cannot be ${where} (column {col})`);
  return readScalarValue(r, s, e, ctx);
}
