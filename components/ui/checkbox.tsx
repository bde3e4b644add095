import type { InputHTMLAttributes, ReactNode } from "react";
import { cn } from "./cn";

/** A checkbox with its label and an optional description, all clickable. */
export function CheckboxField({
  id,
  label,
  description,
  className,
  ...props
}: Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "id"> & { id: string; label: ReactNode; description?: ReactNode }) {
  return (
    <div className={cn("flex items-start gap-3", className)}>
      <input
        id={id}
        type="checkbox"
        aria-describedby={description ? `${id}-description` : undefined}
        className="mt-0.5 size-4 shrink-0 rounded border-stone-400 accent-brand-600 dark:accent-brand-400"
        {...props}
      />
      <div className="text-sm">
        <label htmlFor={id} className="font-medium text-stone-800 dark:text-stone-200">
          {label}
        </label>
        {description ? (
          <p id={`${id}-description`} className="text-stone-600 dark:text-stone-400">
            {description}
          </p>
        ) : null}
      </div>
    </div>
  );
}
