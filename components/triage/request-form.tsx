"use client";

import { Keyboard, RotateCcw, Sparkles } from "lucide-react";
import { useTranslations } from "next-intl";
import type { Dispatch, RefObject } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CheckboxField } from "@/components/ui/checkbox";
import { FieldError, FormMessage, Textarea } from "@/components/ui/field";
import type { Platform } from "@/lib/domain";
import type { FieldErrors } from "@/lib/validations/errors";
import { MultiRequestNotice } from "./multi-request-notice";
import { RequestOptions } from "./request-options";
import type { WorkbenchEvent, WorkbenchState } from "./workbench-state";

export type ProfileOption = { id: string; name: string; defaultFor: Platform[] };

/** The pasted request and how to read it; posts to the analyse action (works before JavaScript too). */
export function RequestForm({
  state,
  dispatch,
  profiles,
  detected,
  formRef,
  formAction,
  onSubmit,
  errors,
  message,
  analyzing,
  analysed,
  truncatedNotice,
  onReset,
}: {
  state: WorkbenchState;
  dispatch: Dispatch<WorkbenchEvent>;
  profiles: ProfileOption[];
  /** The platform the last analysis detected. */
  detected?: Platform;
  formRef: RefObject<HTMLFormElement | null>;
  formAction: (formData: FormData) => void;
  onSubmit: (e: React.FormEvent<HTMLFormElement>) => void;
  errors: FieldErrors;
  message?: string;
  analyzing: boolean;
  analysed: boolean;
  truncatedNotice: boolean;
  onReset: () => void;
}) {
  const t = useTranslations("triage.form");
  const common = useTranslations("common");
  const effectivePlatform: Platform = state.platform === "auto" ? (detected ?? "other") : state.platform;
  const platformDefault = profiles.find((p) => p.defaultFor.includes(effectivePlatform)) ?? profiles[0];
  return (
    <Card className="h-fit space-y-4">
      <form ref={formRef} action={formAction} onSubmit={onSubmit} className="space-y-4" noValidate>
        <FormMessage message={Object.keys(errors).length ? undefined : message} />
        {truncatedNotice ? (
          <p role="status" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950/60 dark:text-amber-100">
            {t("truncated")}
          </p>
        ) : null}
        <div className="space-y-1.5">
          <label htmlFor="request-text" className="block text-sm font-medium">
            {t("request")}
          </label>
          <Textarea
            id="request-text"
            name="text"
            value={state.text}
            onChange={(e) => dispatch({ type: "text", text: e.target.value })}
            onKeyDown={(e) => {
              if ((e.ctrlKey || e.metaKey) && e.key === "Enter") {
                e.preventDefault();
                formRef.current?.requestSubmit();
              }
            }}
            rows={10}
            placeholder={t("placeholder")}
            aria-invalid={!!errors.text}
            aria-describedby="request-text-hint request-text-error"
            className="min-h-48 font-mono text-[13px]"
          />
          <p id="request-text-hint" className="flex items-center gap-1.5 text-xs text-stone-600 dark:text-stone-400">
            {/* The shortcut is for keyboards: phones and tablets (a coarse pointer) are not told it. */}
            <Keyboard className="size-3.5 shrink-0 pointer-coarse:hidden" aria-hidden="true" />
            <span>{t.rich("hint", { keys: (chunks) => <span className="pointer-coarse:hidden">{chunks}</span> })}</span>
          </p>
          <FieldError id="request-text-error" errors={errors.text} />
          <MultiRequestNotice text={state.text} />
        </div>

        <RequestOptions
          idPrefix=""
          named
          platform={state.platform}
          onPlatform={(platform) => dispatch({ type: "platform", platform })}
          platformAutoLabel={t("platformAuto")}
          platformHint={state.platform === "auto" && detected ? t("detected", { platform: common(`platform.${detected}`) }) : undefined}
          profileChoice={state.profileChoice}
          onProfile={(profileChoice) => dispatch({ type: "profile", profileChoice })}
          profileAutoLabel={
            platformDefault ? t("profileDefaultFor", { platform: common(`platform.${effectivePlatform}`), profile: platformDefault.name }) : t("profileDefault")
          }
          profiles={profiles}
          errors={errors}
        />

        <CheckboxField
          id="known"
          name="knownInRealLife"
          label={t("known")}
          description={t("knownDescription")}
          checked={state.known}
          onChange={(e) => dispatch({ type: "known", known: e.target.checked })}
        />

        <div className="flex flex-wrap gap-2">
          <Button type="submit" pending={analyzing}>
            <Sparkles className="size-4" aria-hidden="true" />
            {analysed ? t("analyseAgain") : t("analyse")}
          </Button>
          {state.text || analysed ? (
            <Button type="button" variant="ghost" onClick={onReset}>
              <RotateCcw className="size-4" aria-hidden="true" />
              {t("startOver")}
            </Button>
          ) : null}
        </div>
      </form>
    </Card>
  );
}
