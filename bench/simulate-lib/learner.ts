// The simulated learner: a "true" memory per skill, deliberately NOT the scheduler's FSRS model
// (exponential forgetting, its own growth rule, per-learner ease), in which answering a skill
// correctly also depends on recalling its prerequisites. Strategies only ever see the answers.
import seedrandom from "seedrandom";
import type { GraphIndex } from "../../lib/scheduling";

const LN09 = Math.log(0.9);
const DAY = 86_400_000;
/** How much a forgotten direct prerequisite lowers the chance of answering a skill. */
const PREREQ_DEPENDENCE = 0.5;
/** Chance of answering a skill correctly on first meeting (notes + worked example just read). */
const FIRST_MEETING = 0.8;
/** True stability (days to 90 % recall) after a first meeting, before ease. */
const INITIAL_STABILITY = 1.5;
/** Mastered in truth: recall stays ≥ 90 % for three weeks (mirrors the app's rule, in truth). */
export const TRUE_MASTERY_DAYS = 21;

interface TrueMemory { stability: number; last: number }

export class SimLearner {
  readonly rand: () => number;
  private readonly ease = new Map<string, number>();
  /** Fraction of the curriculum's encompass weight a problem really exercises, per pair. */
  private readonly exercised = new Map<string, number>();
  private readonly mem = new Map<string, TrueMemory>();

  constructor(readonly graph: GraphIndex, seed: string) {
    this.rand = seedrandom(seed);
    for (const s of graph.skills) {
      // log-normal ease, σ ≈ 0.35: some skills come easily, some do not
      const gauss = Math.sqrt(-2 * Math.log(1 - this.rand())) * Math.cos(2 * Math.PI * this.rand());
      this.ease.set(s.id, Math.exp(0.35 * gauss));
      for (const [y] of graph.flow.get(s.id)!) this.exercised.set(`${s.id}>${y}`, 0.5 + 0.5 * this.rand());
    }
  }

  recall(id: string, at: number): number {
    const m = this.mem.get(id);
    if (!m) return 0;
    return Math.exp((LN09 * Math.max(0, at - m.last)) / DAY / m.stability);
  }

  /** Probability of answering a problem of `id` correctly at `at`. */
  pCorrect(id: string, at: number): number {
    const own = this.mem.has(id) ? this.recall(id, at) : FIRST_MEETING;
    let p = own;
    for (const q of this.graph.byId.get(id)!.prereqs) p *= 1 - PREREQ_DEPENDENCE * (1 - this.recall(q, at));
    return p;
  }

  introduced(id: string): boolean {
    return this.mem.has(id);
  }

  trueStability(id: string): number {
    return this.mem.get(id)?.stability ?? 0;
  }

  /** Answers one problem; returns whether it was right and the time taken relative to expected. */
  answer(id: string, at: number): { correct: boolean; timeFactor: number } {
    const p = this.pCorrect(id, at);
    const correct = this.rand() < p;
    const noise = Math.exp(0.25 * (this.rand() * 2 - 1));
    this.practise(id, at, correct, 1);
    if (correct) for (const [y, w] of this.graph.flow.get(id)!) {
      if (this.mem.has(y)) this.practise(y, at, true, w * this.exercised.get(`${id}>${y}`)!);
    }
    return { correct, timeFactor: (0.35 + 2.2 * (1 - p)) * noise };
  }

  /** Spacing effect: the growth is larger the more was forgotten, smaller for strong memories. */
  private practise(id: string, at: number, success: boolean, weight: number): void {
    const m = this.mem.get(id);
    const ease = this.ease.get(id)!;
    if (!m) {
      this.mem.set(id, { stability: INITIAL_STABILITY * ease * (success ? 1 : 0.5), last: at });
      return;
    }
    if (!success) {
      this.mem.set(id, { stability: Math.max(0.5, m.stability * 0.35), last: at });
      return;
    }
    const r = this.recall(id, at);
    const gain = ease * (0.8 + 6 * (1 - r)) * Math.pow(m.stability + 1, -0.1);
    this.mem.set(id, { stability: m.stability * (1 + weight * gain), last: at });
  }
}
