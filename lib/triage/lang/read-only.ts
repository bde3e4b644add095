// Languages the engine reads but never answers in: Italian, Dutch, Polish, Swedish, Turkish
// and Catalan. Their interface words live in ../surfaces, and a request written in one of
// them is detected as "und" (../language.ts). These packs add what the engine needs to
// read the person's own words: how headlines name the blocked kinds of role, how a note
// says the two met, and the scam cues. They are read only where none of the five languages
// was detected (see ./index.ts), so English, Spanish, German, French and Portuguese text is
// read exactly as before.
//
// Regular expressions run on folded text (../text.ts `fold`): lower case, accents removed,
// curly quotes straightened. NFKD removes the marks of "ą ę ś ź ż ć ń ó" (Polish), "ş ç ğ ö
// ü" (Turkish), "å ä ö" (Swedish), "è à ç l·l" (Catalan), but Polish "ł" and Turkish
// dotless "ı" are letters of their own and stay: write "[lł]" and "[iı]" where they may
// appear ("İ" and "I" fold to "i", so "ALIM" reads "alim" but "alım" reads "alım"). `\b`
// knows only ASCII letters, so the cues use `w()`, whole words in any script.
import type { ScamKey } from "./types";

export const READING_LANGUAGES = ["it", "nl", "pl", "sv", "tr", "ca"] as const;
export type ReadingLanguage = (typeof READING_LANGUAGES)[number];

/** The role families every language shares (the keys of the five packs' `roles`). */
export type RoleFamily =
  | "recruiter"
  | "sales"
  | "real estate"
  | "insurance"
  | "financial advisor"
  | "network marketing"
  | "marketing"
  | "crypto"
  | "coach"
  | "investor"
  | "journalist"
  | "founder"
  | "consultant"
  | "freelancer"
  | "influencer"
  | "hr";

/** What the engine reads in a language it does not answer in. */
export interface ReadingPack {
  /** role family → how headlines name it (plain words, folded and matched as whole phrases, like `LanguagePack.roles`) */
  roles: Partial<Record<RoleFamily, string[]>>;
  /** regular-expression sources (folded text): the note says they met online, or in person */
  meeting: { online: string[]; inPerson: string[] };
  /** scam and bot cues per platform signal (folded text) */
  scam: Partial<Record<ScamKey, string>>;
}

/** Whole words in any script: `\b` only knows ASCII letters, and folded Polish and Turkish keep "ł" and "ı". */
const w = (src: string) => String.raw`(?<![\p{L}\p{N}])(?:${src})(?![\p{L}\p{N}])`;
/** One cue of several alternatives, each a whole word or phrase. */
const any = (...alternatives: string[]) => w(alternatives.join("|"));

/** A sum of money: "500€", "€ 500", "3.000 euro", "300 zł", "2.000 TL", "5 000 kr". */
const MONEY = String.raw`(?:[$€£₺]\s?\d[\d.,]*|\d[\d.,]*(?:\s\d{3})*\s?(?:€|\$|£|₺|euro|eur|usd|dollari|dollar|zl|zł|pln|tl|lira|kr|kronor|sek))`;

/**
 * "Without risk" said of a return with a figure, in one sentence: "un rendimento del 30% senza rischi", "zonder risico
 * 30% rendement". Not "rendimenti in linea con il mercato e senza rischi inutili" (no figure), nor "20% korting, zonder
 * risico" (no return).
 */
const riskFree = (risk: string, gain: string) => {
  const figure = String.raw`\d{1,3}(?:[.,]\d+)?\s?%|${MONEY}`;
  const near = String.raw`[^.!?\n]{0,50}?`;
  return [
    `(?:${gain})${near}(?:${figure})${near}(?:${risk})`,
    `(?:${figure})${near}(?:${gain})${near}(?:${risk})`,
    `(?:${risk})${near}(?:${gain})${near}(?:${figure})`,
    `(?:${risk})${near}(?:${figure})${near}(?:${gain})`,
  ].join("|");
};

