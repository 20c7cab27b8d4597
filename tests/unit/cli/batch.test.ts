import { describe, expect, it } from "vitest";
import { basis } from "./cli-run";

describe("basis batch (spawned)", () => {
  it("answers one JSON line per request line, in order, and goes on after errors", () => {
    const lines = [
      { cmd: "parse", text: "1, 2, 3", expect: "vector" },
      "this is not json",
      { cmd: "parse", text: "{2, 5}" },
      { cmd: "nope" },
      { cmd: "parse" },
      { cmd: "parse", text: "sinx", expect: "expression" },
      { cmd: "parse", text: "L = [1 0; 2 1]; U = [1 2; 0 3]", expect: "parts", parts: { L: "matrix", U: "matrix" } },
    ].map((l) => (typeof l === "string" ? l : JSON.stringify(l)));
    const r = basis(["batch"], `${lines.join("\n")}\n\n`);
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(out).toHaveLength(7);
    expect(out[0]).toMatchObject({ ok: true, kind: "vector", numeric: [1, 2, 3] });
    expect(Object.keys(out[1])).toEqual(["error"]);
    expect(out[2]).toMatchObject({ ok: true, kind: "set", numeric: [2, 5] });
    expect(Object.keys(out[3])).toEqual(["error"]);
    expect(Object.keys(out[4])).toEqual(["error"]);
    expect(out[5]).toEqual({ ok: false, error: "unknown name 'sinx' — did you mean sin(x)?", column: 1 });
    expect(out[6]).toMatchObject({ ok: true, kind: "parts", numeric: { L: [[1, 0], [2, 1]], U: [[1, 2], [0, 3]] } });
  });

  it("handles a thousand answers in one process", () => {
    const lines = Array.from({ length: 1000 }, (_, k) => JSON.stringify({ cmd: "parse", text: `${k}/7`, expect: "number" }));
    const r = basis(["batch"], lines.join("\n"));
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(out).toHaveLength(1000);
    out.forEach((o, k) => expect(o.numeric).toBeCloseTo(k / 7, 12));
  });
});
