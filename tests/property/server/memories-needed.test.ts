// recordAttempt loads only memoriesNeededFor(skill) instead of every memory of the learner. The law:
// applyAttempt on that subset gives exactly what it gives on the whole history, for any history,
// skill and outcome (compared against the full map, not against the list the code builds).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyAttempt } from "@/lib/scheduling";
import { memoriesNeededFor } from "@/lib/server/learning";
import { replay } from "../../unit/scheduling/helpers";
import { endOf, graph, history } from "../scheduling/arbitraries";

describe("memoriesNeededFor", () => {
  it("an answer computed from the needed memories equals one computed from all memories", () => {
    fc.assert(
      fc.property(
        history,
        fc.integer({ min: 0, max: graph.skills.length - 1 }),
        fc.record({ correct: fc.boolean(), usedHint: fc.boolean(), gaveUp: fc.boolean(), timeTakenMs: fc.integer({ min: 0, max: 600_000 }) }),
        (steps, k, outcome) => {
          const { memories } = replay(graph, steps);
          const skillId = graph.skills[k].id;
          const subset = new Map([...memories].filter(([id]) => memoriesNeededFor(graph, skillId).includes(id)));
          const now = new Date(endOf(steps));
          expect(applyAttempt(graph, subset, skillId, outcome, now)).toEqual(applyAttempt(graph, memories, skillId, outcome, now));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("lists the skill, its prerequisites and the skills it encompasses, each once", () => {
    const advanced = graph.skills.find((s) => s.prereqs.length > 0 && (graph.flow.get(s.id)?.size ?? 0) > 0)!;
    const ids = memoriesNeededFor(graph, advanced.id);
    expect(ids).toContain(advanced.id);
    for (const p of advanced.prereqs) expect(ids).toContain(p);
    for (const e of graph.flow.get(advanced.id)!.keys()) expect(ids).toContain(e);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeLessThan(graph.skills.length);
  });
});
