// X's (formerly Twitter's) own words around a follow or a message request: the profile
// card, the notification rows, follower requests of a protected account, message
// requests, and the "followed you" e-mail.
import type { SurfaceVocabulary } from "./types";

export const X_SURFACE: SurfaceVocabulary = {
  surface: "x",
  sources: [
    "X Help Center, 'About protected posts' (follower requests: Accept / Decline) and 'About Direct Messages' (message requests: Accept / Delete / Block / Report)",
    "Profile card and hover card: 'Follows you', 'N Following', 'N Followers', 'Joined March 2019', 'Followed by A and N others you follow', 'Not followed by anyone you're following'",
    "Notification e-mail footer: 'X Corp. 1355 Market Street, Suite 900, San Francisco, CA 94103', 'Twitter, Inc.'",
  ],
  ownHosts: ["x.com", "twitter.com", "t.co", "twimg.com"],
  words: {
    en: {
      navigation: ["verified", "mentions", "all", "home", "explore", "notifications", "messages", "grok", "lists", "bookmarks", "communities", "premium", "verified orgs", "profile", "more", "post", "search", "what's happening", "who to follow", "show more", "terms of service", "privacy policy", "cookie policy", "accessibility", "ads info", "© {n} x corp.", "trends for you", "jobs", "new message"],
      requestHeadings: ["follower requests", "message requests"],
      suggestions: ["who to follow", "you might like"],
      buttons: ["follow", "follow back", "following", "unfollow", "message", "accept", "decline", "delete", "block", "report", "report spam", "mute", "more", "view profile"],
      chrome: [
        "message requests", "follower requests", "notifications", "all", "verified", "mentions", "who to follow", "you might like", "posts", "replies",
        "highlights", "media", "likes", "home", "explore", "messages", "followers you know", "not followed by anyone you're following",
        "show more", "see more", "{n} following", "{n} followers", "{n} following {n} followers", "{n} posts", "joined {x}", "{x} · joined {x}", "twitter", "x",
        "message request", "not followed by anyone you follow",
      ],
      badges: ["follows you", "verified", "verified account", "blue checkmark", "subscriber"],
      events: ["followed you", "follows you", "wants to send you a message", "sent you a message request", "requested to follow you", "sent you a follower request"],
      stock: ["you have a new follower", "you have {n} new followers", "you have a new message request"],
      footers: ["liked your post", "reposted your post", "liked your reply", "liked your repost", "x corp.", "x corp,", "twitter, inc.", "1355 market street", "this email was meant for", "you received this email because", "not my account",
        // the explanation above a list of message requests
        "message requests are from people you don't follow", "they won't know you've seen their request"],
      followedBy: ["followed by"],
      mutualPlural: ["others you follow", "followers you know"],
      mutualSingular: ["other you follow"],
      and: ["and", "&"],
      other: ["others", "more"],
    },
    // es/de/fr/pt: the "Follows you" badge, follow-back buttons and message requests in each language
    es: {
      navigation: ["verificado", "verificados", "menciones", "todas", "todo", "guardados", "inicio", "explorar", "notificaciones", "mensajes", "grok", "listas", "elementos guardados", "comunidades", "premium", "perfil", "más opciones", "más", "postear", "publicar", "buscar", "qué está pasando", "a quién seguir", "mostrar más", "condiciones de servicio", "política de privacidad", "política de cookies", "accesibilidad", "información de anuncios", "tendencias para ti"],
      requestHeadings: ["solicitudes de mensajes"],
      suggestions: ["a quién seguir", "te podría gustar"],
      buttons: ["seguir", "seguir también", "siguiendo", "dejar de seguir", "aceptar", "rechazar", "eliminar", "bloquear", "denunciar"],
      chrome: ["solicitudes de mensajes", "notificaciones", "a quién seguir", "te podría gustar", "mensajes", "menciones", "{n} siguiendo", "{n} seguidores", "{n} siguiendo {n} seguidores", "se unió en {x}", "{x} · se unió en {x}", "solicitud de mensaje"],
      badges: ["te sigue"],
      events: ["te siguió", "te ha seguido", "te sigue", "quiere enviarte un mensaje", "te envió una solicitud de mensaje"],
      footers: ["le gustó tu post", "le gustó tu publicación", "reposteó tu post", "ha republicado tu post", "las solicitudes de mensajes son de personas a las que no sigues", "no sabrán que viste su solicitud"],
    },
    de: {
      navigation: ["verifiziert", "erwähnungen", "alle", "anzeigeninfo", "startseite", "entdecken", "mitteilungen", "benachrichtigungen", "nachrichten", "grok", "listen", "lesezeichen", "communities", "premium", "profil", "mehr", "posten", "suchen", "was gerade passiert", "wem folgen?", "wem folgen", "mehr anzeigen", "nutzungsbedingungen", "datenschutzerklärung", "cookie-richtlinie", "barrierefreiheit", "informationen zu werbeanzeigen", "trends für dich"],
      requestHeadings: ["nachrichtenanfragen"],
      suggestions: ["wem folgen", "könnte dir gefallen"],
      buttons: ["folgen", "zurückfolgen", "folge ich", "entfolgen", "akzeptieren", "ablehnen", "löschen", "blockieren", "melden"],
      chrome: ["nachrichtenanfragen", "mitteilungen", "wem folgen", "könnte dir gefallen", "nachrichten", "erwähnungen", "{n} folge ich", "{n} follower", "{n} folge ich {n} follower", "seit {x} bei x", "{x} · seit {x} bei x", "nachrichtenanfrage"],
      badges: ["folgt dir"],
      events: ["folgt dir jetzt", "folgt dir", "hat dir eine nachrichtenanfrage gesendet", "möchte dir eine nachricht senden"],
      footers: ["gefällt dein beitrag", "hat deinen beitrag reposted", "hat deinen post geteilt", "nachrichtenanfragen stammen von personen, denen du nicht folgst", "dass du ihre anfrage gesehen hast"],
    },
    fr: {
      navigation: ["vérifié", "vérifiés", "mentions", "tout", "s'abonner", "accueil", "explorer", "notifications", "messages", "grok", "listes", "signets", "communautés", "premium", "profil", "plus", "poster", "rechercher", "tendances pour vous", "qui suivre", "voir plus", "conditions d'utilisation", "politique de confidentialité", "politique relative aux cookies", "accessibilité", "informations sur les publicités", "ce qui se passe"],
      requestHeadings: ["demandes de messages"],
      suggestions: ["suggestions", "vous pourriez aimer"],
      buttons: ["suivre", "suivre en retour", "abonné", "se désabonner", "accepter", "refuser", "supprimer", "bloquer", "signaler"],
      chrome: ["demandes de messages", "notifications", "suggestions", "vous pourriez aimer", "messages", "mentions", "{n} abonnements", "{n} abonnés", "{n} abonnements {n} abonnés", "a rejoint x en {x}", "{x} · a rejoint x en {x}", "inscrit en {x}", "{x} · inscrit en {x}", "demande de message"],
      badges: ["vous suit"],
      events: ["vous suit", "vous suit désormais", "s'est abonné à votre compte", "vous a suivi", "souhaite vous envoyer un message"],
      footers: ["a aimé votre post", "a aimé ton post", "a reposté votre post", "a reposté ton post", "les demandes de messages proviennent de personnes que vous ne suivez pas", "ne sauront pas que vous avez vu leur demande"],
    },
    pt: {
      navigation: ["verificado", "verificados", "menções", "tudo", "todas", "página inicial", "explorar", "notificações", "mensagens", "grok", "listas", "itens salvos", "comunidades", "premium", "perfil", "mais", "postar", "buscar", "pesquisar", "o que está acontecendo", "quem seguir", "mostrar mais", "termos de serviço", "política de privacidade", "política de cookies", "acessibilidade", "informações de anúncios", "assuntos do momento para você"],
      requestHeadings: ["solicitações de mensagem", "solicitações de mensagens"],
      suggestions: ["quem seguir", "você talvez curta"],
      buttons: ["seguir", "seguir de volta", "seguindo", "deixar de seguir", "aceitar", "recusar", "excluir", "bloquear", "denunciar"],
      chrome: ["solicitações de mensagem", "solicitações de mensagens", "notificações", "quem seguir", "você talvez curta", "mensagens", "menções", "{n} seguindo", "{n} seguidores", "{n} seguindo {n} seguidores", "entrou em {x}", "{x} · entrou em {x}", "solicitação de mensagem"],
      badges: ["segue você"],
      events: ["seguiu você", "segue você", "começou a seguir você", "quer enviar uma mensagem para você"],
      footers: ["curtiu seu post", "curtiu sua publicação", "repostou seu post", "as solicitações de mensagem são de pessoas que você não segue", "não saberão que você viu a solicitação"],
    },
  },
};
