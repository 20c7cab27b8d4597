// Yes/no answers in the words a question uses, and answers chosen from a fixed word list.
import type { ParseOptions } from "../types";
import type { Read } from "./items";
import { editDistance } from "./names";
import { fail, type Src } from "./source";
import { wordTex } from "./tex";

const BUILTIN_BOOLEANS: [string, string][] = [["yes", "no"], ["true", "false"]];

const clean = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, " ").replace(/[.!]$/, "");

function booleanOf(word: string, pairs: [string, string][]): boolean | null {
  for (const [yes, no] of pairs) {
    if (word === yes.toLowerCase()) return true;
    if (word === no.toLowerCase()) return false;
  }
  if (word.startsWith("not ")) {
    const inner = booleanOf(word.slice(4), pairs);
    return inner === null ? null : !inner;
  }
  return null;
}

const nearest = (word: string, choices: string[]): string | undefined =>
  choices.find((w) => editDistance(w, word) <= Math.min(2, Math.floor(w.length / 3)));

export function booleanPairs(opts: ParseOptions): [string, string][] {
  return [...BUILTIN_BOOLEANS, ...(opts.booleanWords ?? [])];
}

/** A boolean when the text is one of the question's yes/no words, else null. */
export function tryBoolean(text: string, opts: ParseOptions): Read | null {
  const word = clean(text);
  const value = booleanOf(word, booleanPairs(opts));
  return value === null ? null : { value: { kind: "boolean", value, word }, tex: () => wordTex(word) };
}

export function readBoolean(src: Src, s: number, e: number, opts: ParseOptions): Read {
  const read = tryBoolean(src.text.slice(s, e), opts);
  if (read) return read;
  const pairs = booleanPairs(opts);
  const word = clean(src.text.slice(s, e));
  const hint = nearest(word, pairs.flat());
  const options = pairs.map(([a, b]) => `${a}/${b}`).join(", ");
  return fail(src, s, `expected ${options}${hint ? ` — did you mean '${hint}'?` : ""} (column {col})`);
}

/** Without a word list any single word or phrase of letters is taken as typed (lower-cased). */
export function tryWord(text: string, opts: ParseOptions): Read | null {
  const word = clean(text);
  const allowed = opts.words?.map((w) => w.toLowerCase());
  if (allowed ? !allowed.includes(word) : !/^[a-z][a-z -]*$/.test(word)) return null;
  return { value: { kind: "word", value: word }, tex: () => wordTex(word) };
}

export function readWord(src: Src, s: number, e: number, opts: ParseOptions): Read {
  const read = tryWord(src.text.slice(s, e), opts);
  if (read) return read;
  if (!opts.words) return fail(src, s, "expected a word made of letters (column {col})");
  const hint = nearest(clean(src.text.slice(s, e)), opts.words);
  return fail(src, s, `expected one of: ${opts.words.join(", ")}${hint ? ` — did you mean '${hint}'?` : ""} (column {col})`);
}
