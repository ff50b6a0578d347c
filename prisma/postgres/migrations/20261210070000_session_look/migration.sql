-- CreateTable
CREATE TABLE "AccountCustomization" (
    "accountId" TEXT NOT NULL,
    "accountColor" TEXT NOT NULL DEFAULT 'none',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AccountCustomization_pkey" PRIMARY KEY ("accountId")
);

-- CreateTable
CREATE TABLE "ConsoleUserSetting" (
    "principalArn" TEXT NOT NULL,
    "visualMode" TEXT NOT NULL DEFAULT 'light',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsoleUserSetting_pkey" PRIMARY KEY ("principalArn")
);