const it: ReadingPack = {
  roles: {
    recruiter: [
      "selezionatore", "selezionatrice", "ricerca e selezione", "ricerca e selezione del personale", "selezione del personale",
      "addetto alla selezione", "addetta alla selezione", "responsabile selezione", "consulente di selezione", "cacciatore di teste",
      "cacciatrice di teste", "reclutatore", "reclutatrice",
    ],
    sales: [
      "venditore", "venditrice", "vendite", "addetto alle vendite", "addetta alle vendite", "responsabile vendite", "direttore vendite",
      "direttore commerciale", "direttrice commerciale", "responsabile commerciale", "consulente commerciale", "agente commerciale",
      "agente di commercio", "rappresentante commerciale", "funzionario commerciale", "funzionaria commerciale", "tecnico commerciale",
      "addetto commerciale", "addetta commerciale", "ufficio commerciale", "sviluppo commerciale",
    ],
    "real estate": ["agente immobiliare", "consulente immobiliare", "agenzia immobiliare", "mediatore immobiliare", "mediatrice immobiliare"],
    insurance: ["assicurazioni", "agente assicurativo", "agente assicurativa", "consulente assicurativo", "consulente assicurativa", "broker assicurativo", "intermediario assicurativo"],
    "financial advisor": ["consulente finanziario", "consulente finanziaria", "promotore finanziario", "promotrice finanziaria", "consulente patrimoniale", "pianificatore finanziario"],
    "network marketing": ["marketing multilivello", "incaricato indipendente", "incaricata indipendente", "distributore indipendente", "distributrice indipendente"],
    crypto: ["criptovalute", "criptovaluta"],
    hr: ["risorse umane", "responsabile del personale", "gestione del personale"],
  },
  meeting: {
    online: [
      any(
        String.raw`(?:tuo|tuoi|tua|tue|suo|suoi) (?:[\p{L}'-]+ ){0,2}?(?:post|commento|commenti|articolo|thread|video|reel|storie|stories|newsletter|podcast|canale)`,
        String.raw`sotto (?:il |al |a un |un |l')?(?:tuo |suo |questo )?(?:post|articolo|video|commento)`,
        String.raw`nei commenti|tra i commenti|(?:ho |hai |abbiamo )?commentato|commentavi`,
        String.raw`(?:nel|sul|in un|nello stesso|sullo stesso) (?:forum|thread|webinar|canale)|webinar|(?:in|nella|sulla|nella stessa) chat`,
        String.raw`(?:gruppo|community) (?:facebook|fb|whatsapp|telegram|linkedin|discord|slack|su facebook|di facebook|su linkedin|su telegram|online)`,
        String.raw`(?:siamo|sei|sono|eravamo|siete)\s+(?:(?:tutt[ie] e due|tutt[ie] e tre|entramb[ie]|anche io|anch'io)\s+)?(?:nel|nello stesso|in un|nel tuo|iscritt[ie] al)\s+gruppo|gruppo\s+["“«']`,
        String.raw`(?:conosciut[ieao]|incontrat[ieao]|parlato|scritto|letto|vist[oa]) (?:online|on line|in rete)|(?:la tua|la sua|in) diretta (?:su|di) (?:instagram|youtube|linkedin|twitch|facebook)`,
      ),
    ],
    inPerson: [
      any(
        // "ci siamo conosciuti al convegno" (not "… nel gruppo", "… online")
        String.raw`ci siamo (?:conosciut|incontrat|vist)[ieao](?! (?:online|on line|in rete|su |sul |sulla |nel gruppo|in chat|nella chat|nei commenti|nel forum|al webinar|a un webinar|durante (?:il|un) webinar|~))`,
        String.raw`(?:piacere|lieta|lieto|felice) di (?:averti |averla |avervi )?conoscer(?:ti|la|vi|l[ao])|(?:e stato|e stato un|un) piacere conoscer(?:ti|la|vi)`,
        String.raw`convegno|conferenza|congresso|fiera|al salone|(?:allo|al|nostro|vostro|tuo) stand|matrimonio|battesimo|funerale|scuola|liceo|universita|ateneo|facolta|palestra|in persona|di persona|dal vivo|nella vita reale`,
        String.raw`(?:ex|eravamo|siamo stati|siamo stat[ie]) (?:colleghi|colleghe|collega|compagni|compagne)|compagn[ie] di (?:classe|scuola|universita|corso|squadra|banco)|vicin[oie] di casa|cugin[oaie]`,
        String.raw`abbiamo (?:lavorato|studiato|giocato|corso) insieme|(?:alla|a|dopo la) (?:cena|festa|presentazione)|(?:al|all'|dopo il|durante il|durante l') ?(?:workshop|meetup|evento|aperitivo|corso|seminario|panel|talk)`,
      ),
    ],
  },
  scam: {
    "spam.off_platform": any(
      String.raw`(?:scrivimi|contattami|aggiungimi|chiamami|messaggiami|scrivici|contattaci|mi aggiungi|mi scrivi|ti aspetto)\s+(?:pure\s+|subito\s+)?(?:su|via|al|in|sul)\s+(?:whats\s?app|telegram|signal|viber|wechat)`,
      String.raw`(?:il mio|mio) (?:numero (?:di |su )?)?(?:whats\s?app|telegram)`,
      String.raw`(?:parliamo|continuiamo|sentiamoci|scriviamoci)(?: (?:a parlare|la conversazione|meglio))? (?:su|via|in) (?:whats\s?app|telegram|signal)`,
    ),
    "spam.money_pitch": any(
      String.raw`guadagn\p{L}*\s+(?:fino a |dai |da |oltre |piu di |anche )?${MONEY}`,
      String.raw`rendimento (?:garantito|fisso)|guadagni garantiti|profitti garantiti|liberta finanziaria|reddito passivo|rendita passiva|soldi facili|investimento minimo|\d{1,3}\s?% (?:al mese|a settimana|al giorno|mensile|settimanale|giornaliero)`,
      riskFree(String.raw`senza (?:alcun )?rischi[oi]?`, String.raw`rendiment\p{L}*|guadagn\p{L}*|profitt\p{L}*|investiment\p{L}*`),
      String.raw`prestit[oi] (?:veloc[ei]|immediat[oi]|senza garanzie)|con il mio metodo`,
    ),
    "spam.crypto": any(String.raw`criptovalut[ae]|segnali (?:di trading|vip|crypto|forex)|gruppo vip`),
    "spam.job_scam": any(
      String.raw`lavor\p{L}* (?:da casa|online)\b[^.!?\n]{0,60}(?:guadagn\p{L}*|${MONEY}\s*(?:al giorno|a settimana|all'ora))`,
      String.raw`senza esperienza\b[^.!?\n]{0,50}(?:guadagn\p{L}*|${MONEY}\s*(?:al giorno|a settimana|all'ora))`,
      String.raw`quota (?:di )?(?:iscrizione|registrazione|attivazione)`,
      String.raw`(?:metti|mettere) (?:like|mi piace) (?:a|ai) (?:video|post)\b[^.!?\n]{0,60}(?:guadagn\p{L}*|€|pagat\p{L}*)`,
    ),
    "spam.romance": any(
      String.raw`(?:ciao|salve|buongiorno|buonasera)\s+(?:mia cara|mio caro|bellissima|bellezza|tesoro|amore mio|amore|dolcezza)`,
      String.raw`ho visto il tuo profilo e (?:mi sei piaciut[oa]|sei bellissim[oa]|mi hai colpit[oa])|(?:hai un|il tuo) (?:sorriso|viso) (?:bellissimo|stupendo|meraviglioso|dolcissimo)`,
      String.raw`mi sento (?:tanto |molto |cosi )?sol[oa]|sono vedov[oa]|cerco (?:una |un |la |l')?(?:donna|uomo|compagna|compagno|anima gemella|relazione seria)|foto (?:private|intime|hot)`,
    ),
    "spam.fake_persona": any(
      String.raw`piattaforma (?:petrolifera|in mare aperto)|ingegnere offshore|medico militare|missione (?:di pace|onu|delle nazioni unite)|esercito (?:americano|degli stati uniti|usa)|(?:soldato|generale|capitano|sergente) (?:americano|dell'esercito americano)`,
    ),
    "spam.link_bait": any(
      String.raw`hai vinto (?:un |una )?(?:buono|iphone|carta regalo|gift card|${MONEY})|sei (?:stat[oa] )?(?:estratt[oa]|selezionat[oa]) (?:come vincitor\p{L}*|per ricevere)`,
      String.raw`complimenti\b[^.\n]{0,60}(?:sei (?:stat[oa] )?(?:estratt|selezionat)\p{L}*|sei tra i \d+|clienti fortunat\p{L}*)|clienti fortunati`,
      String.raw`buon[oi] (?:spesa|regalo|acquisto|sconto|carburante|amazon)(?: (?:da|di) ${MONEY})`,
      String.raw`(?:riscatta|riscattare|riscattarlo|riscattarla|ritira|ritirare|richiedi) (?:subito |ora |adesso )?(?:il tuo |il |la tua |la )?(?:premio|buono|regalo|omaggio)|riscattarl[oa]`,
      String.raw`clicca (?:qui|sul link|il link)|link in (?:bio|descrizione)|iphone gratis`,
    ),
    "spam.phishing": any(
      String.raw`(?:verifica|conferma|convalida) (?:il tuo|la tua) (?:account|identita|profilo)`,
      String.raw`(?:il tuo|la tua) (?:account|profilo|pagina) (?:sara|e stat[oa]|verra) (?:sospes[oa]|bloccat[oa]|disattivat[oa]|eliminat[oa])`,
      String.raw`(?:il tuo )?pacco (?:non e stato|non puo essere) consegnato|spese di (?:spedizione|sdoganamento) (?:non pagate|in sospeso)|inserisci i dati della (?:tua )?carta|codice (?:a|di) (?:6|sei) cifre`,
    ),
    "spam.ambassador_pitch": any(
      String.raw`(?:diventa|diventare|cerchiamo|cerchiamo nuov[ie]|cerchiamo nuov[oa]) (?:la |il |un |una )?(?:nostr[oaie] )?(?:brand )?(?:ambassador|ambasciatric[ei]|ambasciator[ei])`,
      String.raw`(?:ambasciatric[ei]|ambasciator[ei]) (?:del|per il) (?:nostro )?(?:marchio|brand)|collaborazione (?:retribuita|pagata)`,
      String.raw`scrivi(?:ci)? (?:alla|sulla) (?:nostra )?pagina (?:principale|ufficiale)`,
    ),
    "spam.follower_selling": any(String.raw`(?:compra|acquista|ottieni)\s+(?:\d[\d.,]*k?\s+)?(?:follower|like|mi piace|visualizzazioni|iscritti)`),
    "spam.donation_appeal": any(String.raw`(?:aiutami|aiutaci|aiutateci) a raccogliere|fai una donazione|dona ora`),
  },
};

