"use client";

import { KeyRound, LogOut, Settings } from "lucide-react";
import Link from "next/link";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { ThemeToggle } from "./theme-toggle";
import type { Theme } from "@/lib/theme";

export function UserMenu({ name, email, theme }: { name: string; email: string; theme: Theme }) {
  const t = useTranslations("shell.userMenu");
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const initials = name
    .split(/\s+/)
    .map((w) => w[0])
    .join("")
    .slice(0, 2)
    .toUpperCase();

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    const onClick = (e: MouseEvent) => ref.current && !ref.current.contains(e.target as Node) && setOpen(false);
    document.addEventListener("keydown", onKey);
    document.addEventListener("mousedown", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("mousedown", onClick);
    };
  }, [open]);

  return (
    <div className="relative" ref={ref}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="user-menu"
        onClick={() => setOpen((o) => !o)}
        className="flex size-9 items-center justify-center rounded-full bg-brand-700 text-sm font-semibold text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-brand-950"
      >
        <span aria-hidden="true">{initials || "?"}</span>
        <span className="sr-only">{t("open", { name })}</span>
      </button>
      {open ? (
        <div
          id="user-menu"
          className="absolute right-0 z-20 mt-2 w-64 rounded-xl border border-stone-200 bg-white p-2 shadow-lg dark:border-stone-700 dark:bg-stone-900"
        >
          <div className="px-3 py-2">
            <p className="truncate text-sm font-medium">{name}</p>
            <p className="truncate text-xs text-stone-600 dark:text-stone-400">{email}</p>
          </div>
          <div className="flex items-center justify-between px-3 py-2">
            <span className="text-sm text-stone-700 dark:text-stone-300">{t("theme")}</span>
            <ThemeToggle initial={theme} />
          </div>
          <Link
            href="/settings"
            onClick={() => setOpen(false)}
            className="flex items-center gap-2 rounded-lg px-3 py-2 text-sm hover:bg-stone-100 dark:hover:bg-stone-800"
          >
            <Settings className="size-4" aria-hidden="true" /> {t("settings")}
          </Link>
          <Link
            href="/settings/api"
            onClick={() => setOpen(false)}
            className="flex items-center gap-2 rounded-lg px-3 py-2 text-sm hover:bg-stone-100 dark:hover:bg-stone-800"
          >
            <KeyRound className="size-4" aria-hidden="true" /> {t("api")}
          </Link>
          <button
            type="button"
            onClick={() => signOut({ callbackUrl: "/" })}
            className="flex w-full items-center gap-2 rounded-lg px-3 py-2 text-left text-sm hover:bg-stone-100 dark:hover:bg-stone-800"
          >
            <LogOut className="size-4" aria-hidden="true" /> {t("signOut")}
          </button>
        </div>
      ) : null}
    </div>
  );
}
