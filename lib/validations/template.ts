import "@/lib/zod-browser";
import { z } from "zod";
import { LANGUAGES, REASON_KEYS, type Language } from "@/lib/domain";
import { checkboxValue } from "./form-data";
import { vm } from "./messages";

export const TEMPLATE_VARIABLE_NAMES = ["firstName", "name", "company", "platform"] as const;
export const TEMPLATE_TITLE_MAX = 80;
export const TEMPLATE_BODY_MAX = 600;

/** A reason's wording: at most TEMPLATE_BODY_MAX characters, and only the known variables. */
const wording = (required: "template.bodyRequired" | "template.wordingRequired") =>
  z
    .string({ error: vm(required) })
    .trim()
    .min(1, vm(required))
    .max(TEMPLATE_BODY_MAX, vm("template.bodyMax", { max: TEMPLATE_BODY_MAX }))
    .refine(
      (body) => [...body.matchAll(/\{(\w*)\}/g)].every((m) => (TEMPLATE_VARIABLE_NAMES as readonly string[]).includes(m[1] ?? "")),
      { message: vm("template.variables", { variables: TEMPLATE_VARIABLE_NAMES.map((v) => `{${v}}`).join(", ") }) },
    );

export const templateSchema = z.object({
  reasonKey: z.enum(REASON_KEYS, { error: vm("template.reasonChoice") }),
  title: z
    .string({ error: vm("template.titleRequired") })
    .trim()
    .min(1, vm("template.titleRequired"))
    .max(TEMPLATE_TITLE_MAX, vm("template.titleMax", { max: TEMPLATE_TITLE_MAX })),
  body: wording("template.bodyRequired"),
  /** The language `body` is written in; null (the form's "") means the user's usual language. */
  language: z.preprocess((v) => (v === "" ? null : v), z.enum(LANGUAGES, { error: vm("template.languageChoice") }).nullable()).optional(),
  /** The same reason in other languages; a draft in one of them uses its wording. */
  wordings: z
    .partialRecord(z.enum(LANGUAGES, { error: vm("template.wordingLanguages") }), wording("template.wordingRequired"))
    .optional(),
  isDefault: z.boolean().default(false),
});
export type TemplateInput = z.infer<typeof templateSchema>;

/** Which template an action is about (update, make default, delete). */
export const templateIdSchema = z.object({ id: z.string({ error: vm("template.idRequired") }).min(1, vm("template.idRequired")).max(100) });
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
