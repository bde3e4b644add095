"use client";

import { Check, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "./button";

/** Copies `text`; says so on the button (and in a toast) for two seconds. `label` defaults to "Copy". */
export function CopyButton({ text, label, className }: { text: string; label?: string; className?: string }) {
  const t = useTranslations("ui.copyButton");
  const common = useTranslations("common");
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      toast.success(t("copied"));
      setTimeout(() => setCopied(false), 2000);
    } catch {
      toast.error(t("failed"));
    }
  }
  return (
    <Button type="button" variant="secondary" size="sm" onClick={copy} className={className}>
      {copied ? <Check className="size-4" aria-hidden="true" /> : <Copy className="size-4" aria-hidden="true" />}
      {copied ? common("actions.copied") : (label ?? common("actions.copy"))}
    </Button>
  );
}
