import { describe, expect, it } from "vitest";
import { applyAttempt, dailySet, localDate, localDay, resolveTimeZone, type DailySetInput } from "@/lib/scheduling";
import { ALL_COURSES, DAY, curriculumGraph, replay } from "./helpers";

const graph = curriculumGraph();
const input = (over: Partial<DailySetInput>): DailySetInput => ({
  learnerId: "learner-1", now: new Date("2025-06-10T12:00:00Z"), timeZone: "UTC", graph, courses: ALL_COURSES,
  memories: new Map(), ...over,
});

// Four weeks of a learner taking every new skill of each day's set and answering right.
function month(): ReturnType<typeof replay> & { end: number } {
  let state = replay(graph, []);
  const start = Date.UTC(2025, 4, 1, 8);
  for (let d = 0; d < 28; d++) {
    const now = new Date(start + d * DAY);
    const set = dailySet(input({ now, memories: state.memories }));
    for (const item of set.items.filter((i) => i.kind !== "ahead")) {
      const r = applyAttempt(graph, state.memories, item.skillId, { correct: d % 3 !== 0 || item.index % 2 === 0, usedHint: false, timeTakenMs: 60_000 }, now);
      for (const m of r.updated) state.memories.set(m.skillId, m);
      state.log.push(...r.log);
    }
  }
  return { ...state, end: start + 28 * DAY };
}
const history = month();

describe("local day", () => {
  it("one instant is Tuesday in Tonga (UTC+13) and Monday in Honolulu (UTC−10)", () => {
    const instant = new Date("2025-06-09T12:30:00Z");
    expect(localDate(instant, "Pacific/Tongatapu")).toBe("2025-06-10");
    expect(localDate(instant, "Pacific/Honolulu")).toBe("2025-06-09");
  });
  it("starts at local midnight: 11:00 UTC the day before in Tonga, 10:00 UTC in Honolulu", () => {
    expect(localDay(new Date("2025-06-09T12:30:00Z"), "Pacific/Tongatapu").start.toISOString()).toBe("2025-06-09T11:00:00.000Z");
    expect(localDay(new Date("2025-06-09T12:30:00Z"), "Pacific/Honolulu").start.toISOString()).toBe("2025-06-09T10:00:00.000Z");
  });
  it("a DST day in New York lasts 23 hours", () => {
    const d = localDay(new Date("2025-03-09T15:00:00Z"), "America/New_York");
    expect((d.end.getTime() - d.start.getTime()) / 3_600_000).toBe(23);
  });
  it("a missing or unknown zone falls back to UTC and says so", () => {
    expect(resolveTimeZone("Mars/Olympus")).toEqual({ timeZone: "UTC", valid: false });
    expect(resolveTimeZone(undefined)).toEqual({ timeZone: "UTC", valid: false });
    expect(resolveTimeZone("Pacific/Honolulu")).toEqual({ timeZone: "Pacific/Honolulu", valid: true });
  });
});

