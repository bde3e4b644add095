"use client";

import { ChevronDown } from "lucide-react";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { buttonClass } from "./button";
import { cn } from "./cn";

export type MenuItem = { key: string; label: ReactNode; description?: ReactNode };

/**
 * A button that opens a menu (WAI-ARIA menu button): arrow keys, Home and End move,
 * Enter or Space picks, Escape closes and returns focus to the button, a click outside
 * or Tab closes it.
 */
export function MenuButton({
  label,
  items,
  onSelect,
  icon,
  className,
}: {
  label: string;
  items: MenuItem[];
  onSelect: (key: string) => void;
  icon?: ReactNode;
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLLIElement | null)[]>([]);
  const rootRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (open) itemRefs.current[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  function openAt(index: number) {
    setActive(index);
    setOpen(true);
  }

  function close(refocus: boolean) {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  }

  function pick(key: string) {
    setOpen(false);
    onSelect(key);
  }

  return (
    <div ref={rootRef} className={cn("relative inline-block", className)}>
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        className={buttonClass("secondary", "sm")}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            openAt(0);
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            openAt(items.length - 1);
          }
        }}
      >
        {icon}
        {label}
        <ChevronDown className="size-4" aria-hidden="true" />
      </button>
      {open ? (
        <ul
          id={menuId}
          role="menu"
          aria-label={label}
          className="absolute left-0 z-20 mt-1 w-max max-w-[min(20rem,calc(100vw-2rem))] rounded-lg border border-stone-200 bg-white p-1 shadow-lg dark:border-stone-700 dark:bg-stone-900"
          onKeyDown={(e) => {
            const last = items.length - 1;
            if (e.key === "ArrowDown") setActive((i) => (i >= last ? 0 : i + 1));
            else if (e.key === "ArrowUp") setActive((i) => (i <= 0 ? last : i - 1));
            else if (e.key === "Home") setActive(0);
            else if (e.key === "End") setActive(last);
            else if (e.key === "Escape") close(true);
            else if (e.key === "Tab") setOpen(false);
            else return;
            if (e.key !== "Tab") e.preventDefault();
          }}
        >
          {items.map((item, i) => (
            <li
              key={item.key}
              ref={(el) => {
                itemRefs.current[i] = el;
              }}
              role="menuitem"
              tabIndex={i === active ? 0 : -1}
              className="cursor-pointer rounded-md px-3 py-2 text-sm outline-none hover:bg-stone-100 focus:bg-brand-100 dark:hover:bg-stone-800 dark:focus:bg-brand-900"
              onClick={() => pick(item.key)}
              onKeyDown={(e) => {
                if (e.key === "Enter" || e.key === " ") {
                  e.preventDefault();
                  pick(item.key);
                }
              }}
            >
              <span className="block font-medium text-stone-900 dark:text-stone-100">{item.label}</span>
              {item.description ? <span className="block text-xs text-stone-600 dark:text-stone-400">{item.description}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
