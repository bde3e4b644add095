"use client";

import { GripVertical } from "lucide-react";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { toast } from "sonner";
import { CopyButton } from "@/components/ui/copy-button";
import { BOOKMARKLET_MAX_TEXT, bookmarkletHref } from "@/lib/bookmarklet";

const noSubscription = () => () => {};

/** The bookmarklet link to drag to the bookmarks bar, with a copy of its code for phones. */
export function Bookmarklet() {
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
            toast.info("Drag this button to your bookmarks bar, then click it on a LinkedIn, Facebook, X or Instagram page.");
          }}
          className="inline-flex cursor-grab items-center gap-1.5 rounded-full border-2 border-dashed border-brand-500 bg-brand-50 px-4 py-2 font-semibold text-brand-900 hover:bg-brand-100 active:cursor-grabbing dark:border-brand-400 dark:bg-brand-950 dark:text-brand-50 dark:hover:bg-brand-900"
        >
          <GripVertical className="size-4" aria-hidden="true" />
          Triage with Grace
        </a>
        <span className="hidden text-stone-600 sm:inline dark:text-stone-400">← drag to your bookmarks bar</span>
      </div>
      <ol className="list-decimal space-y-1 pl-5 text-stone-700 dark:text-stone-300">
        <li>
          Show the bookmarks bar (<kbd className="font-mono text-xs">Ctrl</kbd>+<kbd className="font-mono text-xs">Shift</kbd>+
          <kbd className="font-mono text-xs">B</kbd>, or <kbd className="font-mono text-xs">⌘</kbd>+<kbd className="font-mono text-xs">Shift</kbd>+
          <kbd className="font-mono text-xs">B</kbd> on a Mac) and drag the button onto it.
        </li>
        <li>On LinkedIn, Facebook, X or Instagram, select the request&apos;s text: the name, headline and note.</li>
        <li>Click the bookmark. Triage opens in a new tab with the text and the platform filled in. Nothing selected? It asks you to paste.</li>
      </ol>
      <p className="text-stone-600 dark:text-stone-400">
        It carries up to {BOOKMARKLET_MAX_TEXT.toLocaleString("en-US")} characters of the selection (fewer for scripts such as
        Chinese or Arabic, which take more room in a link). It holds no token and sends nothing anywhere: it only opens this app,
        where you are signed in.
      </p>
      <div className="flex flex-wrap items-center gap-3 border-t border-stone-200 pt-4 dark:border-stone-800">
        <p className="flex-1 text-stone-600 dark:text-stone-400">
          No bookmarks bar, as on a phone? Copy the code, bookmark any page, and paste the code as the bookmark&apos;s address.
        </p>
        {href ? <CopyButton text={href} label="Copy bookmarklet code" /> : null}
      </div>
    </div>
  );
}
