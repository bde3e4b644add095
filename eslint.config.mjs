// ESLint (flat config): Next's Core Web Vitals and TypeScript rules. `npm run lint` fails
// on any warning (--max-warnings 0), so CI stays at zero.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // A disable comment that no longer disables anything is an error: it only misleads.
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // A leading underscore says "unused on purpose" (`{ id: _id, ...rest }` omits a field).
      "@typescript-eslint/no-unused-vars": [
        "warn",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Playwright fixtures call their callback `use`, which React's hook rule takes for React.use.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  globalIgnores([
    // Built or generated, not written by us.
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "lib/generated/**",
    "e2e/.artifacts/**",
    "test-results/**",
    "playwright-report/**",
    "bench/results/**",
    "data/**",
  ]),
]);
