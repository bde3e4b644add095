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
import { translator } from "@/lib/i18n/server";
import { profileFormSchema, profileIdSchema, profileUpdateFormSchema } from "@/lib/validations/profile";

type Saved = ActionResult<{ id: string; name: string }>;
type SavedForm = ActionState<{ id: string; name: string }>;

const gone = async () => (await translator("profiles"))("messages.gone");

/** Profiles decide every triage, so the triage page re-reads them too. */
function revalidateProfiles(id?: string) {
  revalidatePath("/profiles");
  if (id) revalidatePath(`/profiles/${id}`);
  revalidatePath("/triage");
}

async function nameTaken(e: unknown): Promise<SavedForm> {
  if (!(e instanceof ProfileNameTakenError)) throw e;
  const t = await translator("profiles");
  return { ok: false, message: t("messages.correctFields"), errors: { name: [t("messages.nameTaken", { name: e.profileName })] } };
}

const savedMessage = async (name: string) => (await translator("profiles"))("messages.saved", { name });

/** The profile editor's form (create). */
export const createProfileAction = validatedActionWithUser(profileFormSchema, async (data, user): Promise<SavedForm> => {
  try {
    const profile = await createProfile(user.id, data);
    revalidateProfiles(profile.id);
    return { ok: true, data: { id: profile.id, name: profile.name }, message: await savedMessage(profile.name) };
  } catch (e) {
    return nameTaken(e);
  }
});

/** The profile editor's form (edit). */
export const updateProfileAction = validatedActionWithUser(profileUpdateFormSchema, async ({ id, ...data }, user): Promise<SavedForm> => {
  try {
    const profile = await updateProfile(user.id, id, data);
    if (!profile) return { ok: false, message: await gone() };
    revalidateProfiles(id);
    return { ok: true, data: { id: profile.id, name: profile.name }, message: await savedMessage(profile.name) };
  } catch (e) {
    return nameTaken(e);
  }
});

export const duplicateProfileAction = actionWithUser(profileIdSchema, async ({ id }, user): Promise<Saved> => {
  const t = await translator("profiles");
  const copy = await duplicateProfile(user.id, id, (n) => t("messages.copySuffix", { n }));
  if (!copy) return { ok: false, message: await gone() };
  revalidateProfiles();
  return { ok: true, data: { id: copy.id, name: copy.name } };
});

export const deleteProfileAction = actionWithUser(profileIdSchema, async ({ id }, user): Promise<ActionResult<{ id: string }>> => {
  try {
    if (!(await deleteProfile(user.id, id))) return { ok: false, message: await gone() };
  } catch (e) {
    if (e instanceof LastProfileError) return { ok: false, message: (await translator("profiles"))("messages.lastProfile") };
    throw e;
  }
  revalidateProfiles(id);
  return { ok: true, data: { id } };
});
