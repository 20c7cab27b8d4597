// recordAttempt's batched write: one statement claims the problem and writes the attempt, every
// review-log entry and every changed memory. These check what it stores against applyAttempt run
// on the learner's full memories, and the concurrency cases the per-learner lock must handle.
import { beforeEach, describe, expect, it } from "vitest";
import { getGenerator } from "@/exercises/registry";
import { applyAttempt, skillMemorySchema, type SkillMemory } from "@/lib/scheduling";
import { recordAttempt } from "@/lib/server/attempts";
import { enrol, issueProblem } from "@/lib/server/learning";
import { learnerGraph } from "@/lib/server/skill-graph";
import { truncateAll, useTestDatabase } from "../../helpers/db";

const t = useTestDatabase();
const NOW = new Date("2026-03-10T09:00:00.123Z");
const graph = learnerGraph();

async function learner(email: string) {
  const u = await t.current.db.user.create({ data: { email, name: email, passwordHash: "unused" } });
  await enrol(u.id, ["linear-algebra", "multivariate-calculus", "pca"]);
  return u.id;
}

async function issue(userId: string, skillId: string, seed: number) {
  const { id } = await issueProblem(t.current.db, { userId, skillId, seed, level: 1, localDate: "2026-03-10", source: "PRACTICE", issuedAt: NOW });
  return { id, answer: getGenerator(skillId)!.generate(seed, 1).answer.text };
}

const submission = (problemId: string, answer: string, clientId: string) => ({ problemId, clientId, answer, timeTakenMs: 40_000, usedHint: false, gaveUp: false });

async function storedMemories(userId: string): Promise<Map<string, SkillMemory>> {
  const rows = await t.current.db.skillState.findMany({ where: { userId } });
  return new Map(rows.map((r) => [r.skillId, skillMemorySchema.parse(r.memory)]));
}

/** A skill that passes implicit credit to at least two others, all with generators. */
const rich = graph.skills.find((s) => (graph.flow.get(s.id)?.size ?? 0) >= 2)!;
const encompassed = [...graph.flow.get(rich.id)!.keys()];

beforeEach(async () => {
  await truncateAll(t.current.db);
});

describe("recordAttempt writes", () => {
  it("stores exactly the memories and log entries applyAttempt gives on the learner's full history", async () => {
    const userId = await learner("full@example.com");
    // Give the learner memories on the encompassed skills and on unrelated skills.
    let seed = 1;
    for (const id of [...encompassed, ...graph.skills.slice(0, 5).map((s) => s.id)]) {
      const p = await issue(userId, id, seed++);
      expect(await recordAttempt(userId, submission(p.id, p.answer, `warm-${seed}-xxxx`), { now: new Date(NOW.getTime() - 3 * 86_400_000) })).toMatchObject({ ok: true });
    }
    const before = await storedMemories(userId);
    const expected = applyAttempt(graph, before, rich.id, { correct: true, usedHint: false, gaveUp: false, timeTakenMs: 40_000 }, NOW);
    expect(expected.updated.length).toBeGreaterThan(1);

    const p = await issue(userId, rich.id, 77);
    expect(await recordAttempt(userId, submission(p.id, p.answer, "rich-client-1"), { now: NOW })).toMatchObject({ ok: true, view: { correct: true, replayed: false } });

    const after = await storedMemories(userId);
    for (const m of expected.updated) expect(after.get(m.skillId)).toEqual(m);
    for (const [id, m] of before) if (!expected.updated.some((u) => u.skillId === id)) expect(after.get(id)).toEqual(m);
    const attempt = await t.current.db.attempt.findUniqueOrThrow({ where: { problemId: p.id }, include: { reviewLogs: true } });
    expect(attempt).toMatchObject({ rating: expected.rating, createdAt: NOW, mistakes: [], correct: true });
    expect(attempt.reviewLogs.map((l) => [l.skillId, l.kind, l.at.toISOString()]).sort()).toEqual(
      expected.log.map((e) => [e.skillId, e.kind, e.at]).sort(),
    );
    expect(attempt.reviewLogs.every((l) => l.userId === userId)).toBe(true);
    const state = await t.current.db.skillState.findUniqueOrThrow({ where: { userId_skillId: { userId, skillId: rich.id } } });
    expect(state.updatedAt).toEqual(NOW);
  });

  it("answers by one learner at once on the same new skill all count (no lost update)", async () => {
    const userId = await learner("race@example.com");
    const skillId = graph.skills[0].id;
    const problems = await Promise.all([11, 12, 13, 14, 15, 16].map((seed) => issue(userId, skillId, seed)));
    const results = await Promise.all(problems.map((p, k) => recordAttempt(userId, submission(p.id, p.answer, `race-client-${k}`), { now: NOW })));
    for (const r of results) expect(r).toMatchObject({ ok: true, view: { replayed: false } });
    expect((await storedMemories(userId)).get(skillId)).toMatchObject({ reps: problems.length, successes: problems.length });
  });

  it("answers by one learner at once on several related skills all count, each exactly once", async () => {
    const userId = await learner("mix@example.com");
    // A skill with a prerequisite, the prerequisite, and an unrelated first skill: their memories overlap.
    const withPrereq = graph.skills.find((s) => s.prereqs.length > 0)!;
    const ids = [withPrereq.id, withPrereq.prereqs[0], graph.skills.find((s) => s.id !== withPrereq.id && !withPrereq.prereqs.includes(s.id))!.id];
    const problems = await Promise.all([...ids, ...ids].map((id, k) => issue(userId, id, 40 + k)));
    const results = await Promise.all(problems.map((p, k) => recordAttempt(userId, submission(p.id, p.answer, `mix-client-${k}`), { now: NOW })));
    for (const r of results) expect(r).toMatchObject({ ok: true, view: { replayed: false } });
    const memories = await storedMemories(userId);
    for (const id of ids) expect(memories.get(id)).toMatchObject({ reps: 2, successes: 2 });
    expect(await t.current.db.reviewLog.count({ where: { kind: "explicit" } })).toBe(6);
  });

  it("a client id already used for another problem is refused and records nothing more", async () => {
    const userId = await learner("reuse@example.com");
    const a = await issue(userId, graph.skills[0].id, 21);
    const b = await issue(userId, graph.skills[0].id, 22);
    expect(await recordAttempt(userId, submission(a.id, a.answer, "reused-client"), { now: NOW })).toMatchObject({ ok: true });
    expect(await recordAttempt(userId, submission(b.id, b.answer, "reused-client"), { now: NOW })).toMatchObject({
      ok: false, code: "invalid", message: /already used for another problem/,
    });
    expect(await t.current.db.attempt.count()).toBe(1);
    expect((await t.current.db.issuedProblem.findUniqueOrThrow({ where: { id: b.id } })).answeredAt).toBeNull();
  });

  it("a replay after the answer is recorded shows the stored verdict, and a new client id on it is refused", async () => {
    const userId = await learner("replay@example.com");
    const p = await issue(userId, graph.skills[0].id, 31);
    const first = await recordAttempt(userId, submission(p.id, p.answer, "replay-client"), { now: NOW });
    const again = await recordAttempt(userId, submission(p.id, "not what was sent", "replay-client"), { now: NOW });
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(again.view).toEqual({ ...first.view, replayed: true });
    expect(await recordAttempt(userId, submission(p.id, p.answer, "other-client"), { now: NOW })).toMatchObject({ ok: false, code: "already-answered" });
    expect(await t.current.db.reviewLog.count({ where: { kind: "explicit" } })).toBe(1);
  });
});
