-- CreateTable
CREATE TABLE "LabAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "learnerId" TEXT NOT NULL,
    "sandboxId" TEXT NOT NULL DEFAULT 'single',
    "labId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "resetAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    "currentStep" TEXT NOT NULL,
    "stepStartedAt" TEXT NOT NULL DEFAULT '{}',
    "checks" TEXT NOT NULL DEFAULT '{}',
    "answers" TEXT NOT NULL DEFAULT '{}',
    "hintsShown" TEXT NOT NULL DEFAULT '{}',
    "solutionSteps" TEXT NOT NULL DEFAULT '[]',
    "solutionViewed" BOOLEAN NOT NULL DEFAULT false,
    "actorResults" TEXT NOT NULL DEFAULT '{}',
    "context" TEXT NOT NULL DEFAULT '{}'
);

-- CreateIndex
CREATE INDEX "LabAttempt_learnerId_startedAt_idx" ON "LabAttempt"("learnerId", "startedAt");

