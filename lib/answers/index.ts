// The answer language: parse learner text into typed values, format values back to text,
// LaTeX and JSON, and check answers against expected values.
export type * from "./types";
export { parse, MAX_LENGTH, MAX_DEPTH } from "./parse/index";
export { toText, toLatex, toNumeric, toExact, type Json } from "./format";
export * from "./compare";
