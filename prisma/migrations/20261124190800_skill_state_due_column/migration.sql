-- Due reviews per learner for the cohort dashboard (10,000 learners × every skill): reading the due
-- date out of the memory JSON for ~1 million rows took seconds, so it is kept as a stored generated
-- column — UTC like every Prisma DateTime here, null while the skill was never reviewed (reps = 0) —
-- with an index per learner. Prisma's schema language cannot express generated columns, so they live
-- only here: schema-to-schema diffs never see or drop them and Prisma writes never name them.

-- lib/scheduling writes "due" with toISOString(), always ending in Z: parsing such text does not
-- depend on the session TimeZone, which is what makes declaring this IMMUTABLE true. Text that is not
-- an ISO instant gives null rather than failing the write.
CREATE FUNCTION "basis_iso_instant_utc"(text) RETURNS timestamp(3) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN $1 ~ '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z$'
              THEN ($1::timestamptz AT TIME ZONE 'UTC')::timestamp(3) END
$$;

ALTER TABLE "SkillState" ADD COLUMN "dueAt" timestamp(3)
  GENERATED ALWAYS AS (CASE WHEN ("memory"->>'reps')::int > 0 THEN "basis_iso_instant_utc"("memory"->>'due') END) STORED;

CREATE INDEX "SkillState_userId_dueAt_idx" ON "SkillState"("userId", "dueAt") WHERE "dueAt" IS NOT NULL;
