// Stand-in for the triage engine's TEMPLATE_VARIABLES and fillTemplate until lib/triage
// lands on main; then this file goes and the preview imports the engine's own.
export const TEMPLATE_VARIABLES = {
  firstName: "the person's first name",
  name: "the person's full name",
  company: "the company on their headline",
  platform: "where the request came from",
} as const;

export function fillTemplate(body: string, vars: Partial<Record<keyof typeof TEMPLATE_VARIABLES, string | null>>): string {
  return body.replace(/\{(\w+)\}/g, (m, key: string) => (key in vars ? ((vars as Record<string, string | null>)[key] ?? "") : m)).trim();
}
