import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `next dev` serves its scripts and hot reload only to allowed origins (localhost by
  // default): without this, a page opened at http://127.0.0.1:3000 never hydrates.
  allowedDevOrigins: ["127.0.0.1", "[::1]"],
  // Native and WebAssembly packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "@prisma/adapter-libsql", "@libsql/client", "@prisma/adapter-pg", "pg", "ioredis"],
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders() }];
  },
};

export default nextConfig;
