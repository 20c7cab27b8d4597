// Splitting text into list items, matrix rows and entries at bracket depth 0.
import { isOpener, type Src, trimSpan } from "./source";

export type Span = [number, number];

export interface Reader {
  src: Src;
  /** match[k] = index of the bracket partnering the bracket at k (see matchBrackets). */
  match: Int32Array;
}

/** Splits [s, e) at depth-0 characters in `seps` (and at the word "and" when `and` is set). */
export function splitTop(r: Reader, s: number, e: number, seps: string, and = false): Span[] {
  const { text } = r.src;
  const out: Span[] = [];
  let start = s;
  for (let k = s; k < e; k++) {
    const ch = text[k];
    if (isOpener(ch)) { k = r.match[k]; continue; }
    if (seps.includes(ch)) {
      out.push(trimSpan(text, start, k));
      start = k + 1;
    } else if (and && ch === "a" && text.startsWith("and", k) && /\s/.test(text[k - 1] ?? "") && /\s/.test(text[k + 3] ?? "")) {
      out.push(trimSpan(text, start, k));
      start = k + 3;
    }
  }
  out.push(trimSpan(text, start, e));
  return out;
}

/** The bracket character when [s, e) is exactly one bracketed group, else null. */
export function groupAt(r: Reader, s: number, e: number): string | null {
  const ch = r.src.text[s];
  return e - s >= 2 && isOpener(ch) && r.match[s] === e - 1 ? ch : null;
}

/** Whether splitTop(r, s, e, seps) would give more than one item, without building the spans. */
export function hasTop(r: Reader, s: number, e: number, seps: string): boolean {
  const { text } = r.src;
  for (let k = s; k < e; k++) {
    const ch = text[k];
    if (isOpener(ch)) k = r.match[k];
    else if (seps.includes(ch)) return true;
  }
  return false;
}

const ENDS_WITH_OPERATOR = /[+\-*/^\u00b1]$/;
const STARTS_BINARY = /^[*/^]/;

/**
 * Splits a matrix row written with spaces (`1 -2 sqrt(3)`) into entries, MATLAB-style: a space
 * separates entries unless an operator makes the two sides one expression (`x + 1`, `2 *x`).
 */
export function splitSpaces(r: Reader, s: number, e: number): Span[] {
  const { text } = r.src;
  const tokens: Span[] = [];
  let k = s;
  while (k < e) {
    while (k < e && /\s/.test(text[k])) k++;
    if (k >= e) break;
    const start = k;
    while (k < e && !/\s/.test(text[k])) k = isOpener(text[k]) ? r.match[k] + 1 : k + 1;
    tokens.push([start, k]);
  }
  const out: Span[] = [];
  for (const tok of tokens) {
    const prev = out[out.length - 1];
    const t = text.slice(tok[0], tok[1]);
    const joins = prev && (
      ENDS_WITH_OPERATOR.test(text.slice(prev[0], prev[1])) ||
      STARTS_BINARY.test(t) ||
      /^[+\-\u00b1]$/.test(t)
    );
    if (joins) prev[1] = tok[1];
    else out.push([tok[0], tok[1]]);
  }
  return out;
}
