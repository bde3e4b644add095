import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and WebAssembly packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "@prisma/adapter-libsql", "@libsql/client", "@prisma/adapter-pg", "pg", "ioredis"],
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders() },
      // The browser checks for a new service worker on each visit: never from a cache.
      { source: "/sw.js", headers: [{ key: "Cache-Control", value: "no-cache, no-store, must-revalidate" }] },
    ];
  },
};

export default nextConfig;
