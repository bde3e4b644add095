import "@/lib/zod-browser";
import { z } from "zod";
import { vm } from "./messages";

export const emailSchema = z
  .string({ error: vm("auth.emailRequired") })
  .trim()
  .min(1, vm("auth.emailRequired"))
  .max(254, vm("auth.emailMax", { max: 254 }))
  .pipe(z.email({ error: vm("auth.emailInvalid") }))
  .transform((e) => e.toLowerCase());

export const PASSWORD_MIN = 10;

export const signUpSchema = z.object({
  name: z
    .string({ error: vm("shared.nameRequired") })
    .trim()
    .min(1, vm("shared.nameRequired"))
    .max(80, vm("shared.nameMax", { max: 80 })),
  email: emailSchema,
  password: z
    .string({ error: vm("auth.passwordChoose") })
    .min(PASSWORD_MIN, vm("shared.passwordMin", { min: PASSWORD_MIN }))
    .max(200, vm("shared.passwordMax", { max: 200 })),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: vm("auth.passwordRequired") }).min(1, vm("auth.passwordRequired")).max(200, vm("shared.passwordMax", { max: 200 })),
});

/** Where to go after signing in or up; checked again by safeCallbackUrl. */
const callbackUrlField = z.string().max(2000).optional();

/** The forms post the page's destination with the fields. */
export const signUpFormSchema = signUpSchema.extend({ callbackUrl: callbackUrlField });
export const signInFormSchema = signInSchema.extend({ callbackUrl: callbackUrlField });
