// Reads the structure of an answer: bare lists, ( ) < > vectors, [ ] vectors and matrices,
// { } sets, down to scalars. `expect` only settles what the text leaves open.
import type { Entry, Expect, Value } from "../types";
import { type Read, readOneScalar, readScalarItems } from "./items";
import { groupAt, hasTop, type Reader, splitSpaces, splitTop, type Span } from "./lists";
import type { ScalarContext } from "./scalar";
import { readScaled } from "./scaled";
import { fail } from "./source";
import { matrixTex, setTex, vectorTex } from "./tex";

export interface Context { r: Reader; scalar: ScalarContext; expect?: Expect }

export function readStructure(c: Context, s: number, e: number): Read {
  const { r, expect } = c;
  const items = splitTop(r, s, e, ",", true);
  if (items.length > 1) return readBareList(c, items);
  const g = groupAt(r, s, e);
  if (g === "{") return readSet(c, s + 1, e - 1);
  if (g === "<") return readVector(c, splitTop(r, s + 1, e - 1, ","), false);
  if (g === "(" && hasTop(r, s + 1, e - 1, ",")) return readVector(c, splitTop(r, s + 1, e - 1, ","), false);
  if (g === "[") return readBracket(c, s + 1, e - 1);
  const scaled = readScaled(r, c.scalar, s, e, (gs, ge) => readStructure({ ...c, expect: expect === "set" ? undefined : expect }, gs, ge));
  if (scaled) return scaled;
  const reads = readScalarItems(r, s, e, c.scalar);
  if (reads.length === 1) return reads[0];
  if (expect && !["set", "complex"].includes(expect)) {
    fail(r.src, s, `this gives ${reads.length} values, but one ${expect} is expected (column {col})`);
  }
  return setOf(c, reads, s);
}

function setOf(c: Context, reads: Read[], s: number): Read {
  const items = reads.map((x) => {
    if (x.value.kind === "expression") fail(c.r.src, s, "a list of values must hold numbers, not expressions (column {col})");
    return x.value as Value & { kind: "number" | "complex" | "vector" };
  });
  return { value: { kind: "set", items }, tex: () => setTex(reads.map((x) => x.tex())) };
}

function missing(c: Context, [s, e]: Span): void {
  if (s === e) fail(c.r.src, s, "an entry is missing at column {col}");
}

function readBareList(c: Context, items: Span[]): Read {
  const { r, expect } = c;
  items.forEach((span) => missing(c, span));
  if (expect === "vector") return readVector(c, items, false);
  if (expect === "matrix") {
    if (items.every(([s, e]) => groupAt(r, s, e) === "[")) return readRows(c, items.map(([s, e]) => splitTop(r, s + 1, e - 1, ",")), items[0][0], true);
    fail(r.src, items[0][0], "write a matrix inside brackets, e.g. [[1, 2], [3, 4]] or [1 2; 3 4] (column {col})");
  }
  if (expect && !["set", "complex"].includes(expect)) {
    fail(r.src, items[1][0] - 1, `expected one ${expect === "expression" ? "expression" : expect}, but ',' starts a second value at column {col}`);
  }
  return setOf(c, items.flatMap(([s, e]) => readSetItem(c, s, e)), items[0][0]);
}

function readSetItem(c: Context, s: number, e: number): Read[] {
  const g = groupAt(c.r, s, e);
  const scalarOnly: Context = { ...c, expect: "number" };
  if (g === "<" || g === "[" || (g === "(" && hasTop(c.r, s + 1, e - 1, ","))) {
    const read = readStructure({ ...scalarOnly, expect: "vector" }, s, e);
    if (read.value.kind !== "vector") fail(c.r.src, s, "a list item must be a number or a vector (column {col})");
    return [read];
  }
  if (g === "{") fail(c.r.src, s, "sets inside sets are not supported (column {col})");
  const scaled = readScaled(c.r, { ...c.scalar, vars: [] }, s, e, (gs, ge) => readStructure({ ...scalarOnly, expect: "vector" }, gs, ge));
  if (scaled) {
    if (scaled.value.kind !== "vector") fail(c.r.src, s, "a list item must be a number or a vector (column {col})");
    return [scaled];
  }
  const reads = readScalarItems(c.r, s, e, { ...c.scalar, vars: [] });
  return reads;
}

function readSet(c: Context, s: number, e: number): Read {
  if (/^\s*$/.test(c.r.src.text.slice(s, e))) return { value: { kind: "set", items: [] }, tex: () => setTex([]) };
  const items = splitTop(c.r, s, e, ",", true);
  items.forEach((span) => missing(c, span));
  return setOf(c, items.flatMap(([a, b]) => readSetItem(c, a, b)), s);
}

function entry(c: Context, [s, e]: Span): Read {
  missing(c, [s, e]);
  const g = groupAt(c.r, s, e);
  if (g && g !== "(") fail(c.r.src, s, "an entry must be a single number or expression (column {col})");
  const read = readOneScalar(c.r, s, e, c.scalar, "one entry");
  if (read.value.kind === "complex") fail(c.r.src, s, "complex entries are not supported in vectors and matrices (column {col})");
  return read;
}

function readVector(c: Context, spans: Span[], column: boolean): Read {
  const reads = spans.map((span) => entry(c, span));
  const entries = reads.map((x) => x.value as Entry);
  return { value: { kind: "vector", entries, column }, tex: () => vectorTex(reads.map((x) => x.tex()), column) };
}

/** `[1, 2, 3]`, `[1 2 3]`, `[1; 2; 3]`, `[1 2; 3 4]`, `[1, 2; 3, 4]`, `[[1, 2], [3, 4]]`. */
function readBracket(c: Context, s: number, e: number): Read {
  const { r } = c;
  if (/^\s*$/.test(r.src.text.slice(s, e))) fail(r.src, s, "empty brackets at column {col}: write the entries inside");
  const rows = splitTop(r, s, e, ";");
  if (rows.length === 1) {
    const items = splitTop(r, s, e, ",");
    if (items.every(([a, b]) => groupAt(r, a, b) === "[")) {
      return readRows(c, items.map(([a, b]) => splitTop(r, a + 1, b - 1, ",")), s, true);
    }
  }
  const cells = rows.map(([a, b]) => {
    if (a === b) fail(r.src, a, "a row is empty at column {col}");
    return hasTop(r, a, b, ",") ? splitTop(r, a, b, ",") : splitSpaces(r, a, b);
  });
  return readRows(c, cells, s, false);
}

function readRows(c: Context, cells: Span[][], s: number, nested: boolean): Read {
  const { r, expect } = c;
  const width = cells[0].length;
  cells.forEach((row, k) => {
    if (row.length !== width) {
      const noun = (n: number) => `${n} ${n === 1 ? "entry" : "entries"}`;
      fail(r.src, row[0][0], `row ${k + 1} has ${noun(row.length)}, row 1 has ${width} (column {col})`);
    }
  });
  const asMatrix = expect === "matrix" || (nested && expect !== "vector") || (cells.length > 1 && width > 1);
  if (!asMatrix) {
    const column = cells.length > 1;
    return readVector(c, column ? cells.map((row) => row[0]) : cells[0], column);
  }
  if (cells.length === 0) fail(r.src, s, "the matrix is empty (column {col})");
  const reads = cells.map((row) => row.map((span) => entry(c, span)));
  return {
    value: { kind: "matrix", rows: reads.map((row) => row.map((x) => x.value as Entry)) },
    tex: () => matrixTex(reads.map((row) => row.map((x) => x.tex()))),
  };
}
