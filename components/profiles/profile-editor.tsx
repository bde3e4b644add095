"use client";

import type { Language, Platform, ReasonKey } from "@/lib/domain";
import type { TemplateWordings } from "@/lib/triage-service/language";
import { LiveExample } from "./live-example";
import { ProfileForm, type ProfileFormValues } from "./profile-form";

/** The profile form with its live example beside it. */
export function ProfileEditor({
  reasons,
  userLanguage,
  ...props
}: {
  profileId?: string;
  initial: ProfileFormValues;
  otherDefaults: Partial<Record<Platform, string>>;
  accountSignature: string | null;
  reasons: Partial<Record<ReasonKey, TemplateWordings>>;
  /** The user's own language: drafts fall back to it (as real triage does). */
  userLanguage: Language;
}) {
  return (
    <ProfileForm {...props}>
      {(values) => <LiveExample values={values} reasons={reasons} accountSignature={props.accountSignature} userLanguage={userLanguage} />}
    </ProfileForm>
  );
}
