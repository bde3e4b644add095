"use client";

import type { Platform } from "@/lib/domain";
import { ProfileForm, type ProfileFormValues } from "./profile-form";

/** The profile form with its live example beside it. */
export function ProfileEditor(props: {
  profileId?: string;
  initial: ProfileFormValues;
  otherDefaults: Partial<Record<Platform, string>>;
  accountSignature: string | null;
}) {
  return <ProfileForm {...props} />;
}
