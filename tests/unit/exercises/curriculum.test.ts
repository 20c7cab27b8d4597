import { describe, expect, it } from "vitest";
import raw from "@/exercises/curriculum.json";
import { curriculum, getSkill, loadCurriculum, moduleFolder } from "@/exercises/curriculum";

const clone = (): typeof raw => JSON.parse(JSON.stringify(raw));

describe("curriculum loader", () => {
  it("loads the project's curriculum: 99 skills in three courses", () => {
    expect(curriculum.skills).toHaveLength(99);
    expect(curriculum.courses).toEqual(["linear-algebra", "multivariate-calculus", "pca"]);
    expect(curriculum.modules.get("linear-algebra")![0]).toMatch(/^Introduction to Linear Algebra/);
    expect(getSkill("la.vectors.dot")?.prereqs).toEqual(["la.intro.vector-add"]);
    expect(moduleFolder("la.vectors.dot")).toBe("vectors");
  });

  it("names a duplicate id", () => {
    const c = clone();
    c[1].id = c[0].id;
    expect(() => loadCurriculum(c)).toThrow(`${c[0].id}: duplicate id`);
  });

  it("names a skill with an unknown prerequisite", () => {
    const c = clone();
    c[3].prereqs = ["la.nowhere.skill"];
    expect(() => loadCurriculum(c)).toThrow(`${c[3].id}: unknown prerequisite la.nowhere.skill`);
  });

  it("names an unknown encompassed skill and a weight outside (0, 1]", () => {
    const c = clone();
    c[3].encompasses = [{ id: "la.nowhere.skill", weight: 0.5 }, { id: c[0].id, weight: 1.5 }];
    expect(() => loadCurriculum(c)).toThrow(/unknown encompassed skill la\.nowhere\.skill[\s\S]*weight 1\.5/);
  });

  it("names a prerequisite cycle", () => {
    const c = clone();
    const a = c.find((s) => s.id === "la.intro.vector-add")!;
    a.prereqs = ["la.vectors.dot"];
    expect(() => loadCurriculum(c)).toThrow(/prerequisite cycle .*la\.intro\.vector-add.*la\.vectors\.dot/);
  });

  it("names a skill with a missing field", () => {
    const c = clone() as unknown as Record<string, unknown>[];
    delete c[5].title;
    expect(() => loadCurriculum(c)).toThrow(`${String(c[5].id)}: title`);
  });
});
