import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { staticSecurityHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `next dev` serves its scripts and hot reload only to allowed origins (localhost by
  // default): without this, a page opened at http://127.0.0.1:3000 never hydrates.
  allowedDevOrigins: ["127.0.0.1", "[::1]"],
  // Native and WebAssembly packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "@prisma/adapter-libsql", "@libsql/client", "libsql", "@prisma/adapter-pg", "pg", "ioredis"],
  // Imports of platform exports (lib/import) post files of up to 8 MB, and their reviewed
  // table back; the default limit is 1 MB. The proxy in front caps bodies at 10 MB too.
  experimental: { serverActions: { bodySizeLimit: "10mb" } },
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders() },
      // The browser checks for a new service worker on each visit: never from a cache.
      { source: "/sw.js", headers: [{ key: "Cache-Control", value: "no-cache, no-store, must-revalidate" }] },
    ];
  },
};

// The interface language per request: lib/i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

export default withNextIntl(nextConfig);
