"use client";

import type { Platform, ReasonKey } from "@/lib/domain";
import { LiveExample } from "./live-example";
import { ProfileForm, type ProfileFormValues } from "./profile-form";

/** The profile form with its live example beside it. */
export function ProfileEditor({
  reasons,
  ...props
}: {
  profileId?: string;
  initial: ProfileFormValues;
  otherDefaults: Partial<Record<Platform, string>>;
  accountSignature: string | null;
  reasons: Partial<Record<ReasonKey, string>>;
}) {
  return (
    <ProfileForm {...props}>
      {(values) => <LiveExample values={values} reasons={reasons} accountSignature={props.accountSignature} />}
    </ProfileForm>
  );
}
