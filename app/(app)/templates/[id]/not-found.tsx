import { NotFoundState } from "@/components/ui/not-found-state";

export default function TemplateNotFound() {
  return <NotFoundState what="template" backHref="/templates" backLabel="Back to your templates" />;
}
