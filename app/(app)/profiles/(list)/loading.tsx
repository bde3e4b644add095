import { ListPageSkeleton } from "@/components/ui/skeleton";

// In the (list) group so it covers the list only: the editors keep a real 404 status.
export default function Loading() {
  return <ListPageSkeleton label="Loading your profiles" columns={2} />;
}
