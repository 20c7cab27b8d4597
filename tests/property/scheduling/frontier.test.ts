// Laws of the frontier and the daily set, checked against the raw history rather than the
// scheduler's own memory state.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dailySet, frontier, skillsInScope } from "@/lib/scheduling";
import { replay } from "../../unit/scheduling/helpers";
import { ZONES, courses, endOf, graph, history, learnedFromHistory } from "./arbitraries";

describe("frontier over random histories", () => {
  it("never offers a skill with a prerequisite not learned, and offers every skill that is ready", () => {
    fc.assert(
      fc.property(history, courses, (steps, enrolled) => {
        const { memories } = replay(graph, steps);
        const offered = new Set(frontier(graph, memories, enrolled).map((s) => s.id));
        const attempted = new Set(steps.map((s) => s.skillId));
        for (const s of skillsInScope(graph, enrolled)) {
          const ready = !attempted.has(s.id) && s.prereqs.every((p) => learnedFromHistory(steps, p));
          expect(offered.has(s.id)).toBe(ready);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("the daily set's new skills are all ready, within the limit, after the reviews of the goal", () => {
    fc.assert(
      fc.property(history, courses, fc.constantFrom(...ZONES), fc.integer({ min: 1, max: 6 }), (steps, enrolled, timeZone, limit) => {
        const { memories } = replay(graph, steps);
        const set = dailySet({
          learnerId: "p", now: new Date(endOf(steps)), timeZone, graph, courses: enrolled, memories, newSkillsPerDay: limit, extra: 30,
        });
        const fresh = set.items.filter((i) => i.kind === "new");
        expect(fresh.length).toBeLessThanOrEqual(limit);
        for (const i of fresh) {
          expect(steps.some((s) => s.skillId === i.skillId)).toBe(false);
          for (const p of graph.byId.get(i.skillId)!.prereqs) expect(learnedFromHistory(steps, p)).toBe(true);
        }
        const kinds = set.items.slice(0, 10).map((i) => i.kind);
        if (kinds.includes("new")) expect(kinds.slice(kinds.indexOf("new")).includes("review")).toBe(false);
        // Every distinct skill comes once before more practice goes round them again.
        const ids = set.items.map((i) => i.skillId);
        const distinct = new Set(ids).size;
        expect(new Set(ids.slice(0, distinct)).size).toBe(distinct);
        expect(set.items.length).toBe(distinct === 0 ? 0 : set.goalSize + 30);
      }),
      { numRuns: 100 },
    );
  });

  it("is the same set at any two instants of one local day, whatever the zone", () => {
    fc.assert(
      fc.property(history, fc.constantFrom(...ZONES), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (steps, timeZone, u, v) => {
        const { memories } = replay(graph, steps);
        const probe = dailySet({ learnerId: "p", now: new Date(endOf(steps)), timeZone, graph, courses: graph.courses, memories });
        // Independent route to the day's bounds: scan for the instants where the local date changes.
        const fmt = new Intl.DateTimeFormat("en-CA", { timeZone });
        const dateAt = (t: number) => fmt.format(new Date(t));
        let start = endOf(steps);
        while (dateAt(start - 60_000) === probe.date) start -= 60_000;
        let end = endOf(steps);
        while (dateAt(end) === probe.date) end += 60_000;
        const at = (x: number) => new Date(start + Math.floor(x * (end - start - 1)));
        const a = dailySet({ learnerId: "p", now: at(u), timeZone, graph, courses: graph.courses, memories });
        const b = dailySet({ learnerId: "p", now: at(v), timeZone, graph, courses: graph.courses, memories });
        expect(a).toEqual(probe);
        expect(b).toEqual(probe);
      }),
      { numRuns: 40 },
    );
  });
});
