// LinkedIn's own words around an invitation: the invitation manager (desktop and mobile
// web), the app's share sheet, "People you may know", and the invitation e-mail.
import type { SurfaceVocabulary } from "./types";

export const LINKEDIN: SurfaceVocabulary = {
  surface: "linkedin",
  sources: [
    "Invitation e-mail as delivered (text/plain part, 2016): 'Hi Paul, / I'd like to join your LinkedIn network. / Name / Headline / View profile: … / Accept: … / You are receiving Invitation emails. / This email was intended for … / Learn why we included this: … / © 2016 LinkedIn Corporation …' (paulhammant's linkedin-invitation tests, INCOMING_1)",
    "Invitation e-mail samples in phishing-awareness training data: 'I'd like to add you to my professional network on LinkedIn.', 'Accept Sarah's invitation', 'LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085'",
    "Invitation manager card and mutual lines as LinkedIn renders them, from scraper fixtures: 'Maksim Kuzmin, Nikita Feshchun & 8 other mutual connections', 'Karthik and 30 other mutual connections', 'Dana Beispiel möchte Kontakt mit Ihnen aufnehmen / Max Muster und 71 weitere gemeinsame Kontakte / Ignorieren / Annehmen'",
    "Sent/received invitations navigation: 'My Network > See all # (or Manage) > Sent' (Sid Clark, Managing your sent invitations, 2019)",
    "Invitation records with 'sent_time: 1 week ago', 'shared_connections: 13 mutual connections' (linkupapi.com get-invitations)",
  ],
  ownHosts: ["linkedin.com", "lnkd.in", "licdn.com"],
  words: {
    en: {
      buttons: [
        "accept", "ignore", "accept invitation", "ignore invitation", "message", "send message", "connect", "pending", "withdraw",
        "view profile", "view full profile", "reply", "more", "dismiss", "remove", "follow", "following", "unfollow", "skip", "close",
        "accept all", "ignore all",
      ],
      chrome: [
        "see all", "show all", "show more", "show less", "see more", "see less", "…more", "...more", "…see more", "...see more",
        "invitations", "invitations ({n})", "invitations ({n} new)", "{n} invitations", "{n} new invitations", "invitation", "manage", "manage invitations",
        "invitation manager", "received", "sent", "all", "people", "people ({n})", "newsletters", "newsletter", "pages", "events", "groups", "articles",
        "my network", "manage my network", "grow", "catch up", "people you may know", "people you may know from {x}", "people in the {x} industry you may know",
        "more suggestions for you", "see all {n}", "show all {n}", "show all ({n})", "no pending invitations", "home", "jobs", "messaging", "notifications", "me",
        "for business", "try premium for free", "try premium for $0", "skip to search", "skip to main content", "new invitation", "pending invitations",
        "you have {n} pending invitations", "you have {n} new invitations", "you have a new invitation", "connections", "contacts", "following & followers",
        "linkedin", "invitation to connect", "invitation reminder", "reminder: {x}",
      ],
      badges: [
        "1st", "2nd", "3rd", "3rd+", "1st degree connection", "2nd degree connection", "3rd degree connection", "3rd+ degree connection",
        "premium", "premium member", "verified", "open to work", "#opentowork", "hiring", "#hiring", "top voice", "creator", "influencer", "linkedin member",
      ],
      events: [
        "wants to connect", "wants to connect with you", "would like to connect", "would like to connect with you", "has invited you to connect",
        "invited you to connect", "is inviting you to connect", "sent you an invitation", "sent you an invitation to connect", "sent you a connection request",
        "would like to join your linkedin network", "would like to join your professional network", "is waiting for your response",
        "follows you and is inviting you to connect", "is inviting you to connect", "invited you to connect on linkedin",
      ],
      stock: [
        "i'd like to join your linkedin network", "i'd like to join your professional network", "i'd like to add you to my professional network on linkedin",
        "i'd like to add you to my professional network", "i'd like to connect with you on linkedin", "please add me to your linkedin network",
        "i want to connect", "accept {x}'s invitation", "accept {x}'s invitation:", "{x}, please add me to your linkedin network",
        "respond to {x}'s invitation",
      ],
      footers: [
        "you are receiving invitation emails", "you are receiving invitation reminder emails", "you are receiving network update emails",
        "you're receiving invitation emails", "this email was intended for", "learn why we included this", "linkedin corporation",
        "linkedin and the linkedin logo are registered trademarks", "1000 w maude ave", "1000 west maude avenue", "2029 stierlin court",
        "linkedin ireland unlimited company", "wilton plaza", "get the new linkedin desktop app", "sent by linkedin",
      ],
      mutualPlural: ["mutual connections", "connections in common", "shared connections", "other mutual connections"],
      mutualSingular: ["mutual connection", "connection in common", "shared connection"],
      and: ["and", "&"],
      other: ["other", "more"],
      isA: ["is a"],
      are: ["are"],
    },
    es: {
      buttons: ["aceptar", "ignorar", "mensaje", "conectar", "ver perfil"],
      chrome: ["invitaciones", "invitaciones ({n})", "gestionar", "mostrar todo", "ver todo"],
      mutualPlural: ["contactos en común", "contactos más en común", "conexiones en común"],
      mutualSingular: ["contacto en común", "conexión en común"],
      and: ["y"],
      other: ["otros", "más"],
    },
    de: {
      buttons: ["annehmen", "ignorieren", "nachricht", "vernetzen", "profil anzeigen"],
      chrome: ["einladungen", "einladungen ({n})", "verwalten", "alle anzeigen"],
      events: ["möchte kontakt mit ihnen aufnehmen", "möchte sich mit ihnen vernetzen"],
      mutualPlural: ["gemeinsame kontakte", "weitere gemeinsame kontakte"],
      mutualSingular: ["gemeinsamer kontakt"],
      and: ["und"],
      other: ["weitere"],
    },
    fr: {
      buttons: ["accepter", "ignorer", "message", "se connecter", "voir le profil"],
      chrome: ["invitations ({n})", "gérer", "tout afficher", "voir tout"],
      mutualPlural: ["relations en commun", "relations communes"],
      mutualSingular: ["relation en commun", "relation commune"],
      and: ["et"],
      other: ["autres"],
    },
    pt: {
      buttons: ["aceitar", "ignorar", "mensagem", "conectar", "ver perfil"],
      chrome: ["convites", "convites ({n})", "gerenciar", "exibir tudo", "ver tudo"],
      mutualPlural: ["conexões em comum"],
      mutualSingular: ["conexão em comum"],
      and: ["e"],
      other: ["outras", "outros"],
    },
  },
};
