import { getTranslations } from "next-intl/server";
import { NotFoundState } from "@/components/ui/not-found-state";

export default async function ProfileNotFound() {
  const t = await getTranslations("profiles");
  return <NotFoundState what="profile" backHref="/profiles" backLabel={t("notFound.back")} />;
}