const nl: ReadingPack = {
  roles: {
    recruiter: [
      "recruitmentconsultant", "recruitmentadviseur", "recruitmentspecialist", "recruitmentmedewerker", "werving en selectie", "werving & selectie",
      "wervingsspecialist", "intercedent", "intercedente", "headhunter",
    ],
    sales: [
      "verkoper", "verkoopster", "verkoop", "verkoopadviseur", "verkoopmedewerker", "verkoopleider", "verkoopmanager", "verkoopdirecteur",
      "accountmanager", "commercieel directeur", "commercieel manager", "commercieel medewerker", "buitendienstmedewerker", "binnendienstmedewerker verkoop",
    ],
    "real estate": ["makelaar", "makelaardij", "vastgoedmakelaar", "vastgoedadviseur", "aankoopmakelaar", "verkoopmakelaar"],
    insurance: ["verzekeringen", "verzekeringsadviseur", "verzekeringsagent", "assurantieadviseur", "verzekeringsmakelaar"],
    "financial advisor": ["financieel adviseur", "financieel planner", "beleggingsadviseur", "vermogensbeheerder", "vermogensadviseur", "hypotheekadviseur"],
    "network marketing": ["netwerkmarketing", "onafhankelijk distributeur", "zelfstandig distributeur"],
    crypto: ["cryptovaluta", "cryptohandelaar"],
    coach: ["loopbaancoach", "lifecoach", "businesscoach", "mindsetcoach"],
    hr: ["personeelszaken", "hr-adviseur", "personeelsadviseur"],
  },
  meeting: {
    online: [
      any(
        String.raw`(?:je|jouw|uw) (?:[\p{L}'-]+ ){0,2}?(?:post|linkedin-post|linkedinpost|reactie|artikel|blog|blogpost|draad|thread|video|nieuwsbrief|podcast|vlog|stories)`,
        String.raw`(?:in|onder) (?:de|je|jouw|uw|die|dat) (?:reacties|comments|replies|draad|thread|post|bericht)|reageerde(?:n)? (?:op|onder)|gereageerd (?:op|onder)`,
        String.raw`(?:in|op) (?:het|een|dat|hetzelfde) forum|webinar|(?:in|via) de chat|gechat`,
        String.raw`(?:facebook|fb|whatsapp|linkedin|telegram|signal|slack|discord|app)[ -]?groep(?:je)?|groep\s+["“«']`,
        String.raw`(?:allebei|beiden|allebei lid|samen|ook) (?:lid )?(?:in|van) (?:de|dezelfde|een|die) (?:online )?groep`,
        String.raw`(?:online|digitaal|via linkedin) (?:ontmoet|leren kennen|gesproken|gechat)|elkaar online`,
      ),
    ],
    inPerson: [
      any(
        // "we hebben elkaar ontmoet bij de training" (not "… in de groep", "… online")
        String.raw`(?:ontmoet|ontmoetten|leren kennen|gezien|gesproken) (?:op|bij|tijdens|na)(?! (?:de |het |een |je |jouw |dat |die )?(?:~|webinar|groep|chat|forum|reacties|comments|post|draad|thread|linkedin|facebook|instagram|slack|discord|teams|zoom|online|livestream))`,
        String.raw`congres|conferentie|vakbeurs|op de beurs|symposium|bruiloft|trouwerij|huwelijk|begrafenis|basisschool|middelbare school|op school|universiteit|hogeschool|studietijd|studiegeno(?:ot|ten)|jaargeno(?:ot|ten)|sportschool`,
        String.raw`oud-collega\p{L}*|oud collega\p{L}*|(?:waren|zijn|waren ooit) collega'?s|collega'?s (?:bij|van|geweest)|buurman|buurvrouw|buren|neef`,
        String.raw`borrel|netwerkborrel|feestje|verjaardag|in het echt|persoonlijk ontmoet|(?:op|bij|tijdens|na) (?:de|het|een|je|jouw|jullie) (?:[\p{L}-]+ ){0,2}?(?:training|cursus|workshop|meetup|evenement|lezing|presentatie|les|yogales)`,
        String.raw`samen (?:gewerkt|gestudeerd|gesport|gevoetbald|in de klas|op school|op de basisschool|op de middelbare)|(?:zaten|zaten we|zaten wij|werkten|studeerden|speelden)\b[^.!?\n]{0,30}\bsamen (?:op|in|bij|aan)\b(?! (?:de |het |een |dezelfde )?(?:~|groep|chat|forum|webinar|app|online|thread|draad))`,
      ),
    ],
  },
  scam: {
    "spam.off_platform": any(
      String.raw`(?:stuur|app|bel|sms|contacteer|voeg|whatsapp|mail)\s+(?:me|mij|ons)\s+(?:(?:even|gerust|maar|direct|snel|een berichtje|een bericht|een appje|toe)\s+)*(?:op|via|in)\s+(?:whats\s?app|telegram|signal|viber)`,
      String.raw`(?:een )?appje via whats\s?app|mijn (?:whats\s?app|telegram)(?:nummer)?|(?:verder )?(?:praten|kletsen|chatten) (?:op|via) (?:whats\s?app|telegram|signal)`,
    ),
    "spam.money_pitch": any(
      String.raw`\d{1,3}\s?% (?:per (?:maand|week|dag)|rendement)|(?:vast|gegarandeerd|gegarandeerde) rendement|financiele vrijheid|passief inkomen|snel geld|makkelijk geld|kleine inleg`,
      riskFree(String.raw`zonder (?:enig )?risico`, String.raw`rendement|winst|verdien\p{L}*|inleg`),
      String.raw`verdien(?:en|t|de)?\s+(?:tot\s+|meer dan\s+|ruim\s+)?${MONEY}`,
    ),
    "spam.crypto": any(String.raw`cryptovaluta|cryptomunt(?:en)?|(?:handels|trading)signalen`),
    "spam.job_scam": any(
      String.raw`thuiswerk\p{L}*\b[^.!?\n]{0,60}(?:verdien\p{L}*|${MONEY}\s*per (?:dag|week|uur))|geen ervaring (?:nodig|vereist)\b[^.!?\n]{0,60}(?:verdien\p{L}*|${MONEY}\s*per (?:dag|week|uur))`,
      String.raw`inschrijfkosten|registratiekosten|commissie per (?:taak|opdracht|review)`,
    ),
    "spam.romance": any(
      String.raw`ik voel me (?:zo |erg |heel )?eenzaam|ik ben (?:weduwnaar|weduwe)|op zoek naar (?:een |mijn )?(?:serieuze relatie|eerlijke (?:man|vrouw)|zielsverwant|ware liefde)|je (?:ziet er|lijkt) (?:zo |heel |erg )?(?:lief|mooi|knap) uit`,
    ),
    "spam.fake_persona": any(String.raw`olieplatform|booreiland|vredesmissie|legerarts|militaire arts|amerikaans(?:e)? leger`),
    "spam.link_bait": any(
      String.raw`(?:je hebt|u heeft|jij hebt) (?:een |de )?(?:waardebon|cadeaubon|cadeaukaart|iphone|${MONEY})\p{L}* gewonnen|(?:je bent|u bent) (?:geselecteerd|uitgekozen) als (?:de )?(?:gelukkige )?winnaar`,
      String.raw`(?:waardebon|cadeaubon|cadeaukaart|tegoedbon)(?:nen)?\b[^\n]{0,30}(?:${MONEY}|gratis|t\.w\.v\.|claim)`,
      String.raw`klik (?:hier|op de link)|link in (?:mijn |onze |de )?bio|claim (?:nu |je |jouw )?(?:prijs|cadeau|bon|plek|korting)|(?:prijs|cadeau|bon|plek|korting) te claimen|op=op`,
    ),
    "spam.phishing": any(
      String.raw`(?:verifieer|bevestig) (?:je|uw) (?:account|identiteit|profiel)|(?:je|uw) (?:account|pagina|profiel) (?:wordt|is|zal worden) (?:geblokkeerd|opgeschort|verwijderd|gedeactiveerd)`,
      String.raw`(?:je|uw) pakket(?:je)? (?:kon niet|kan niet) (?:worden )?bezorgd|openstaande (?:verzend|invoer)kosten`,
    ),
    "spam.ambassador_pitch": any(
      String.raw`(?:word|wordt|worden) (?:onze |een )?(?:merk)?ambassadeur|(?:op zoek naar|zoeken) (?:nieuwe |enthousiaste )?(?:merk)?ambassadeurs?|ambassadeurs? voor (?:ons|onze) merk|betaalde samenwerking`,
    ),
    "spam.follower_selling": any(String.raw`(?:koop|kopen|krijg)\s+(?:\d[\d.,]*k?\s+)?(?:echte\s+)?(?:volgers|likes|views)`),
    "spam.donation_appeal": any(String.raw`doneer (?:nu|hier|via)|help (?:ons|me|mij) (?:geld )?in te zamelen`),
  },
};

