// parse(text, expect, opts): a learner's answer text → a typed Value and the LaTeX of how it
// was read, or a plain error with a 1-based column. Never throws; pure (runs in the browser).
import type { Expect, ParseOptions, ParseResult } from "../types";
import { normalise } from "./normalise";
import { matchBrackets, ParseFail } from "./source";
import type { Read } from "./items";
import { setTex, wordTex } from "./tex";
import { readValue } from "./value";

export const MAX_LENGTH = 2000;

/** Words a learner uses for "no values" where a set is asked (no eigenvalue, no critical point). */
const EMPTY_SET_WORDS = /^\s*(none|no|nothing|empty|empty set|the empty set|no (real )?(eigenvalues?|solutions?|roots?|points?))\s*\.?\s*$/i;

export function parse(text: string, expect?: Expect, opts: ParseOptions = {}): ParseResult {
  if (typeof text !== "string") return { ok: false, error: "the answer must be text", column: 1 };
  if (text.length > MAX_LENGTH) {
    return { ok: false, error: `the answer is too long: ${text.length} characters, the limit is ${MAX_LENGTH}`, column: MAX_LENGTH + 1 };
  }
  if (expect === "set" && EMPTY_SET_WORDS.test(text)) {
    return { ok: true, value: { kind: "set", items: [] }, latex: setTex([]) };
  }
  try {
    const src = normalise(text);
    const match = matchBrackets(src);
    const read = readValue({ src, match }, 0, src.text.length, expect, opts);
    return readOk(read, text);
  } catch (err) {
    if (err instanceof ParseFail) return { ok: false, error: err.message, column: err.column };
    // A bug in the reader must not reach the learner as a stack trace.
    return { ok: false, error: "could not read this answer; please rewrite it", column: 1 };
  }
}

/**
 * The result with `latex` as a getter computed on first read and kept (an ordinary enumerable
 * property to JSON.stringify, spreads and deep equality): only the answer box's preview reads it.
 */
function readOk(read: Read, text: string): ParseResult {
  let latex: string | undefined;
  return {
    ok: true,
    value: read.value,
    get latex(): string {
      if (latex === undefined) {
        try {
          latex = read.tex();
        } catch {
          // The value was read, so a preview that cannot be printed must not undo that.
          latex = wordTex(text);
        }
      }
      return latex;
    },
  };
}

export { MAX_DEPTH } from "./source";
