-- CreateTable
CREATE TABLE "LabAttempt" (
    "id" TEXT NOT NULL,
    "learnerId" TEXT NOT NULL,
    "sandboxId" TEXT NOT NULL DEFAULT 'single',
    "labId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "resetAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "currentStep" TEXT NOT NULL,
    "stepStartedAt" TEXT NOT NULL DEFAULT '{}',
    "checks" TEXT NOT NULL DEFAULT '{}',
    "answers" TEXT NOT NULL DEFAULT '{}',
    "hintsShown" TEXT NOT NULL DEFAULT '{}',
    "solutionSteps" TEXT NOT NULL DEFAULT '[]',
    "solutionViewed" BOOLEAN NOT NULL DEFAULT false,
    "actorResults" TEXT NOT NULL DEFAULT '{}',
    "context" TEXT NOT NULL DEFAULT '{}',

    CONSTRAINT "LabAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LabAttempt_learnerId_startedAt_idx" ON "LabAttempt"("learnerId", "startedAt");

