import "@/lib/zod-browser";
import { z } from "zod";
import { REASON_KEYS } from "@/lib/domain";
import { checkboxValue } from "./form-data";

export const TEMPLATE_VARIABLE_NAMES = ["firstName", "name", "company", "platform"] as const;
export const TEMPLATE_TITLE_MAX = 80;
export const TEMPLATE_BODY_MAX = 600;

export const templateSchema = z.object({
  reasonKey: z.enum(REASON_KEYS, { error: "Choose which reason this template explains." }),
  title: z
    .string({ error: "Give the template a title." })
    .trim()
    .min(1, "Give the template a title.")
    .max(TEMPLATE_TITLE_MAX, `Title must be at most ${TEMPLATE_TITLE_MAX} characters.`),
  body: z
    .string({ error: "Write the reason." })
    .trim()
    .min(1, "Write the reason.")
    .max(TEMPLATE_BODY_MAX, `Keep the reason to ${TEMPLATE_BODY_MAX} characters or fewer.`)
    .refine(
      (body) => [...body.matchAll(/\{(\w*)\}/g)].every((m) => (TEMPLATE_VARIABLE_NAMES as readonly string[]).includes(m[1] ?? "")),
      { message: `Only these variables can be used: ${TEMPLATE_VARIABLE_NAMES.map((v) => `{${v}}`).join(", ")}.` },
    ),
  isDefault: z.boolean().default(false),
});
export type TemplateInput = z.infer<typeof templateSchema>;

/** Which template an action is about (update, make default, delete). */
export const templateIdSchema = z.object({ id: z.string({ error: "Which template?" }).min(1, "Which template?").max(100) });
export const templateUpdateSchema = templateSchema.extend(templateIdSchema.shape);

/** The template editor as it posts: the default box is "on" when ticked, absent when not. */
function fromTemplateForm(raw: unknown) {
  if (typeof raw !== "object" || raw === null) return raw;
  const r = raw as Record<string, unknown>;
  return { ...r, isDefault: checkboxValue(r.isDefault) ?? false };
}

export const templateFormSchema = z.preprocess(fromTemplateForm, templateSchema);
export const templateUpdateFormSchema = z.preprocess(fromTemplateForm, templateUpdateSchema);
