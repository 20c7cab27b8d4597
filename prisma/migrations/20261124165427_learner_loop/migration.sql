-- CreateEnum
CREATE TYPE "ProblemSource" AS ENUM ('DAILY', 'PRACTICE');

-- CreateTable
CREATE TABLE "Enrolment" (
    "userId" TEXT NOT NULL,
    "course" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Enrolment_pkey" PRIMARY KEY ("userId","course")
);

-- CreateTable
CREATE TABLE "IssuedProblem" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "skillId" TEXT NOT NULL,
    "seed" INTEGER NOT NULL,
    "level" INTEGER NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "localDate" TEXT NOT NULL,
    "source" "ProblemSource" NOT NULL,
    "setIndex" INTEGER,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "IssuedProblem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attempt" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "problemId" TEXT NOT NULL,
    "skillId" TEXT NOT NULL,
    "answerText" TEXT NOT NULL,
    "parsed" JSONB,
    "verdict" JSONB NOT NULL,
    "mistakes" TEXT[],
    "correct" BOOLEAN NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "timeTakenMs" INTEGER NOT NULL,
    "usedHint" BOOLEAN NOT NULL,
    "gaveUp" BOOLEAN NOT NULL,
    "rating" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SkillState" (
    "userId" TEXT NOT NULL,
    "skillId" TEXT NOT NULL,
    "memory" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SkillState_pkey" PRIMARY KEY ("userId","skillId")
);

-- CreateTable
CREATE TABLE "ReviewLog" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "attemptId" TEXT NOT NULL,
    "skillId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "rating" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "entry" JSONB NOT NULL,

    CONSTRAINT "ReviewLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IssuedProblem_userId_skillId_answeredAt_idx" ON "IssuedProblem"("userId", "skillId", "answeredAt");

-- CreateIndex
CREATE UNIQUE INDEX "IssuedProblem_userId_localDate_source_setIndex_key" ON "IssuedProblem"("userId", "localDate", "source", "setIndex");

-- CreateIndex
CREATE UNIQUE INDEX "Attempt_problemId_key" ON "Attempt"("problemId");

-- CreateIndex
CREATE INDEX "Attempt_userId_createdAt_idx" ON "Attempt"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Attempt_userId_clientId_key" ON "Attempt"("userId", "clientId");

-- CreateIndex
CREATE INDEX "ReviewLog_userId_at_idx" ON "ReviewLog"("userId", "at");

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuedProblem" ADD CONSTRAINT "IssuedProblem_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attempt" ADD CONSTRAINT "Attempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attempt" ADD CONSTRAINT "Attempt_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "IssuedProblem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillState" ADD CONSTRAINT "SkillState_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewLog" ADD CONSTRAINT "ReviewLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewLog" ADD CONSTRAINT "ReviewLog_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;
