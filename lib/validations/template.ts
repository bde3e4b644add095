import { z } from "zod";
import { REASON_KEYS } from "@/lib/domain";

export const TEMPLATE_VARIABLE_NAMES = ["firstName", "name", "company", "platform"] as const;

export const templateSchema = z.object({
  reasonKey: z.enum(REASON_KEYS, { error: "Choose which reason this template explains." }),
  title: z.string({ error: "Give the template a title." }).trim().min(1, "Give the template a title.").max(80, "Title must be at most 80 characters."),
  body: z
    .string({ error: "Write the reason." })
    .trim()
    .min(1, "Write the reason.")
    .max(600, "Keep the reason to 600 characters or fewer.")
    .refine(
      (body) => [...body.matchAll(/\{(\w*)\}/g)].every((m) => (TEMPLATE_VARIABLE_NAMES as readonly string[]).includes(m[1] ?? "")),
      { message: `Only these variables can be used: ${TEMPLATE_VARIABLE_NAMES.map((v) => `{${v}}`).join(", ")}.` },
    ),
  isDefault: z.boolean().default(false),
});
export type TemplateInput = z.infer<typeof templateSchema>;
