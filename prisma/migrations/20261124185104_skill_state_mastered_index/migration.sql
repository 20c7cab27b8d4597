-- Mastered skill states (lib/scheduling isMastered: at least 3 explicit successes and stability of
-- at least 21 days) for cohort mastery aggregates over thousands of learners. The condition is
-- written the same way in lib/server/cohorts/mastery-sql.ts. A partial index on JSON cannot be
-- expressed in the Prisma schema, so it lives only here and schema diffs never see or drop it.
CREATE INDEX "SkillState_mastered_idx" ON "SkillState"("userId", "skillId")
  WHERE ((("memory"->>'successes')::int >= 3) AND (("memory"->>'stability')::float8 >= 21));
