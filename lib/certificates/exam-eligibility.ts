// Who may sit a course exam: at least 80 % of the course's skills learned (lib/scheduling
// isLearned — answered correctly and not failed since). Reports exactly which skills are missing.
import { isLearned, type SkillMemory } from "@/lib/scheduling";
import { ELIGIBILITY_SHARE } from "./exam-rules";

export interface ExamEligibility {
  eligible: boolean;
  total: number;
  learned: number;
  /** Learned skills needed to unlock: ⌈80 % of total⌉. */
  required: number;
  /** Course skills not learned yet, in the order given (learning any `required - learned` of them unlocks). */
  missing: string[];
}

export function requiredLearned(total: number): number {
  // Integer arithmetic: ceil(0.8 × 15) must be 12, not 12.000000000000002 → 13.
  return Math.ceil((total * Math.round(ELIGIBILITY_SHARE * 100)) / 100);
}

export function examEligibility(courseSkillIds: readonly string[], memories: ReadonlyMap<string, SkillMemory>): ExamEligibility {
  const missing = courseSkillIds.filter((id) => !isLearned(memories.get(id)));
  const total = courseSkillIds.length;
  const learned = total - missing.length;
  const required = requiredLearned(total);
  return { eligible: total > 0 && learned >= required, total, learned, required, missing };
}
