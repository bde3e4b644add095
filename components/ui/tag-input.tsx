"use client";

import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRef, useState, type ReactNode } from "react";
import { cn } from "./cn";
import { controlClass, describedBy, FieldError } from "./field";

/**
 * A list of short entries edited as tags: type and press Enter or a comma to add (pasting
 * "a, b, c" adds three), Backspace in the empty box removes the last, each tag has its
 * own remove button. What is still in the box is added when focus leaves it, so nothing
 * typed is lost on save. Entries are kept as typed; validation (length, count) is the
 * form schema's job, and `invalid` marks the entries it refused.
 */
export function TagInput({
  id,
  name,
  label,
  itemName,
  value,
  onChange,
  hint,
  errors,
  invalid,
  placeholder,
}: {
  id: string;
  /** Posts each entry, and whatever is still in the box, as `name[]` (the server splits commas). */
  name?: string;
  label: ReactNode;
  /** One entry in words, in the page's language, for button labels: "competitor". */
  itemName: string;
  value: string[];
  onChange: (next: string[]) => void;
  hint?: ReactNode;
  errors?: string[];
  /** Indexes of entries the schema refused, shown in red. */
  invalid?: ReadonlySet<number>;
  placeholder?: string;
}) {
  const t = useTranslations("ui.tagInput");
  const [draft, setDraft] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const [notice, setNotice] = useState("");
  const inputRef = useRef<HTMLInputElement>(null);

  /** Adds each non-blank piece not already there (compared without case); returns what was left out. */
  function add(pieces: string[]) {
    const next = [...value];
    const added: string[] = [];
    const repeated: string[] = [];
    for (const raw of pieces) {
      const item = raw.trim();
      if (!item) continue;
      if (next.some((v) => v.toLowerCase() === item.toLowerCase())) repeated.push(item);
      else {
        next.push(item);
        added.push(item);
      }
    }
    if (added.length) onChange(next);
    const repeat = repeated.length ? t("repeated", { count: repeated.length, items: repeated.join(", ") }) : "";
    setNotice(repeat);
    setAnnouncement([added.length ? t("added", { items: added.join(", ") }) : "", repeat].filter(Boolean).join(" "));
  }

  function remove(index: number) {
    const item = value[index];
    if (item === undefined) return;
    onChange(value.filter((_, i) => i !== index));
    setAnnouncement(t("removed", { item }));
    setNotice("");
  }

  function commitDraft() {
    if (draft.trim()) add([draft]);
    setDraft("");
  }

  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800 dark:text-stone-200">
        {label}
      </label>
      <div
        className={cn(
          controlClass,
          "flex min-h-10 flex-wrap items-center gap-1.5 px-1.5 py-1.5 focus-within:border-brand-500 focus-within:outline-2 focus-within:outline-brand-500/40",
          errors?.length ? "border-rose-600 dark:border-rose-500" : null,
        )}
        // A click on the box's padding focuses the text box, as with a plain input.
        onClick={(e) => {
          if (e.target === e.currentTarget) inputRef.current?.focus();
        }}
      >
        {value.length ? (
          <ul aria-label={typeof label === "string" ? label : itemName} className="flex min-w-0 flex-wrap gap-1.5">
            {value.map((item, i) => {
              const bad = invalid?.has(i);
              return (
                <li
                  key={`${item}-${i}`}
                  className={cn(
                    "inline-flex max-w-full min-w-0 items-center gap-0.5 rounded-md py-0.5 pr-0.5 pl-2 text-sm",
                    bad
                      ? "bg-rose-100 text-rose-900 ring-1 ring-rose-500 dark:bg-rose-950 dark:text-rose-100"
                      : "bg-brand-100 text-brand-900 dark:bg-brand-900 dark:text-brand-50",
                  )}
                >
                  <span className="max-w-[16rem] truncate" title={item}>
                    {item}
                  </span>
                  {bad ? <span className="sr-only"> {t("invalid")}</span> : null}
                  <button
                    type="button"
                    onClick={() => {
                      remove(i);
                      inputRef.current?.focus();
                    }}
                    aria-label={t("remove", { itemName, item })}
                    className="inline-flex size-6 shrink-0 items-center justify-center rounded hover:bg-black/10 dark:hover:bg-white/15"
                  >
                    <X className="size-3.5" aria-hidden="true" />
                  </button>
                </li>
              );
            })}
          </ul>
        ) : null}
        {name ? value.map((item, i) => <input key={`${item}-${i}`} type="hidden" name={`${name}[]`} value={item} />) : null}
        <input
          ref={inputRef}
          id={id}
          name={name ? `${name}[]` : undefined}
          value={draft}
          placeholder={placeholder}
          autoComplete="off"
          enterKeyHint="enter"
          aria-invalid={!!errors?.length}
          aria-describedby={describedBy(id, { hint: !!hint, errors })}
          className="h-7 min-w-[8rem] flex-1 bg-transparent px-1.5 text-sm outline-none placeholder:text-stone-500 dark:placeholder:text-stone-400"
          onChange={(e) => {
            // Commas split entries, typed or pasted (phone keyboards send no key event for them).
            const parts = e.target.value.split(/[,\n]/);
            if (parts.length > 1) {
              add(parts.slice(0, -1));
              setDraft(parts.at(-1) ?? "");
            } else {
              setDraft(e.target.value);
              if (notice) setNotice("");
            }
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              // Enter adds the entry rather than submitting the form.
              e.preventDefault();
              commitDraft();
            } else if (e.key === "Backspace" && draft === "" && value.length > 0) {
              e.preventDefault();
              remove(value.length - 1);
            }
          }}
          onBlur={commitDraft}
        />
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-stone-600 dark:text-stone-400">
          {hint}
        </p>
      ) : null}
      {notice ? <p className="text-xs font-medium text-amber-800 dark:text-amber-300">{notice}</p> : null}
      <FieldError id={`${id}-error`} errors={errors} />
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
