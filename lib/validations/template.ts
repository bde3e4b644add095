import "@/lib/zod-browser";
import { z } from "zod";
import { LANGUAGES, REASON_KEYS, type Language } from "@/lib/domain";
import { checkboxValue } from "./form-data";

export const TEMPLATE_VARIABLE_NAMES = ["firstName", "name", "company", "platform"] as const;
export const TEMPLATE_TITLE_MAX = 80;
export const TEMPLATE_BODY_MAX = 600;

/** A reason's wording: at most TEMPLATE_BODY_MAX characters, and only the known variables. */
const wording = (required: string) =>
  z
    .string({ error: required })
    .trim()
    .min(1, required)
    .max(TEMPLATE_BODY_MAX, `Keep the reason to ${TEMPLATE_BODY_MAX} characters or fewer.`)
    .refine(
      (body) => [...body.matchAll(/\{(\w*)\}/g)].every((m) => (TEMPLATE_VARIABLE_NAMES as readonly string[]).includes(m[1] ?? "")),
      { message: `Only these variables can be used: ${TEMPLATE_VARIABLE_NAMES.map((v) => `{${v}}`).join(", ")}.` },
    );

export const templateSchema = z.object({
  reasonKey: z.enum(REASON_KEYS, { error: "Choose which reason this template explains." }),
  title: z
    .string({ error: "Give the template a title." })
    .trim()
    .min(1, "Give the template a title.")
    .max(TEMPLATE_TITLE_MAX, `Title must be at most ${TEMPLATE_TITLE_MAX} characters.`),
  body: wording("Write the reason."),
  /** The language `body` is written in; null (the form's "") means the user's usual language. */
  language: z.preprocess((v) => (v === "" ? null : v), z.enum(LANGUAGES, { error: "Choose the language of the reason." }).nullable()).optional(),
  /** The same reason in other languages; a draft in one of them uses its wording. */
  wordings: z
    .partialRecord(z.enum(LANGUAGES, { error: "Wordings must be in en, es, de, fr or pt." }), wording("Write the reason in this language, or leave it out."))
    .optional(),
  isDefault: z.boolean().default(false),
});
export type TemplateInput = z.infer<typeof templateSchema>;

/** Which template an action is about (update, make default, delete). */
export const templateIdSchema = z.object({ id: z.string({ error: "Which template?" }).min(1, "Which template?").max(100) });
export const templateUpdateSchema = templateSchema.extend(templateIdSchema.shape);

/**
 * The template editor as it posts: the default box is "on" when ticked, absent when not;
 * other languages' wordings come as `wording.es`, `wording.de`…, a blank one left out.
 */
function fromTemplateForm(raw: unknown) {
  if (typeof raw !== "object" || raw === null) return raw;
  const r = raw as Record<string, unknown>;
  const wordings: Partial<Record<Language, unknown>> = {};
  for (const lang of LANGUAGES) {
    const v = r[`wording.${lang}`];
    if (v !== undefined && !(typeof v === "string" && v.trim() === "")) wordings[lang] = v;
  }
  const rest = Object.fromEntries(Object.entries(r).filter(([k]) => !k.startsWith("wording.")));
  return { ...rest, wordings: r.wordings ?? wordings, isDefault: checkboxValue(r.isDefault) ?? false };
}

export const templateFormSchema = z.preprocess(fromTemplateForm, templateSchema);
export const templateUpdateFormSchema = z.preprocess(fromTemplateForm, templateUpdateSchema);
