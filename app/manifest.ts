// The web app manifest (/manifest.webmanifest): installable from the browser, and a
// share target, so the phone's share sheet offers "Decline with Grace" in the
// LinkedIn, Facebook, Instagram and X apps (app/(app)/triage/share/route.ts).
import type { MetadataRoute } from "next";
import { translator } from "@/lib/i18n/server";

export default async function manifest(): Promise<MetadataRoute.Manifest> {
  // In the request's language (Accept-Language: browsers fetch it without cookies).
  const t = await translator("common");
  return {
    id: "/",
    name: t("appName"),
    short_name: "Grace", // i18n-ignore: the brand's short name
    description: t("manifest.description"),
    start_url: "/triage",
    scope: "/",
    display: "standalone",
    // The page's own light and dark theme colours are in the root layout's viewport.
    background_color: "#fafaf9",
    theme_color: "#fafaf9",
    categories: ["productivity", "social"],
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-192.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
    ],
    shortcuts: [
      { name: t("manifest.triageShortcut"), short_name: t("nav.triage"), url: "/triage" },
      { name: t("manifest.revisitShortcut"), short_name: t("manifest.revisitShortcut"), url: "/history/revisit" },
    ],
    // POST keeps the shared text out of the address and the browser's history.
    share_target: {
      action: "/triage/share",
      method: "POST",
      enctype: "application/x-www-form-urlencoded",
      params: { title: "title", text: "text", url: "url" },
    },
  };
}
