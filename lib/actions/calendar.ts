"use server";
// The calendar feed's Settings form. The user comes from the session, the input is
// checked with zod, and the data layer (lib/data/calendar-feeds.ts) does the work.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { formDataToObject, SIGNED_OUT_MESSAGE } from "@/lib/actions/safe-action";
import { currentUser } from "@/lib/auth/session";
import { calendarFeedFormSchema, type CalendarFeedState } from "@/lib/calendar/feed-form";
import { publicOrigin } from "@/lib/calendar/origin";
import { feedPath } from "@/lib/calendar/secret";
import { createCalendarFeed, revokeCalendarFeed } from "@/lib/data/calendar-feeds";
import { translator } from "@/lib/i18n/server";
import { fieldErrors } from "@/lib/validations/errors";

export async function calendarFeedAction(_prev: CalendarFeedState, formData: FormData): Promise<CalendarFeedState> {
  const user = await currentUser();
  if (!user) return { ok: false, message: SIGNED_OUT_MESSAGE };
  const parsed = calendarFeedFormSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error), message: parsed.error.issues[0]?.message };
  const t = await translator("settings");
  if (parsed.data.intent === "revoke") {
    const revoked = await revokeCalendarFeed(user.id);
    revalidatePath("/settings");
    return { ok: true, message: revoked ? t("actions.calendarTurnedOff") : t("actions.calendarNothingToTurnOff") };
  }
  const { secret } = await createCalendarFeed(user.id);
  revalidatePath("/settings");
  return {
    ok: true,
    message: t("actions.calendarReady"),
    feedUrl: `${publicOrigin(await headers())}${feedPath(secret)}`,
  };
}
