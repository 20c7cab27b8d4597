// Today's problems for one learner: a fixed list per local day. Everything is evaluated at the
// end of the learner's local day from the memories as they stood at its start, so the list
// depends on the date, not the minute, and does not move as the learner answers.
import { memoriesAt, type ReviewLogEntry } from "./attempt";
import { frontier, pickNewSkills } from "./frontier";
import { skillsInScope, type GraphIndex, type SkillNode } from "./graph";
import { localDay, resolveTimeZone } from "./local-day";
import { isNew } from "./mastery";
import { retrievability, type SkillMemory } from "./memory";
import { seedFor } from "./seed";
import { coverReviews } from "./review-order";

export const DEFAULT_DAILY_GOAL = 10;
/** New skills per day: enough to progress through 99 skills in a term, few enough to review. */
export const DEFAULT_NEW_SKILLS_PER_DAY = 4;

export interface DailySetInput {
  learnerId: string;
  now: Date;
  /** IANA zone; missing or unknown → UTC (reported in `timeZoneValid`). */
  timeZone: string | null | undefined;
  graph: GraphIndex;
  courses: readonly string[];
  /** Current memories by skill id. */
  memories: ReadonlyMap<string, SkillMemory>;
  /** Review-log entries since the start of today (more is fine), to rebuild the day's starting state. */
  log?: readonly ReviewLogEntry[];
  dailyGoal?: number;
  newSkillsPerDay?: number;
  /** "More practice": how many problems to add after the goal. */
  extra?: number;
}

/**
 * review: due by the end of today. new: first meeting with a frontier skill. covered: due, but a
 * review earlier in the list exercises it (implicit credit), so it only appears in more practice.
 * ahead: not due yet, weakest first; fills the goal when nothing else is left.
 */
export type DailyItemKind = "review" | "new" | "covered" | "ahead";

export interface DailyItem {
  index: number;
  skillId: string;
  kind: DailyItemKind;
  seed: number;
  course: string;
  module: string;
}

export interface DailySet {
  date: string;
  timeZone: string;
  timeZoneValid: boolean;
  /** Goal items first, then `extra` more. */
  items: DailyItem[];
  /** How many of `items` are the goal part (fewer than the goal when too little is due or new). */
  goalSize: number;
  /** Skills due by the end of today (reviews + covered). */
  dueCount: number;
}

export function dailySet(input: DailySetInput): DailySet {
  const { graph, courses } = input;
  const goal = input.dailyGoal ?? DEFAULT_DAILY_GOAL;
  const zone = resolveTimeZone(input.timeZone);
  const day = localDay(input.now, zone.timeZone);
  const memories = input.log ? memoriesAt(input.memories, input.log, day.start) : input.memories;

  const started = skillsInScope(graph, courses).filter((s) => !isNew(memories.get(s.id)));
  const due = started.filter((s) => Date.parse(memories.get(s.id)!.due) < day.end.getTime());
  const dueIds = new Set(due.map((s) => s.id));
  const risk = new Map(due.map((s) => [s.id, 1 - retrievability(memories.get(s.id)!, day.end)]));
  const { chosen, covered } = coverReviews(graph, due.map((s) => s.id), risk);
  const fresh = pickNewSkills(frontier(graph, memories, courses), input.newSkillsPerDay ?? DEFAULT_NEW_SKILLS_PER_DAY);
  const notDue = started.filter((s) => !dueIds.has(s.id));
  const recall = new Map(notDue.map((s) => [s.id, retrievability(memories.get(s.id)!, day.end)]));
  const ahead = notDue.sort((a, b) => recall.get(a.id)! - recall.get(b.id)! || graph.rank.get(a.id)! - graph.rank.get(b.id)!);

  const priority: [SkillNode, DailyItemKind][] = [
    ...chosen.map((id) => [graph.byId.get(id)!, "review"] as [SkillNode, DailyItemKind]),
    ...fresh.map((s) => [s, "new"] as [SkillNode, DailyItemKind]),
    ...covered.map((id) => [graph.byId.get(id)!, "covered"] as [SkillNode, DailyItemKind]),
    ...ahead.map((s) => [s, "ahead"] as [SkillNode, DailyItemKind]),
  ];
  // The goal part and the rest are interleaved separately so "more practice" only appends.
  const goalPart = interleaveBlocks(graph, priority.slice(0, goal));
  const wanted = Math.max(0, input.extra ?? 0);
  const tail = interleaveBlocks(graph, priority.slice(goal));
  // More practice never runs dry (a new learner's first set is only the day's new skills): past
  // every distinct skill it goes round them again; seeds depend on the index, so repeats are new problems.
  const pool = [...goalPart, ...tail];
  for (let k = 0; tail.length < wanted && pool.length > 0; k++) tail.push([pool[k % pool.length][0], "ahead"]);
  const items = [...goalPart, ...tail.slice(0, wanted)].map(([s, kind], index) => ({
    index, skillId: s.id, kind, seed: seedFor(input.learnerId, day.date, index), course: s.course, module: s.module,
  }));
  return { date: day.date, timeZone: zone.timeZone, timeZoneValid: zone.valid, items, goalSize: goalPart.length, dueCount: due.length };
}

/** Interleaves each run of same-kind items, keeping kinds in their priority order. */
function interleaveBlocks<T extends [SkillNode, DailyItemKind]>(graph: GraphIndex, list: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < list.length; ) {
    let j = i;
    while (j < list.length && list[j][1] === list[i][1]) j++;
    out.push(...interleave(graph, list.slice(i, j), out.at(-1)?.[0]));
    i = j;
  }
  return out;
}

/**
 * Greedy reorder: among the items none of whose prerequisites come later in the block, take
 * one from another course, else another module, else the first. Switching topics between
 * problems (interleaving) helps retention, and a prerequisite refreshed earlier in the session
 * makes the problems that build on it more likely to succeed.
 */
function interleave<T extends [SkillNode, DailyItemKind]>(graph: GraphIndex, block: T[], before: SkillNode | undefined): T[] {
  const n = block.length;
  const needs = (i: number, j: number) => graph.prereqClosure.get(block[i][0].id)!.has(block[j][0].id);
  // blockers[i] = how many of item i's prerequisites are still waiting in the block.
  const blockers = block.map((_, i) => block.filter((_, j) => needs(i, j)).length);
  const done = new Array<boolean>(n).fill(false);
  const out: T[] = [];
  let last = before;
  for (let step = 0; step < n; step++) {
    let first = -1;
    let otherModule = -1;
    let otherCourse = -1;
    for (let i = 0; i < n && otherCourse < 0; i++) {
      if (done[i] || blockers[i] > 0) continue;
      const s = block[i][0];
      if (first < 0) first = i;
      if (last && otherModule < 0 && s.module !== last.module) otherModule = i;
      if (last && s.course !== last.course) otherCourse = i;
    }
    const k = otherCourse >= 0 ? otherCourse : otherModule >= 0 ? otherModule : first;
    done[k] = true;
    for (let i = 0; i < n; i++) if (!done[i] && needs(i, k)) blockers[i] -= 1;
    out.push(block[k]);
    last = block[k][0];
  }
  return out;
}
