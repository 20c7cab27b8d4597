// Values back to text: answer-language text that `parse` reads to an equal value, KaTeX-ready
// LaTeX, plain JSON numbers, and JSON that keeps exact forms (for the CLI and the API).
import { math } from "./parse/mathjs";
import { decimalText, texNode } from "./parse/print";
import { matrixTex, partsTex, setTex, vectorTex, wordTex } from "./parse/tex";
import type { ComplexValue, Entry, Value } from "./types";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const BUILTIN_WORDS = ["yes", "no", "true", "false"];

function complexText(c: ComplexValue): string {
  if (c.exact) return c.exact;
  const im = Math.abs(c.im);
  return `${decimalText(c.re)} ${c.im < 0 ? "-" : "+"} ${decimalText(im)}i`;
}

function entryText(e: Entry | ComplexValue): string {
  if (e.kind === "expression") return e.text;
  if (e.kind === "complex") return complexText(e);
  return e.exact ?? decimalText(e.value);
}

export function toText(value: Value): string {
  switch (value.kind) {
    case "number":
    case "complex":
    case "expression":
      return entryText(value);
    case "vector":
      // `(5)` would read as a bracketed number, so a one-entry row vector is written `[5]`.
      if (value.column) return `[${value.entries.map(entryText).join("; ")}]`;
      return value.entries.length === 1 ? `[${entryText(value.entries[0])}]` : `(${value.entries.map(entryText).join(", ")})`;
    case "matrix":
      return `[${value.rows.map((r) => `[${r.map(entryText).join(", ")}]`).join(", ")}]`;
    case "set":
      return `{${value.items.map((x) => (x.kind === "vector" ? toText(x) : entryText(x))).join(", ")}}`;
    case "boolean":
      // Question-specific words ("independent") need the question's options to read back.
      return BUILTIN_WORDS.includes(value.word) ? value.word : String(value.value);
    case "word":
      return value.value;
    case "parts":
      return Object.entries(value.parts).map(([k, v]) => `${k} = ${toText(v)}`).join("\n");
  }
}

/**
 * An integer or a fraction a/b whose parts are below 10^5 (mathjs writes larger literals as
 * 1\cdot10^{+5}). Most entries are of this shape, and printing them by hand gives what
 * mathjs parse + toTex gives (tests/property/answers/format-tex.test.ts) at a fraction of the cost.
 */
const SMALL_RATIONAL = /^(-?(?:0|[1-9]\d{0,4}))(?:\/([1-9]\d{0,4}))?$/;

function textTex(text: string): string {
  const m = SMALL_RATIONAL.exec(text);
  if (m) return m[2] === undefined ? m[1] : `\\frac{${m[1]}}{${m[2]}}`;
  try {
    return texNode(math.parse(text));
  } catch {
    return `\\text{${text.replace(/[\\{}$&#^_%~]/g, "")}}`;
  }
}

function decimalTex(v: number): string {
  const [mantissa, exponent] = String(v).split("e");
  return exponent === undefined ? mantissa : `${mantissa}\\times 10^{${Number(exponent)}}`;
}

function entryTex(e: Entry | ComplexValue): string {
  if (e.kind === "expression") return textTex(e.text);
  if (e.exact) return textTex(e.exact);
  if (e.kind === "number") return decimalTex(e.value);
  return `${decimalTex(e.re)} ${e.im < 0 ? "-" : "+"} ${decimalTex(Math.abs(e.im))}i`;
}

export function toLatex(value: Value): string {
  switch (value.kind) {
    case "number":
    case "complex":
    case "expression":
      return entryTex(value);
    case "vector":
      return vectorTex(value.entries.map(entryTex), value.column);
    case "matrix":
      return matrixTex(value.rows.map((r) => r.map(entryTex)));
    case "set":
      return setTex(value.items.map((x) => (x.kind === "vector" ? toLatex(x) : entryTex(x))));
    case "boolean":
      return wordTex(value.word);
    case "word":
      return wordTex(value.value);
    case "parts":
      return partsTex(Object.entries(value.parts).map(([k, v]) => [k, toLatex(v)]));
  }
}

const entryNumeric = (e: Entry): number | string => (e.kind === "number" ? e.value : e.text);

/** Sets sort numbers ascending, complex numbers by (re, im), vectors lexicographically. */
function compareNumeric(a: Json, b: Json): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let k = 0; k < Math.min(a.length, b.length); k++) {
      const d = compareNumeric(a[k], b[k]);
      if (d !== 0) return d;
    }
    return a.length - b.length;
  }
  const ra = a as { re: number; im: number };
  const rb = b as { re: number; im: number };
  return typeof a === "object" && typeof b === "object" ? ra.re - rb.re || ra.im - rb.im : 0;
}

export function toNumeric(value: Value): Json {
  switch (value.kind) {
    case "number":
      return value.value;
    case "complex":
      return { re: value.re, im: value.im };
    case "expression":
      return value.text;
    case "vector":
      return value.entries.map(entryNumeric);
    case "matrix":
      return value.rows.map((r) => r.map(entryNumeric));
    case "set":
      return value.items.map((x) => (x.kind === "number" ? x.value : toNumeric(x))).sort(compareNumeric);
    case "boolean":
      return value.value;
    case "word":
      return value.value;
    case "parts":
      return Object.fromEntries(Object.entries(value.parts).map(([k, v]) => [k, toNumeric(v)]));
  }
}

const entryExact = (e: Entry | ComplexValue): Json =>
  e.kind === "expression" ? e.text : e.exact ?? (e.kind === "number" ? e.value : { re: e.re, im: e.im });

/** JSON keeping exact forms as strings ("3/4", "sqrt(29)") and decimals as numbers. */
export function toExact(value: Value): Json {
  switch (value.kind) {
    case "number":
    case "complex":
    case "expression":
      return entryExact(value);
    case "vector":
      return value.entries.map(entryExact);
    case "matrix":
      return value.rows.map((r) => r.map(entryExact));
    case "set":
      return value.items.map((x) => (x.kind === "vector" ? toExact(x) : entryExact(x)));
    case "parts":
      return Object.fromEntries(Object.entries(value.parts).map(([k, v]) => [k, toExact(v)]));
    default:
      return toNumeric(value);
  }
}

export type { Json };
