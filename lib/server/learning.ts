// The learner loop's reads and issues: enrolment, today's set (written once per local day),
// "more practice", and free-practice problems. recordAttempt lives in attempts.ts.
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { getGenerator } from "@/exercises/registry";
import {
  dailySet, isLearned, isNew, localDay, resolveTimeZone, skillMemorySchema, skillsInScope,
  type GraphIndex, type ReviewLogEntry, type SkillMemory,
} from "@/lib/scheduling";
import { getDb } from "./db";
import { COURSE_IDS, learnerGraph, levelFor, skillInfo } from "./skill-graph";

type Tx = Prisma.TransactionClient;
export type Learner = { id: string; timeZone: string; dailyGoal: number };
export type Failure = { ok: false; code: string; message: string };

/** "More practice" adds this many problems to today's set. */
export const MORE_PRACTICE_COUNT = 5;

export async function enrolments(userId: string): Promise<string[]> {
  const rows = await getDb().enrolment.findMany({ where: { userId }, select: { course: true } });
  return COURSE_IDS.filter((c) => rows.some((r) => r.course === c));
}

const EnrolInput = z
  .array(z.string())
  .transform((list) => [...new Set(list)])
  .pipe(
    z.array(z.enum(COURSE_IDS as [string, ...string[]], "That course does not exist.")).min(1, "Choose at least one course."),
  );

/** Adds courses (keeps existing enrolments). */
export async function enrol(userId: string, courses: unknown): Promise<{ ok: true; courses: string[] } | Failure> {
  const parsed = EnrolInput.safeParse(courses);
  if (!parsed.success) return { ok: false, code: "invalid", message: parsed.error.issues[0]?.message ?? "Choose a course." };
  await getDb().enrolment.createMany({ data: parsed.data.map((course) => ({ userId, course })), skipDuplicates: true });
  return { ok: true, courses: await enrolments(userId) };
}

/** Current memories; rows that no longer match the schema are skipped (the skill starts afresh). */
export async function loadMemories(userId: string, db: Tx = getDb()): Promise<Map<string, SkillMemory>> {
  const rows = await db.skillState.findMany({ where: { userId }, select: { memory: true } });
  const out = new Map<string, SkillMemory>();
  for (const r of rows) {
    const m = skillMemorySchema.safeParse(r.memory);
    if (m.success) out.set(m.data.skillId, m.data);
  }
  return out;
}

const neededCache = new WeakMap<GraphIndex, Map<string, readonly string[]>>();

/**
 * The skills whose memories applyAttempt reads for an answer on `skillId`: the skill itself, its
 * prerequisites (a wrong answer) and the skills it encompasses (implicit credit). Submitting parses
 * only these of the learner's memories.
 */
export function memoriesNeededFor(graph: GraphIndex, skillId: string): readonly string[] {
  let perGraph = neededCache.get(graph);
  if (!perGraph) neededCache.set(graph, (perGraph = new Map()));
  let ids = perGraph.get(skillId);
  if (!ids) {
    const node = graph.byId.get(skillId);
    ids = [...new Set([skillId, ...(node?.prereqs ?? []), ...(graph.flow.get(skillId)?.keys() ?? [])])];
    perGraph.set(skillId, ids);
  }
  return ids;
}

async function logSince(userId: string, since: Date): Promise<ReviewLogEntry[]> {
  const rows = await getDb().reviewLog.findMany({ where: { userId, at: { gte: since } }, select: { entry: true } });
  return rows.map((r) => r.entry as unknown as ReviewLogEntry);
}

export interface SetItem {
  problemId: string;
  index: number;
  skillId: string;
  title: string;
  course: string;
  module: string;
  answered: boolean;
  correct: boolean | null;
}

export type TodaysSet =
  | { enrolled: false }
  | {
      enrolled: true; date: string; timeZone: string; timeZoneValid: boolean; goal: number;
      items: SetItem[]; done: number; dueCount: number;
    };

/**
 * Today's set: computed by the scheduler at the first view of the local day and written as
 * issued problems, so reloads, new generators or a changed goal never reshuffle it.
 * `extra` > 0 appends that many more problems ("more practice").
 */
