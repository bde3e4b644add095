import "@/lib/zod-browser";
import { z } from "zod";
import { LANGUAGES } from "@/lib/domain";
import { PASSWORD_MIN } from "./auth";

/** Display name and the signature that closes decline drafts. */
export const accountSettingsSchema = z.object({
  name: z.string({ error: "Enter your name." }).trim().min(1, "Enter your name.").max(80, "Name must be at most 80 characters."),
  defaultSignature: z
    .string()
    .trim()
    .max(200, "Signature must be at most 200 characters.")
    .optional()
    .transform((v) => v || null),
});
export type AccountSettings = z.output<typeof accountSettingsSchema>;

/** The interface language: one of the app's languages, or "" (null) to follow the browser. */
export const languageSettingsSchema = z.object({
  locale: z.preprocess((v) => (v === "" ? null : v), z.enum(LANGUAGES, { error: "Choose one of the languages in the list." }).nullable()),
});

const newPassword = z
  .string({ error: "Choose a new password." })
  .min(PASSWORD_MIN, `Password must be at least ${PASSWORD_MIN} characters.`)
  .max(200, "Password must be at most 200 characters.");

/**
 * Changing the password. The current one is required for accounts that have one (the
 * action checks it); an account made with GitHub, Google or LinkedIn may set a first one.
 */
export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().max(200, "Password must be at most 200 characters.").optional(),
    newPassword,
    confirmPassword: z.string({ error: "Type the new password again." }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "The two new passwords differ." });

export const CURRENT_PASSWORD_REQUIRED = "Enter your current password.";
export const CURRENT_PASSWORD_WRONG = "That is not your current password.";

/** Deleting the account: the person types their email address to confirm. */
export function deleteAccountSchema(email: string) {
  return z.object({
    confirmation: z
      .string({ error: "Type your email address to confirm." })
      .trim()
      // An empty box gets one message, not also "not your email".
      .min(1, { error: "Type your email address to confirm.", abort: true })
      .refine((v) => v.toLowerCase() === email.toLowerCase(), "That is not your email address."),
  });
}
/** What the action parses before it knows whose email to compare with. */
export const deleteAccountInputSchema = z.object({ confirmation: z.string({ error: "Type your email address to confirm." }).max(254) });
