import { describe, expect, it } from "vitest";
import { DESIRED_RETENTION, applyAttempt, implicitCredit, memoriesAt, newMemory, review, retrievability } from "@/lib/scheduling";
import { DAY, replay, tinyGraph } from "./helpers";

const t0 = Date.UTC(2025, 0, 1, 9);
const ok = { correct: true, usedHint: false, timeTakenMs: 60_000 };
const wrong = { correct: false, usedHint: false, timeTakenMs: 60_000 };

describe("implicit credit", () => {
  const g = tinyGraph();
  // a, b and c learned; ten days later c is answered right.
  const base = replay(g, [
    { skillId: "a", correct: true, at: t0 },
    { skillId: "b", correct: true, at: t0 + DAY },
    { skillId: "c", correct: true, at: t0 + 2 * DAY },
  ]);
  const now = new Date(t0 + 12 * DAY);

  it("a correct answer credits encompassed skills, directly and through chains", () => {
    const r = applyAttempt(g, base.memories, "c", ok, now);
    expect(r.rating).toBe("good");
    expect(r.updated.map((m) => m.skillId)).toEqual(["c", "b", "a"]);
    expect(r.log.map((e) => [e.skillId, e.kind, e.weight])).toEqual([["c", "explicit", 1], ["b", "implicit", 0.5], ["a", "implicit", 0.2]]);
    for (const id of ["a", "b"]) {
      const before = base.memories.get(id)!;
      const after = r.updated.find((m) => m.skillId === id)!;
      expect(Date.parse(after.due)).toBeGreaterThanOrEqual(Date.parse(before.due));
      expect(after.stability).toBeGreaterThan(before.stability);
      expect(after.reps).toBe(before.reps);
      expect(after.implicitCredits).toBe(before.implicitCredits + 1);
    }
  });
  it("gives the weight's fraction of an explicit review's stability gain (in log space), never past it", () => {
    const b = base.memories.get("b")!;
    const explicit = review(b, "good", now, DESIRED_RETENTION);
    const half = implicitCredit(b, 0.5, "good", now);
    // Half of the gain factor: the geometric mean of the stabilities before and after a full review.
    expect(half.stability).toBeCloseTo(Math.sqrt(b.stability * explicit.stability), 9);
    expect(half.stability).toBeLessThan((b.stability + explicit.stability) / 2);
    expect(Date.parse(half.due)).toBeLessThanOrEqual(Date.parse(explicit.due));
    const full = implicitCredit(b, 1, "good", now);
    expect(full.stability).toBeCloseTo(explicit.stability, 9);
    expect(full.due).toBe(explicit.due);
  });
  it("gives nothing to a skill never started, and nothing on a wrong answer", () => {
    const fresh = newMemory("a", now);
    expect(implicitCredit(fresh, 0.8, "good", now)).toBe(fresh);
    const r = applyAttempt(g, base.memories, "c", wrong, now);
    expect(r.log.some((e) => e.kind === "implicit")).toBe(false);
  });
});

describe("shaky prerequisites", () => {
  const g = tinyGraph();
  it("a wrong answer makes a shaky prerequisite due now, a solid one is left alone", () => {
    const h = replay(g, [{ skillId: "a", correct: true, at: t0 }, { skillId: "b", correct: true, at: t0 + DAY }]);
    const soonAfter = new Date(t0 + DAY + 3_600_000);
    expect(retrievability(h.memories.get("a")!, soonAfter)).toBeGreaterThan(0.85);
    expect(applyAttempt(g, h.memories, "b", wrong, soonAfter).updated.map((m) => m.skillId)).toEqual(["b"]);
    const muchLater = new Date(t0 + 60 * DAY);
    const aLate = h.memories.get("a")!;
    // a was credited by b; make sure it is still not due so the rule is what moves it.
    const h2 = new Map(h.memories).set("a", { ...aLate, due: new Date(t0 + 90 * DAY).toISOString() });
    const r = applyAttempt(g, h2, "b", wrong, muchLater);
    const a = r.updated.find((m) => m.skillId === "a")!;
    expect(a.due).toBe(muchLater.toISOString());
    expect(r.log.find((e) => e.skillId === "a")!.kind).toBe("prerequisite");
  });
});

describe("memories at the start of the day", () => {
  it("rolls back every skill changed since the instant, including implicit changes", () => {
    const g = tinyGraph();
    const morning = t0 + 5 * DAY;
    const h = replay(g, [
      { skillId: "a", correct: true, at: t0 },
      { skillId: "b", correct: true, at: t0 + DAY },
      { skillId: "b", correct: true, at: morning + 3_600_000 },
      { skillId: "d", correct: true, at: morning + 7_200_000 },
    ]);
    const before = replay(g, [{ skillId: "a", correct: true, at: t0 }, { skillId: "b", correct: true, at: t0 + DAY }]);
    expect(memoriesAt(h.memories, h.log, new Date(morning))).toEqual(before.memories);
  });
});
