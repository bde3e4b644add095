import "@/lib/zod-browser";
import { z } from "zod";

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .min(1, "Enter your email address.")
  .max(254, "Email must be at most 254 characters.")
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }))
  .transform((e) => e.toLowerCase());

export const PASSWORD_MIN = 10;

export const signUpSchema = z.object({
  name: z
    .string({ error: "Enter your name." })
    .trim()
    .min(1, "Enter your name.")
    .max(80, "Name must be at most 80 characters."),
  email: emailSchema,
  password: z
    .string({ error: "Choose a password." })
    .min(PASSWORD_MIN, `Password must be at least ${PASSWORD_MIN} characters.`)
    .max(200, "Password must be at most 200 characters."),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(200, "Password must be at most 200 characters."),
});

/** Where to go after signing in or up; checked again by safeCallbackUrl. */
const callbackUrlField = z.string().max(2000).optional();

/** The forms post the page's destination with the fields. */
export const signUpFormSchema = signUpSchema.extend({ callbackUrl: callbackUrlField });
export const signInFormSchema = signInSchema.extend({ callbackUrl: callbackUrlField });
