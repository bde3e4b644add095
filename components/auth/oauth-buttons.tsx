"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function OAuthButtons({ providers, callbackUrl }: { providers: { id: string; name: string }[]; callbackUrl: string }) {
  const t = useTranslations("auth.oauth");
  if (providers.length === 0) return null;
  return (
    <div className="space-y-2">
      <p className="text-center text-xs tracking-wide text-stone-500 uppercase dark:text-stone-400">{t("or")}</p>
      {providers.map((p) => (
        <Button key={p.id} type="button" variant="secondary" className="w-full" onClick={() => signIn(p.id, { callbackUrl })}>
          {p.name}
        </Button>
      ))}
    </div>
  );
}
