import { getTranslations } from "next-intl/server";
import { NotFoundState } from "@/components/ui/not-found-state";

export default async function TemplateNotFound() {
  const t = await getTranslations("templates");
  return <NotFoundState what="template" backHref="/templates" backLabel={t("notFound.back")} />;
}
