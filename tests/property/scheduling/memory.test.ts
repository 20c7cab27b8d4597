// Laws of the memory model and of implicit credit over random histories.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DESIRED_RETENTION, applyAttempt, implicitCredit, review, type SkillMemory } from "@/lib/scheduling";
import { DAY, replay } from "../../unit/scheduling/helpers";
import { endOf, graph, history } from "./arbitraries";

const started = (memories: Map<string, SkillMemory>) => [...memories.values()].filter((m) => m.reps > 0);
const days = (from: number, iso: string) => (Date.parse(iso) - from) / DAY;

describe("FSRS intervals", () => {
  it("a success at the due date never shortens the interval; a lapse never lengthens it", () => {
    fc.assert(
      fc.property(history, fc.nat(), (steps, pick) => {
        const list = started(replay(graph, steps).memories).filter((m) => m.lastReview !== null);
        fc.pre(list.length > 0);
        const m = list[pick % list.length];
        const previous = days(Date.parse(m.lastReview!), m.due);
        const at = new Date(Math.max(Date.parse(m.due), Date.parse(m.lastReview!) + DAY));
        const good = review(m, "good", at);
        const again = review(m, "again", at);
        expect(days(at.getTime(), good.due)).toBeGreaterThanOrEqual(Math.min(previous, 365));
        expect(good.stability).toBeGreaterThanOrEqual(m.stability);
        expect(days(at.getTime(), again.due)).toBeLessThanOrEqual(days(at.getTime(), good.due));
        expect(again.stability).toBeLessThanOrEqual(m.stability);
      }),
      { numRuns: 200 },
    );
  });
});

describe("implicit credit", () => {
  it("never makes a skill due later than its own successful review would, nor earlier than it was unless that review is earlier", () => {
    fc.assert(
      fc.property(
        history, fc.nat(), fc.double({ min: 0.01, max: 1, noNaN: true }), fc.constantFrom("hard" as const, "good" as const),
        fc.integer({ min: 0, max: 400 }),
        (steps, pick, weight, rating, laterHours) => {
          const list = started(replay(graph, steps).memories);
          fc.pre(list.length > 0);
          const m = list[pick % list.length];
          const now = new Date(Math.max(endOf(steps), Date.parse(m.lastReview!)) + laterHours * 3_600_000);
          const credited = implicitCredit(m, weight, rating, now);
          // The skill's own review, as applyAttempt would schedule it (Basis's desired retention).
          const own = review(m, rating, now, DESIRED_RETENTION);
          expect(Date.parse(credited.due)).toBeLessThanOrEqual(Date.parse(own.due));
          expect(Date.parse(credited.due)).toBeGreaterThanOrEqual(Math.min(Date.parse(m.due), Date.parse(own.due)));
          expect(credited.stability).toBeGreaterThanOrEqual(m.stability);
          expect(credited.stability).toBeLessThanOrEqual(own.stability + 1e-9);
          expect(credited.reps).toBe(m.reps);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("through applyAttempt, every credited skill stays within its own review's due date", () => {
    fc.assert(
      fc.property(history, fc.nat(), fc.boolean(), (steps, pick, fast) => {
        const { memories } = replay(graph, steps);
        const list = started(memories);
        fc.pre(list.length > 0);
        const answered = list[pick % list.length].skillId;
        const now = new Date(endOf(steps));
        const r = applyAttempt(graph, memories, answered, { correct: true, usedHint: false, timeTakenMs: fast ? 10_000 : 60_000 }, now);
        for (const e of r.log.filter((x) => x.kind === "implicit")) {
          const own = review(e.before!, r.rating === "hard" ? "hard" : "good", now, DESIRED_RETENTION);
          expect(Date.parse(e.after.due)).toBeLessThanOrEqual(Date.parse(own.due));
          expect(graph.prereqClosure.get(answered)!.has(e.skillId)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
