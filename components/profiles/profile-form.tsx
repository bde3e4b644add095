"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Card } from "@/components/ui/card";
import { CheckboxField } from "@/components/ui/checkbox";
import { EditorFormActions, EditorFormMessage, useEditorForm } from "@/components/ui/editor-form";
import { describedBy, Field, FieldError, Input, TextField } from "@/components/ui/field";
import { TagInput } from "@/components/ui/tag-input";
import { createProfileAction, updateProfileAction } from "@/lib/actions/profiles";
import { PLATFORM_NAMES, PLATFORMS, type Platform } from "@/lib/domain";
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
  const { values, set, errors, errorsFor, invalidEntries, message, pending, onSubmit, formAction, state, done } = useEditorForm({
    initial,
    schema: profileId ? profileUpdateFormSchema : profileFormSchema,
    action: profileId ? updateProfileAction : createProfileAction,
    fromPosted,
    onSaved: (saved) => {
      toast.success(`Profile “${saved.name}” saved`);
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

  const signatureHint = accountSignature
    ? `Leave blank to sign with your account's signature, “${accountSignature}”.`
    : "Leave blank to leave declines unsigned (or set an account-wide signature in Settings).";

  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <form action={formAction} onSubmit={onSubmit} noValidate className="flex min-w-0 flex-col gap-6" aria-label={profileId ? "Edit profile" : "New profile"}>
        {children ? (
          <p className="text-sm lg:hidden">
            <a href="#live-example" className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300">
              Try this profile on a sample request
            </a>{" "}
            (below the form).
          </p>
        ) : null}
        {/* Takes no room until there is a message, so the form lines up with the example beside it. */}
        <EditorFormMessage message={message} saved={
            done && state.data
              ? { message: state.message, links: [{ href: "/profiles", label: "Back to your profiles" }, { href: `/profiles/${state.data.id}`, label: "Edit it again" }] }
              : undefined
          } />
        {profileId ? <input type="hidden" name="id" value={profileId} /> : null}

        <Card className="space-y-5">
          <TextField
            id="name"
            label="Profile name"
            hint="For example “LinkedIn: professional” or “Facebook: family”."
            value={values.name}
            onChange={(e) => set("name", e.target.value)}
            errors={errors.name}
            autoComplete="off"
          />
          <fieldset>
            <legend className="text-sm font-medium text-stone-800 dark:text-stone-200">Default for</legend>
            <p id="defaultFor-hint" className="mt-1 text-xs text-stone-600 dark:text-stone-400">
              Triage uses this profile for requests from these platforms. Each platform has one default profile, so
              choosing one here takes it from the profile that has it now.
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
                    label={PLATFORM_NAMES[p]}
                    description={holder ? (checked ? `Taken from “${holder}”` : `Now “${holder}”`) : undefined}
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
          <h2 className="text-base font-semibold">Who I connect with</h2>
          <CheckboxField
            {...toggle("onlyKnownInRealLife")}
            label="Only people I know in real life"
            description="Decline anyone you haven't met, however relevant they look."
          />
          <TagInput
            {...tagField("knownPeople")}
            label="People I know"
            itemName="known person"
            placeholder="Add a name"
            hint="A request from one of them counts as someone you know: it skips the role, note, mutual-connection and observation rules (never the competitor rule). Press Enter or a comma to add a name; Backspace removes the last."
          />
          <CheckboxField
            {...toggle("requirePersonalNote")}
            label="A personal note is required"
            description="Decline invitations that arrive without a note saying why you should connect."
          />
          <Field
            id="minMutualConnections"
            label="Minimum mutual connections"
            hint="Hold requests that show fewer mutual connections than this for observation. 0 turns this off."
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
          <CheckboxField
            {...toggle("observeStrangersMetOnline")}
            label="Hold strangers I met online for observation"
            description="Someone you don't know who says you met in a comment thread, a post, a group or a chat is held, not accepted, until you learn more about them."
          />
        </Card>

        <Card className="space-y-5">
          <h2 className="text-base font-semibold">Who I don&apos;t connect with</h2>
          <TagInput
            {...tagField("competitors")}
            label="Competitors"
            itemName="competitor"
            placeholder="Add a company"
            hint="Companies you don't connect with: “My company policy prohibits me from connecting with competitors.” This holds even for people you know."
          />
          <TagInput
            {...tagField("blockedRoles")}
            label="Roles I don't connect with"
            itemName="blocked role"
            placeholder="Add a role, like recruiter"
            hint={`In plain words, like recruiter or sales; common synonyms count too (a Talent Acquisition Partner is a recruiter). Each at most ${LIST_ITEM_MAX} characters.`}
          />
        </Card>

        <Card className="space-y-5">
          <h2 className="text-base font-semibold">How my declines sound</h2>
          <ToneChoice value={values.tone} onChange={(t) => set("tone", t)} errors={errors.tone} />
          <TextField
            id="signature"
            label="Signature"
            hint={signatureHint}
            placeholder={accountSignature ?? "Your name, as you sign messages"}
            value={values.signature}
            onChange={(e) => set("signature", e.target.value)}
            errors={errors.signature}
            autoComplete="off"
          />
        </Card>

        <EditorFormActions pending={pending} submitLabel={profileId ? "Save changes" : "Create profile"} cancelHref="/profiles" />
      </form>
      {children ? (
        <aside id="live-example" className="min-w-0 scroll-mt-32 lg:sticky lg:top-24">
          {children(values)}
        </aside>
      ) : null}
    </div>
  );
}
