// Whether the server has been told to stop. Instrumentation and route handlers are bundled
// apart (each with its own module instances), so the flag lives on globalThis.
const KEY = Symbol.for("decline-with-grace.shutting-down");
const flags = globalThis as Record<symbol, unknown>;

export function markShuttingDown(): void {
  flags[KEY] = true;
}

export function isShuttingDown(): boolean {
  return flags[KEY] === true;
}
