// Pastes shared by the end-to-end specs: what people really copy from the platforms.

/** A LinkedIn invitations page (select all, copy): three cards among the page's own words. */
export const INVITATIONS_PAGE = [
  "Invitations (3)",
  "Manage",
  "Marcus Lee’s profile picture",
  "Marcus Lee",
  "Product Manager at Proseware",
  "Hannah Becker and 21 other mutual connections",
  "Ignore",
  "Accept",
  "Ana Souza’s profile picture",
  "Ana Souza • 2nd",
  "Data Engineer | Python · Spark 🚀",
  "Hannah Becker is a mutual connection",
  "Hi! We met at PyCon last week, great talk.",
  "Reply to Ana",
  "Ignore",
  "Accept",
  "Jörg van der Berg’s profile picture",
  "Jörg van der Berg",
  "Head of Platform Engineering · Fabrikam",
  "12 mutual connections",
  "Ignore",
  "Accept",
  "Show all",
].join("\n");
