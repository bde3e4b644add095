/** A template's wording with its variables set apart, so {firstName} reads as a placeholder. */
export function TemplateBody({ body, lang }: { body: string; lang?: string }) {
  return (
    <p lang={lang} className="text-sm break-words text-stone-800 dark:text-stone-200">
      {body.split(/(\{\w+\})/).map((part, i) =>
        /^\{\w+\}$/.test(part) ? (
          <span key={i} className="rounded bg-brand-50 px-1 font-mono text-[0.8125rem] text-brand-800 dark:bg-brand-950 dark:text-brand-200">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </p>
  );
}
