// Builds one exam attempt: which skills, in which order, at which level and with which seed.
// Only the course's own skills; every module at least once; the rest spread over modules in
// proportion to their size; distinct skills wherever the module has enough; seeds distinct and
// drawn from an injected source of randomness (the server passes crypto.randomInt).

export interface ExamSkill {
  id: string;
  module: string;
  /** The generator's levels; the exam asks the highest (the standard the course ends at). */
  levels: readonly number[];
}

export interface ExamQuestion {
  position: number;
  skillId: string;
  module: string;
  seed: number;
  level: number;
}

/** Uniform integer in [0, max). crypto.randomInt has this shape. */
export type RandomInt = (max: number) => number;

/** Seeds fit a Postgres integer and every generator's seed range. */
export const SEED_LIMIT = 2 ** 31 - 1;

export type Assembly = { ok: true; questions: ExamQuestion[] } | { ok: false; message: string };

/** Modules in first-appearance order with their skills. */
function byModule(skills: readonly ExamSkill[]): Map<string, ExamSkill[]> {
  const out = new Map<string, ExamSkill[]>();
  for (const s of skills) {
    const list = out.get(s.module) ?? [];
    list.push(s);
    out.set(s.module, list);
  }
  return out;
}

/**
 * Questions per module: one each, then the remainder by largest remainder of size share, preferring
 * modules that still have unused skills so that skills repeat only when the course runs out.
 */
export function questionsPerModule(sizes: readonly number[], count: number): number[] {
  const out = sizes.map(() => 1);
  const total = sizes.reduce((a, b) => a + b, 0);
  for (let left = count - sizes.length; left > 0; left--) {
    let best = -1;
    let bestKey = -Infinity;
    sizes.forEach((size, i) => {
      const deficit = (size / total) * count - out[i];
      // Unused skills first (+1e6), then the largest shortfall against the module's fair share.
      const key = (out[i] < size ? 1e6 : 0) + deficit;
      if (key > bestKey) [best, bestKey] = [i, key];
    });
    out[best] += 1;
  }
  return out;
}

/** Fisher–Yates with the injected source. */
function shuffled<T>(list: readonly T[], randomInt: RandomInt): T[] {
  const a = [...list];
  for (let i = a.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

export function assembleExam(skills: readonly ExamSkill[], count: number, randomInt: RandomInt): Assembly {
  const modules = byModule(skills);
  if (modules.size === 0) return { ok: false, message: "This course has no skills with problems yet, so no exam can be set." };
  if (count < modules.size) return { ok: false, message: `An exam of ${count} questions cannot cover all ${modules.size} modules.` };
  const lists = [...modules.values()];
  const counts = questionsPerModule(lists.map((l) => l.length), count);
  const seeds = new Set<number>();
  const questions: ExamQuestion[] = [];
  lists.forEach((list, m) => {
    const picked: ExamSkill[] = [];
    while (picked.length < counts[m]) picked.push(...shuffled(list, randomInt).slice(0, counts[m] - picked.length));
    for (const skill of picked) {
      let seed = randomInt(SEED_LIMIT);
      while (seeds.has(seed)) seed = randomInt(SEED_LIMIT);
      seeds.add(seed);
      questions.push({ position: questions.length, skillId: skill.id, module: skill.module, seed, level: skill.levels.length > 0 ? Math.max(...skill.levels) : 1 });
    }
  });
  return { ok: true, questions };
}