describe("daily set", () => {
  it("a first day holds only new root skills, at most the new-skill limit, spread over courses", () => {
    const set = dailySet(input({}));
    expect(set.items.every((i) => i.kind === "new")).toBe(true);
    expect(set.items.length).toBe(4);
    for (const i of set.items) expect(graph.byId.get(i.skillId)!.prereqs).toEqual([]);
    expect(new Set(set.items.map((i) => i.course)).size).toBe(3);
  });
  it("is the daily goal long, due reviews before new skills, no skill twice", () => {
    const set = dailySet(input({ now: new Date(history.end), memories: history.memories }));
    expect(set.items.length).toBe(10);
    const kinds = set.items.map((i) => i.kind);
    const firstNew = kinds.indexOf("new");
    if (firstNew >= 0) expect(kinds.slice(firstNew).includes("review")).toBe(false);
    const end = localDay(new Date(history.end), "UTC").end.getTime();
    for (const i of set.items) {
      const due = Date.parse(history.memories.get(i.skillId)?.due ?? "9999-01-01");
      if (i.kind === "review") expect(due).toBeLessThan(end);
      if (i.kind === "ahead") expect(due).toBeGreaterThanOrEqual(end);
      if (i.kind === "new") expect(history.memories.has(i.skillId)).toBe(false);
    }
    expect(new Set(set.items.map((i) => i.skillId)).size).toBe(set.items.length);
    expect(dailySet(input({ now: new Date(history.end), memories: history.memories, dailyGoal: 4 })).items.length).toBe(4);
  });
  it("does not change while the learner answers it, given today's log", () => {
    const now = new Date(history.end);
    const morning = dailySet(input({ now, memories: history.memories, log: history.log }));
    const memories = new Map(history.memories);
    const log = [...history.log];
    for (const item of morning.items.slice(0, 5)) {
      const r = applyAttempt(graph, memories, item.skillId, { correct: true, usedHint: false, timeTakenMs: 20_000 }, new Date(now.getTime() + item.index * 60_000));
      for (const m of r.updated) memories.set(m.skillId, m);
      log.push(...r.log);
    }
    const evening = dailySet(input({ now: new Date(now.getTime() + 8 * 3_600_000), memories, log }));
    expect(evening).toEqual(morning);
    const withoutLog = dailySet(input({ now: new Date(now.getTime() + 8 * 3_600_000), memories }));
    expect(withoutLog.items).not.toEqual(morning.items);
  });
  it("changes with the local date: new seeds every day", () => {
    const a = dailySet(input({ now: new Date("2025-06-10T01:00:00Z") }));
    const b = dailySet(input({ now: new Date("2025-06-10T23:00:00Z") }));
    const c = dailySet(input({ now: new Date("2025-06-11T01:00:00Z") }));
    expect(b).toEqual(a);
    expect(c.date).toBe("2025-06-11");
    expect(c.items.map((i) => i.seed)).not.toEqual(a.items.map((i) => i.seed));
  });
  it("cuts the day at the learner's local midnight (Tonga and Honolulu)", () => {
    for (const timeZone of ["Pacific/Tongatapu", "Pacific/Honolulu"]) {
      const now = new Date(history.end);
      const { start, end } = localDay(now, timeZone);
      const dueAt = (t: number) => new Map(history.memories).set("la.intro.vector-add", { ...history.memories.get("la.intro.vector-add")!, due: new Date(t).toISOString() });
      const includes = (t: number) =>
        dailySet(input({ now, timeZone, memories: dueAt(t), dailyGoal: 99 })).items.some((i) => i.skillId === "la.intro.vector-add" && i.kind !== "ahead");
      expect(includes(end.getTime() - 60_000)).toBe(true);
      expect(includes(end.getTime() + 60_000)).toBe(false);
      const justBefore = dailySet(input({ now: new Date(start.getTime() - 1), timeZone }));
      const justAfter = dailySet(input({ now: start, timeZone }));
      expect(justAfter.date).not.toBe(justBefore.date);
      expect(justAfter.timeZone).toBe(timeZone);
    }
  });
  it("falls back to UTC for an unknown zone and reports it", () => {
    const set = dailySet(input({ timeZone: "Nowhere/Special" }));
    expect(set.timeZoneValid).toBe(false);
    expect(set).toEqual({ ...dailySet(input({ timeZone: "UTC" })), timeZoneValid: false });
  });
  it("more practice appends problems without changing the first ones", () => {
    const base = dailySet(input({ now: new Date(history.end), memories: history.memories }));
    const more = dailySet(input({ now: new Date(history.end), memories: history.memories, extra: 7 }));
    expect(more.items.length).toBe(17);
    expect(more.items.slice(0, 10)).toEqual(base.items);
  });
  it("is deterministic and seeds differ per learner", () => {
    const one = dailySet(input({ now: new Date(history.end), memories: history.memories }));
    expect(dailySet(input({ now: new Date(history.end), memories: history.memories }))).toEqual(one);
    const other = dailySet(input({ now: new Date(history.end), memories: history.memories, learnerId: "learner-2" }));
    expect(other.items.map((i) => i.skillId)).toEqual(one.items.map((i) => i.skillId));
    expect(other.items.map((i) => i.seed)).not.toEqual(one.items.map((i) => i.seed));
    expect(new Set(one.items.map((i) => i.seed)).size).toBe(one.items.length);
  });
});
