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
    en: {
      buttons: ["reply", "reply all", "forward", "unsubscribe", "help", "privacy policy", "terms", "view in browser", "open in app", "show details", "to me", "inbox"],
      chrome: ["begin forwarded message:", "forwarded message", "original message", "inbox", "notifications", "social", "updates"],
      footers: [
        "unsubscribe", "privacy policy", "user agreement", "help center", "all rights reserved", "manage your email preferences", "manage email preferences",
        "manage notifications", "notification settings", "email settings", "view in browser", "to stop receiving", "you are receiving this", "you're receiving this",
        "was sent to you", "copyright ©", "©",
      ],
      salutations: ["hi", "hello", "hey", "dear", "good morning", "good afternoon", "good evening"],
    },
    es: { buttons: ["responder", "reenviar", "para mí"], chrome: ["mensaje reenviado", "recibidos", "bandeja de entrada"], footers: ["cancelar suscripción", "darse de baja", "política de privacidad", "todos los derechos reservados", "condiciones de uso"], salutations: ["hola", "buenos días", "buenas tardes", "buenas", "estimado", "estimada", "querido", "querida"] },
    de: { buttons: ["antworten", "weiterleiten", "an mich"], chrome: ["weitergeleitete nachricht", "posteingang"], footers: ["abbestellen", "abmelden", "datenschutzrichtlinie", "alle rechte vorbehalten", "nutzungsbedingungen"], salutations: ["hallo", "hi", "guten tag", "guten morgen", "liebe", "lieber", "servus", "moin"] },
    fr: { buttons: ["répondre", "transférer", "à moi"], chrome: ["message transféré", "boîte de réception"], footers: ["se désabonner", "désabonnement", "politique de confidentialité", "tous droits réservés", "conditions d'utilisation"], salutations: ["bonjour", "bonsoir", "salut", "cher", "chère"] },
    pt: { buttons: ["responder", "encaminhar", "para mim"], chrome: ["mensagem encaminhada", "caixa de entrada"], footers: ["cancelar inscrição", "descadastrar", "política de privacidade", "todos os direitos reservados", "termos de uso"], salutations: ["olá", "ola", "oi", "bom dia", "boa tarde", "boa noite", "prezado", "prezada", "caro", "cara"] },
  },
};
