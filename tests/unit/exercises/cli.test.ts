import { describe, expect, it } from "vitest";
import { checkCommand } from "@/scripts/cli/check";
import { exerciseBatchHandlers } from "@/scripts/cli/exercise-batch";
import { generateCommand } from "@/scripts/cli/generate";
import { skillsCommand } from "@/scripts/cli/skills";

const runJson = (cmd: { run(a: string[]): { code: number; stdout: string } }, argv: string[]) => {
  const out = cmd.run([...argv, "--json"]);
  expect(out.code).toBe(0);
  return JSON.parse(out.stdout);
};

describe("generate", () => {
  it("prints exactly the promised keys, and the same problem twice", () => {
    const p = runJson(generateCommand, ["--skill", "la.vectors.modulus", "--seed", "3", "--level", "2"]);
    expect(Object.keys(p)).toEqual(["skill", "seed", "level", "version", "prompt", "data", "expects", "answer", "solution", "hints"]);
    expect(Object.keys(p.answer)).toEqual(["text", "latex", "numeric"]);
    expect(p).toMatchObject({ skill: "la.vectors.modulus", seed: 3, level: 2, expects: "number" });
    expect(runJson(generateCommand, ["--skill", "la.vectors.modulus", "--seed", "3", "--level", "2"])).toEqual(p);
  });

  it.each([
    [["--skill", "la.nope.nope", "--seed", "1"], /unknown skill la\.nope\.nope/],
    [["--skill", "la.vectors.dot", "--seed=-4"], /bad seed/],
    [["--skill", "la.vectors.dot", "--seed", "-4"], /--seed/],
    [["--skill", "la.vectors.dot", "--seed", "x"], /bad seed/],
    [["--skill", "la.vectors.dot", "--seed", "1", "--level", "9"], /bad level "9" for la\.vectors\.dot: expected one of 1, 2/],
    [["--skill", "la.vectors.dot"], /missing --seed/],
    [["--skill", "la.vectors.dot", "--seed", "1", "--bogus"], /bogus/],
  ])("%j exits 2 with one line", (argv, message) => {
    const out = generateCommand.run(argv as string[]);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(message);
    expect(out.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("prints a readable form without --json", () => {
    const out = generateCommand.run(["--skill", "la.vectors.dot", "--seed", "1"]);
    expect(out.stdout).toMatch(/^la\.vectors\.dot \(seed 1, level 1/);
    expect(out.stdout).toContain("Answer: ");
  });
});

describe("check", () => {
  it("accepts the generated answer and tags a known mistake", () => {
    const p = runJson(generateCommand, ["--skill", "la.vectors.modulus", "--seed", "5"]);
    const right = runJson(checkCommand, ["--skill", "la.vectors.modulus", "--seed", "5", "--answer", p.answer.text]);
    expect(right).toMatchObject({ correct: true, score: 1, mistakes: [] });
    const squares = (p.data.v as number[]).reduce((s, x) => s + x * x, 0);
    const wrong = runJson(checkCommand, ["--skill", "la.vectors.modulus", "--seed", "5", "--answer", String(squares)]);
    expect(wrong.correct).toBe(false);
    expect(wrong.mistakes).toContain("forgot-sqrt");
    expect(Object.keys(wrong)).toEqual(["correct", "score", "feedback", "mistakes", "interpreted"]);
  });

  it("reports unreadable text as unparsed, not as an error", () => {
    const out = runJson(checkCommand, ["--skill", "la.vectors.dot", "--seed", "1", "--answer", "(("]);
    expect(out).toMatchObject({ correct: false, mistakes: ["unparsed"], interpreted: null });
  });

  it("needs --answer", () => {
    expect(checkCommand.run(["--skill", "la.vectors.dot", "--seed", "1"]).code).toBe(2);
  });
});

describe("skills", () => {
  it("lists all curriculum skills, null expects/levels where no generator exists", () => {
    const rows = runJson(skillsCommand, []);
    expect(rows).toHaveLength(99);
    const dot = rows.find((r: { id: string }) => r.id === "la.vectors.dot");
    expect(dot).toMatchObject({ course: "linear-algebra", expects: "number", levels: [1, 2], prereqs: ["la.intro.vector-add"] });
    expect(rows.filter((r: { levels: unknown }) => r.levels === null).every((r: { expects: unknown }) => r.expects === null)).toBe(true);
  });

  it("filters by course and rejects an unknown course", () => {
    const rows = runJson(skillsCommand, ["--course", "pca"]);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r: { course: string }) => r.course === "pca")).toBe(true);
    expect(skillsCommand.run(["--course", "chemistry"]).code).toBe(2);
  });
});

describe("batch lines", () => {
  it("answer like the single commands, errors as values", () => {
    const single = runJson(generateCommand, ["--skill", "la.vectors.dot", "--seed", "2", "--level", "2"]);
    expect(exerciseBatchHandlers.generate({ skill: "la.vectors.dot", seed: 2, level: 2 })).toEqual(single);
    expect(exerciseBatchHandlers.check({ skill: "la.vectors.dot", seed: 2, level: 2, answer: single.answer.text })).toMatchObject({ correct: true });
    expect(exerciseBatchHandlers.generate({ skill: "la.vectors.dot", seed: 2.5 })).toEqual({ error: "bad seed 2.5: expected a non-negative integer" });
  });
});