const pl: ReadingPack = {
  roles: {
    recruiter: [
      "rekruter", "rekruterka", "rekruterzy", "rekrutacja", "rekrutacji", "ds. rekrutacji", "specjalista ds. rekrutacji", "specjalistka ds. rekrutacji",
      "specjalista do spraw rekrutacji", "łowca głów", "łowczyni głów", "headhunterka",
    ],
    sales: [
      "handlowiec", "przedstawiciel handlowy", "przedstawicielka handlowa", "doradca handlowy", "doradczyni handlowa", "sprzedaż", "sprzedaży",
      "specjalista ds. sprzedaży", "specjalistka ds. sprzedaży", "kierownik sprzedaży", "dyrektor sprzedaży", "menedżer sprzedaży", "opiekun klienta kluczowego",
    ],
    "real estate": ["agent nieruchomości", "agentka nieruchomości", "pośrednik nieruchomości", "pośredniczka nieruchomości", "doradca ds. nieruchomości", "biuro nieruchomości"],
    insurance: ["agent ubezpieczeniowy", "agentka ubezpieczeniowa", "doradca ubezpieczeniowy", "ubezpieczenia", "broker ubezpieczeniowy"],
    "financial advisor": ["doradca finansowy", "doradczyni finansowa", "doradca inwestycyjny", "doradca kredytowy", "ekspert finansowy", "ekspertka finansowa"],
    "network marketing": ["marketing sieciowy", "marketing wielopoziomowy", "niezależny dystrybutor", "niezależna dystrybutorka"],
    crypto: ["kryptowaluty", "kryptowalut"],
    hr: ["kadry", "kadry i płace", "zasoby ludzkie", "zasobów ludzkich", "specjalista ds. kadr", "specjalistka ds. kadr", "ds. personalnych"],
  },
  meeting: {
    online: [
      any(
        String.raw`(?:twoj|twoim|twojego|twoja|twojej|twoje|twoich|pana|pani|panski|panskim) (?:[\p{L}'-]+ ){0,2}?(?:post\p{L}*|wpis\p{L}*|komentarz\p{L}*|artyku[lł]\p{L}*|watek|watku|watkiem|newsletter\p{L}*|podcast\p{L}*|nagran\p{L}*)`,
        String.raw`pod (?:twoim |twoja |pani |pana |tym |jej |jego )?(?:postem|wpisem|artyku[lł]em|filmem|filmikiem|komentarzem|nagraniem)|w komentarzach|skomentowa[lł]\p{L}*`,
        String.raw`na (?:grupie|czacie|webinarze|webinarium|streamie)|w (?:czacie|webinarze|webinarium|streamie|transmisji)|(?:na|w) tej samej grupie|w grupie\s+["„“«']|grup\p{L}* (?:na )?(?:facebooku|fb|fejsie|whatsappie|linkedinie|telegramie|discordzie|slacku)|webinar\p{L}*`,
        // Slack, Discord, Reddit… inflected: "na slacku", "na discordzie", "na reddicie"
        String.raw`slack(?:u|a|iem)|discord(?:zie|a|em)|reddic(?:ie)|twitch(?:u|a|em)|githubie|youtubie`,
        String.raw`(?:pozna\p{L}*|rozmawia\p{L}*|pisali\p{L}*|pisa[lł]\p{L}*) (?:sie )?(?:online|w sieci|przez internet)`,
      ),
    ],
    inPerson: [
      any(
        // "poznaliśmy się na konferencji" (not "… na grupie", "… online")
        String.raw`(?:pozna|spotka)[lł](?:am|em|ismy|ysmy|yscie|iscie|a|)\s+(?:sie\s+)?(?:[\p{L}]+\s+){0,2}?(?:na|w|podczas|przy)(?!\s+(?:~|grupie|czacie|webinar\p{L}*|slacku|discordzie|linkedin\p{L}*|facebook\p{L}*|fejsie|online|komentarz\p{L}*|streamie|sieci|internecie))`,
        String.raw`konferencj\p{L}*|kongres\p{L}*|targ(?:i|ach|ow|ami)|stoisk\p{L}*|wesel\p{L}*|slub\p{L}*|szko[lł](?:a|e|y|ach|ami)|liceum|na studiach|uczelni|uniwersytec\p{L}*|na zywo|osobiscie|w realu`,
        String.raw`meetup\p{L}*|szkoleni\p{L}*|warsztat\p{L}*|imprez\p{L}*|kolacj\p{L}*|pracowa[lł]\p{L}* razem|razem pracowa[lł]\p{L}*|studiowa[lł]\p{L}* razem|sasiad\p{L}*|kuzyn\p{L}*`,
      ),
    ],
  },
  scam: {
    "spam.off_platform": any(
      String.raw`(?:napisz|napisac|pisz|odezwij sie|zadzwon|dodaj mnie|skontaktuj sie|prosze pisac|zapraszam)\s+(?:do mnie\s+|ze mna\s+)?(?:na|przez|w)\s+(?:whats\s?app\p{L}*|telegram\p{L}*|signal\p{L}*|viber\p{L}*)`,
      String.raw`moj (?:numer (?:na )?)?(?:whats\s?app|telegram)`,
    ),
    "spam.money_pitch": any(
      String.raw`zarab(?:iaj|iac|iasz|iaja|ia)\p{L}*\s+(?:nawet\s+|do\s+|od\s+|ponad\s+)?${MONEY}|zarob(?:isz|ic|isz nawet)\s+(?:nawet\s+|do\s+|ponad\s+)?${MONEY}`,
      String.raw`gwarantowan\p{L}* (?:zysk|zwrot|dochod)\p{L}*|wolnosc finansow\p{L}*|pasywny dochod|dochod pasywny|\d{1,3}\s?% (?:miesiecznie|tygodniowo|dziennie)`,
      riskFree(String.raw`bez (?:zadnego )?ryzyka`, String.raw`zysk\p{L}*|zarab\p{L}*|zwrot\p{L}*|inwestycj\p{L}*`),
    ),
    "spam.crypto": any(String.raw`kryptowalut\p{L}*|sygna[lł]\p{L}* (?:tradingow|vip|inwestycyjn)\p{L}*`),
    "spam.job_scam": any(
      String.raw`prac\p{L}* zdaln\p{L}*\b[^.!?\n]{0,80}(?:${MONEY}\s*(?:dziennie|za godzine|tygodniowo)|wyp[lł]ata od razu)`,
      String.raw`bez doswiadczenia\b[^.!?\n]{0,60}(?:${MONEY}\s*(?:dziennie|za godzine|tygodniowo)|zarab\p{L}*)|polubieni\p{L}* (?:i subskrypcj\p{L}* )?(?:film\p{L}*|post\p{L}*)|op[lł]at\p{L}* (?:rejestracyjn|wpisow|za szkoleni)\p{L}*`,
    ),
    "spam.romance": any(
      String.raw`(?:hej|czesc|witaj|dzien dobry)\s+(?:moja\s+)?(?:sliczna|piekna|przystojniaku)`,
      String.raw`czuje sie (?:taki |taka |bardzo |tak )?samotn\p{L}*|jestem (?:wdowcem|wdowa)|szukam (?:powaznego zwiazku|uczciwej kobiety|uczciwego mezczyzny|mi[lł]osci|bratniej duszy|zony|meza)`,
    ),
    "spam.fake_persona": any(String.raw`platform\p{L}* wiertnicz\p{L}*|misj\p{L}* pokojow\p{L}*|lekarz\p{L}* wojskow\p{L}*|armii (?:usa|amerykanskiej|stanow zjednoczonych)|misji onz`),
    "spam.link_bait": any(
      String.raw`wygra[lł](?:es|as) (?:bon|kupon|voucher|karte|iphone|${MONEY})|zosta[lł](?:es|as) (?:wylosowan|wybran)\p{L}* (?:do odbioru|jako zwyciez)\p{L}*|zosta[lł](?:es|as) wylosowan\p{L}*`,
      String.raw`kliknij (?:tutaj|w link|link|ponizej)|link w (?:bio|opisie)|odbierz (?:swoja |swoj |swoje )?(?:nagrode|bon|kupon|prezent|voucher)`,
      String.raw`(?:bon|kupon|voucher|karta|karte) (?:podarunkow\p{L}*|zakupow\p{L}*|rabatow\p{L}*|o wartosci)[^\n]{0,30}${MONEY}`,
    ),
    "spam.phishing": any(
      String.raw`(?:zweryfikuj|potwierdz) (?:swoje|swoj|swoja) (?:konto|tozsamosc|profil|dane)|(?:twoje|pana|pani) konto (?:zostanie|zosta[lł]o) (?:zablokowane|zawieszone|usuniete)`,
      String.raw`paczk\p{L}* (?:nie mog[lł]a|nie moze|zosta[lł]a wstrzymana)|dop[lł]at\p{L}* (?:do przesy[lł]ki|za przesy[lł]ke)`,
    ),
    "spam.ambassador_pitch": any(String.raw`ambasador\p{L}* (?:marki|naszej marki)|zostan (?:nasza |naszym )?ambasador\p{L}*|p[lł]atna wspo[lł]prac\p{L}*`),
    "spam.follower_selling": any(String.raw`(?:kup|kupic|kupisz)\s+(?:\d[\d.,]*k?\s+)?(?:prawdziwych\s+)?(?:obserwujacych|polubien|followersow)`),
    "spam.donation_appeal": any(String.raw`(?:wesprzyj|wplac|przekaz) (?:zbiorke|darowizne)|pomoz (?:nam|mi) zebrac`),
  },
};

