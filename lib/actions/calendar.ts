"use server";
// The calendar feed's Settings form. The user comes from the session, the input is
// checked with zod, and the data layer (lib/data/calendar-feeds.ts) does the work.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { formDataToObject, signedOutMessage } from "@/lib/actions/safe-action";
import { translator } from "@/lib/i18n/server";
import { currentUser } from "@/lib/auth/session";
import { calendarFeedFormSchema, type CalendarFeedState } from "@/lib/calendar/feed-form";
import { publicOrigin } from "@/lib/calendar/origin";
import { feedPath } from "@/lib/calendar/secret";
import { createCalendarFeed, revokeCalendarFeed } from "@/lib/data/calendar-feeds";
import { fieldErrors } from "@/lib/validations/errors";

export async function calendarFeedAction(_prev: CalendarFeedState, formData: FormData): Promise<CalendarFeedState> {
  const user = await currentUser();
  if (!user) return { ok: false, message: await signedOutMessage() };
  const parsed = calendarFeedFormSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error, await translator("validation"));
    return { ok: false, errors, message: Object.values(errors)[0]?.[0] };
  }
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
