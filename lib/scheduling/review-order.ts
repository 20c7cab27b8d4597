// Which due reviews to do, and in what order: the most at risk first, preferring a review that
// also exercises other due skills, whose own review is then saved for today.
import type { GraphIndex } from "./graph";

/**
 * A due skill exercised by the reviews already chosen with at least this combined weight is
 * not reviewed separately today: a correct answer on the covering review credits it (see
 * implicit.ts), and if that answer is wrong, the skill stays due for tomorrow.
 */
export const COVERED_WEIGHT = 0.5;

/**
 * Greedy: each step takes the due skill with the largest risk plus the risk it covers
 * (Σ weight × risk of the due skills it encompasses); those skills' remaining risk shrinks by
 * (1 − weight), and they drop out once their combined coverage reaches COVERED_WEIGHT.
 * Ties go to curriculum order. `risk` is 1 − predicted recall at the end of the day.
 */
export function coverReviews(
  graph: GraphIndex,
  due: readonly string[],
  risk: ReadonlyMap<string, number>,
): { chosen: string[]; covered: string[] } {
  const left = new Set(due);
  const remaining = new Map(due.map((id) => [id, risk.get(id) ?? 1]));
  const coverage = new Map<string, number>();
  const chosen: string[] = [];
  const covered: string[] = [];
  while (left.size > 0) {
    let best = "";
    let bestScore = -1;
    for (const id of left) {
      let score = remaining.get(id)!;
      for (const [y, w] of graph.flow.get(id)!) if (left.has(y)) score += w * remaining.get(y)!;
      if (score > bestScore || (score === bestScore && graph.rank.get(id)! < graph.rank.get(best)!)) {
        best = id;
        bestScore = score;
      }
    }
    left.delete(best);
    chosen.push(best);
    for (const [y, w] of graph.flow.get(best)!) {
      if (!left.has(y)) continue;
      remaining.set(y, remaining.get(y)! * (1 - w));
      const c = 1 - (1 - (coverage.get(y) ?? 0)) * (1 - w);
      coverage.set(y, c);
      if (c >= COVERED_WEIGHT) {
        left.delete(y);
        covered.push(y);
      }
    }
  }
  return { chosen, covered };
}
