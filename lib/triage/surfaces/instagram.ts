// Instagram's own words around a follow request: the Follow requests list in Activity
// (app and web), the notification rows, and the e-mail.
import type { SurfaceVocabulary } from "./types";

export const INSTAGRAM: SurfaceVocabulary = {
  surface: "instagram",
  sources: [
    "Instagram Help Center, 'Approve or deny follow requests': Activity (heart) > Follow requests, Confirm / Delete",
    "Activity rows: 'username requested to follow you. 2h', 'Followed by a, b and N others', 'Suggested for you', section headings Today / This week / This month / Earlier",
    "Localised rows in automation fixtures and notification catalogues: 'a demandé à vous suivre' / 'Suivre en retour' / 'Envoyer un message' (fr), 'solicitó seguirte' (es), 'pediu para seguir você' (pt), 'möchte dir folgen' (de)",
    "Meta notification e-mail footer shared with Facebook ('This message was sent to … unsubscribe', 'Meta Platforms, Inc., … 1 Meta Way, Menlo Park, CA 94025')",
  ],
  ownHosts: ["instagram.com", "instagr.am", "ig.me", "cdninstagram.com"],
  words: {
    en: {
      navigation: ["this week", "this month", "earlier", "today", "follow requests", "suggested for you", "search", "explore", "reels", "messages", "notifications", "create", "profile", "more", "threads", "home", "about", "help", "press", "api", "jobs", "privacy", "terms", "locations", "language", "meta verified", "© {n} instagram from meta", "delete all"],
      requestHeadings: ["follow requests", "follow requests ({n})"],
      suggestions: ["suggested for you", "discover people", "people to follow"],
      buttons: ["confirm", "delete", "follow", "follow back", "following", "requested", "remove", "message", "hide", "view profile", "approve", "deny"],
      chrome: [
        "follow requests", "follow requests ({n})", "{n} follow requests", "approve or ignore requests", "suggested for you", "activity", "notifications",
        "today", "yesterday", "this week", "this month", "earlier", "new", "instagram", "meta", "see requests", "see all requests", "discover people", "see all", "see more", "{x} + {n} others", "{x} + {n} other", "message request", "message requests",
      ],
      badges: ["verified"],
      events: ["requested to follow you", "started following you", "wants to follow you", "followed you", "requested to follow you on instagram"],
      stock: ["see {x}'s request"],
      footers: [
        "this message was sent to", "if you don't want to receive these emails from instagram", "if you don't want to receive these emails from meta",
        "meta platforms, inc", "1 meta way", "menlo park, ca 94025", "instagram from meta", "from meta",
      ],
      followedBy: ["followed by"],
      mutualPlural: ["mutual followers", "followers in common"],
      mutualSingular: ["mutual follower"],
      and: ["and", "&"],
      other: ["others", "other", "more"],
    },
    // es/de/fr/pt: Activity's follow requests and notification rows; "bob a demandé à vous suivre. 3 j · Confirmer" as Instagram 410 renders a French row
    es: {
      navigation: ["buscar", "explorar", "reels", "mensajes", "notificaciones", "crear", "perfil", "más", "inicio", "información", "ayuda", "prensa", "empleo", "privacidad", "condiciones", "ubicaciones", "idioma", "eliminar todo"],
      // Instagram in Spanish writes the followers first: "Le siguen ana.rguez y 3 personas más", "Lo sigue marta_g"
      followedBy: ["seguido por", "seguida por", "seguido(a) por", "seguido/a por", "le siguen", "lo siguen", "la siguen", "les siguen", "le sigue", "lo sigue", "la sigue"],
      and: ["y"],
      other: ["personas más", "más", "otros", "personas"],
      requestHeadings: ["solicitudes de seguimiento", "solicitudes para seguirte"],
      suggestions: ["sugerencias para ti", "descubrir personas"],
      buttons: ["confirmar", "eliminar", "seguir", "seguir también", "siguiendo", "solicitado", "quitar", "enviar mensaje", "ocultar"],
      chrome: ["solicitudes de seguimiento", "solicitudes para seguirte", "aprobar o ignorar solicitudes", "sugerencias para ti", "actividad", "notificaciones", "hoy", "ayer", "esta semana", "este mes", "anteriores", "nuevo", "ver todo", "solicitud de mensaje", "solicitudes de mensajes"],
      events: ["solicitó seguirte", "ha solicitado seguirte", "quiere seguirte", "comenzó a seguirte", "empezó a seguirte"],
    },
    de: {
      navigation: ["suche", "suchen", "entdecken", "reels", "nachrichten", "benachrichtigungen", "erstellen", "profil", "mehr", "startseite", "info", "hilfe", "presse", "jobs", "datenschutz", "nutzungsbedingungen", "standorte", "sprache", "alle löschen"],
      followedBy: ["gefolgt von"],
      and: ["und"],
      other: ["weiteren personen", "weiteren", "weitere", "anderen", "personen"],
      requestHeadings: ["follower-anfragen", "folgeanfragen"],
      suggestions: ["vorschläge für dich", "personen entdecken"],
      buttons: ["bestätigen", "löschen", "folgen", "zurückfolgen", "gefolgt", "angefragt", "entfernen", "ausblenden"],
      chrome: ["follower-anfragen", "folgeanfragen", "anfragen annehmen oder ignorieren", "vorschläge für dich", "aktivität", "benachrichtigungen", "heute", "gestern", "diese woche", "diesen monat", "früher", "neu", "alle ansehen", "nachrichtenanfrage", "nachrichtenanfragen"],
      events: ["möchte dir folgen", "hat angefragt, dir zu folgen", "hat dir eine follower-anfrage gesendet", "folgt dir jetzt", "hat begonnen, dir zu folgen"],
    },
    fr: {
      navigation: ["recherche", "rechercher", "découvrir", "explorer", "reels", "messages", "notifications", "créer", "profil", "plus", "accueil", "à propos", "aide", "presse", "emplois", "confidentialité", "conditions", "lieux", "langue", "tout supprimer"],
      followedBy: ["suivi par", "suivie par", "suivi(e) par"],
      and: ["et"],
      other: ["autres personnes", "autres", "personnes"],
      requestHeadings: ["demandes d'abonnement", "demandes de suivi"],
      suggestions: ["suggestions pour vous", "découvrir des personnes"],
      buttons: ["confirmer", "supprimer", "suivre", "suivre en retour", "abonné(e)", "abonné", "demandé", "retirer", "envoyer un message", "masquer"],
      chrome: ["demandes d'abonnement", "demandes de suivi", "approuver ou ignorer les demandes", "suggestions pour vous", "activité", "notifications", "aujourd'hui", "hier", "cette semaine", "ce mois-ci", "plus tôt", "nouveau", "voir tout", "demande de message", "demandes de messages"],
      events: ["souhaite vous suivre", "veut vous suivre", "a demandé à vous suivre", "a commencé à vous suivre", "s'est abonné(e) à votre compte", "s'est abonné à votre compte", "s'est abonnée à votre compte"],
    },
    pt: {
      navigation: ["pesquisar", "pesquisa", "explorar", "reels", "mensagens", "notificações", "criar", "perfil", "mais", "página inicial", "início", "sobre", "ajuda", "imprensa", "carreiras", "privacidade", "termos", "localizações", "idioma", "excluir tudo"],
      followedBy: ["seguido por", "seguida por", "seguido(a) por", "seguido/a por"],
      and: ["e"],
      other: ["outras pessoas", "mais", "pessoas", "outros"],
      requestHeadings: ["solicitações para seguir", "solicitações de seguidores", "pedidos para seguir"],
      suggestions: ["sugestões para você", "descobrir pessoas"],
      buttons: ["confirmar", "excluir", "seguir", "seguir de volta", "seguindo", "solicitado", "remover", "enviar mensagem", "ocultar"],
      chrome: ["solicitações para seguir", "solicitações de seguidores", "pedidos para seguir", "aprovar ou ignorar solicitações", "sugestões para você", "atividade", "notificações", "hoje", "ontem", "esta semana", "este mês", "anteriores", "novo", "ver tudo", "solicitação de mensagem", "solicitações de mensagem"],
      events: ["quer seguir você", "quer te seguir", "pediu para seguir você", "solicitou seguir você", "começou a seguir você", "começou a seguir-te", "pediu para te seguir"],
    },
  },
};
