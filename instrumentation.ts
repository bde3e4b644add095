// Runs once when the server starts: a bad environment (for example a missing
// NEXTAUTH_SECRET in production) stops the server here, not on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { serverEnv } = await import("@/lib/env");
  try {
    serverEnv();
  } catch (e) {
    console.error(`\n[decline-with-grace] cannot start: ${(e as Error).message}\n`);
    process.exit(1);
  }
}
