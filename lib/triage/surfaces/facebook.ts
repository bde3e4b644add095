// Facebook's own words around a friend request: the Friends page and its requests list
// (desktop and mobile web), the app, and the "sent you a friend request" e-mail.
import type { SurfaceVocabulary } from "./types";

export const FACEBOOK: SurfaceVocabulary = {
  surface: "facebook",
  sources: [
    "Facebook Help Center, 'Respond to a friend request': Confirm / Delete request, Friends > Friend requests, See all",
    "Meta notification e-mail footer: 'This message was sent to … If you don't want to receive these emails from Meta in the future, please unsubscribe.', 'Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025', 'To help keep your account secure, please don't forward this email.'",
    "Friend-request notifications: 'X sent you a friend request', 'X wants to be friends with you on Facebook', 'N mutual friends'",
  ],
  ownHosts: ["facebook.com", "fb.com", "fb.me", "m.facebook.com", "messenger.com", "facebookmail.com"],
  words: {
    en: {
      buttons: [
        "confirm", "delete", "confirm request", "delete request", "add friend", "remove", "message", "respond", "respond to request", "cancel request",
        "view profile", "not now", "mark as spam", "block",
      ],
      chrome: [
        "friend requests", "friend requests ({n})", "{n} friend requests", "{n} requests", "{n} request", "{n} new requests", "{n} new friend requests", "friend request", "friends", "home", "suggestions",
        "all friends", "birthdays", "custom lists", "people you may know", "requests", "notifications", "new", "earlier", "today", "see all", "see more", "view all",
        "see all requests", "view sent requests",
        "you have a new friend request", "you have {n} new friend requests", "facebook", "meta", "menu", "watch", "marketplace", "groups",
      ],
      events: [
        "sent you a friend request", "wants to be friends", "wants to be friends with you", "wants to be friends with you on facebook",
        "added you as a friend", "wants to add you as a friend", "sent you a message request",
      ],
      stock: ["respond to friend request", "respond to {x}'s friend request", "confirm {x}'s friend request"],
      footers: [
        "this message was sent to", "if you don't want to receive these emails from meta", "if you don't want to receive these emails from facebook",
        "meta platforms, inc", "meta platforms ireland", "1 meta way", "1 hacker way", "menlo park, ca 94025", "attention: community support",
        "to help keep your account secure, please don't forward this email", "facebook, inc.",
      ],
      mutualPlural: ["mutual friends", "other mutual friends", "friends in common"],
      mutualSingular: ["mutual friend", "friend in common"],
      and: ["and", "&"],
      other: ["other", "more"],
      isA: ["is a"],
      are: ["are"],
    },
    es: { buttons: ["confirmar", "eliminar", "eliminar solicitud"], chrome: ["solicitudes de amistad"], mutualPlural: ["amigos en común"], mutualSingular: ["amigo en común"], and: ["y"], other: ["otros", "más"] },
    de: { buttons: ["bestätigen", "löschen", "anfrage löschen"], chrome: ["freundschaftsanfragen"], mutualPlural: ["gemeinsame freunde"], mutualSingular: ["gemeinsamer freund"], and: ["und"], other: ["weitere"] },
    fr: { buttons: ["confirmer", "supprimer", "supprimer la demande"], chrome: ["invitations", "demandes d'ami"], mutualPlural: ["amis en commun"], mutualSingular: ["ami en commun"], and: ["et"], other: ["autres"] },
    pt: { buttons: ["confirmar", "excluir", "excluir solicitação"], chrome: ["solicitações de amizade"], mutualPlural: ["amigos em comum"], mutualSingular: ["amigo em comum"], and: ["e"], other: ["outros"] },
  },
};
