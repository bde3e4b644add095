// The web app manifest (/manifest.webmanifest): installable from the browser, and a
// share target, so the phone's share sheet offers "Decline with Grace" in the
// LinkedIn, Facebook, Instagram and X apps (app/(app)/triage/share/route.ts).
import type { MetadataRoute } from "next";

export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "Decline with Grace",
    short_name: "Grace",
    description: "Triage connection requests against your own criteria and send a kind, honest no.",
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
      { name: "Triage a request", short_name: "Triage", url: "/triage" },
      { name: "Requests to revisit", short_name: "Revisit", url: "/history/revisit" },
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
