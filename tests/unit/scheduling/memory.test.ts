import { describe, expect, it } from "vitest";
import {
  DEFAULT_EXPECTED_MS, DESIRED_RETENTION, applyAttempt, newMemory, ratingFor, retrievability, review, skillMemorySchema, type SkillMemory,
} from "@/lib/scheduling";
import { scheduler } from "@/lib/scheduling/memory";
import { DAY, curriculumGraph } from "./helpers";

const T0 = new Date("2025-03-01T10:00:00Z");

describe("verdict → rating", () => {
  const base = { correct: true, usedHint: false, expectedMs: 60_000 };
  it("wrong → again; gave up → again even if marked correct", () => {
    expect(ratingFor({ ...base, correct: false, timeTakenMs: 10_000 })).toBe("again");
    expect(ratingFor({ ...base, gaveUp: true, timeTakenMs: 10_000 })).toBe("again");
  });
  it("right with a hint → hard, even when fast", () => {
    expect(ratingFor({ ...base, usedHint: true, timeTakenMs: 5_000 })).toBe("hard");
  });
  it("right and slow (more than 2× expected) → hard", () => {
    expect(ratingFor({ ...base, timeTakenMs: 121_000 })).toBe("hard");
    expect(ratingFor({ ...base, timeTakenMs: 120_000 })).toBe("good");
  });
  it("right and fast (under half the expected time) → easy", () => {
    expect(ratingFor({ ...base, timeTakenMs: 29_000 })).toBe("easy");
    expect(ratingFor({ ...base, timeTakenMs: 30_000 })).toBe("good");
  });
  it("uses 90 s when the skill gives no expected time", () => {
    expect(DEFAULT_EXPECTED_MS).toBe(90_000);
    expect(ratingFor({ correct: true, usedHint: false, timeTakenMs: 44_000 })).toBe("easy");
    expect(ratingFor({ correct: true, usedHint: false, timeTakenMs: 181_000 })).toBe("hard");
  });
});

/** Reviews at each due date with the given ratings; returns the scheduled intervals in days. */
function intervals(ratings: ("again" | "good")[]): number[] {
  let m = newMemory("s", T0);
  let now = T0;
  const out: number[] = [];
  for (const r of ratings) {
    m = review(m, r, now);
    out.push(Math.round((Date.parse(m.due) - now.getTime()) / DAY));
    now = new Date(m.due);
  }
  return out;
}

describe("FSRS memory", () => {
  it("intervals grow with each success", () => {
    const iv = intervals(["good", "good", "good", "good", "good"]);
    for (let i = 1; i < iv.length; i++) expect(iv[i]).toBeGreaterThan(iv[i - 1]);
    expect(iv[0]).toBeGreaterThanOrEqual(1);
  });
  it("a lapse shrinks the interval and the stability, and counts as a lapse", () => {
    const iv = intervals(["good", "good", "good", "again"]);
    expect(iv[3]).toBeLessThan(iv[2]);
    let m = newMemory("s", T0);
    m = review(m, "good", T0);
    m = review(m, "good", new Date(m.due));
    const lapsed = review(m, "again", new Date(m.due));
    expect(lapsed.stability).toBeLessThan(m.stability);
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.successes).toBe(m.successes);
    expect(lapsed.lastRating).toBe("again");
  });
  it("easy schedules further than good, good further than hard", () => {
    const first = review(newMemory("s", T0), "good", T0);
    const at = new Date(first.due);
    const due = (r: "hard" | "good" | "easy") => Date.parse(review(first, r, at).due);
    expect(due("easy")).toBeGreaterThan(due("good"));
    expect(due("good")).toBeGreaterThan(due("hard"));
  });
  it("recall is 1 just after a review, falls with time, and is 0 for a skill never reviewed", () => {
    const m = review(newMemory("s", T0), "good", T0);
    expect(retrievability(m, T0)).toBeCloseTo(1, 10);
    const later = retrievability(m, new Date(T0.getTime() + 30 * DAY));
    expect(later).toBeLessThan(retrievability(m, new Date(T0.getTime() + 3 * DAY)));
    expect(retrievability(newMemory("s", T0), T0)).toBe(0);
  });
  it("the stored state survives JSON and the boundary schema unchanged", () => {
    let m: SkillMemory = newMemory("la.vectors.dot", T0);
    m = review(review(m, "good", T0), "hard", new Date(T0.getTime() + 3 * DAY));
    const back = skillMemorySchema.parse(JSON.parse(JSON.stringify(m)));
    expect(back).toEqual(m);
    expect(review(back, "good", new Date(m.due))).toEqual(review(m, "good", new Date(m.due)));
  });
  it("rejects a stored state with a bad date, naming the field", () => {
    const bad = { ...newMemory("s", T0), due: "yesterday" };
    const r = skillMemorySchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["due"]);
  });
});

describe("Basis's desired retention", () => {
  it("applyAttempt schedules the next check where FSRS-6's forgetting curve falls to DESIRED_RETENTION; plain review() keeps 0.9", () => {
    const g = curriculumGraph();
    const id = g.skills[0].id;
    // A skill reviewed twice, answered right at its due date: intervals long enough that FSRS's
    // hard < good < easy ordering does not move them.
    let before = review(newMemory(id, T0), "good", T0);
    before = review(before, "good", new Date(before.due));
    const at = new Date(before.due);
    const ok = { correct: true, usedHint: false, timeTakenMs: 60_000, expectedMs: 60_000 };
    const m = applyAttempt(g, new Map([[id, before]]), id, ok, at).updated[0];
    const plain = review(before, "good", at);
    expect(m.stability).toBe(plain.stability);
    // Independent route: R(t) = (1 + f·t/S)^(−decay), f = 0.9^(−1/decay) − 1, solved for R = target.
    const decay = scheduler.parameters.w[20];
    const f = Math.pow(0.9, -1 / decay) - 1;
    const days = (target: number) => Math.round((m.stability / f) * (Math.pow(target, -1 / decay) - 1));
    expect((Date.parse(m.due) - at.getTime()) / DAY).toBe(days(DESIRED_RETENTION));
    expect((Date.parse(plain.due) - at.getTime()) / DAY).toBe(days(0.9));
    expect(days(DESIRED_RETENTION)).toBeLessThan(days(0.9));
  });
});
