import "@/lib/zod-browser";
import { z } from "zod";
import { DECISION_STATUSES, PLATFORMS, REASON_KEYS, VERDICTS } from "@/lib/domain";
import { issueMessage, type FieldErrors, type ValidationTranslator } from "./errors";
import { vm } from "./messages";
import { wellFormedText } from "./text";

const isoDate = z.iso.date({ error: vm("shared.dateFormat") });

/** History filters, shared by the History page, its export and the API. */
export const decisionFilterSchema = z.object({
  q: z.string().trim().max(200, vm("history.searchMax", { max: 200 })).optional(),
  platform: z.enum(PLATFORMS, { error: vm("shared.unknownPlatform") }).optional(),
  verdict: z.enum(VERDICTS, { error: vm("history.unknownVerdict") }).optional(),
  status: z.enum(DECISION_STATUSES, { error: vm("history.unknownStatus") }).optional(),
  reason: z.enum(REASON_KEYS, { error: vm("history.unknownReason") }).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type DecisionFilter = z.infer<typeof decisionFilterSchema>;

export const DATE_RANGE_BACKWARDS = vm("history.dateRangeBackwards");
/** The one date-range rule (History's filters, its URL, the API's list): `to` may not come before `from`. */
export function refineDateRange(range: { from?: string; to?: string }, ctx: z.RefinementCtx): void {
  if (range.from && range.to && range.to < range.from) ctx.addIssue({ code: "custom", path: ["to"], message: DATE_RANGE_BACKWARDS });
}
/** The filter form's check: every field, then the range. */
export const decisionFilterFormSchema = decisionFilterSchema.superRefine(refineDateRange);
export const FILTER_KEYS = Object.keys(decisionFilterSchema.shape) as (keyof DecisionFilter)[];

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

/**
 * Filters from a URL query, field by field: a bad value is reported on its own field and
 * left out, the others still apply (a hand-edited link never breaks the page). With `t`, the
 * messages are in t's language (./errors.ts); without it, in English.
 */
export function parseDecisionFilter(params: Params, t?: ValidationTranslator): { filter: DecisionFilter; errors: FieldErrors } {
  const get = (k: string) => {
    const v = params instanceof URLSearchParams ? params.get(k) : params[k];
    const first = Array.isArray(v) ? v[0] : v;
    // A hand-edited link can carry %00, which PostgreSQL refuses in a search.
    return (typeof first === "string" ? wellFormedText(first) : undefined)?.trim() || undefined;
  };
  const filter: Record<string, unknown> = {};
  const errors: FieldErrors = {};
  for (const key of FILTER_KEYS) {
    const raw = get(key);
    if (raw === undefined) continue;
    const parsed = decisionFilterSchema.shape[key].safeParse(raw);
    if (parsed.success) filter[key] = parsed.data;
    else errors[key] = parsed.error.issues.map((i) => issueMessage(i, t));
  }
  const f = filter as DecisionFilter;
  const range = decisionFilterFormSchema.safeParse({ from: f.from, to: f.to });
  if (!range.success) {
    errors.to = range.error.issues.map((i) => issueMessage(i, t));
    delete f.to;
  }
  return { filter: f, errors };
}

/** The query string of a filter (empty fields left out), for links that keep it. */
export function filterQuery(filter: DecisionFilter, extra: Record<string, string | null | undefined> = {}): string {
  const qs = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filter[key]) qs.set(key, filter[key]!);
  for (const [k, v] of Object.entries(extra)) if (v) qs.set(k, v);
  const s = qs.toString();
  return s ? `?${s}` : "";
}

/** The statuses a person moves a decision to by hand ("drafted" is where triage leaves it). */
export const CHANGEABLE_STATUSES = ["sent", "held", "accepted", "ignored"] as const;

const DAY = 86_400_000;
/** A revisit date as the form sends it ("2026-02-01"), stored as that day's start in UTC. */
export function revisitDate(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** The status form of History's detail and Revisit views. */
export const decisionStatusFormSchema = z
  .object({
    id: z.string({ error: vm("history.idRequired") }).trim().min(1, vm("history.idRequired")).max(64),
    status: z.enum(CHANGEABLE_STATUSES, { error: vm("history.statusChoice") }),
    revisitAt: z.string().trim().optional(),
    sentText: z.string().max(5000, vm("history.sentTextMax", { max: 5000 })).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.status !== "held") return;
    if (!v.revisitAt) {
      ctx.addIssue({ code: "custom", path: ["revisitAt"], message: vm("history.revisitRequired") });
      return;
    }
    if (!isoDate.safeParse(v.revisitAt).success) {
      ctx.addIssue({ code: "custom", path: ["revisitAt"], message: vm("shared.dateFormat") });
      return;
    }
    // A day of slack either way covers every time zone's idea of "today".
    const t = revisitDate(v.revisitAt).getTime();
    if (t < Date.now() - 2 * DAY) ctx.addIssue({ code: "custom", path: ["revisitAt"], message: vm("history.revisitPast") });
    else if (t > Date.now() + 5 * 365 * DAY) ctx.addIssue({ code: "custom", path: ["revisitAt"], message: vm("history.revisitTooFar") });
  })
  .transform((v) => ({
    id: v.id,
    status: v.status,
    revisitAt: v.status === "held" && v.revisitAt ? revisitDate(v.revisitAt) : null,
    // Only a sent decision keeps what was sent; an empty box means "nothing recorded".
    sentText: v.status === "sent" ? v.sentText?.trim() || null : undefined,
  }));
export type DecisionStatusForm = z.input<typeof decisionStatusFormSchema>;

export const decisionIdSchema = z.object({ id: z.string({ error: vm("history.idRequired") }).trim().min(1, vm("history.idRequired")).max(64) });
export const undoTokenSchema = z.object({ token: z.string().min(1).max(200_000) });
