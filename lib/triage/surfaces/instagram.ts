// Instagram's own words around a follow request: the Follow requests list in Activity
// (app and web), the notification rows, and the e-mail.
import type { SurfaceVocabulary } from "./types";

export const INSTAGRAM: SurfaceVocabulary = {
  surface: "instagram",
  sources: [
    "Instagram Help Center, 'Approve or deny follow requests': Activity (heart) > Follow requests, Confirm / Delete",
    "Activity rows: 'username requested to follow you. 2h', 'Followed by a, b and N others', 'Suggested for you', section headings Today / This week / This month / Earlier",
    "Meta notification e-mail footer shared with Facebook ('This message was sent to … unsubscribe', 'Meta Platforms, Inc., … 1 Meta Way, Menlo Park, CA 94025')",
  ],
  ownHosts: ["instagram.com", "instagr.am", "ig.me", "cdninstagram.com"],
  words: {
    en: {
      buttons: ["confirm", "delete", "follow", "follow back", "following", "requested", "remove", "message", "hide", "view profile", "approve", "deny"],
      chrome: [
        "follow requests", "follow requests ({n})", "{n} follow requests", "approve or ignore requests", "suggested for you", "activity", "notifications",
        "today", "yesterday", "this week", "this month", "earlier", "new", "instagram", "meta", "see requests", "see all requests", "discover people", "see all", "see more", "{x} + {n} others", "{x} + {n} other",
      ],
      badges: ["verified"],
      events: ["requested to follow you", "started following you", "wants to follow you", "followed you", "requested to follow you on instagram"],
      stock: ["see {x}'s request"],
      footers: [
        "this message was sent to", "if you don't want to receive these emails from instagram", "if you don't want to receive these emails from meta",
        "meta platforms, inc", "1 meta way", "menlo park, ca 94025", "instagram from meta", "from meta",
      ],
      mutualPlural: ["mutual followers", "followers in common"],
      mutualSingular: ["mutual follower"],
      and: ["and", "&"],
      other: ["others", "other", "more"],
    },
  },
};
