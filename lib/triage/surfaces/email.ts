// The mail clients' own text around a pasted notification e-mail: headers of a forward,
// Gmail's and Outlook's chrome, quoting, and the footers every sender shares.
import type { SurfaceVocabulary } from "./types";

/** Header names of an e-mail, as mail clients print them on a forward or a copy. */
export const EMAIL_HEADER_NAMES = ["from", "to", "cc", "bcc", "subject", "date", "sent", "reply-to", "mailed-by", "signed-by", "security", "von", "an", "betreff", "datum", "de", "para", "asunto", "fecha", "objet", "envoyé", "à", "assunto", "enviado", "enviado el", "enviado em", "enviada em", "gesendet", "envoyé le", "cco", "kopie", "data"];

export const EMAIL: SurfaceVocabulary = {
  surface: "email",
  sources: [
    "RFC 5322 header fields (From, To, Cc, Subject, Date); Gmail's forward marker '---------- Forwarded message ---------'; Apple Mail's 'Begin forwarded message:'; Outlook's '-----Original Message-----' and 'From: / Sent: / To: / Subject:'",
    "Gmail plain-text copies: '[image: LinkedIn]', 'to me', '<https://…>' after link text",
  ],
  words: {
    en: { navigation: ["discord", "slack", "whatsapp", "telegram", "messenger", "imessage", "text message", "gmail", "compose", "inbox", "starred", "snoozed", "sent", "drafts", "more", "less", "labels", "details", "search mail", "important", "spam", "trash", "categories", "social", "updates", "promotions", "last account activity: {x}", "{x} gb of {n} gb used", "terms · privacy · program policies", "{n}–{n} of {n}", "{n}-{n} of {n}", "open in new window", "print all"],
      buttons: ["reply", "reply all", "forward", "unsubscribe", "help", "privacy policy", "terms", "view in browser", "open in app", "show details", "to me", "inbox"],
      chrome: ["begin forwarded message:", "forwarded message", "original message", "inbox", "notifications", "social", "updates"],
      footers: [
        "unsubscribe", "privacy policy", "user agreement", "help center", "all rights reserved", "manage your email preferences", "manage email preferences",
        "manage notifications", "notification settings", "email settings", "view in browser", "to stop receiving", "you are receiving this", "you're receiving this",
        "was sent to you", "copyright ©", "©",
      ],
      salutations: ["hi", "hello", "hey", "dear", "good morning", "good afternoon", "good evening"],
    },
    es: { navigation: ["anular suscripción", "cancelar suscripción", "redactar", "recibidos", "destacados", "pospuestos", "enviados", "borradores", "más", "menos", "etiquetas", "detalles", "buscar correo", "buscar en el correo", "importantes", "papelera", "última actividad de la cuenta: {x}", "{n}–{n} de {n}", "{n}-{n} de {n}", "{x} gb de {n} gb usados", "{x} gb de {n} gb utilizados", "términos · privacidad · políticas del programa"], buttons: ["responder", "reenviar", "para mí"], chrome: ["mensaje reenviado", "recibidos", "bandeja de entrada"], footers: ["cancelar suscripción", "darse de baja", "política de privacidad", "todos los derechos reservados", "condiciones de uso"], salutations: ["hola", "buenos días", "buenas tardes", "buenas", "estimado", "estimada", "querido", "querida"] },
    de: { navigation: ["abbestellen", "abmelden", "schreiben", "posteingang", "markiert", "zurückgestellt", "gesendet", "entwürfe", "mehr", "weniger", "labels", "details", "in e-mails suchen", "e-mails durchsuchen", "wichtig", "papierkorb", "letzte kontoaktivität: {x}", "{n}–{n} von {n}", "{n}-{n} von {n}", "{x} gb von {n} gb belegt", "{x} gb von {n} gb genutzt", "nutzungsbedingungen · datenschutz · programmrichtlinien"], buttons: ["antworten", "weiterleiten", "an mich"], chrome: ["weitergeleitete nachricht", "posteingang"], footers: ["abbestellen", "abmelden", "datenschutzrichtlinie", "alle rechte vorbehalten", "nutzungsbedingungen"], salutations: ["hallo", "hi", "guten tag", "guten morgen", "liebe", "lieber", "servus", "moin"] },
    fr: { navigation: ["nouveau message", "boîte de réception", "messages suivis", "en attente", "messages envoyés", "brouillons", "plus", "moins", "libellés", "détails", "rechercher dans les messages", "importants", "corbeille", "dernière activité sur le compte : {x}", "dernière activité du compte : {x}", "{n}–{n} sur {n}", "{n}-{n} sur {n}", "{x} go utilisés sur {n} go", "conditions d'utilisation · confidentialité · règles du programme"], buttons: ["répondre", "transférer", "à moi"], chrome: ["message transféré", "boîte de réception"], footers: ["se désabonner", "désabonnement", "politique de confidentialité", "tous droits réservés", "conditions d'utilisation"], salutations: ["bonjour", "bonsoir", "salut", "cher", "chère"] },
    pt: { navigation: ["cancelar inscrição", "cancelar assinatura", "escrever", "caixa de entrada", "com estrela", "adiados", "enviados", "rascunhos", "mais", "menos", "marcadores", "detalhes", "pesquisar e-mail", "pesquisar no e-mail", "importantes", "lixeira", "última atividade da conta: {x}", "{n}–{n} de {n}", "{n}-{n} de {n}", "{x} gb de {n} gb usados", "{x} gb de {n} gb utilizados", "termos · privacidade · políticas do programa"], buttons: ["responder", "encaminhar", "para mim"], chrome: ["mensagem encaminhada", "caixa de entrada"], footers: ["cancelar inscrição", "descadastrar", "política de privacidade", "todos os direitos reservados", "termos de uso"], salutations: ["olá", "ola", "oi", "bom dia", "boa tarde", "boa noite", "prezado", "prezada", "caro", "cara"] },
  },
};