const sv: ReadingPack = {
  roles: {
    recruiter: ["rekryterare", "rekrytering", "rekryteringskonsult", "rekryteringsspecialist", "rekryteringsansvarig", "rekryteringschef", "talangrekryterare"],
    sales: ["säljare", "sälj", "säljchef", "säljansvarig", "försäljning", "försäljningschef", "innesäljare", "utesäljare", "företagssäljare", "kundansvarig säljare"],
    "real estate": ["fastighetsmäklare", "mäklare", "bostadsmäklare", "mäklarassistent"],
    insurance: ["försäkringar", "försäkringsrådgivare", "försäkringsmäklare", "försäkringsförmedlare"],
    "financial advisor": ["finansiell rådgivare", "placeringsrådgivare", "privatrådgivare", "förmögenhetsrådgivare"],
    "network marketing": ["nätverksmarknadsföring", "oberoende återförsäljare"],
    crypto: ["kryptovaluta", "kryptovalutor"],
    coach: ["livscoach", "karriärcoach"],
    hr: ["personalchef", "personalansvarig", "personalavdelningen"],
  },
  meeting: {
    online: [
      any(
        String.raw`(?:ditt|mitt|ert|hennes|hans|det har) inlagg|inlagget|(?:din|dina|er) (?:kommentar|kommentarer|trad|artikel|post|video|blogg|podd|podcast|nyhetsbrev)`,
        String.raw`kommentar(?:en|er|erna|sfaltet)|kommenterade|i (?:kommentarerna|traden|chatten|forumet)|pa forumet|webbinari\p{L}*|webinar\p{L}*|chattade`,
        String.raw`(?:facebook|fb|whatsapp|linkedin|telegram|discord|slack)-?grupp(?:en)?|i gruppen\s+["“”«']|(?:bada|bada tva|alla tva|vi ar) (?:med |medlemmar )?i (?:samma )?(?:facebook)?grupp(?:en)?`,
        String.raw`(?:traffades|pratade|chattade|skrev) (?:online|pa natet|digitalt)`,
      ),
    ],
    inPerson: [
      any(
        // "vi träffades på konferensen" (not "… i gruppen", "… online")
        String.raw`(?:traffades|traffade (?:dig|varandra)|mottes|sags)\s+(?:[\p{L}]+\s+){0,2}?(?:pa|vid|under|i|efter)(?!\s+(?:~|gruppen|forumet|chatten|webbinari\p{L}*|webinar\p{L}*|slack|discord|linkedin|facebook|instagram|natet|online|teams|zoom|kommentar\p{L}*|traden))`,
        String.raw`konferens\p{L}*|kongress\p{L}*|massan|brollop\p{L}*|begravning\p{L}*|skolan|gymnasiet|hogstadiet|universitetet|hogskolan|plugget|i verkliga livet|i verkligheten|personligen`,
        String.raw`(?:var|varit|ar) kollegor|exkollega|gamla kollegor|tidigare kollega|jobbade (?:ihop|tillsammans)|jobbat (?:ihop|tillsammans)|pluggade (?:ihop|tillsammans)|studerade (?:ihop|tillsammans)|grannar|granne`,
        String.raw`meetup\p{L}*|festen|middagen|kursen|workshop\p{L}*|gymmet|mingel\p{L}*|afterworken`,
      ),
    ],
  },
  scam: {
    "spam.off_platform": any(
      String.raw`(?:skriv|sms:?a|ring|kontakta|lagg till|messa)\s+(?:till\s+)?(?:mig|oss)\s+(?:pa|via)\s+(?:whats\s?app|telegram|signal|viber)`,
      String.raw`min (?:whats\s?app|telegram)|(?:prata|chatta|snacka)(?: vidare)? (?:pa|via) (?:whats\s?app|telegram|signal)`,
    ),
    "spam.money_pitch": any(
      String.raw`tjana\p{L}*\s+(?:upp till\s+|over\s+|minst\s+)?${MONEY}`,
      String.raw`garanterad (?:avkastning|vinst)|passiv inkomst|ekonomisk frihet|\d{1,3}\s?% (?:i manaden|per manad|per vecka|om dagen|per dag)`,
      riskFree(String.raw`utan (?:nagon )?risk|riskfri\p{L}*`, String.raw`avkastning|vinst\p{L}*|tjana\p{L}*|investering\p{L}*`),
    ),
    "spam.crypto": any(String.raw`kryptovalut\p{L}*|tradingsignaler`),
    "spam.job_scam": any(
      String.raw`jobba (?:hemifran|hemma)\b[^.!?\n]{0,60}(?:tjana\p{L}*|${MONEY}\s*(?:om dagen|per dag|i veckan|per vecka|i timmen))|ingen erfarenhet (?:kravs|behovs)\b[^.!?\n]{0,60}(?:tjana\p{L}*|${MONEY}\s*(?:om dagen|per dag|i veckan|per vecka|i timmen))`,
      String.raw`registreringsavgift|anmalningsavgift|startavgift`,
    ),
    "spam.romance": any(
      String.raw`(?:hej|hallo|hejsan|hej hej)\s+(?:min\s+)?(?:snygging|sotnos|alskling|raring|vackra|sotis)`,
      String.raw`letar efter (?:en |min )?(?:arlig|arliga|seriost|seriosa|karleksfull\p{L}*|trogen|trogna) (?:man|kvinna|relation|partner)|letar efter karleken|du verkar (?:sa |valdigt |mycket |jatte)?(?:snall|vacker|snygg|underbar)`,
      String.raw`jag kanner mig (?:sa |valdigt |mycket )?ensam|jag ar (?:ankling|anka)`,
    ),
    "spam.fake_persona": any(
      String.raw`militarlakare|militar lakare|fredsbevarande|oljeplattform\p{L}*|fn-uppdrag|(?:stationerad|utplacerad|tjanstgor) i (?:syrien|jemen|afghanistan|irak|libyen|somalia)`,
    ),
    "spam.link_bait": any(
      String.raw`du har vunnit (?:ett |en )?(?:presentkort|iphone|${MONEY})|grattis\b[^.\n]{0,40}du (?:har blivit|ar) (?:utvald|dragen|vald) (?:att|som vinnare)|klicka (?:har|pa lanken)|lanken i (?:min |var )?bio`,
      String.raw`presentkort\p{L}*\b[^\n]{0,30}(?:${MONEY}|vunnit)|hamta ut (?:ditt |din )?(?:pris|presentkort|vinst)`,
    ),
    "spam.phishing": any(
      String.raw`(?:verifiera|bekrafta) (?:ditt konto|din identitet|din profil)|ditt (?:konto|profil) (?:kommer att|har) (?:stangas|stangts|blockeras|blockerats|raderas|sparras|sparrats)`,
      String.raw`ditt paket (?:kunde inte|har inte kunnat) levereras|obetald (?:tull|frakt)avgift`,
    ),
    "spam.ambassador_pitch": any(String.raw`(?:bli|bli var|bli en) (?:varumarkes)?ambassador|varumarkesambassador\p{L}*|betalt samarbete`),
    "spam.follower_selling": any(String.raw`kop(?:a)?\s+(?:\d[\d.,]*k?\s+)?(?:riktiga\s+)?(?:foljare|likes|visningar)`),
    "spam.donation_appeal": any(String.raw`(?:swisha|skanka|donera) (?:en slant|gava|pengar) (?:till|for)`),
  },
};

