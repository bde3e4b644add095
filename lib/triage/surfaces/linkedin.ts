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
    "Localised cards and mutual lines in scraper code and fixtures: 'Fernando Ruiz-Galindo, Héctor Muñoz y 3 contactos más en común', 'Marisol Monroy es contacto en común', '• 1º / 2º / 3º / 3er'; 'Youness et 4 autres relations en commun', 'est une relation que vous avez en commun', '· 1er / 2e / 3e', 'Se connecter'; '2 outras conexões em comum'; 'Deniz Bilgic möchte Kontakt mit Ihnen aufnehmen · Özgür O. und 71 weitere gemeinsame Kontakte · Ignorieren · Annehmen', 'Leute, die Sie vielleicht kennen', 'Alle verwalten'",
    "Default invitation notes quoted by LinkedIn coaches: 'Bonjour Baptiste, je souhaiterais rejoindre votre réseau sur LinkedIn', 'merci de m’ajouter à votre réseau LinkedIn' (blog.brandie.fr); 'me gustaría contactar contigo', the Spanish default (websa100.com)",
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
    // es/de/fr/pt: the invitation manager and the invitation e-mail as LinkedIn renders them in
    // each language (sources above); "quiere conectar contigo"-style subjects of the e-mails.
    es: {
      decisionButtons: ["aceptar", "ignorar"],
      buttons: ["aceptar", "ignorar", "mensaje", "enviar mensaje", "conectar", "ver perfil", "seguir", "pendiente", "retirar", "responder", "descartar", "aceptar invitación", "ignorar invitación"],
      chrome: [
        "invitaciones", "invitaciones ({n})", "{n} invitaciones", "gestionar", "mostrar todo", "mostrar todos", "mostrar todo ({n})", "ver todo", "ver todas", "ver todas ({n})", "mi red", "gestionar mi red",
        "personas que quizá conozcas", "personas que quizás conozcas", "personas que podrías conocer", "recibidas", "enviadas", "no hay invitaciones pendientes", "invitación para conectar",
        "tienes {n} invitaciones pendientes", "tienes una nueva invitación", "ver más", "mostrar más",
      ],
      badges: ["1er", "1º", "2º", "3º", "3er", "3er+", "3º+", "contacto de 1er grado", "contacto de 2º grado", "contacto de 3er grado"],
      events: [
        "quiere conectar contigo", "quiere conectar contigo en linkedin", "te ha invitado a conectar", "te invitó a conectar", "te ha enviado una invitación", "te ha enviado una invitación para conectar",
        "te envió una invitación para conectar", "quiere unirse a tu red", "quiere formar parte de tu red",
      ],
      stock: [
        "me gustaría añadirte a mi red profesional en linkedin", "me gustaría añadirte a mi red profesional", "me gustaría agregarte a mi red profesional en linkedin",
        "me gustaría agregarte a mi red profesional", "me gustaría agregarte a mi red de linkedin", "me gustaría añadirte a mi red de linkedin", "me gustaría contactar contigo",
        "me gustaría conectar contigo en linkedin", "acepta la invitación de {x}", "responde a la invitación de {x}",
      ],
      footers: ["este email está dirigido a", "este correo electrónico está dirigido a", "este email se ha enviado a", "este mensaje se ha enviado a", "recibes correos electrónicos de invitación", "estás recibiendo emails de invitación"],
      mutualPlural: ["contactos en común", "contactos más en común", "conexiones en común", "contactos que tenéis en común"],
      mutualSingular: ["contacto en común", "conexión en común"],
      and: ["y"],
      other: ["otros", "más"],
      isA: ["es", "es un"],
      are: ["son"],
    },
    de: {
      decisionButtons: ["annehmen", "ignorieren"],
      buttons: ["annehmen", "ignorieren", "nachricht", "nachricht senden", "vernetzen", "profil anzeigen", "folgen", "ausstehend", "zurückziehen", "antworten", "verwerfen", "einladung annehmen", "einladung ignorieren"],
      chrome: [
        "einladungen", "einladungen ({n})", "{n} einladungen", "verwalten", "alle anzeigen", "alle anzeigen ({n})", "alle verwalten", "mein netzwerk", "netzwerk verwalten", "ihr netzwerk",
        "personen, die sie vielleicht kennen", "leute, die sie vielleicht kennen", "erhalten", "gesendet", "keine ausstehenden einladungen", "einladung zum vernetzen",
        "sie haben {n} ausstehende einladungen", "sie haben eine neue einladung", "mehr anzeigen", "weniger anzeigen",
      ],
      badges: ["1.", "2.", "3.", "3.+", "kontakt 1. grades", "kontakt 2. grades", "kontakt 3. grades"],
      events: [
        "möchte kontakt mit ihnen aufnehmen", "möchte sich mit ihnen vernetzen", "möchte sich mit dir vernetzen", "möchte kontakt mit dir aufnehmen", "hat sie eingeladen, sich zu vernetzen",
        "hat sie eingeladen, sich mit ihm zu vernetzen", "hat sie eingeladen, sich mit ihr zu vernetzen", "hat ihnen eine einladung gesendet", "hat ihnen eine kontaktanfrage gesendet",
        "hat dir eine kontaktanfrage gesendet", "möchte ihrem netzwerk beitreten",
      ],
      stock: [
        "ich möchte sie gerne zu meinem beruflichen netzwerk auf linkedin hinzufügen", "ich möchte sie gerne zu meinem beruflichen netzwerk hinzufügen",
        "ich möchte sie zu meinem beruflichen netzwerk auf linkedin hinzufügen", "ich möchte dich gerne zu meinem beruflichen netzwerk auf linkedin hinzufügen",
        "ich möchte mich gerne mit ihnen vernetzen", "ich würde mich gerne mit ihnen vernetzen", "einladung von {x} annehmen", "auf die einladung von {x} antworten",
      ],
      footers: ["diese e-mail ist für", "diese e-mail wurde an", "diese nachricht wurde an", "sie erhalten e-mails zu einladungen", "sie erhalten einladungs-e-mails"],
      mutualPlural: ["gemeinsame kontakte", "weitere gemeinsame kontakte"],
      mutualSingular: ["gemeinsamer kontakt", "weiterer gemeinsamer kontakt"],
      and: ["und"],
      other: ["weitere"],
      isA: ["ist ein"],
      are: ["sind"],
    },
    fr: {
      decisionButtons: ["accepter", "ignorer"],
      buttons: ["accepter", "ignorer", "message", "envoyer un message", "se connecter", "voir le profil", "suivre", "en attente", "retirer", "répondre", "accepter l'invitation", "ignorer l'invitation"],
      chrome: [
        "invitations ({n})", "{n} invitations", "gérer", "tout afficher", "tout afficher ({n})", "voir tout", "mon réseau", "gérer mon réseau", "personnes que vous connaissez peut-être",
        "reçues", "envoyées", "aucune invitation en attente", "invitation à se connecter", "vous avez {n} invitations en attente", "vous avez une nouvelle invitation", "voir plus", "afficher plus",
      ],
      badges: ["1er", "2e", "3e", "3e+", "relation de 1er niveau", "relation de 2e niveau", "relation de 3e niveau"],
      events: [
        "souhaite rejoindre votre réseau", "souhaite rejoindre votre réseau professionnel", "souhaite se connecter avec vous", "aimerait se connecter avec vous", "vous a invité à vous connecter",
        "vous a invitée à vous connecter", "vous a invité(e) à vous connecter", "vous a envoyé une invitation à se connecter", "souhaite vous ajouter à son réseau",
      ],
      stock: [
        "je souhaiterais rejoindre votre réseau sur linkedin", "je souhaiterais rejoindre votre réseau", "j'aimerais vous inviter à rejoindre mon réseau professionnel en ligne, sur le site linkedin",
        "j'aimerais vous inviter à rejoindre mon réseau professionnel", "merci de m'ajouter à votre réseau linkedin", "j'aimerais me connecter avec vous sur linkedin",
        "j'aimerais vous ajouter à mon réseau professionnel sur linkedin", "accepter l'invitation de {x}", "répondre à l'invitation de {x}",
      ],
      footers: ["cet e-mail est destiné à", "cet e-mail a été envoyé à", "cet email est destiné à", "vous recevez des e-mails d'invitation", "vous recevez les e-mails d'invitation"],
      mutualPlural: ["relations en commun", "relations communes", "autres relations en commun", "relations que vous avez en commun"],
      mutualSingular: ["relation en commun", "relation commune", "relation que vous avez en commun"],
      and: ["et"],
      other: ["autres"],
      isA: ["est une"],
      are: ["sont des"],
    },
    pt: {
      decisionButtons: ["aceitar", "ignorar"],
      buttons: ["aceitar", "ignorar", "mensagem", "enviar mensagem", "conectar", "ver perfil", "seguir", "pendente", "retirar", "responder", "aceitar convite", "ignorar convite"],
      chrome: [
        "convites", "convites ({n})", "{n} convites", "gerenciar", "exibir tudo", "exibir tudo ({n})", "ver tudo", "minha rede", "gerenciar minha rede", "pessoas que talvez você conheça",
        "pessoas que você talvez conheça", "recebidos", "enviados", "nenhum convite pendente", "convite para se conectar", "você tem {n} convites pendentes", "você tem um novo convite", "ver mais", "exibir mais",
      ],
      badges: ["1º", "2º", "3º", "3º+", "conexão de 1º grau", "conexão de 2º grau", "conexão de 3º grau"],
      events: [
        "quer se conectar", "quer se conectar com você", "deseja se conectar", "deseja se conectar com você", "convidou você para se conectar", "enviou um convite para você",
        "enviou um convite para se conectar", "quer participar da sua rede",
      ],
      stock: [
        "gostaria de adicionar você à minha rede profissional no linkedin", "gostaria de adicionar você à minha rede profissional", "gostaria de adicioná-lo à minha rede profissional no linkedin",
        "gostaria de adicioná-la à minha rede profissional no linkedin", "gostaria de adicioná-lo à minha rede profissional", "gostaria de me conectar com você no linkedin",
        "aceitar o convite de {x}", "responder ao convite de {x}",
      ],
      footers: ["este e-mail foi enviado para", "este e-mail é destinado a", "este e-mail foi destinado a", "você está recebendo e-mails de convite"],
      mutualPlural: ["conexões em comum", "outras conexões em comum"],
      mutualSingular: ["conexão em comum"],
      and: ["e"],
      other: ["outras", "outros", "mais"],
      isA: ["é uma"],
      are: ["são"],
    },
  },
};
