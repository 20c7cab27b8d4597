// Value builders for checker tests (so tables read like the answers they stand for).
import type { BooleanValue, ComplexValue, Entry, ExpressionValue, MatrixValue, NumberValue, PartsValue, SetValue, Value, VectorValue, WordValue } from "@/lib/answers/types";

/** An exact number: its text and float value. */
export const ex = (exact: string, value: number): NumberValue => ({ kind: "number", value, exact });
/** An integer or simple fraction written exactly. */
export const int = (k: number): NumberValue => ({ kind: "number", value: k, exact: String(k) });
/** A decimal the learner typed. */
export const dec = (value: number): NumberValue => ({ kind: "number", value, exact: null });
export const cx = (re: number, im: number, exact: string | null = `${re} + ${im}i`): ComplexValue => ({ kind: "complex", re, im, exact });
export const expr = (text: string, vars = ["x"]): ExpressionValue => ({ kind: "expression", text, vars });
const entry = (x: number | Entry): Entry => (typeof x === "number" ? int(x) : x);
export const vec = (xs: (number | Entry)[], column = false): VectorValue => ({ kind: "vector", entries: xs.map(entry), column });
export const mat = (rows: (number | Entry)[][]): MatrixValue => ({ kind: "matrix", rows: rows.map((r) => r.map(entry)) });
export const set = (items: (number | NumberValue | ComplexValue | VectorValue)[]): SetValue => ({
  kind: "set",
  items: items.map((x) => (typeof x === "number" ? int(x) : x)),
});
export const bool = (value: boolean, word = value ? "yes" : "no"): BooleanValue => ({ kind: "boolean", value, word });
export const word = (value: string): WordValue => ({ kind: "word", value });
export const parts = (p: Record<string, Value>): PartsValue => ({ kind: "parts", parts: p });
