// The top of the reader: parts, words and booleans first, then structures, then the fit to
// the expected kind.
import type { Expect, ParseOptions } from "../types";
import { coerce } from "./coerce";
import type { Read } from "./items";
import type { Reader } from "./lists";
import { looksLikeParts, readParts } from "./parts";
import { readStructure } from "./read";
import type { ScalarContext } from "./scalar";
import { fail, trimSpan } from "./source";
import { readBoolean, readWord, tryBoolean, tryWord } from "./words";

function scalarContext(expect: Expect | undefined, opts: ParseOptions): ScalarContext {
  const vars = opts.vars ?? (expect === "expression" ? ["x"] : expect === undefined ? "letters" : []);
  const iIsVariable = Array.isArray(vars) && vars.includes("i");
  return { vars, complex: !iIsVariable && (expect === undefined || expect === "complex" || expect === "set") };
}

export function readValue(r: Reader, s0: number, e0: number, expect: Expect | undefined, opts: ParseOptions, nested = false): Read {
  const [s, e] = trimSpan(r.src.text, s0, e0);
  if (s === e) fail(r.src, s, "the answer is empty");
  const text = r.src.text.slice(s, e);
  if (!nested && (expect === "parts" || (expect === undefined && looksLikeParts(text)))) {
    return readParts(r, s, e, opts, (partExpect, ps, pe) => readValue(r, ps, pe, partExpect, opts, true));
  }
  if (expect === "parts") fail(r.src, s, "parts cannot contain parts (column {col})");
  if (expect === "boolean") return readBoolean(r.src, s, e, opts);
  if (expect === "word") return readWord(r.src, s, e, opts);
  if (expect === undefined) {
    const word = tryBoolean(text, opts) ?? (opts.words ? tryWord(text, opts) : null);
    if (word) return word;
  }
  const read = readStructure({ r, scalar: scalarContext(expect, opts), expect }, s, e);
  return coerce(read, expect, r.src, s);
}
