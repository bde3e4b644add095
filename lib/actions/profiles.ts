"use server";

import { revalidatePath } from "next/cache";
import { actionWithUser, validatedActionWithUser, type ActionResult, type ActionState } from "@/lib/actions/safe-action";
import {
  createProfile,
  deleteProfile,
  duplicateProfile,
  LastProfileError,
  ProfileNameTakenError,
  updateProfile,
} from "@/lib/data/profiles";
import { profileFormSchema, profileIdSchema, profileUpdateFormSchema } from "@/lib/validations/profile";

type Saved = ActionResult<{ id: string; name: string }>;
type SavedForm = ActionState<{ id: string; name: string }>;

const GONE = "This profile no longer exists. It may have been deleted in another tab.";

/** Profiles decide every triage, so the triage page re-reads them too. */
function revalidateProfiles(id?: string) {
  revalidatePath("/profiles");
  if (id) revalidatePath(`/profiles/${id}`);
  revalidatePath("/triage");
}

function nameTaken(e: unknown): SavedForm {
  if (!(e instanceof ProfileNameTakenError)) throw e;
  return { ok: false, message: "Please correct the fields marked below.", errors: { name: [e.message] } };
}

const savedMessage = (name: string) => `Profile “${name}” saved`;

/** The profile editor's form (create). */
export const createProfileAction = validatedActionWithUser(profileFormSchema, async (data, user): Promise<SavedForm> => {
  try {
    const profile = await createProfile(user.id, data);
    revalidateProfiles(profile.id);
    return { ok: true, data: { id: profile.id, name: profile.name }, message: savedMessage(profile.name) };
  } catch (e) {
    return nameTaken(e);
  }
});

/** The profile editor's form (edit). */
export const updateProfileAction = validatedActionWithUser(profileUpdateFormSchema, async ({ id, ...data }, user): Promise<SavedForm> => {
  try {
    const profile = await updateProfile(user.id, id, data);
    if (!profile) return { ok: false, message: GONE };
    revalidateProfiles(id);
    return { ok: true, data: { id: profile.id, name: profile.name }, message: savedMessage(profile.name) };
  } catch (e) {
    return nameTaken(e);
  }
});

export const duplicateProfileAction = actionWithUser(profileIdSchema, async ({ id }, user): Promise<Saved> => {
  const copy = await duplicateProfile(user.id, id);
  if (!copy) return { ok: false, message: GONE };
  revalidateProfiles();
  return { ok: true, data: { id: copy.id, name: copy.name } };
});

export const deleteProfileAction = actionWithUser(profileIdSchema, async ({ id }, user): Promise<ActionResult<{ id: string }>> => {
  try {
    if (!(await deleteProfile(user.id, id))) return { ok: false, message: GONE };
  } catch (e) {
    if (e instanceof LastProfileError) return { ok: false, message: e.message };
    throw e;
  }
  revalidateProfiles(id);
  return { ok: true, data: { id } };
});
