import { describe, expect, it } from "vitest";
import { parseBatchHandler, parseCommand, parseRequest } from "@/scripts/cli/parse";
import { basis } from "./cli-run";

describe("basis parse (spawned)", () => {
  it("prints the issue's JSON shape for an exact number and exits 0", () => {
    const r = basis(["parse", "3/4", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ ok: true, kind: "number", value: "3/4", numeric: 0.75, latex: "\\frac{3}{4}", text: "3/4" });
  });

  it("exits 2 with one line and no stack trace on bad usage", () => {
    for (const args of [["parse", "1", "--expect", "bogus"], ["frobnicate"]]) {
      const r = basis(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("lists parse in the CLI's --help", () => {
    const top = basis(["--help"]);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain("parse");
  });
});

// Spawning costs seconds on the shared cores, so the rest runs the same command in process.
describe("basis parse (in process: the command's argv → output function)", () => {
  it("gives a matrix as exact strings plus rows of plain numbers", () => {
    const r = parseCommand.run(["[1 sqrt(2); 3/4 0.5]", "--expect", "matrix", "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.kind).toBe("matrix");
    expect(out.value).toEqual([["1", "sqrt(2)"], ["3/4", 0.5]]);
    expect(out.numeric).toEqual([[1, Math.SQRT2], [0.75, 0.5]]);
  });

  it("prints a refused answer with its column and exits 1", () => {
    const r = basis(["parse", "[1 2; 3 4 5]", "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ ok: false, error: "row 2 has 3 entries, row 1 has 2 (column 7)", column: 7 });
  });

  it("reads a leading minus as the answer, not an option", () => {
    const r = parseCommand.run(["-2.5"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("kind     number\ntext     -2.5\nlatex    -2.5\nnumeric  -2.5\n");
    expect(JSON.parse(parseCommand.run(["--json", "--expect", "expression", "--", "-x^2"]).stdout)).toMatchObject({ ok: true, kind: "expression" });
  });

  it.each([[[]], [["1", "2"]], [["1", "--nope"]], [["1", "--expect", "bogus"]], [["1", "--vars", "2x"]]])("%j is a usage error (exit 2, one line)", (args) => {
    const r = parseCommand.run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("has --help", () => {
    expect(parseCommand.run(["--help"])).toMatchObject({ code: 0, stdout: expect.stringContaining("--expect") });
  });
});

describe("parse request (in process)", () => {
  it("reads by the expected kind", () => {
    expect(parseRequest({ text: "1, 2, 3", expect: "vector" })).toMatchObject({ ok: true, kind: "vector", numeric: [1, 2, 3] });
    expect(parseRequest({ text: "1, 2, 3", expect: "set" })).toMatchObject({ ok: true, kind: "set", numeric: [1, 2, 3] });
    expect(parseRequest({ text: "2xy", expect: "expression", vars: ["x", "y"] })).toMatchObject({ ok: true, value: "2*x*y" });
  });

  it("answers a malformed batch line with an error naming the field", () => {
    expect(parseBatchHandler({ cmd: "parse" })).toEqual({ error: "parse: text: Invalid input: expected string, received undefined" });
    expect(parseBatchHandler({ cmd: "parse", text: "1", expect: "nope" })).toHaveProperty("error");
  });
});
