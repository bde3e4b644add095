"use client";

import { Monitor, Moon, Sun } from "lucide-react";
import { useState } from "react";
import { THEME_COOKIE, THEMES, type Theme } from "@/lib/theme";
import { cn } from "@/components/ui/cn";

const ICONS = { system: Monitor, light: Sun, dark: Moon } as const;
const LABELS = { system: "System", light: "Light", dark: "Dark" } as const;

/** Remembers the choice for the server's next page and shows it on this one at once. */
function applyTheme(next: Theme) {
  document.cookie = `${THEME_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
  const root = document.documentElement;
  root.classList.remove("light", "dark");
  if (next !== "system") root.classList.add(next);
}

/** Light, dark or the system's choice; stored in a cookie the server reads on the next page. */
export function ThemeToggle({ initial }: { initial: Theme }) {
  const [theme, setTheme] = useState<Theme>(initial);
  function choose(next: Theme) {
    setTheme(next);
    applyTheme(next);
  }
  return (
    <div role="radiogroup" aria-label="Color theme" className="inline-flex rounded-lg border border-stone-300 p-0.5 dark:border-stone-700">
      {THEMES.map((t) => {
        const Icon = ICONS[t];
        return (
          <button
            key={t}
            type="button"
            role="radio"
            aria-checked={theme === t}
            aria-label={LABELS[t]}
            title={LABELS[t]}
            onClick={() => choose(t)}
            className={cn(
              "rounded-md p-1.5 text-stone-600 hover:text-stone-900 dark:text-stone-400 dark:hover:text-stone-100",
              theme === t && "bg-stone-200 text-stone-900 dark:bg-stone-700 dark:text-stone-50",
            )}
          >
            <Icon className="size-4" aria-hidden="true" />
          </button>
        );
      })}
    </div>
  );
}
