-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "defaultSignature" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "CriteriaProfile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "defaultFor" JSONB NOT NULL,
    "onlyKnownInRealLife" BOOLEAN NOT NULL DEFAULT false,
    "knownPeople" JSONB NOT NULL,
    "competitors" JSONB NOT NULL,
    "blockedRoles" JSONB NOT NULL,
    "requirePersonalNote" BOOLEAN NOT NULL DEFAULT false,
    "minMutualConnections" INTEGER NOT NULL DEFAULT 0,
    "observeStrangersMetOnline" BOOLEAN NOT NULL DEFAULT true,
    "tone" TEXT NOT NULL DEFAULT 'warm',
    "signature" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CriteriaProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReasonTemplate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "reasonKey" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "timesUsed" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ReasonTemplate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "profileId" TEXT,
    "platform" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "parsedName" TEXT,
    "parsedFirstName" TEXT,
    "parsedHeadline" TEXT,
    "parsedCompany" TEXT,
    "parsedMutualConnections" INTEGER,
    "parsedNote" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "verdict" TEXT NOT NULL,
    "confidence" REAL NOT NULL,
    "reasons" TEXT NOT NULL DEFAULT '',
    "signals" JSONB NOT NULL,
    "draftText" TEXT,
    "draftShort" TEXT,
    "sentText" TEXT,
    "templateIds" JSONB NOT NULL,
    "status" TEXT NOT NULL,
    "revisitAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Decision_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Decision_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "CriteriaProfile" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME,
    CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "CriteriaProfile_userId_updatedAt_idx" ON "CriteriaProfile"("userId", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CriteriaProfile_userId_name_key" ON "CriteriaProfile"("userId", "name");

-- CreateIndex
CREATE INDEX "ReasonTemplate_userId_reasonKey_idx" ON "ReasonTemplate"("userId", "reasonKey");

-- CreateIndex
CREATE INDEX "Decision_userId_createdAt_id_idx" ON "Decision"("userId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Decision_userId_status_revisitAt_idx" ON "Decision"("userId", "status", "revisitAt");

-- CreateIndex
CREATE INDEX "Decision_userId_verdict_createdAt_idx" ON "Decision"("userId", "verdict", "createdAt");

-- CreateIndex
CREATE INDEX "Decision_userId_platform_createdAt_idx" ON "Decision"("userId", "platform", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_createdAt_idx" ON "ApiToken"("userId", "createdAt");

