// How sure a parse is, readable without loading the engine (the UI imports this, and the
// engine's spam model is too large for a browser bundle).
import type { ParseWarning } from "./parse";
import type { TriageResult } from "./schema";

export type { ParseWarning };

/** How sure the parse is: what made it unsure, and whether the page should point at "Correct these". */
export interface ParseHonesty {
  /** what made the parser unsure (no name, two candidate names, interface text left over, several requests in one paste) */
  parseWarnings: ParseWarning[];
  /** true when the user should check the parsed fields ("Correct these") before trusting the verdict */
  uncertain: boolean;
}

export type TriageOutcome = TriageResult & ParseHonesty;

/** The parse warnings of any result (results stored before they existed have none). */
export function parseHonestyOf(result: TriageResult | TriageOutcome): ParseHonesty {
  const warnings = "parseWarnings" in result && Array.isArray(result.parseWarnings) ? result.parseWarnings : [];
  return { parseWarnings: warnings, uncertain: warnings.length > 0 };
}
