import { useTranslations } from "next-intl";
import { FieldError } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import { TONES, type Tone } from "@/lib/domain";

/** The tone of the profile's declines: three labelled radio cards posted as `tone`. */
export function ToneChoice({ value, onChange, errors }: { value: Tone; onChange: (tone: Tone) => void; errors?: string[] }) {
  const t = useTranslations("profiles.tone");
  const tc = useTranslations("common.tone");
  return (
    <fieldset>
      <legend className="text-sm font-medium text-stone-800 dark:text-stone-200">{t("legend")}</legend>
      <div className="mt-2 grid gap-2 sm:grid-cols-3">
        {TONES.map((tone) => (
          <label
            key={tone}
            htmlFor={`tone-${tone}`}
            className={cn(
              "flex cursor-pointer gap-2 rounded-lg border p-3 text-sm",
              value === tone
                ? "border-brand-600 bg-brand-50 dark:border-brand-400 dark:bg-brand-950"
                : "border-stone-300 hover:bg-stone-50 dark:border-stone-700 dark:hover:bg-stone-800",
            )}
          >
            <input
              type="radio"
              id={`tone-${tone}`}
              name="tone"
              value={tone}
              checked={value === tone}
              onChange={() => onChange(tone)}
              className="mt-0.5 accent-brand-600 dark:accent-brand-400"
            />
            <span>
              <span className="block font-medium">{tc(tone)}</span>
              <span className="block text-xs text-stone-600 dark:text-stone-400">{t(tone)}</span>
            </span>
          </label>
        ))}
      </div>
      <FieldError id="tone-error" errors={errors} />
    </fieldset>
  );
}