const tr: ReadingPack = {
  roles: {
    recruiter: ["işe alım", "işe alım uzmanı", "işe alım sorumlusu", "işe alım müdürü", "işe alım danışmanı", "yetenek kazanımı", "yetenek avcısı"],
    sales: ["satış", "satış müdürü", "satış temsilcisi", "satış uzmanı", "satış danışmanı", "satış yöneticisi", "satış sorumlusu", "iş geliştirme"],
    "real estate": ["emlak danışmanı", "gayrimenkul danışmanı", "gayrimenkul uzmanı", "emlakçı"],
    insurance: ["sigorta acentesi", "sigorta danışmanı", "sigorta uzmanı", "sigortacı"],
    "financial advisor": ["finansal danışman", "finans danışmanı", "yatırım danışmanı", "portföy yöneticisi"],
    "network marketing": ["ağ pazarlama", "ağ pazarlaması", "çok katlı pazarlama"],
    crypto: ["kripto", "kripto para", "kripto para uzmanı"],
    coach: ["yaşam koçu", "kariyer koçu", "iş koçu"],
    hr: ["insan kaynakları", "ik uzmanı", "ik müdürü"],
  },
  meeting: {
    online: [
      any(
        // "yorumlarda", "yorumunu", not "yorumlamak" (to interpret)
        String.raw`yorumlar(?:da|daki|[iı]n[iı]z\p{L}*|[iı]|[iı]n[iı]|[iı]m[iı]z\p{L}*)|yorum (?:yazd|yapt|b[iı]rakt)\p{L}*|yorum(?:unuz|unuzu|unu|un|unuza|uma|umu)\s+(?:gordum|okudum|begendim|icin tesekkur\p{L}*)`,
        String.raw`paylas[iı]m\p{L}*\s+alt[iı]nda\p{L}*|paylas[iı]m[iı]n[iı]z\p{L}*|(?:son|linkedin|instagram|twitter) paylas[iı]m\p{L}*|paylas[iı]m[iı]n[iı] (?:gordum|okudum|begendim)|gonderiniz\p{L}*|gonderin(?:i|de|in)|gonderisin\p{L}*`,
        String.raw`(?:facebook|fb|whatsapp|linkedin|telegram|discord|slack)\s+grub\p{L}*|ayn[iı] grup(?:ta|tay[iı]z|tayiz)|["”»']\s*grub(?:u|unda|una|unu)`,
        String.raw`forum(?:da|daki|unda)|webinar\p{L}*|canl[iı] yay[iı]n\p{L}*|cevrimici|internet uzerinden`,
        // "Slack'te" reads as "slack" already; written without the apostrophe: "slackte", "discordda"
        String.raw`(?:slack|discord|reddit|twitch|github)(?:te|ta|de|da|teki|taki|deki|daki)`,
      ),
    ],
    inPerson: [
      any(
        String.raw`konferans\p{L}*|kongre\p{L}*|zirve(?:de|sinde|si)|fuar\p{L}*|stand(?:da|ında|inda|ımızda|imizda)|dugun\p{L}*`,
        String.raw`okul(?:da|dan|dayken|das|u|un)|lise(?:de|den|deyken)|universite\p{L}*|fakulte\p{L}*|ayn[iı] (?:sirkette|ofiste|okulda|s[iı]n[iı]fta|bolumde|ekipte)`,
        String.raw`(?:birlikte|beraber) (?:cal[iı]st[iı]k|okuduk|cal[iı]sm[iı]st[iı]k)|(?:eski )?is arkadas\p{L}*|yuz yuze|bizzat|etkinlik(?:te|teki)|bulusma(?:da|s[iı]nda)|meetup\p{L}*|egitim(?:de|inde)|atolye\p{L}*|komsu\p{L}*|kuzen\p{L}*|aksam yemeg\p{L}*`,
      ),
    ],
  },
  scam: {
    "spam.off_platform": any(
      String.raw`(?:whats\s?app|telegram|signal)(?:'?(?:tan|dan|a|e|ta|da))?\s+(?:(?:bana|bize|hemen)\s+)*(?:yaz|ulas|ekle|mesaj at|mesaj gonder|iletisime gec)\p{L}*`,
      String.raw`(?:whats\s?app|telegram)\s+(?:numaram\p{L}*|grubumuz\p{L}*|kanal[iı]m[iı]z\p{L}*)|(?:telegram|whats\s?app)\s+grub\p{L}*\s+kat[iı]l\p{L}*`,
    ),
    "spam.money_pitch": any(
      String.raw`(?:gunde|gunluk|haftada|haftal[iı]k|ayda|ayl[iı]k)\s+(?:%\s?\d{1,3}|${MONEY})\b[^.!?\n]{0,40}kazan\p{L}*`,
      String.raw`(?:kazanc|getiri) garantili|garantili (?:kazanc|getiri)|pasif gelir|finansal ozgurluk|risksiz (?:kazanc|getiri|yat[iı]r[iı]m)\p{L}*`,
    ),
    "spam.crypto": any(String.raw`kripto(?: ?para\p{L}*)?|sinyal grub\p{L}*|vip sinyal\p{L}*`),
    "spam.job_scam": any(
      String.raw`evden (?:cal[iı]sma|cal[iı]s|is)\p{L}*\b[^.!?\n]{0,60}(?:(?:gunde|gunluk|haftal[iı]k)\s+${MONEY}|kazan(?:[iı]n|abilirsin)\p{L}*)|deneyim (?:gerekmez|gerekmiyor|sart degil)\b[^.!?\n]{0,60}(?:(?:gunde|gunluk|haftal[iı]k)\s+${MONEY}|kazan(?:[iı]n|abilirsin)\p{L}*)`,
      String.raw`kay[iı]t ucreti`,
    ),
    "spam.romance": any(
      String.raw`(?:merhaba|selam)\s+(?:guzel[iı]m|yak[iı]s[iı]kl[iı]|guzellik)`,
      String.raw`yaln[iı]z hissediyorum|dul (?:bir )?(?:adam[iı]m|kad[iı]n[iı]m|erkeg[iı]m)|ciddi bir iliski ar[iı]yorum|seni (?:daha )?yak[iı]ndan tan[iı]mak isti\p{L}*`,
    ),
    "spam.fake_persona": any(String.raw`petrol platform\p{L}*|bar[iı]s gucu|askeri doktor|(?:amerikan|abd) ordusu\p{L}*`),
    "spam.link_bait": any(
      String.raw`hediye ceki\p{L}*\b[^\n]{0,40}(?:kazand\p{L}*|t[iı]kla\p{L}*|${MONEY})|${MONEY}\s*(?:degerinde )?hediye ceki\p{L}*|(?:hediye|cekilis)\p{L}*\s+kazand[iı]n\p{L}*|tebrikler\b[^.\n]{0,60}(?:talihli\p{L}*|cekilis\p{L}*)`,
      String.raw`(?:linke|buraya) t[iı]kla\p{L}*|biyografideki link`,
    ),
    "spam.phishing": any(
      String.raw`hesab[iı]n[iı]z[iı]? (?:dogrula|onayla)\p{L}*|hesab[iı]n[iı]z (?:ask[iı]ya al[iı]nacak|kapat[iı]lacak|silinecek|engellenecek)|kargonuz teslim edilemedi`,
    ),
    "spam.ambassador_pitch": any(String.raw`marka elcisi\p{L}*|marka elcilerimiz\p{L}*|marka yuzu\p{L}*`),
    "spam.follower_selling": any(String.raw`(?:takipci|begeni)\s+sat[iı]n al\p{L}*|ucuz takipci|gercek takipci`),
  },
};

