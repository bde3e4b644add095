import { getTranslations } from "next-intl/server";
import { ListPageSkeleton } from "@/components/ui/skeleton";

// In the (list) group so it covers the list only: the editors keep a real 404 status.
export default async function Loading() {
  const t = await getTranslations("templates");
  return <ListPageSkeleton label={t("list.loading")} cards={4} />;
}
