import Link from "next/link";
import { useTranslations } from "next-intl";

export function Logo({ href = "/" }: { href?: string }) {
  const t = useTranslations("common");
  return (
    <Link href={href} className="flex items-center gap-2 font-semibold tracking-tight">
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src="/icon.svg" alt="" width={28} height={28} className="size-7" />
      <span>{t("appName")}</span>
    </Link>
  );
}
