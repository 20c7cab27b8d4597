-- CreateIndex
CREATE INDEX "Attempt_skillId_userId_createdAt_idx" ON "Attempt"("skillId", "userId", "createdAt");
