// The exercise commands through the real `basis` entry point (a child process), including
// exit codes, one-line errors and batch lines.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const basis = (args: string[], input?: string) => {
  const r = spawnSync("node_modules/.bin/tsx", ["scripts/basis.ts", ...args], { input, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe("basis CLI (exercise commands)", () => {
  it("generate --json and check --json round-trip", () => {
    const g = basis(["generate", "--skill", "la.vectors.modulus", "--seed", "11", "--level", "2", "--json"]);
    expect(g.code).toBe(0);
    const p = JSON.parse(g.stdout);
    const c = basis(["check", "--skill", "la.vectors.modulus", "--seed", "11", "--level", "2", "--answer", p.answer.text, "--json"]);
    expect(c.code).toBe(0);
    expect(JSON.parse(c.stdout)).toMatchObject({ correct: true, mistakes: [] });
  });

  it("unknown skill and bad level exit 2 with one line and no stack trace", () => {
    for (const args of [["generate", "--skill", "la.no.such", "--seed", "1"], ["check", "--skill", "la.vectors.dot", "--seed", "1", "--level", "7", "--answer", "1"]]) {
      const r = basis(args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
    }
  });

  it("batch answers generate and check lines like the single commands, errors per line", () => {
    const single = JSON.parse(basis(["generate", "--skill", "la.vectors.dot", "--seed", "4", "--level", "2", "--json"]).stdout);
    const lines = [
      { cmd: "generate", skill: "la.vectors.dot", seed: 4, level: 2 },
      "not json",
      { cmd: "check", skill: "la.vectors.dot", seed: 4, level: 2, answer: single.answer.text },
      { cmd: "generate", skill: "la.vectors.dot", seed: -1 },
    ].map((l) => (typeof l === "string" ? l : JSON.stringify(l)));
    const r = basis(["batch"], `${lines.join("\n")}\n`);
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(out[0]).toEqual(single);
    expect(out[1]).toHaveProperty("error");
    expect(out[2]).toMatchObject({ correct: true });
    expect(out[3].error).toMatch(/bad seed/);
  });
});
