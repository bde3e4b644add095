import "@/lib/zod-browser";
import { z } from "zod";
import { LANGUAGES } from "@/lib/domain";
import { PASSWORD_MIN } from "./auth";
import { vm } from "./messages";

/** Display name and the signature that closes decline drafts. */
export const accountSettingsSchema = z.object({
  name: z.string({ error: vm("shared.nameRequired") }).trim().min(1, vm("shared.nameRequired")).max(80, vm("shared.nameMax", { max: 80 })),
  defaultSignature: z
    .string()
    .trim()
    .max(200, vm("shared.signatureMax", { max: 200 }))
    .optional()
    .transform((v) => v || null),
});
export type AccountSettings = z.output<typeof accountSettingsSchema>;

/** The interface language: one of the app's languages, or "" (null) to follow the browser. */
export const languageSettingsSchema = z.object({
  locale: z.preprocess((v) => (v === "" ? null : v), z.enum(LANGUAGES, { error: vm("settings.localeChoice") }).nullable()),
});

const newPassword = z
  .string({ error: vm("account.newPasswordRequired") })
  .min(PASSWORD_MIN, vm("shared.passwordMin", { min: PASSWORD_MIN }))
  .max(200, vm("shared.passwordMax", { max: 200 }));

/**
 * Changing the password. The current one is required for accounts that have one (the
 * action checks it); an account made with GitHub, Google or LinkedIn may set a first one.
 */
export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().max(200, vm("shared.passwordMax", { max: 200 })).optional(),
    newPassword,
    confirmPassword: z.string({ error: vm("account.confirmPasswordRequired") }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: vm("account.passwordsDiffer") });

/** Deleting the account: the person types their email address to confirm. */
export function deleteAccountSchema(email: string) {
  return z.object({
    confirmation: z
      .string({ error: vm("account.confirmEmailRequired") })
      .trim()
      // An empty box gets one message, not also "not your email".
      .min(1, { error: vm("account.confirmEmailRequired"), abort: true })
      .refine((v) => v.toLowerCase() === email.toLowerCase(), vm("account.confirmEmailWrong")),
  });
}
/** What the action parses before it knows whose email to compare with. */
export const deleteAccountInputSchema = z.object({ confirmation: z.string({ error: vm("account.confirmEmailRequired") }).max(254) });
