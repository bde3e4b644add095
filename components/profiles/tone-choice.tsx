import { FieldError } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import { TONES, type Tone } from "@/lib/domain";
import { TONE_NAMES } from "./describe";

const TONE_DESCRIPTIONS: Record<Tone, string> = {
  warm: "Friendly and personal, with a way to stay in touch when it fits.",
  formal: "Courteous and reserved, for professional contacts.",
  brief: "Two or three short sentences, still kind.",
};

/** The tone of the profile's declines: three labelled radio cards posted as `tone`. */
export function ToneChoice({ value, onChange, errors }: { value: Tone; onChange: (tone: Tone) => void; errors?: string[] }) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-stone-800 dark:text-stone-200">Tone</legend>
      <div className="mt-2 grid gap-2 sm:grid-cols-3">
        {TONES.map((t) => (
          <label
            key={t}
            htmlFor={`tone-${t}`}
            className={cn(
              "flex cursor-pointer gap-2 rounded-lg border p-3 text-sm",
              value === t
                ? "border-brand-600 bg-brand-50 dark:border-brand-400 dark:bg-brand-950"
                : "border-stone-300 hover:bg-stone-50 dark:border-stone-700 dark:hover:bg-stone-800",
            )}
          >
            <input
              type="radio"
              id={`tone-${t}`}
              name="tone"
              value={t}
              checked={value === t}
              onChange={() => onChange(t)}
              className="mt-0.5 accent-brand-600 dark:accent-brand-400"
            />
            <span>
              <span className="block font-medium">{TONE_NAMES[t]}</span>
              <span className="block text-xs text-stone-600 dark:text-stone-400">{TONE_DESCRIPTIONS[t]}</span>
            </span>
          </label>
        ))}
      </div>
      <FieldError id="tone-error" errors={errors} />
    </fieldset>
  );
}
