// Helpers for parser table tests: parse and insist on success or failure.
import { expect } from "vitest";
import { parse } from "@/lib/answers";
import type { Expect, ParseOptions, Value } from "@/lib/answers/types";

export function ok(text: string, kind?: Expect, opts?: ParseOptions): { value: Value; latex: string } {
  const r = parse(text, kind, opts);
  if (!r.ok) throw new Error(`expected ${JSON.stringify(text)} to parse, got: ${r.error} (column ${r.column})`);
  return r;
}

export function bad(text: string, kind?: Expect, opts?: ParseOptions): { error: string; column: number } {
  const r = parse(text, kind, opts);
  expect(r.ok, `expected ${JSON.stringify(text)} to be refused`).toBe(false);
  return r as { error: string; column: number };
}

/** Plain numbers of a value's entries, for comparing structures by value. */
export function numbers(v: Value): unknown {
  switch (v.kind) {
    case "number": return v.value;
    case "complex": return [v.re, v.im];
    case "vector": return v.entries.map((e) => (e.kind === "number" ? e.value : e.text));
    case "matrix": return v.rows.map((r) => r.map((e) => (e.kind === "number" ? e.value : e.text)));
    case "set": return v.items.map(numbers);
    default: return v;
  }
}
