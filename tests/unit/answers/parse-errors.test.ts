import { describe, expect, it } from "vitest";
import { parse } from "@/lib/answers";
import type { Expect, ParseOptions } from "@/lib/answers/types";
import { bad } from "./parse-helpers";

// [text, expect, options, message, 1-based column]
const ERRORS: [string, Expect | undefined, ParseOptions | undefined, string, number][] = [
  ["(1, 2", undefined, undefined, "unbalanced bracket at column 1: '(' is never closed", 1],
  ["[1, 2, 3)]", undefined, undefined, "unbalanced bracket at column 9: ')' does not match '[' at column 1", 9],
  ["1, 2)", undefined, undefined, "unbalanced bracket at column 5: ')' has no matching '('", 5],
  ["x > 0", "expression", undefined, "unbalanced bracket at column 3: '>' has no matching '<'", 3],
  ["[1 2; 3 4 5]", undefined, undefined, "row 2 has 3 entries, row 1 has 2 (column 7)", 7],
  ["[[1,2],[3,4,5]]", undefined, undefined, "row 2 has 3 entries, row 1 has 2 (column 9)", 9],
  ["[1, 2; 3]", undefined, undefined, "row 2 has 1 entry, row 1 has 2 (column 8)", 8],
  ["sinx", "expression", undefined, "unknown name 'sinx' — did you mean sin(x)?", 1],
  ["2 + sinx", "expression", undefined, "unknown name 'sinx' — did you mean sin(x)?", 5],
  ["sqrt2", "number", undefined, "unknown name 'sqrt2' — did you mean sqrt(2)?", 1],
  ["sqr(2)", undefined, undefined, "unknown name 'sqr' — did you mean sqrt?", 1],
  ["x + 1", "number", undefined, "unknown name 'x' — this answer takes numbers only, no variables", 1],
  ["q", "expression", undefined, "unknown name 'q' — this answer can use x", 1],
  ["3*foo", "expression", undefined, "unknown name 'foo' — this answer can use x", 3],
  ["3*sint", undefined, undefined, "unknown name 'sint' — did you mean sin(t)?", 3],
  ["2*sqrtsqrt(1)", undefined, undefined, "unknown name 'sqrtsqrt' — variables are single letters such as x", 3],
  ["sin x", "expression", undefined, "'sin' needs brackets around its argument, e.g. sin(x) (column 1)", 1],
  ["log(8, 2)", undefined, undefined, "log takes exactly one argument (column 1)", 1],
  ["1 +", undefined, undefined, "the answer stops too early: something is missing at column 4", 4],
  ["2 3", undefined, undefined, "unexpected '3' at column 3 — is an operator such as * missing?", 3],
  ["1/0", undefined, undefined, "division by zero at column 2", 2],
  ["2^2^2^2^2^2", undefined, undefined, "this value is not a finite number: a division by zero or an overflow (column 1)", 1],
  ["", undefined, undefined, "the answer is empty", 1],
  ["[1, , 2]", undefined, undefined, "an entry is missing at column 5", 5],
  ["1,", undefined, undefined, "an entry is missing at column 3", 3],
  ["[]", undefined, undefined, "empty brackets at column 2: write the entries inside", 2],
  ["[1 2; ]", undefined, undefined, "a row is empty at column 7", 7],
  ["1 ± 2 ± 3", "set", undefined, "use ± only once in a value (column 7)", 7],
  ["(1 ± 2, 3)", undefined, undefined, "± gives two values, which cannot be one entry (column 4)", 4],
  ["1 ± 2", "number", undefined, "this gives 2 values, but one number is expected (column 1)", 1],
  ["2 (x100)", "set", undefined, "a multiplicity must be between 1 and 50 (column 2)", 2],
  ["{1, {2}}", undefined, undefined, "sets inside sets are not supported (column 5)", 5],
  ["[1, 2i]", undefined, undefined, "complex entries are not supported in vectors and matrices (column 5)", 5],
  ["maybe", "boolean", undefined, "expected yes/no, true/false (column 1)", 1],
  ["yess", "boolean", undefined, "expected yes/no, true/false — did you mean 'yes'? (column 1)", 1],
  ["saddel", "word", { words: ["saddle", "minimum"] }, "expected one of: saddle, minimum — did you mean 'saddle'? (column 1)", 1],
  ["2, 5", "number", undefined, "expected one number, but ',' starts a second value at column 3", 3],
  ["(1,2)", "number", undefined, "expected a number, but this reads as a vector (column 1)", 1],
  ["{1, 2}", "vector", undefined, "expected a vector, but this reads as a list of values (column 1)", 1],
  ["[[1, 2], [3, 4]]", "vector", undefined, "expected a vector, but this reads as a matrix (column 1)", 1],
  ["1 + 2i", "number", undefined, "complex numbers are not allowed in this answer (column 6)", 6],
  ["1, 2", "matrix", undefined, "write a matrix inside brackets, e.g. [[1, 2], [3, 4]] or [1 2; 3 4] (column 1)", 1],
  ["x = 1", "number", undefined, "'=' is not allowed here (column 3)", 3],
  ["L = [1]", "parts", { parts: { L: "matrix", U: "matrix" } }, "missing part 'U': add U = … (column 8)", 8],
  ["X = 1", "parts", { parts: { L: "number" } }, "unknown part 'X' — this answer has parts L (column 1)", 1],
  ["L = 1, L = 2", "parts", { parts: { L: "number" } }, "part 'L' is given twice (column 8)", 8],
  ["'abc'", undefined, undefined, "quotes are not allowed in an answer (column 1)", 1],
  ["3!", undefined, undefined, "'!' is not allowed in an answer (column 2)", 2],
  ["1:3", undefined, undefined, "':' is not allowed in an answer (column 2)", 2],
  ["x[1]", "expression", undefined, "'[' cannot follow a value here (column 2)", 2],
  ["\u221a", "number", undefined, "'sqrt' needs brackets around its argument, e.g. sqrt(x) (column 1)", 1],
];

describe("parse: errors are values with a plain message and a column", () => {
  it.each(ERRORS)("%j (expect %s)", (text, kind, opts, message, column) => {
    expect(bad(text, kind, opts)).toEqual({ ok: false, error: message, column });
  });

  it("refuses inputs over 2,000 characters before reading them", () => {
    expect(bad("1".repeat(2001))).toEqual({ ok: false, error: "the answer is too long: 2001 characters, the limit is 2000", column: 2001 });
    expect(parse("1+".repeat(999) + "1").ok).toBe(true);
  });

  it("refuses brackets nested deeper than 50", () => {
    const deep = "(".repeat(51) + "1" + ")".repeat(51);
    expect(bad(deep)).toEqual({ ok: false, error: "brackets nested deeper than 50 levels at column 51", column: 51 });
    expect(parse("(".repeat(50) + "1" + ")".repeat(50)).ok).toBe(true);
  });

  it("refuses chains of signs or powers nested deeper than 50", () => {
    expect(bad("-".repeat(1999) + "1").error).toBe("the answer is nested deeper than 50 levels (column 1)");
    expect(bad("2^".repeat(60) + "2").error).toBe("the answer is nested deeper than 50 levels (column 1)");
  });

  it("never reaches mathjs functions from learner text", () => {
    for (const text of ["import({}, {override: true})", "evaluate(\"1\")", "createUnit(\"foo\")", "f(x) = 1", "cos.constructor"]) {
      expect(parse(text).ok, text).toBe(false);
    }
  });
});
