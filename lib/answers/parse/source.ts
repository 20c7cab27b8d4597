// Learner text after normalisation, with a map from each character back to its column in what
// the learner typed, so every error can point at the right place even after rewriting.

export interface Src {
  text: string;
  /** map[k] = 0-based index in the original text of normalised character k; map[text.length] = end. */
  map: number[];
}

export class ParseFail extends Error {
  // Thrown inside the recursive reader as a non-local exit; `parse` turns it into a value.
  constructor(
    message: string,
    readonly column: number,
  ) {
    super(message);
  }
}

/** 1-based column in the original text of normalised index `k`. */
export function columnAt(src: Src, k: number): number {
  const clamped = Math.max(0, Math.min(k, src.map.length - 1));
  return src.map[clamped] + 1;
}

export function fail(src: Src, k: number, message: string): never {
  throw new ParseFail(message.replace("{col}", String(columnAt(src, k))), columnAt(src, k));
}

/** A copy of `src` with the character at `k` replaced by `ch` (same length, same map). */
export function replaceChar(src: Src, k: number, ch: string): Src {
  return { text: src.text.slice(0, k) + ch + src.text.slice(k + 1), map: src.map };
}

export function trimSpan(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return [s, e];
}

const OPENERS: Record<string, string> = { "(": ")", "[": "]", "{": "}", "<": ">" };
const CLOSERS: Record<string, string> = { ")": "(", "]": "[", "}": "{", ">": "<" };

export const isOpener = (ch: string): boolean => ch in OPENERS;
export const isCloser = (ch: string): boolean => ch in CLOSERS;
export const closerOf = (ch: string): string => OPENERS[ch];

export const MAX_DEPTH = 50;

/**
 * Matches brackets of all four kinds; refuses unbalanced ones and nesting deeper than MAX_DEPTH
 * before anything recursive (mathjs included) sees the text. Returns match[k] = partner index.
 */
export function matchBrackets(src: Src): Int32Array {
  const { text } = src;
  const match = new Int32Array(text.length).fill(-1);
  const stack: number[] = [];
  for (let k = 0; k < text.length; k++) {
    const ch = text[k];
    if (isOpener(ch)) {
      stack.push(k);
      if (stack.length > MAX_DEPTH) fail(src, k, `brackets nested deeper than ${MAX_DEPTH} levels at column {col}`);
    } else if (isCloser(ch)) {
      const open = stack.pop();
      if (open === undefined) fail(src, k, `unbalanced bracket at column {col}: '${ch}' has no matching '${CLOSERS[ch]}'`);
      if (OPENERS[text[open]] !== ch) {
        fail(src, k, `unbalanced bracket at column {col}: '${ch}' does not match '${text[open]}' at column ${columnAt(src, open)}`);
      }
      match[open] = k;
      match[k] = open;
    }
  }
  const open = stack.pop();
  if (open !== undefined) fail(src, open, `unbalanced bracket at column {col}: '${text[open]}' is never closed`);
  return match;
}
