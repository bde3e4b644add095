// The words a platform's own screens and e-mails put around a request, kept apart from
// the person's words. One file per platform holds its vocabulary, keyed by language, so
// another language is added beside English without touching the parser.

/**
 * Languages a vocabulary may be written in: the contract's five draft languages, and
 * it/nl/pl/sv/tr/ca, read-only languages whose interfaces are parsed (a heading is not
 * a name, "4 collegamenti in comune" is a mutual count) but in which no draft is ever
 * written and whose words never vote for the interface's language.
 */
export type SurfaceLanguage = "en" | "es" | "de" | "fr" | "pt" | "it" | "nl" | "pl" | "sv" | "tr" | "ca";

/**
 * One language's interface words for one platform. Every phrase is matched
 * case-insensitively; "whole line" lists match a line that is nothing but the phrase
 * (after the person's name is taken out where the phrase names them).
 */
export interface SurfaceWords {
  /** Action buttons, alone on a line: "Accept", "Ignore", "Confirm", "Follow back". */
  buttons?: readonly string[];
  /** Page chrome, alone on a line: headings, tabs, navigation, "Show all". "{n}" stands for a number. */
  chrome?: readonly string[];
  /** The site's own menus, sidebars and footer links around a whole copied page, alone on a line: "Search", "Home", "About", "Help Center". Also chrome. */
  navigation?: readonly string[];
  /** Headings of a list of requests ("Invitations", "Solicitudes de amistad"): a suggestions section ends there. Also chrome. */
  requestHeadings?: readonly string[];
  /** Headings of a section of suggestions, not requests ("People you may know"): a page splitter drops what follows. Also chrome. */
  suggestions?: readonly string[];
  /** Markers shown after or under a name: degree, Premium, Verified, Open to work. Alone on a line or after a separator. */
  badges?: readonly string[];
  /** What a notification says the person did, after their name: "wants to connect". */
  events?: readonly string[];
  /** The platform's stock sentences, alone on a line: "I'd like to join your LinkedIn network." */
  stock?: readonly string[];
  /** Footer and legal phrases, anywhere in a line: "You are receiving Invitation emails", the company's address. */
  footers?: readonly string[];
  /** Plural nouns of the mutual-connection line: "mutual connections". */
  mutualPlural?: readonly string[];
  /** Singular nouns of the mutual-connection line: "mutual connection". */
  mutualSingular?: readonly string[];
  /** "Followed by" before the names of people the user follows: "Followed by ana.r and 3 others". */
  followedBy?: readonly string[];
  /** "and" in "Ana and 21 other mutual connections". */
  and?: readonly string[];
  /** "other"/"more" in "Ana and 21 other mutual connections" (the count then excludes the named person). */
  other?: readonly string[];
  /** "is a" in "Ana is a mutual connection". */
  isA?: readonly string[];
  /** The two buttons of a request card, which together give the platform away: "Aceptar" and "Ignorar". */
  decisionButtons?: readonly [string, string];
  /** Salutations that open an e-mail or a note, before the reader's name: "Hi", "Hola", "Guten Tag". */
  salutations?: readonly string[];
  /** "are" in "Ana and Tom are mutual connections". */
  are?: readonly string[];
}

export interface SurfaceVocabulary {
  /** "linkedin", "facebook", "instagram", "x", or "email" for the mail clients' own text */
  surface: "linkedin" | "facebook" | "instagram" | "x" | "email";
  /** Where each list was checked, so a reader can verify it. */
  sources: readonly string[];
  /** Host names of the platform's own pages: a link there is the platform's, not the person's. */
  ownHosts?: readonly string[];
  words: Partial<Record<SurfaceLanguage, SurfaceWords>>;
}
