// The Settings form of the calendar feed: one form, two buttons (make a new address, or
// turn the feed off), told apart by the submit button's `intent`.
import { z } from "zod";
import { vm } from "@/lib/validations/messages";

export const calendarFeedFormSchema = z.object({
  intent: z.enum(["create", "revoke"], { error: vm("settings.calendarIntent") }),
});

export type CalendarFeedState = {
  ok?: boolean;
  message?: string;
  errors?: Record<string, string[]>;
  /** The new feed's address: in this one answer, never again. */
  feedUrl?: string;
};
