// The Triage workbench's own state: what the user is typing and choosing, and which
// action results they have put away ("Start over", a new analysis). The results themselves
// live in the actions' useActionState, so a page rendered after a POST without JavaScript
// shows them too.
import type { Platform } from "@/lib/domain";
import type { AnalyzeInput } from "@/lib/validations/triage";

export type WorkbenchState = {
  text: string;
  platform: Platform | "auto";
  profileChoice: string;
  known: boolean;
  /** Action results no longer shown (compared by identity). */
  dismissed: readonly object[];
};

export type WorkbenchEvent =
  | { type: "text"; text: string }
  | { type: "platform"; platform: Platform | "auto" }
  | { type: "profile"; profileChoice: string }
  | { type: "known"; known: boolean }
  | { type: "dismiss"; results: object[] }
  | { type: "reset"; results: object[] };

export function workbenchReducer(state: WorkbenchState, event: WorkbenchEvent): WorkbenchState {
  switch (event.type) {
    case "text":
      return { ...state, text: event.text };
    case "platform":
      return { ...state, platform: event.platform };
    case "profile":
      return { ...state, profileChoice: event.profileChoice };
    case "known":
      return { ...state, known: event.known };
    case "dismiss":
      return { ...state, dismissed: [...state.dismissed, ...event.results] };
    case "reset":
      return { ...state, text: "", known: false, dismissed: [...state.dismissed, ...event.results] };
  }
}

/** The first state: a request handed over in the URL, or what a form POST without JavaScript analysed. */
export function initialWorkbench(opts: { text: string; platform?: Platform; posted?: Partial<AnalyzeInput> | null }): WorkbenchState {
  const p = opts.posted;
  return {
    text: p?.text ?? opts.text,
    platform: p?.platform ?? opts.platform ?? "auto",
    profileChoice: p?.profileId ?? "auto",
    known: p?.knownInRealLife === true,
    dismissed: [],
  };
}

/** The request as the form sends it (and as it was analysed). */
export function requestInput(s: WorkbenchState, extra: Partial<AnalyzeInput> = {}): AnalyzeInput {
  return {
    text: s.text,
    platform: s.platform === "auto" ? null : s.platform,
    profileId: s.profileChoice === "auto" ? null : s.profileChoice,
    knownInRealLife: s.known ? true : null,
    ...extra,
  };
}

/** An analysed request as form fields (hidden inputs of the save forms, or a re-analysis). */
export function inputFields(input: AnalyzeInput): [string, string][] {
  const out: [string, string][] = [["text", input.text]];
  if (input.platform) out.push(["platform", input.platform]);
  if (input.profileId) out.push(["profileId", input.profileId]);
  if (input.knownInRealLife) out.push(["knownInRealLife", "on"]);
  if (input.overrides) out.push(["overrides", JSON.stringify(input.overrides)]);
  if (input.tone) out.push(["tone", input.tone]);
  if (input.variant != null) out.push(["variant", String(input.variant)]);
  return out;
}

export function toFormData(input: AnalyzeInput): FormData {
  const fd = new FormData();
  for (const [k, v] of inputFields(input)) fd.append(k, v);
  return fd;
}
