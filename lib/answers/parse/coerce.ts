// Fits a read value to the kind the question expects, or says plainly why it does not fit.
import type { Expect, Value } from "../types";
import type { Read } from "./items";
import { decimalText } from "./print";
import { fail, type Src } from "./source";
import { setTex } from "./tex";

const NOUN: Record<Value["kind"], string> = {
  number: "a number", complex: "a complex number", expression: "an expression", vector: "a vector",
  matrix: "a matrix", set: "a list of values", boolean: "a yes/no answer", word: "a word", parts: "a multi-part answer",
};

export function coerce(read: Read, expect: Expect | undefined, src: Src, s: number): Read {
  const { value } = read;
  if (!expect || expect === value.kind) return read;
  const mismatch = (): never => {
    const noun = expect === "set" ? NOUN.set : NOUN[expect];
    return fail(src, s, `expected ${noun}, but this reads as ${NOUN[value.kind]} (column {col})`);
  };
  switch (expect) {
    case "number":
      if (value.kind === "complex") fail(src, s, "expected a real number, but this has an imaginary part (column {col})");
      return mismatch();
    case "expression":
      if (value.kind !== "number") return mismatch();
      return { value: { kind: "expression", text: value.exact ?? decimalText(value.value), vars: [] }, tex: read.tex };
    case "set":
      if (value.kind !== "number" && value.kind !== "complex" && value.kind !== "vector") return mismatch();
      return { value: { kind: "set", items: [value] }, tex: () => setTex([read.tex()]) };
    case "complex":
      if (value.kind === "number") {
        return { value: { kind: "complex", re: value.value, im: 0, exact: value.exact }, tex: read.tex };
      }
      if (value.kind === "set" && value.items.every((x) => x.kind !== "vector")) {
        const items = value.items.map((x) => (x.kind === "number" ? { kind: "complex" as const, re: x.value, im: 0, exact: x.exact } : x));
        return { value: { kind: "set", items }, tex: read.tex };
      }
      return mismatch();
    default:
      return mismatch();
  }
}