const ca: ReadingPack = {
  roles: {
    recruiter: ["reclutament", "selecció de personal", "tècnic de selecció", "tècnica de selecció", "captació de talent", "caçatalents", "consultor de selecció", "consultora de selecció"],
    sales: ["venedor", "venedora", "venedors", "vendes", "director de vendes", "directora de vendes", "cap de vendes", "assessor comercial", "assessora comercial", "desenvolupament de negoci"],
    "real estate": ["agent immobiliari", "agent immobiliària", "assessor immobiliari", "assessora immobiliària", "agència immobiliària"],
    insurance: ["assegurances", "agent d'assegurances", "corredor d'assegurances", "corredora d'assegurances"],
    "financial advisor": ["assessor financer", "assessora financera", "planificador financer", "planificadora financera"],
    "network marketing": ["màrqueting multinivell", "distribuïdor independent", "distribuïdora independent"],
    crypto: ["criptomonedes"],
    hr: ["recursos humans"],
  },
  meeting: {
    online: [
      any(
        String.raw`(?:el teu|la teva|els teus|les teves|el seu|la seva) (?:[\p{L}'-]+ ){0,2}?(?:comentari|comentaris|publicacio|publicacions|post|article|fil|video|newsletter|podcast|blog)`,
        String.raw`comentaris|vaig comentar|(?:al|en el|del|pel) (?:mateix )?(?:grup|forum|xat|fil)\s+(?:de\s+)?(?:facebook|whatsapp|telegram|linkedin|["“«'])|grup de (?:facebook|whatsapp|telegram|linkedin)`,
        String.raw`(?:som|estem|erem) (?:les dues |els dos |tots dos |totes dues |ambdues |ambdos )?(?:al|en el|del) grup|webinar\p{L}*|en linia`,
      ),
    ],
    inPerson: [
      any(
        // "ens vam conèixer al 4YFN" (not "… al grup", "… en línia")
        String.raw`ens vam (?:coneixer|veure|trobar|saludar)(?! (?:al |en el |a l'|pel |per |en )?(?:~|grup|forum|xat|webinar|linkedin|facebook|instagram|slack|discord|linia|online))`,
        String.raw`congres|conferencia|fira|estand|casament|funeral|escola|l'institut|universitat|facultat|en persona|a la vida real`,
        String.raw`companys? de (?:feina|classe|pis|curs|carrera)|companyes? de (?:feina|classe|pis|curs|carrera)|vam (?:treballar|estudiar) (?:junts|juntes|plegats|plegades)|veins|veina|cosins?|cosines?`,
        String.raw`(?:al|el|del|despres del) (?:sopar|dinar|taller|meetup)|(?:a la|la) (?:festa|jornada|trobada|xerrada)`,
      ),
    ],
  },
  scam: {
    "spam.off_platform": any(
      String.raw`(?:escriu|escriviu|afegeix|truca|contacta|parlem)(?:-?me|-?nos|-m'|m'|'m)?\s+(?:al|per|a|pel|en)\s+(?:whats\s?app|telegram|signal)`,
      String.raw`el meu (?:numero de )?(?:whats\s?app|telegram)`,
    ),
    "spam.money_pitch": any(
      String.raw`guany\p{L}*\s+(?:fins a\s+|mes de\s+)?${MONEY}`,
      String.raw`rendibilitat garantida|guanys garantits|llibertat financera|ingressos passius|diners facils`,
      riskFree(String.raw`sense (?:cap )?risc`, String.raw`rendibilitat|guany\p{L}*|inversio\p{L}*`),
    ),
    "spam.crypto": any(String.raw`criptomoned(?:a|es)|senyals de trading`),
    "spam.job_scam": any(
      String.raw`treball (?:des de casa|en linia)\b[^.!?\n]{0,60}(?:guany\p{L}*|${MONEY}\s*(?:al dia|a la setmana))|sense experiencia\b[^.!?\n]{0,60}(?:guany\p{L}*|${MONEY}\s*(?:al dia|a la setmana))|quota d'inscripcio`,
    ),
    "spam.romance": any(
      String.raw`hola\s+(?:(?:mi|meu|meva) (?:amor|estimada|estimat)|preciosa|princesa)`,
      String.raw`em sento (?:molt |tan )?sol(?:a)?|soc (?:vidu|vidua)|busco (?:una )?(?:relacio seria|parella|anima bessona)|vull coneixer-te millor`,
    ),
    "spam.fake_persona": any(String.raw`missio de pau|plataforma petroliera|metge militar|exercit (?:americano?|dels estats units)`),
    "spam.link_bait": any(
      String.raw`(?:targeta|xec|val) (?:regal|de regal|de compra|descompte)\b[^\n]{0,30}${MONEY}|has guanyat (?:una? )?(?:targeta|xec|val|iphone|${MONEY})|has estat (?:seleccionat|escollit|triat)\p{L}*(?:/da)? (?:per rebre|com a guanyador)`,
      String.raw`enhorabona\b[^.\n]{0,60}(?:has estat (?:seleccionat|escollit|triat)\p{L}*|sorteig)|compartir(?:-ho)? amb \d+ amics`,
      String.raw`fes clic (?:aqui|a l'enllac)|enllac a la (?:meva )?bio`,
    ),
    "spam.phishing": any(
      String.raw`verifica (?:el teu|la teva) (?:compte|identitat|perfil)|el teu compte (?:sera|ha estat) (?:suspes|bloquejat|eliminat|desactivat)`,
    ),
    "spam.ambassador_pitch": any(String.raw`ambaixador\p{L}* de (?:la |nostra |la nostra )?marca|(?:fes-te|sigues|converteix-te en) (?:el nostre |la nostra )?ambaixador\p{L}*`),
  },
};

export const READING_PACKS: Record<ReadingLanguage, ReadingPack> = { it, nl, pl, sv, tr, ca };

/**
 * A role term as written, and the forms typed without "ł" or dotless "ı", or in capitals
 * ("İŞE ALIM UZMANI" folds to "ise alim uzmani", "łowca" is typed "lowca"): the phrases
 * fold what `fold` removes, not these.
 */
export function roleTermForms(term: string): string[] {
  const ascii = term.replace(/ł/g, "l").replace(/Ł/g, "L").replace(/ı/g, "i");
  return ascii === term ? [term] : [term, ascii];
}
