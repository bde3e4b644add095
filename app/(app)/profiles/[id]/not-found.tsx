import { NotFoundState } from "@/components/ui/not-found-state";

export default function ProfileNotFound() {
  return <NotFoundState what="profile" backHref="/profiles" backLabel="Back to your profiles" />;
}
