import { Download } from "lucide-react";
import { buttonClass } from "@/components/ui/button";

/** History detail: this held request's revisit day as a file for any calendar app. */
export function RevisitDownload({ id }: { id: string }) {
  return (
    <a href={`/history/${encodeURIComponent(id)}/revisit.ics`} download className={buttonClass("secondary", "sm", "mt-3")}>
      <Download className="size-4" aria-hidden="true" />
      Add the revisit to my calendar (.ics)
    </a>
  );
}
