"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Card } from "@/components/ui/card";
import { CheckboxField } from "@/components/ui/checkbox";
import { EditorFormActions, EditorFormMessage, useEditorForm } from "@/components/ui/editor-form";
import { describedBy, Field, FieldError, Input, Select, TextField } from "@/components/ui/field";
import { TagInput } from "@/components/ui/tag-input";
import { createProfileAction, updateProfileAction } from "@/lib/actions/profiles";
import { LANGUAGES, PLATFORMS, type Language, type Platform } from "@/lib/domain";
import { LIST_ITEM_MAX, profileFormSchema, profileUpdateFormSchema } from "@/lib/validations/profile";
import { fromPosted, type ProfileFormValues } from "./profile-values";
import { ToneChoice } from "./tone-choice";

export { EMPTY_PROFILE, type ProfileFormValues } from "./profile-values";

export function ProfileForm({
  profileId,
  initial,
  otherDefaults,
  accountSignature,
  children,
}: {
  /** Absent for a new profile. */
  profileId?: string;
  initial: ProfileFormValues;
  /** The name of the other profile that is now the default for each platform. */
  otherDefaults: Partial<Record<Platform, string>>;
  accountSignature: string | null;
  /** Rendered beside the form with its current values (the live example). */
  children?: (values: ProfileFormValues) => React.ReactNode;
}) {
  const router = useRouter();
  const t = useTranslations("profiles.form");
  const tc = useTranslations("common");
  const { values, set, errors, errorsFor, invalidEntries, message, pending, onSubmit, formAction, state, done } = useEditorForm({
    initial,
    schema: profileId ? profileUpdateFormSchema : profileFormSchema,
    action: profileId ? updateProfileAction : createProfileAction,
    fromPosted,
    onSaved: (saved) => {
      toast.success(t("saved", { name: saved.name }));
      router.push("/profiles");
    },
    focusTarget: { defaultFor: "defaultFor-linkedin", tone: "tone-warm" },
  });

  const toggle = (field: "onlyKnownInRealLife" | "requirePersonalNote" | "observeStrangersMetOnline") => ({
    id: field,
    name: field,
    checked: values[field],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => set(field, e.target.checked),
  });
  const tagField = (field: "knownPeople" | "competitors" | "blockedRoles") => ({
    id: field,
    name: field,
    value: values[field],
    onChange: (next: string[]) => set(field, next),
    errors: errorsFor(field),
    invalid: invalidEntries(field),
  });

  const signatureHint = accountSignature ? t("signatureHintAccount", { signature: accountSignature }) : t("signatureHintNone");

  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <form action={formAction} onSubmit={onSubmit} noValidate className="flex min-w-0 flex-col gap-6" aria-label={profileId ? t("editLabel") : t("newLabel")}>
        {children ? (
          <p className="text-sm lg:hidden">
            {t.rich("tryIt", {
              link: (chunks) => (
                <a href="#live-example" className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300">
                  {chunks}
                </a>
              ),
            })}
          </p>
        ) : null}
        {/* Takes no room until there is a message, so the form lines up with the example beside it. */}
        <EditorFormMessage message={message} saved={
            done && state.data
              ? { message: state.message, links: [{ href: "/profiles", label: t("backToList") }, { href: `/profiles/${state.data.id}`, label: t("editAgain") }] }
              : undefined
          } />
        {profileId ? <input type="hidden" name="id" value={profileId} /> : null}

        <Card className="space-y-5">
          <TextField
            id="name"
            label={t("name")}
            hint={t("nameHint")}
            value={values.name}
            onChange={(e) => set("name", e.target.value)}
            errors={errors.name}
            autoComplete="off"
          />
          <fieldset>
            <legend className="text-sm font-medium text-stone-800 dark:text-stone-200">{t("defaultFor")}</legend>
            <p id="defaultFor-hint" className="mt-1 text-xs text-stone-600 dark:text-stone-400">
              {t("defaultForHint")}
            </p>
            <div className="mt-3 grid gap-2 sm:grid-cols-2">
              {PLATFORMS.map((p) => {
                const holder = otherDefaults[p];
                const checked = values.defaultFor.includes(p);
                return (
                  <CheckboxField
                    key={p}
                    id={`defaultFor-${p}`}
                    name="defaultFor[]"
                    value={p}
                    label={tc(`platform.${p}`)}
                    description={holder ? (checked ? t("takenFrom", { holder }) : t("heldBy", { holder })) : undefined}
                    checked={checked}
                    onChange={(e) =>
                      set("defaultFor", e.target.checked ? PLATFORMS.filter((x) => x === p || values.defaultFor.includes(x)) : values.defaultFor.filter((x) => x !== p))
                    }
                  />
                );
              })}
            </div>
            <FieldError id="defaultFor-error" errors={errorsFor("defaultFor")} />
          </fieldset>
        </Card>

        <Card className="space-y-5">
          <h2 className="text-base font-semibold">{t("whoIConnectWith")}</h2>
          <CheckboxField {...toggle("onlyKnownInRealLife")} label={t("onlyKnown")} description={t("onlyKnownHint")} />
          <TagInput
            {...tagField("knownPeople")}
            label={t("knownPeople")}
            itemName={t("knownPerson")}
            placeholder={t("knownPeoplePlaceholder")}
            hint={t("knownPeopleHint")}
          />
          <CheckboxField {...toggle("requirePersonalNote")} label={t("personalNote")} description={t("personalNoteHint")} />
          <Field
            id="minMutualConnections"
            label={t("minMutual")}
            hint={t("minMutualHint")}
            errors={errors.minMutualConnections}
          >
            <Input
              id="minMutualConnections"
              name="minMutualConnections"
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              className="max-w-32"
              value={values.minMutualConnections}
              onChange={(e) => set("minMutualConnections", e.target.value)}
              aria-invalid={!!errors.minMutualConnections}
              aria-describedby={describedBy("minMutualConnections", { hint: true, errors: errors.minMutualConnections })}
            />
          </Field>
          <CheckboxField {...toggle("observeStrangersMetOnline")} label={t("observeStrangers")} description={t("observeStrangersHint")} />
        </Card>

        <Card className="space-y-5">
          <h2 className="text-base font-semibold">{t("whoIDontConnectWith")}</h2>
          <TagInput
            {...tagField("competitors")}
            label={t("competitors")}
            itemName={t("competitor")}
            placeholder={t("competitorsPlaceholder")}
            hint={t("competitorsHint")}
          />
          <TagInput
            {...tagField("blockedRoles")}
            label={t("blockedRoles")}
            itemName={t("blockedRole")}
            placeholder={t("blockedRolesPlaceholder")}
            hint={t("blockedRolesHint", { max: LIST_ITEM_MAX })}
          />
        </Card>

        <Card className="space-y-5">
          <h2 className="text-base font-semibold">{t("howDeclinesSound")}</h2>
          <ToneChoice value={values.tone} onChange={(tone) => set("tone", tone)} errors={errors.tone} />
          <Field id="language" label={t("language")} hint={t("languageHint")} errors={errors.language}>
            <Select
              id="language"
              name="language"
              value={values.language}
              onChange={(e) => set("language", e.target.value as Language | "")}
              aria-invalid={!!errors.language}
              aria-describedby={describedBy("language", { hint: true, errors: errors.language })}
            >
              <option value="">{t("requestLanguage")}</option>
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {tc(`language.${l}`)}
                </option>
              ))}
            </Select>
          </Field>
          <TextField
            id="signature"
            label={t("signature")}
            hint={signatureHint}
            placeholder={accountSignature ?? t("signaturePlaceholder")}
            value={values.signature}
            onChange={(e) => set("signature", e.target.value)}
            errors={errors.signature}
            autoComplete="off"
          />
        </Card>

        <EditorFormActions pending={pending} submitLabel={profileId ? t("saveChanges") : t("create")} cancelHref="/profiles" />
      </form>
      {children ? (
        <aside id="live-example" className="min-w-0 scroll-mt-32 lg:sticky lg:top-24">
          {children(values)}
        </aside>
      ) : null}
    </div>
  );
}
