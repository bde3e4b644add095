import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { cn } from "./cn";

export const controlClass =
  "block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm text-stone-900 shadow-xs placeholder:text-stone-500 " +
  "focus:border-brand-500 focus:outline-2 focus:outline-offset-0 focus:outline-brand-500/40 " +
  "aria-[invalid=true]:border-rose-600 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100 dark:placeholder:text-stone-400";

/** A labelled control with its hint and its errors, tied by aria-describedby. */
export function Field({
  id,
  label,
  hint,
  errors,
  children,
  className,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={cn("space-y-1.5", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800 dark:text-stone-200">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-stone-600 dark:text-stone-400">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <div id={id} aria-live="polite" aria-atomic="true">
      {errors?.map((e) => (
        <p key={e} className="text-sm text-rose-700 dark:text-rose-400">
          {e}
        </p>
      ))}
    </div>
  );
}

export function describedBy(id: string, opts: { hint?: boolean; errors?: string[] }) {
  return [opts.hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ");
}

export function Input({ className, ...props }: InputHTMLAttributes<HTMLInputElement>) {
  return <input className={cn(controlClass, "h-10", className)} {...props} />;
}

export function Textarea({ className, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <textarea className={cn(controlClass, className)} {...props} />;
}

export function Select({ className, ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select className={cn(controlClass, "h-10", className)} {...props} />;
}

export function FormMessage({ message, tone = "error" }: { message?: string; tone?: "error" | "success" }) {
  return (
    <div aria-live="polite" role={tone === "error" ? "alert" : "status"}>
      {message ? (
        <p
          className={cn(
            "rounded-lg border px-3 py-2 text-sm",
            tone === "error"
              ? "border-rose-300 bg-rose-50 text-rose-800 dark:border-rose-800 dark:bg-rose-950/50 dark:text-rose-200"
              : "border-brand-300 bg-brand-50 text-brand-800 dark:border-brand-800 dark:bg-brand-950/50 dark:text-brand-200",
          )}
        >
          {message}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled text input wired to its hint and errors. */
export function TextField({
  id,
  label,
  hint,
  errors,
  className,
  ...props
}: Omit<InputHTMLAttributes<HTMLInputElement>, "id"> & { id: string; label: ReactNode; hint?: ReactNode; errors?: string[] }) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors} className={className}>
      <Input id={id} name={id} aria-invalid={!!errors?.length} aria-describedby={describedBy(id, { hint: !!hint, errors })} {...props} />
    </Field>
  );
}
