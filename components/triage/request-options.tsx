import { useTranslations } from "next-intl";
import { Field, Select } from "@/components/ui/field";
import { PLATFORMS, type Platform } from "@/lib/domain";

/** Platform and criteria-profile pickers, each with an "automatic" first choice. */
export function RequestOptions({
  idPrefix,
  named = false,
  platform,
  onPlatform,
  platformAutoLabel,
  platformHint,
  profileChoice,
  onProfile,
  profileAutoLabel,
  profiles,
  errors = {},
}: {
  idPrefix: string;
  /** Post the choices with the form as `platform` and `profileId`. */
  named?: boolean;
  platform: Platform | "auto";
  onPlatform: (p: Platform | "auto") => void;
  platformAutoLabel: string;
  platformHint?: string;
  profileChoice: string;
  onProfile: (id: string) => void;
  profileAutoLabel: string;
  profiles: { id: string; name: string }[];
  errors?: Record<string, string[] | undefined>;
}) {
  const t = useTranslations("triage.options");
  const common = useTranslations("common");
  return (
    // Side by side only where the form is wide enough (not in Triage's narrow column), so a
    // long profile choice ("Standard für Andere: Alltag") is not cut off.
    <div className="@container">
      <div className="grid gap-4 @lg:grid-cols-2">
        <Field id={`${idPrefix}platform`} label={t("platform")} errors={errors.platform} hint={platformHint}>
          <Select id={`${idPrefix}platform`} name={named ? "platform" : undefined} value={platform} onChange={(e) => onPlatform(e.target.value as Platform | "auto")}>
            <option value="auto">{platformAutoLabel}</option>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {common(`platform.${p}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={`${idPrefix}profile`} label={t("profile")} errors={errors.profileId}>
          <Select id={`${idPrefix}profile`} name={named ? "profileId" : undefined} value={profileChoice} onChange={(e) => onProfile(e.target.value)}>
            <option value="auto">{profileAutoLabel}</option>
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
    </div>
  );
}
