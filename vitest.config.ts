import { fileURLToPath } from "node:url";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// Integration tests (tests/integration) run once per database: always on a fresh SQLite
// file, and on a fresh PostgreSQL schema when TEST_POSTGRES_URL is set.
const databases = ["sqlite", ...(process.env.TEST_POSTGRES_URL ? ["postgres"] : [])];

const shared = {
  resolve: { alias: { "@": root, "server-only": `${root}tests/support/server-only.ts` } },
};

export default defineConfig({
  ...shared,
  test: {
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      {
        ...shared,
        // Projects do not inherit the root's testTimeout. Some of these spawn the command line
        // (npm and a Node start-up, twice): seconds on a loaded 2-core machine, over the default 5 s.
        test: { name: "unit", include: ["tests/unit/**/*.test.ts", "tests/triage/**/*.test.ts", "lib/**/*.test.ts"], environment: "node", testTimeout: 30_000 },
      },
      ...databases.map(
        (name): TestProjectInlineConfiguration => ({
          ...shared,
          test: {
            name,
            include: ["tests/integration/**/*.test.ts"],
            environment: "node",
            globalSetup: [`tests/setup/${name}.ts`],
            setupFiles: ["tests/setup/database-env.ts"],
            testTimeout: 60_000,
          },
        }),
      ),
    ],
  },
});
