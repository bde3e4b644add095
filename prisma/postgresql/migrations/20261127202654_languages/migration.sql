-- AlterTable
ALTER TABLE "User" ADD COLUMN     "locale" TEXT;

-- AlterTable
ALTER TABLE "CriteriaProfile" ADD COLUMN     "language" TEXT;

-- AlterTable
ALTER TABLE "ReasonTemplate" ADD COLUMN     "language" TEXT,
ADD COLUMN     "wordings" JSONB;

