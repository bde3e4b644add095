-- AlterTable
ALTER TABLE "User" ADD COLUMN "locale" TEXT;

-- AlterTable
ALTER TABLE "CriteriaProfile" ADD COLUMN "language" TEXT;

-- AlterTable
ALTER TABLE "ReasonTemplate" ADD COLUMN "language" TEXT;
ALTER TABLE "ReasonTemplate" ADD COLUMN "wordings" JSONB;

