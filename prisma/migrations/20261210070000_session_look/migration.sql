-- CreateTable
CREATE TABLE "AccountCustomization" (
    "accountId" TEXT NOT NULL PRIMARY KEY,
    "accountColor" TEXT NOT NULL DEFAULT 'none',
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ConsoleUserSetting" (
    "principalArn" TEXT NOT NULL PRIMARY KEY,
    "visualMode" TEXT NOT NULL DEFAULT 'light',
    "updatedAt" DATETIME NOT NULL
);