export async function todaysSet(learner: Learner, now = new Date(), extra = 0): Promise<TodaysSet> {
  const courses = await enrolments(learner.id);
  if (courses.length === 0) return { enrolled: false };
  const db = getDb();
  const zone = resolveTimeZone(learner.timeZone);
  const day = localDay(now, zone.timeZone);
  const where = { userId: learner.id, localDate: day.date, source: "DAILY" as const };
  let count = await db.issuedProblem.count({ where });
  let dueCount = 0;
  if (count === 0 || extra > 0) {
    const graph = learnerGraph();
    const memories = await loadMemories(learner.id);
    const input = {
      learnerId: learner.id, now, timeZone: zone.timeZone, graph, courses, memories,
      log: await logSince(learner.id, day.start), dailyGoal: learner.dailyGoal,
    };
    // The stored rows are the goal part plus earlier "more practice": ask for `extra` beyond them.
    const base = dailySet(input);
    const set = count === 0 && extra === 0 ? base : dailySet({ ...input, extra: Math.max(0, count - base.goalSize) + extra });
    dueCount = set.dueCount;
    const fresh = set.items.filter((i) => i.index >= count);
    const data = fresh.flatMap((item) => {
      const generator = getGenerator(item.skillId);
      if (!generator) return [];
      return [{
        userId: learner.id, skillId: item.skillId, seed: item.seed, level: levelFor(generator, memories.get(item.skillId)),
        issuedAt: now, localDate: day.date, source: "DAILY" as const, setIndex: item.index,
      }];
    });
    // Two first views at once both compute the same set; the unique index keeps one copy.
    await db.issuedProblem.createMany({ data, skipDuplicates: true });
    count = await db.issuedProblem.count({ where });
  } else {
    dueCount = await dueSkillCount(learner.id, day.end);
  }
  const rows = await db.issuedProblem.findMany({
    where, orderBy: { setIndex: "asc" },
    select: { id: true, setIndex: true, skillId: true, answeredAt: true, attempt: { select: { correct: true } } },
  });
  const items = rows.map((r) => {
    const info = skillInfo(r.skillId);
    return {
      problemId: r.id, index: r.setIndex ?? 0, skillId: r.skillId, title: info?.title ?? r.skillId,
      course: info?.course ?? "", module: info?.module ?? "", answered: r.answeredAt !== null,
      correct: r.attempt?.correct ?? null,
    };
  });
  return {
    enrolled: true, date: day.date, timeZone: zone.timeZone, timeZoneValid: zone.valid, goal: learner.dailyGoal,
    items, done: items.filter((i) => i.answered).length, dueCount,
  };
}

async function dueSkillCount(userId: string, end: Date): Promise<number> {
  const memories = await loadMemories(userId);
  return [...memories.values()].filter((m) => !isNew(m) && Date.parse(m.due) < end.getTime()).length;
}

/** Skills a learner may practise freely: enrolled scope, and started or every prerequisite learned. */
export function unlockedSkills(graph: GraphIndex, memories: ReadonlyMap<string, SkillMemory>, courses: readonly string[]): string[] {
  return skillsInScope(graph, courses)
    .filter((s) => !isNew(memories.get(s.id)) || s.prereqs.every((p) => isLearned(memories.get(p))))
    .map((s) => s.id);
}

/** A free-practice problem on an unlocked skill: the open one if there is one, else a new one. */
export async function issuePracticeProblem(learner: Learner, skillId: string, now = new Date()): Promise<{ ok: true; problemId: string } | Failure> {
  const generator = getGenerator(skillId);
  if (!generator || !skillInfo(skillId)) return { ok: false, code: "unknown-skill", message: `There is no skill called "${skillId}".` };
  const courses = await enrolments(learner.id);
  if (courses.length === 0) return { ok: false, code: "not-enrolled", message: "Enrol in a course first, then practise its skills." };
  const memories = await loadMemories(learner.id);
  if (!unlockedSkills(learnerGraph(), memories, courses).includes(skillId)) {
    return { ok: false, code: "locked", message: "This skill is not unlocked yet: learn its prerequisites first." };
  }
  const db = getDb();
  const open = await db.issuedProblem.findFirst({
    where: { userId: learner.id, skillId, source: "PRACTICE", answeredAt: null }, orderBy: { issuedAt: "desc" }, select: { id: true },
  });
  if (open) return { ok: true, problemId: open.id };
  const problem = await issueProblem(db, {
    userId: learner.id, skillId, seed: randomSeed(), level: levelFor(generator, memories.get(skillId)),
    localDate: localDay(now, resolveTimeZone(learner.timeZone).timeZone).date, source: "PRACTICE", issuedAt: now,
  });
  return { ok: true, problemId: problem.id };
}

// Practice seeds are not derived from the date: each "next" should be a different problem.
function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] >>> 1;
}

export function issueProblem(
  db: Tx,
  data: { userId: string; skillId: string; seed: number; level: number; localDate: string; source: "DAILY" | "PRACTICE"; setIndex?: number; issuedAt?: Date },
) {
  return db.issuedProblem.create({ data, select: { id: true } });
}

/** An issued problem of this learner (null when it does not exist or belongs to someone else). */
export function findIssuedProblem(userId: string, problemId: string) {
  return getDb().issuedProblem.findFirst({
    where: { id: problemId, userId },
    include: { attempt: true },
  });
}

/** The next unanswered problem of today's set after `index` (or from the start), for "next". */
export async function nextInSet(userId: string, localDate: string): Promise<string | null> {
  const row = await getDb().issuedProblem.findFirst({
    where: { userId, localDate, source: "DAILY", answeredAt: null }, orderBy: { setIndex: "asc" }, select: { id: true },
  });
  return row?.id ?? null;
}
