"use client";

import { Monitor, Moon, Sun } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { THEME_COOKIE, THEMES, type Theme } from "@/lib/theme";
import { cn } from "@/components/ui/cn";

const ICONS = { system: Monitor, light: Sun, dark: Moon } as const;

/** Remembers the choice for the server's next page and shows it on this one at once. */
function applyTheme(next: Theme) {
  document.cookie = `${THEME_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
  const root = document.documentElement;
  root.classList.remove("light", "dark");
  if (next !== "system") root.classList.add(next);
}

/** Light, dark or the system's choice; stored in a cookie the server reads on the next page. */
export function ThemeToggle({ initial }: { initial: Theme }) {
  const t = useTranslations("shell.theme");
  const [theme, setTheme] = useState<Theme>(initial);
  function choose(next: Theme) {
    setTheme(next);
    applyTheme(next);
  }
  return (
    <div role="radiogroup" aria-label={t("label")} className="inline-flex rounded-lg border border-stone-300 p-0.5 dark:border-stone-700">
      {THEMES.map((choice) => {
        const Icon = ICONS[choice];
        return (
          <button
            key={choice}
            type="button"
            role="radio"
            aria-checked={theme === choice}
            aria-label={t(choice)}
            title={t(choice)}
            onClick={() => choose(choice)}
            className={cn(
              "rounded-md p-1.5 text-stone-600 hover:text-stone-900 dark:text-stone-400 dark:hover:text-stone-100",
              theme === choice && "bg-stone-200 text-stone-900 dark:bg-stone-700 dark:text-stone-50",
            )}
          >
            <Icon className="size-4" aria-hidden="true" />
          </button>
        );
      })}
    </div>
  );
}
