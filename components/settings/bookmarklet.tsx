"use client";

import { GripVertical } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { toast } from "sonner";
import { CopyButton } from "@/components/ui/copy-button";
import { BOOKMARKLET_MAX_TEXT, bookmarkletHref } from "@/lib/bookmarklet";

const noSubscription = () => () => {};

/** The bookmarklet link to drag to the bookmarks bar, with a copy of its code for phones. */
export function Bookmarklet() {
  const t = useTranslations("settings.bookmarklet");
  const link = useRef<HTMLAnchorElement>(null);
  // The page's own origin, known only in the browser (null while rendered on the server).
  const href = useSyncExternalStore(noSubscription, () => bookmarkletHref(window.location.origin), () => null);

  useEffect(() => {
    // React blocks javascript: URLs in props, so the address is set on the element itself.
    if (href) link.current?.setAttribute("href", href);
  }, [href]);

  return (
    <div className="space-y-4 text-sm">
      <div className="flex flex-wrap items-center gap-3">
        <a
          ref={link}
          href="#bookmarklet"
          data-testid="bookmarklet"
          onClick={(e) => {
            e.preventDefault();
            toast.info(t("dragToast"));
          }}
          className="inline-flex cursor-grab items-center gap-1.5 rounded-full border-2 border-dashed border-brand-500 bg-brand-50 px-4 py-2 font-semibold text-brand-900 hover:bg-brand-100 active:cursor-grabbing dark:border-brand-400 dark:bg-brand-950 dark:text-brand-50 dark:hover:bg-brand-900"
        >
          <GripVertical className="size-4" aria-hidden="true" />
          {t("name")}
        </a>
        <span className="hidden text-stone-600 sm:inline dark:text-stone-400">{t("dragHint")}</span>
      </div>
      <ol className="list-decimal space-y-1 pl-5 text-stone-700 dark:text-stone-300">
        <li>{t.rich("step1", { kbd: (chunks) => <kbd className="font-mono text-xs">{chunks}</kbd> })}</li>
        <li>{t("step2")}</li>
        <li>{t("step3")}</li>
      </ol>
      <p className="text-stone-600 dark:text-stone-400">{t("limits", { max: BOOKMARKLET_MAX_TEXT })}</p>
      <div className="flex flex-wrap items-center gap-3 border-t border-stone-200 pt-4 dark:border-stone-800">
        <p className="flex-1 text-stone-600 dark:text-stone-400">{t("phone")}</p>
        {href ? <CopyButton text={href} label={t("copy")} /> : null}
      </div>
    </div>
  );
}
