// French: roles (masculine, feminine and inclusive spellings: "chargé(e)", "recruteur·euse"),
// cues and drafts. "vous" on LinkedIn and in the formal tone, "tu" in the warm and brief
// tones on Facebook, Instagram and X; no gendered agreement with the writer ("ravi(e)" is
// avoided); a narrow no-break space before ":" as French typography wants.
import type { Platform } from "../schema";
import { addressIn, usesFamiliar as usesTu } from "./address";
import type { DraftVoice, LanguagePack } from "./types";

/** the request with its determiner: "ton invitation", "ta demande d'ami", "ta demande d'abonnement", "votre message" */
function requestNoun(platform: Platform, tu: boolean): string {
  const noun = platform === "instagram" ? "demande d'abonnement" : platform === "facebook" ? "demande d'ami" : platform === "x" ? "message" : "invitation";
  if (!tu) return `votre ${noun}`;
  return noun.startsWith("demande") ? `ta ${noun}` : `ton ${noun}`;
}

const NNBSP = "\u202f";

const COMPETITOR = [
  "La politique de mon entreprise ne me permet pas de me connecter avec des personnes travaillant chez des concurrents.",
  "En raison de la politique de mon employeur, je ne peux pas me connecter avec des personnes de sociétés concurrentes.",
];
const NOT_KNOWN = [
  "Je n'ajoute à mon réseau que des personnes que je connais dans la vraie vie.",
  "Sur {platform}, je réserve mes connexions aux personnes que je connais personnellement.",
];
const NO_NOTE = [
  "Je n'accepte que les invitations accompagnées d'un petit mot personnel expliquant la raison de la demande.",
  "Je n'accepte que les invitations accompagnées de quelques mots sur la raison de la mise en relation.",
];
const BLOCKED = [
  "J'ai pour règle personnelle de ne pas me connecter avec {roles} sur {platform}, et je l'applique à tout le monde.",
  "Sur {platform}, je réserve mon réseau aux personnes avec qui je travaille directement ; je ne me connecte donc pas avec {roles}, sans exception.",
  "J'ai pour règle de ne pas me connecter avec {roles} sur {platform}, et cela n'a rien de personnel.",
];
const SHORT = {
  competitor: `Politique d'entreprise${NNBSP}: pas de connexion avec des concurrents.`,
  blocked_role: "Par principe, je ne me connecte pas ici avec {roles}.",
  not_known_in_real_life: "Je n'ajoute que des personnes que je connais dans la vraie vie.",
  no_personal_note: "Je n'accepte que les invitations avec un mot personnel.",
};

const WARM_VOUS: DraftVoice = {
  thanks: [
    "Merci beaucoup pour {request}, c'est très aimable à vous d'avoir pensé à moi.",
    "Merci pour {request}, je suis sensible à votre démarche.",
    "Je vous remercie pour {request} et pour l'intérêt que vous me portez.",
  ],
  reasons: { competitor: COMPETITOR, blocked_role: BLOCKED, not_known_in_real_life: NOT_KNOWN, no_personal_note: NO_NOTE },
  shortReasons: SHORT,
  offers: {
    blocked_role: ["Vous pouvez bien sûr suivre mes publications publiques si elles vous sont utiles."],
    not_known_in_real_life: ["Vous pouvez tout à fait suivre mes publications publiques."],
    no_personal_note: ["Si vous souhaitez m'écrire quelques mots sur ce que vous avez en tête, je les lirai avec plaisir."],
  },
  closings: ["Je vous souhaite une très belle continuation.", "Je vous souhaite plein de réussite."],
  signOffs: ["Bien à vous,", "Belle journée,", "Cordialement,"],
  rolesFallback: "des personnes de votre secteur",
  companyFallback: "votre entreprise",
};

const WARM_TU: DraftVoice = {
  ...WARM_VOUS,
  thanks: ["Merci beaucoup pour {request}, c'est gentil d'avoir pensé à moi.", "Merci pour {request}, c'est sympa d'avoir pensé à moi."],
  offers: {
    blocked_role: ["Tu peux bien sûr suivre mes publications publiques si elles te sont utiles."],
    not_known_in_real_life: ["Tu peux tout à fait suivre mes publications publiques."],
    no_personal_note: ["Si tu veux m'écrire quelques mots sur ce que tu as en tête, je les lirai avec plaisir."],
  },
  closings: ["Je te souhaite une belle continuation.", "Plein de réussite pour la suite."],
  signOffs: ["Belle journée,", "Bien à toi,", "Amicalement,"],
  rolesFallback: "des personnes de ton secteur",
  companyFallback: "ton entreprise",
};

const FORMAL: DraftVoice = {
  thanks: ["Je vous remercie pour {request}.", "Merci pour {request}.", "Je vous remercie de votre prise de contact."],
  reasons: {
    competitor: [COMPETITOR[0]!, "La politique de mon employeur ne m'autorise pas à entrer en relation avec des collaborateurs de sociétés concurrentes."],
    blocked_role: [
      "Par principe, je ne me connecte pas avec {roles} sur {platform}, et j'applique cette règle à tous.",
      "Sur {platform}, je limite mon réseau à mes relations de travail directes et ne me connecte donc pas avec {roles}.",
    ],
    not_known_in_real_life: [NOT_KNOWN[0]!, "Je réserve mes connexions sur {platform} aux personnes que je connais personnellement."],
    no_personal_note: [NO_NOTE[0]!, "Je n'accepte que les invitations accompagnées d'un bref message sur l'objet de la mise en relation."],
  },
  shortReasons: { ...SHORT, competitor: "La politique de mon entreprise exclut les connexions avec des concurrents." },
  offers: {
    blocked_role: ["Vous pouvez naturellement suivre mes publications publiques."],
    not_known_in_real_life: ["Vous pouvez naturellement suivre mes publications publiques."],
    no_personal_note: ["Si vous souhaitez m'adresser un bref message sur l'objet de votre démarche, je le lirai avec attention."],
  },
  closings: ["Je vous souhaite une excellente continuation.", "Je vous adresse tous mes vœux de réussite."],
  signOffs: ["Cordialement,", "Bien cordialement,", "Bien à vous,"],
  rolesFallback: "des personnes de votre secteur",
  companyFallback: "votre entreprise",
};

const BRIEF_VOUS: DraftVoice = {
  thanks: ["Merci pour {request}.", "Merci de votre intérêt."],
  reasons: {
    competitor: ["La politique de mon entreprise exclut les connexions avec des concurrents.", SHORT.competitor],
    blocked_role: ["Par principe, je ne me connecte pas avec {roles} sur {platform}.", "Par principe, je ne me connecte pas ici avec {roles}."],
    not_known_in_real_life: [NOT_KNOWN[0]!, "Sur {platform}, je ne me connecte qu'avec des personnes que je connais en personne."],
    no_personal_note: ["Je n'accepte que les invitations avec un mot personnel.", "Je n'accepte que les invitations accompagnées d'un mot personnel."],
  },
  shortReasons: SHORT,
  offers: {
    blocked_role: ["Vous pouvez suivre mes publications."],
    not_known_in_real_life: ["Vous pouvez suivre mes publications publiques."],
    no_personal_note: ["N'hésitez pas à m'écrire ce que vous avez en tête."],
  },
  closings: [""],
  signOffs: ["Bonne journée,", "Cordialement,"],
  rolesFallback: "des personnes de votre secteur",
  companyFallback: "votre entreprise",
};

const BRIEF_TU: DraftVoice = {
  ...BRIEF_VOUS,
  thanks: ["Merci pour {request}.", "Merci de ton intérêt."],
  offers: {
    blocked_role: ["Tu peux suivre mes publications."],
    not_known_in_real_life: ["Tu peux suivre mes publications publiques."],
    no_personal_note: ["N'hésite pas à m'écrire ce que tu as en tête."],
  },
  signOffs: ["Bonne journée,", "Belle journée,"],
  rolesFallback: "des personnes de ton secteur",
  companyFallback: "ton entreprise",
};

const VOUS_RE = /(?<![\p{L}])(?:vous|votre|vos)(?![\p{L}])/iu;
const TU_RE = /(?<![\p{L}'’])(?:tu|toi|ton|ta|tes|te)(?![\p{L}'’])|(?<![\p{L}])t['’](?=\p{L})/iu;
const PLATFORM_NAMES: Record<Platform, string> = { linkedin: "LinkedIn", facebook: "Facebook", x: "X", instagram: "Instagram", other: "cette plateforme" };

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export const fr: LanguagePack = {
  code: "fr",
  name: "French",
  nativeName: "Français",
  roles: {
    recruiter: [
      "recruteur", "recruteuse", "recruteurs", "recruteuses", "recruteur·euse", "recrutement", "chargé de recrutement", "chargée de recrutement",
      "chargé(e) de recrutement", "chargé·e de recrutement", "chargés de recrutement", "responsable recrutement", "responsable du recrutement",
      "consultant en recrutement", "consultante en recrutement", "consultant(e) en recrutement", "chasseur de têtes", "chasseuse de têtes",
      "chasseur de tetes", "talent acquisition", "acquisition de talents", "cabinet de recrutement", "sourceur", "sourceuse", "headhunter",
      "chargé de sourcing", "chargée de sourcing", "recruteur it", "approche directe",
    ],
    sales: [
      "commercial", "commerciale", "commerciaux", "vente", "ventes", "vendeur", "vendeuse", "ingénieur commercial", "ingénieure commerciale",
      "ingénieur d'affaires", "ingénieure d'affaires", "chargé d'affaires", "chargée d'affaires", "attaché commercial", "attachée commerciale",
      "directeur commercial", "directrice commerciale", "responsable commercial", "responsable commerciale", "technico-commercial",
      "technico-commerciale", "business developer", "développeur d'affaires", "développeuse d'affaires", "développement commercial",
      "account manager", "key account manager", "responsable grands comptes", "chef des ventes", "conseiller commercial", "conseillère commerciale",
      "télévendeur", "télévendeuse", "sales",
    ],
    "real estate": [
      "immobilier", "immobilière", "agent immobilier", "agente immobilière", "agents immobiliers", "conseiller immobilier", "conseillère immobilière",
      "négociateur immobilier", "négociatrice immobilière", "mandataire immobilier", "mandataire immobilière", "agence immobilière",
      "transaction immobilière", "courtier immobilier", "courtière immobilière",
    ],
    insurance: [
      "assurance", "assurances", "agent d'assurance", "agent d'assurances", "agente d'assurance", "agent général d'assurance", "agente générale d'assurance",
      "courtier en assurance", "courtier en assurances", "courtière en assurances", "conseiller en assurance", "conseillère en assurance",
      "chargé de clientèle assurance", "assureur",
    ],
    "financial advisor": [
      "conseiller en gestion de patrimoine", "conseillère en gestion de patrimoine", "gestion de patrimoine", "gestionnaire de patrimoine", "cgp",
      "conseiller financier", "conseillère financière", "conseiller en investissement", "conseillère en investissement", "planificateur financier",
      "planificatrice financière", "banquier privé", "banquière privée", "gestion privée",
    ],
    "network marketing": [
      "marketing de réseau", "marketing relationnel", "vente directe", "vdi", "distributeur indépendant", "distributrice indépendante",
      "conseiller indépendant", "conseillère indépendante", "network marketing", "mlm",
    ],
    marketing: ["marketing", "responsable marketing", "chargé de marketing", "chargée de marketing", "marketing digital", "growth hacker", "community manager"],
    crypto: ["crypto", "cryptomonnaie", "cryptomonnaies", "crypto-monnaies", "blockchain", "forex", "bitcoin"],
    coach: ["coach", "coaching", "coach de vie", "coach professionnel", "coach professionnelle"],
    investor: ["investisseur", "investisseuse", "business angel", "capital-risque", "capital risque", "investisseur providentiel"],
    journalist: ["journaliste", "reporter", "rédacteur", "rédactrice", "correspondant", "correspondante", "pigiste", "rédaction"],
    founder: ["fondateur", "fondatrice", "cofondateur", "cofondatrice", "co-fondateur", "co-fondatrice", "pdg", "ceo", "entrepreneur", "entrepreneuse", "dirigeant", "dirigeante"],
    consultant: ["consultant", "consultante", "conseil", "cabinet de conseil"],
    freelancer: ["freelance", "indépendant", "indépendante", "auto-entrepreneur", "auto-entrepreneuse", "micro-entrepreneur", "micro-entrepreneuse"],
    influencer: ["influenceur", "influenceuse", "créateur de contenu", "créatrice de contenu", "youtubeur", "youtubeuse", "blogueur", "blogueuse"],
    hr: ["ressources humaines", "rh", "drh", "chargé rh", "chargée rh", "responsable rh", "gestionnaire rh", "hrbp"],
    "public relations": ["relations presse", "relations publiques", "attaché de presse", "attachée de presse", "consultant en communication", "consultante en communication", "agence de communication", "chargé de relations presse", "chargée de relations presse"],
  },
  selfDescription: String.raw`(?:\b(?:je suis|je travaille comme|je travaille en tant que|je travaille dans|en tant que|nous sommes|je suis actuellement)\s+(?:(?:un|une|le|la|l'|aussi|actuellement|desormais|maintenant)\s*)*(?:[\p{L}-]+\s+){0,3})$`,
  salesPitch: String.raw`\bnous aidons (?:les )?(?:entreprises|equipes|marques|pme|e-?commerces?)\b|\b(?:une )?demo (?:de \d+ ?min|rapide|gratuite)\b|\b(?:entreprises|societes|equipes|marques|structures) comme (?:la votre|la tienne|le votre|le tien)\b|\b(?:vous|te) presenter (?:notre|nos|mon|ma) (?:solution|plateforme|offre|outil|logiciel|service|services|agence|produit)\b|\b(?:notre|nos) (?:solution|plateforme|outil|logiciel|agence) (?:permet|aide|peut vous aider|accompagne)\b|\b(?:une|un) (?:demo|demonstration|audit) (?:gratuite?|offerte?)\b|\bleads qualifies\b`,
  sentenceWords: String.raw`[Jj]e|[Jj]['’]\p{L}+|[Mm]oi|[Tt]oi|[Nn]ous|[Vv]ous|tu|[Tt]['’]\p{L}+|[Mm]['’]\p{L}+|[Cc]oucou|[Bb]onsoir|[Mm]erci|ravie?|Ravie? d[e'’]|[Aa]u plaisir`,
  employment: {
    current: String.raw`\bje suis\s+(?:[\p{L}'-]+\s+){1,4}chez\s+$|\b(?:travaille|bosse|suis)\s+(?:maintenant\s+|desormais\s+|actuellement\s+)?(?:chez|pour)\s+$|\bj'ai rejoint\s+$|\b(?:je viens de|viens de|je vais) rejoindre\s+$|\bje (?:rejoins|suis arrive(?:e)? chez)\s+$|\bnouvel(?:le)? arrivant(?:e)? chez\s+$|\b(?:equipe|team|service|departement|pole|direction)\b[^.!?\n]{0,25}\bchez\s+$`,
    past: String.raw`\b(?:anciennement|auparavant|avant)\s+(?:chez\s+)?$|\bancien(?:ne)? (?:de |d')$|\btravaillais (?:chez|pour)\s+$`,
  },
  meeting: {
    online: [
      String.raw`\b(?:le|ton|votre|un)\s+space\b|\b(?:dans|pendant|durant|sur)\s+(?:ton|votre)\s+(?:live|direct|stream)\b|\b(?:discord|slack)\b|\bsalon #|\b(?:du|le|notre|ce) serveur (?!de\b)\w|\bsous (?:votre|ton|ta|vos|tes|ce|cette|le|la) (?:fil|post|publication|tweet|thread|video)\b|\b(?:dans|sur) (?:le|ton|votre|ce) fil\b|\b(?:commentaire|commentaires|commente|fil de discussion|thread|forum en ligne|sur (?:le|un|ce|votre|ton) forum|webinaire|webinar|en ligne|online|virtuel(?:le)?|visio|zoom|teams|live|chat|discussion en ligne|ici sur (?:linkedin|facebook|instagram|x|twitter))\b`,
      String.raw`\b(?:votre|ton|ta|vos|tes|le|la|l'|un|une|ce|cette|mon|ma|notre)\s*(?:[\p{L}-]+\s+){0,2}?(?:publication|publications|post|posts|article|blog|video|reel|story|stories|tweet|newsletter|podcast|groupe|communaute|chaine)\b`,
      String.raw`\b(?:groupe|communaute)\b`,
    ],
    inPerson: [
      String.raw`\bmerci d['’]etre passee?s?\b|\b(?:devant|en face de) (?:ton|votre) (?:taf|boulot|bureau|travail|immeuble)\b`,
      String.raw`\b(?:reunion (?:des|de) parents|conference|congres|sommet|salon(?!\s*#)|stand|forum emploi|(?:au|du|lors du|pendant le) forum|mariage|enterrement|ecole|lycee|college|universite|fac|campus|promo|promotion|collegues?|ancien(?:ne)? collegue|camarades?|hackathon|salle de sport|eglise|voisins?|voisines?|en personne|en vrai|dans la vraie vie|cousins?|cousines?|enfance|afterwork|chorale|orchestre)\b`,
      String.raw`\b(?:travaille|etudie|joue)\s+ensemble\b`,
      // "on était ensemble en prépa", "nous étions dans la même classe"
      String.raw`\b(?:on etait|nous etions|on a ete|nous avons ete)\s+(?:ensemble|dans la meme (?:classe|promo|ecole|equipe))\b|\ben prepa\b`,
      String.raw`\b(?:ravie?|ravi\(e\)|content(?:e)?|heureux|heureuse|plaisir|enchante(?:e)?)\s+(?:de\s+|d')?(?:vous|t'|te)?\s*(?:avoir\s+)?(?:rencontre|croise|revoir|vu)\b`,
      String.raw`\b(?:rencontre(?:e|s|es)?|croise(?:e|s|es)?|vu(?:e|s|es)?|parle)\s+(?:brievement\s+)?(?:a|au|aux|lors d[eu]|pendant|apres)\s+(?!(?:la\s+|le\s+|l'|un\s+|une\s+|votre\s+|ton\s+)?(?:~|webinaire|webinar|zoom|visio|fil|post|groupe|chat|commentaires?|ligne|forum|communaute|serveur|discord|slack|reddit|twitch|stream|live|space|thread|tweet|publication))`,
      String.raw`\b(?:a|au|lors d[eu]|pendant|apres)\s+(?:la\s+|le\s+|l'|un\s+|une\s+|votre\s+|ton\s+|notre\s+)?(?:[\p{L}'-]+\s+){0,3}?(?:petit-dejeuner|dejeuner|diner|soiree|evenement|atelier|seminaire|table ronde|conference|cours|bureau|fete|festival|concert|gala|ceremonie|formation|meetup)\b`,
      String.raw`\b(?:meme|notre)\s+(?:[\p{L}-]+\s+)?(?:classe|equipe|bureau|club|cours|promo|programme|batiment|etage)\b|\b(?:dans|de|a)\s+(?:votre|ta|ton|ma|mon)\s+(?:[\p{L}-]+\s+)?(?:classe|equipe|bureau|club|cours|promo|programme|batiment|etage)\b`,
      // (but not "on s'est croisés dans le Space sur l'IA", "… sous ton post")
      String.raw`\bon s'est (?:croises|rencontres|vus)\b(?!\s+(?:dans|sur|en|sous|pendant|via)\s+(?:le\s+|la\s+|les\s+|l'|un\s+|une\s+|ton\s+|ta\s+|tes\s+|votre\s+|vos\s+|ce\s+|cette\s+)?(?:~|space|webinaire|webinar|zoom|visio|fil|post|publication|groupe|chat|commentaires?|ligne|forum|communaute|serveur|discord|slack|reddit|twitch|stream|live|thread|tweet|reponses)\b)`,
    ],
    onlineEvent: [
      String.raw`\b(?:conference|congres|sommet|salon|evenement|atelier|seminaire|cours|formation|meetup|classe|reunion)\s+(?:virtuel(?:le)?|en ligne|online|en visio)\b`,
    ],
  },
  stockPhrases: [
    /^(?:bonjour|bonsoir|salut|hello|coucou|cher|chere|madame|monsieur)\b[^,!.\n]{0,40}[,!.]?/,
    /(?:je souhaite|j'aimerais|je voudrais|je cherche a) (?:elargir|developper|agrandir|etendre) mon reseau(?: professionnel)?/g,
    /(?:j'aimerais|je souhaiterais|je voudrais|je souhaite) vous (?:inviter a rejoindre|ajouter a) mon reseau(?: professionnel)?(?: sur linkedin)?/g,
    /(?:j'aimerais|je souhaiterais|je voudrais|je souhaite|je serais ravie?|ravie? de) (?:me connecter|entrer en (?:contact|relation)|rejoindre (?:votre|ton) reseau|vous ajouter|t'ajouter)(?: avec vous| avec toi)?(?: sur linkedin)?/g,
    /(?:comment allez-vous|comment vas-tu|ca va)\s?\??/g,
    /(?:connectons-nous|restons en contact|gardons contact)/g,
    /(?:merci d'accepter|acceptez|accepte) (?:mon|ma) (?:invitation|demande)/g,
    /(?:au plaisir d'echanger|au plaisir|en esperant que vous allez bien|j'espere que vous allez bien|j'espere que tu vas bien)/g,
    /(?:cordialement|bien a vous|bien cordialement|belle journee|bonne journee|merci|a bientot|amicalement)[,!.]?(?:\s+[\p{L}'-]+)?\s*$/u,
  ],
  scam: {
    "spam.off_platform": String.raw`\bm'(?:ecrire|ajouter|contacter|appeler|joindre)\s+(?:directement\s+)?(?:sur|via|par)\s+(?:whats\s?app|telegram|signal)\b|\b(?:ajoute|ajoutez|ecris|ecrivez|contacte|contactez|appelle|appelez)[- ]?(?:moi|nous)\s+(?:directement\s+)?(?:sur|via|par)\s+(?:whats\s?app|telegram|signal|wechat)\b|\bmon (?:numero )?(?:whats\s?app|telegram)\b|\b(?:continuons|parlons|discutons)(?: la discussion)? (?:sur|via|par) (?:whats\s?app|telegram|signal)\b|\b(?:ecris|ecrivez|contacte|contactez)[- ]?moi\s+(?:s'il (?:te|vous) plait\s+)?(?:sur|via|par|au)\s+(?:whats\s?app|telegram|signal)\b|\b(?:donne|donnez|envoie|envoyez)[- ]?moi (?:ton|votre) (?:numero(?: de)? )?(?:whats\s?app|telegram)\b|\b(?:uniquement |directement |seulement )?par whats\s?app (?:au |:)?\s?\+?\d|\bcontacter\b[^.!?\n]{0,40}\b(?:uniquement )?(?:par|sur) (?:whats\s?app|telegram)\b|\b(?:discuter|parler|echanger|continuer)\s+(?:sur|par|via)\s+(?:whats\s?app|telegram)\b\s*\?|\b(?:ecris-moi|ecrivez-moi|contacte-moi|contactez-moi)\s+(?:a|sur|par|via)\s+(?:mon\s+)?(?:e-?mail|mail|adresse)\s+(?:prive|personnel(?:le)?)\b|\bmon (?:e-?mail|mail|adresse mail) (?:prive|personnel)\b`,
    "spam.money_pitch": String.raw`\b(?:gagne|gagnez|gagner|generer|gagnant)\s+(?:jusqu'a\s+|plus de\s+)?(?:[$€]\s?\d[\d.,\s]*|\d[\d.,\s]*\s?(?:€|\$|euros|dollars))\s*(?:par|chaque|tous les)?\s*(?:jour|semaine|mois|heure)?|\brevenus? passifs?\b|\bliberte financiere\b|\brendements? garantis?\b|\bgains garantis\b|\bsans risque\b|\bdoublez votre (?:argent|capital|investissement)\b|\bopportunite d'investissement\b|\bplateforme d'investissement\b|\bargent facile\b|\brobot de trading\b|\b\+?\d{1,3}\s?% par (?:semaine|jour|mois)\b|\bdepot minimum\b|\bprets? (?:d'argent )?entre particuliers\b|\bfiche(?:\(e\)|e)? (?:a la )?banque de france\b|\b\d{1,3}(?:[.,]\d+)?\s?% (?:de rendement|de rentabilite|de benefice)s?\b|\b(?:transforme[rz]?|transformez|passe[rz]?|faire passer)\s+(?:vos\s+|tes\s+|mes\s+)?(?:€\s?\d[\d\s.,]*|\d[\d\s.,]*\s?(?:€|euros?))\s*(?:en|a)\s*(?:€\s?\d[\d\s.,]*|\d[\d\s.,]*\s?(?:€|euros?))\s*en\s*\d+\s*(?:jours|semaines|mois)\b|\b(?:resultats|rendements?|gains|profits) garantis\b|\bgagner de l'argent\b|\b\d[\d\s.,]*\s?€\s?(?:par jour|par semaine)\b[^.!?\n]{0,30}\b(?:depuis chez (?:vous|toi)|sans effort|facile)|\bje (?:fais|gagne|genere|touche|encaisse)\s+(?:\+\s?|plus de\s+)?(?:\d[\d.,\s]*\s?(?:k\s?)?(?:€|euros?|\$)|(?:€|\$)\s?\d[\d.,]*k?)\s?(?:/|par\s+|chaque\s+)\s?(?:mois|semaine|jour)\b|\bpret (?:pre-?approuve|garanti|immediat) de\b|\bsans (?:justificatif|verification de credit)\b[^.!?\n]{0,40}\bpret\b|\bgains quotidiens\b|\bdevenir riche (?:avec|grace a) (?:la )?(?:crypto|bitcoin|trading)\b`,
    "spam.crypto": String.raw`\b(?:cryptomonnaies?|crypto-monnaies?|signaux de trading|minage cloud|compte de trading)\b|\bmon oncle\b[^.!?\n]{0,80}\b(?:signaux|trading|crypto|bitcoin)\b|\bme donne (?:les )?signaux\b|\bcomment (?:commencer|debuter) avec \d[\d.,\s]*\s?(?:€|euros?|\$|usdt)|\bsignaux (?:vip|crypto|gratuits|forex)\b|\bgains crypto\b`,
    "spam.job_scam": String.raw`\bfrais (?:d'inscription|de dossier|de formation)\b|\bsans experience\b[^.!?\n]{0,40}\b(?:gagne|gagnez|€|\$|remunere)|\bvous avez ete (?:selectionnee?|retenue?) pour (?:un|une|le|la|notre)\b[^.!?\n]{0,40}\b(?:poste|emploi|mission)\b|\bcommission par (?:tache|mission|avis)\b|\bnoter des (?:hotels|produits|applications)\b|\bentretien (?:se fera |aura lieu )?(?:par|sur|via) (?:telegram|whatsapp)\b|\b(?:cv)\b[^\n]{0,60}@(?:gmail|hotmail|outlook|yahoo)\.|\bentretien (?:par|via|sur) (?:(?:le )?chat )?(?:telegram|whatsapp|signal)\b|\bformation obligatoire (?:de|a) \d[\d.,]*\s?(?:€|euros?)|\b\d[\d.,]*\s?(?:€|euros?)\b[^.!?\n]{0,40}\brembourse(?:e|s)? (?:sur|avec|des) (?:le |votre |ton )?premier salaire|\b(?:cv|curriculum)\b[^.!?\n]{0,60}\b(?:revu|certifie|optimise|valide)\b[^.!?\n]{0,60}\d[\d.,]*\s?€|\blien de paiement\b`,
    "spam.romance": String.raw`\b(?:bonjour|salut|coucou)\s+(?:ma\s+|mon\s+)?(?:chere|cher|belle|beau|cherie|cheri|jolie|mignonne|amour)\b|\bma (?:chere|cherie|belle)\b|\bmon amour\b|\bj'ai vu (?:ta|votre) photo\b|\bje me sens (?:si |tres )?seule?\b|\bje veux (?:te|vous) connaitre (?:davantage|mieux)\b|\bje cherche (?:une |l')?(?:relation serieuse|ame soeur|ame sœur|femme|mari)\b|\bveuf avec\b|\bphotos privees\b|\bje suis veu(?:f|ve)\b|\b(?:tu as|vous avez) l'air (?:tres |si )?(?:gentil(?:le)?|sympa|charmant(?:e)?)\b|\baide financiere\b[^.!?\n]{0,60}\bpar (?:mois|semaine)\b|(?:€\s?\d[\d.,]*|\d[\d.,\s]*\s?(?:€|euros))\s*par (?:mois|semaine)\b[^.!?\n]{0,80}\b(?:juste|simplement|seulement) pour (?:discuter|parler|me tenir compagnie)\b|\bje cherche un (?:jeune )?homme (?:serieux|attentionne)\b|\bj'ai trouve (?:votre|ton) profil (?:tres |vraiment )?interessant\b|\b(?:votre|ton) profil (?:m'a paru|est) (?:tres |vraiment )?interessant\b`,
    "spam.fake_persona": String.raw`\bmission de (?:paix|maintien de la paix)\b|\b(?:armee|militaire|soldat|officier) americain(?:e)?\b|\bplate-?forme petroliere\b|\bingenieur (?:offshore|en mer)\b|\bmedecin (?:de l'onu|des nations unies)\b|\ben mission en (?:syrie|afghanistan|irak|yemen)\b`,
    "spam.donation_appeal": String.raw`\b(?:faites|fais|faire) un don\b|\bcagnotte\b|\bleetchi\b|\bgofundme\b|\bcollecte (?:de fonds|solidaire)\b|\b(?:faites|faire) un don\b|\bappel aux dons\b|\bvictimes du (?:seisme|tremblement de terre|cyclone|ouragan)\b[^.!?\n]{0,80}\b(?:paypal|virement|don)\b|\bfaites (?:un|votre) don\b|\bchaque don compte\b|\ba mon nom personnel\b|\bportefeuille\b[^.!?\n]{0,20}\b(?:usdt|bitcoin|btc|crypto)\b`,
    "spam.advance_fee": String.raw`\bfonds non reclames\b|\b(?:fonds|somme|montant) de\s+(?:us\s?)?[$€]?\s?\d[\d.,]*\s?(?:millions?|m)\s*(?:usd|eur|euros?|dollars?)?\b[^.!?\n]{0,80}\b(?:partenaire|confiance|transfert|beneficiaire)\b|\b(?:heritage|succession|plus proche parent|beneficiaire|proposition confidentielle|transaction confidentielle|affaire confidentielle|transfert (?:des|de) fonds|fonds non reclames)\b|\b(?:somme|montant) de\s+[$€]?\s?\d[\d.,\s]*\s?(?:millions?|m)\b|\brecuperer\b[^.!?\n]{0,40}\b(?:vos fonds|votre argent|l'argent perdu)\b|\bperdu de l'argent\b[^.!?\n]{0,60}\b(?:placement|crypto|trading)\b|\bfrais (?:de dossier|d'inscription|de traitement)\b[^.!?\n]{0,40}\b(?:payer|regler|verser)\b|\bcaution\b[^.!?\n]{0,80}\b(?:virement|cles)\b|\bmedium\b[^\n]{0,120}\b(?:rituel|vision|regler|€)\b|\brituel de protection\b|\brecuper(?:er|ons|ation de)\b[^.!?\n]{0,40}\b(?:vos )?(?:fonds|cryptos?|cryptomonnaies|argent perdu)\b|\brecuper(?:er|ation de)\b[^.!?\n]{0,40}\b(?:comptes? pirates?|compte pirate|vos comptes)\b|\bhacker (?:ethique|certifie)\b|\bheritiere?\b[^.!?\n]{0,80}\b(?:fonds|banque|millions?)\b|\bfille unique de feu\b|\bdeposes? dans une banque\b|\brecevoir (?:les|ces) fonds\b|\bvous recevrez \d{1,2}\s?%|\bfaire (?:un )?don de \d[\d\s.,]*\s?(?:€|euros?|\$)|\bmon adresse (?:e-?mail )?(?:privee|personnelle)\b|\bsans heritiers?\b|\bclient decede\b|\bassocie etranger\b|\bpartenaire etranger\b`,
    "spam.phishing": String.raw`\b(?:verifiez|confirmez|validez) votre (?:compte|identite|profil)\b|\bvotre (?:compte|page|profil) (?:sera|a ete|va etre) (?:suspendu|bloque|supprime|desactive)e?\b|\bfrais de (?:douane|livraison|reexpedition) (?:impayes|en attente)\b|\bveuillez regler\b[^.!?\n]{0,40}\bfrais\b|\bvotre colis (?:est en attente|n'a pas pu etre livre)\b|\bcliquer ici pour recevoir\b|\bpour recevoir (?:l'argent|le paiement|votre argent)\b[^.!?\n]{0,40}\b(?:cliquer|lien|carte)\b|\blivraison securisee\b[^.!?\n]{0,60}\b(?:cliquer|lien|recevoir)\b|\bsecurisez votre compte\b|\bcode a (?:6|six) chiffres\b|\bcartes? (?:google play|apple|itunes|amazon|steam|cadeaux?)\b[^\n]{0,120}\bcodes?\b|\bremboursement\b[^.!?\n]{0,60}\ben attente\b[^\n]{0,80}\bcoordonnees bancaires\b|\bcode\b[^.!?\n]{0,60}\b(?:par erreur|par megarde)\b|\b(?:par erreur|par megarde)\b[^.!?\n]{0,60}\bcode\b|\b(?:renvoie|renvoyez|envoie|envoyez|donne|donnez|transfere|transferez)-(?:moi|nous) (?:le|ce) code\b|\b(?:me|nous) (?:renvoyer|envoyer|transferer|donner|communiquer) (?:le|ce) code\b|\bsera (?:restreint|suspendu|desactive|supprime)e? (?:dans|sous) \d+ ?h|\bvotre adresse (?:de )?(?:wallet|portefeuille)\b|\bbloque(?:e)? (?:en|a la) douane\b|\bbadge (?:bleu|de verification)\b[^.!?\n]{0,80}\b(?:heures|lien|verifiez|confirmez)\b|\bpaypal\b[^.!?\n]{0,20}\(?entre proches\)?|\bactivite (?:inhabituelle|suspecte) sur (?:votre|ton) compte\b|\b(?:verifiez|confirmez|mettez a jour) (?:votre|vos) (?:identifiant|mot de passe|identifiants|coordonnees bancaires)\b|\bvotre compte a ete (?:signale|marque)\b|\bdroits d'auteur\b[^.!?\n]{0,80}\b(?:suspen|bloqu|supprim|verifi)`,
    "spam.link_bait": String.raw`\bcliquez? (?:vite |maintenant |des maintenant )?(?:ici|sur le lien)\b|\b(?:vous avez|tu as) ete (?:tire(?:e|\(e\))? au sort|selectionne(?:e|\(e\))? comme (?:le |la |notre )?gagnant(?:e)?)\b|\breclame[rz]? (?:vite |des maintenant )?(?:votre|ton) (?:cadeau|prix|lot|gain)\b|\biphone (?:offert|gratuit)\b|\blien (?:dans|en) (?:ma )?bio\b|\bvous avez gagne\b|\btu as gagne\b|\b\d{2}\s?% de (?:reduction|remise)\b|\b\d[\d.,\s]*\s?(?:€|euros?)\s?(?:/|par |chaque )(?:semaine|jour)\b|\bvous avez gagne (?:un|une) |\bvous avez ete selectionne(?:e|\(e\))? pour (?:recevoir|gagner)\b|\bt?u as ete selectionne(?:e)? pour (?:recevoir|gagner)\b|\breclamez-(?:le|la) (?:avant|des maintenant)\b|\bcarte cadeau de \d[\d.,\s]*\s?(?:€|euros?)\b[^\n]{0,80}\b(?:reclam|ici|lien)\w*|\b(?:jeu[- ])?concours\b[^\n]{0,80}\b(?:abonne-toi|abonnez-vous|suivez|suis|like|likez|partage|partagez|identifie|identifiez|rt)\b|\bjeu[- ]concours\b|\b(?:a gagner|tirage au sort)\b[^\n]{0,60}\b(?:abonne-toi|abonnez-vous|suivez|likez|partagez|identifiez)\b|-\d{2}\s?%|\blivraison gratuite\b|\bcode promo\b[^.!?\n]{0,20}\b\d{2}\s?%`,
    // brand-ambassador and "DM me for a collab" pitches, sent by the thousand
    // selling follows and likes: "1.000 seguidores reais por R$ 9,90"
    "spam.follower_selling": String.raw`\b(?:achete[rz]?|obtiens|obtenez|gagne[rz]?)\s+(?:\d[\d .,]*k?\s+)?(?:abonnes|followers|likes|vues)\b|\b\d[\d.,]*k?\s+(?:abonnes|followers|likes)\s+(?:reels\s+|actifs\s+)?(?:pour|a partir de|des)\s+(?:seulement\s+)?(?:[$€]|\d)|\babonnes (?:reels|pas chers|garantis)\b|\b\d+(?:[.,]\d+)?\s?k\s?=\s?(?:[$€]\s?)?\d[\d.,]*(?:\s?[€$])?|\b\d[\d\s.,]*k?\s+(?:abonnes|followers|likes)\s+(?:[\p{L}]+\s+){1,2}(?:pour|a partir de|des)\s+(?:seulement\s+)?(?:[$€]\s?\d|\d[\d.,]*\s?(?:€|\$|euros?))`,
    "spam.ambassador_pitch": String.raw`\b(?:devenir|deviens|devenez)\s+(?:notre\s+|nos\s+|un(?:e)?\s+)?(?:ambassadeur|ambassadrice)s?\s+de\s+(?:notre|la|ma)\s+marque\b|\benvoie(?:z)?-(?:nous|moi) un (?:dm|mp|message) (?:sur|a) @|\b(?:deviens|devenez|nous recherchons des)\s+(?:notre\s+|nos\s+)?(?:ambassadeur|ambassadrice|ambassadeurs|ambassadrices)\s+(?:de\s+(?:la\s+)?marque\b)?|\b(?:ecris|ecrivez)-?(?:moi|nous)\s+(?:en\s+(?:dm|mp|prive)\s+)?pour\s+(?:une\s+)?(?:collab|collaboration)\b|\bcollaboration remuneree\b|\b(?:que tu deviennes|que vous deveniez|etre)\s+(?:notre\s+)?(?:ambassadeur|ambassadrice)\b|\b(?:ecris|ecrivez|contacte[zr]?|envoie(?:z)? un (?:message|dm|mp))\s+(?:a\s+)?notre\s+(?:compte|page)\s+(?:principal(?:e)?|officiel(?:le)?)\b|\ben tant qu'?\s?ambassad(?:eur|rice)\b|\bcode (?:perso|promo)\b[^.!?\n]{0,60}\bcommander\b|\bpartenariat remunere\b[^.!?\n]{0,80}\b(?:commande|commission)\b|\b(?:seulement|juste) (?:payer|regler) (?:les frais de (?:port|livraison)|la livraison)\b|\bseul(?:s|es)? (?:les )?frais de (?:port|livraison)\b[^.!?\n]{0,30}\b(?:a payer|a ta charge|a votre charge|sont a payer)\b|\b(?:tu as|vous avez) ete selectionnee?s? pour devenir\b|\bgagner des commissions\b|\bcode (?:de )?(?:reduction|promo)\b[^.!?\n]{0,80}\bcommission`,
    "spam.self_promotion": String.raw`\b(?:visite|visitez|regarde|regardez|decouvre|decouvrez) ma (?:chaine|page|boutique)\b|\b(?:abonne-toi|abonnez-vous|abonnez vous) a ma chaine\b|\bviens voir mon profil\b|\bphotos rien que pour toi\b|\bdevis gratuit\b[^\n]{0,80}\brepondez\b|\brepondez ["“«]?\s?oui\b|\bcher (?:proprietaire|responsable) (?:du|de votre) site\b|\b(?:premiere page|top ?10) (?:de|sur) google\b[^.!?\n]{0,60}\bgaranti\w*|\brepondez (?:simplement |juste )?(?:par )?["“«]\s?oui\s?["”»]|\bdm\s+(?:moi\s+)?[«"“]\s?[\p{L}\p{N}]{2,12}\s?[»"”]`,
    "spam.wrong_number": String.raw`\b(?:trompee? de (?:personne|numero|contact|conversation|destinataire)|mauvais (?:numero|contact|destinataire)|mauvaise personne|(?:ecrit|envoye) par erreur)\b[^]{0,400}?\b(?:trading|trad(?:e|er|euse?)|invest\w*|placements?|l'or|cryptos?|crypto\w*|bitcoin|forex|bourse|analyste)\b|\b(?:trompee? de (?:compte|personne|numero|contact|conversation)|mauvais (?:numero|compte|contact)|(?:ecrit|envoye) par erreur)\b[^]{0,200}?\b(?:(?:tu as|vous avez) l'air (?:sympa|gentil(?:le)?|adorable)|(?:ce n'est )?pas un hasard|le destin)`,
    "spam.boss_fraud": String.raw`\b(?:petit service|service rapide|service urgent|en toute discretion|discretement)\b[^]{0,200}?\b(?:en reunion|ne peux pas (?:t'appeler|vous appeler|appeler|parler|telephoner|repondre))\b|\b(?:en reunion|ne peux pas (?:t'appeler|vous appeler|appeler|parler|telephoner|repondre))\b[^]{0,200}?\b(?:petit service|service rapide|service urgent|en toute discretion|discretement)\b|\b(?:coucou|salut|bonjour) (?:maman|papa)\b[^\n]{0,160}\bnouveau numero\b|\bc'est mon nouveau numero\b|\bmon nouveau compte\b[^.!?\n]{0,40}\bpirate|\bl'ancien (?:compte )?a ete pirate\b|\bn'en parle a personne\b|\bne (?:dis|dites) rien a personne\b`,
    "spam.adult": String.raw`\bj'ai enregistre\b[^.!?\n]{0,40}\b(?:appel video|video|visio|webcam)\b|\bsinon (?:j'envoie|je publie|je partage|j'envoie la video|je l'envoie)\b[^.!?\n]{0,60}\b(?:famille|contacts|amis|collegues|abonnes)\b|\b(?:mes )?photos (?:privees|coquines|hot|intimes)\b[^.!?\n]{0,60}\b(?:lien|bio|gratuit)\w*|\bappel video\b[^.!?\n]{0,30}\b(?:coquin|hot|chaud|sexy)\b|\bajoute-moi sur snap(?:chat)?\b|\bphotos? que je (?:ne )?peux pas (?:mettre|montrer|poster|publier) ici\b|\bviens me voir en prive\b|\bviens voir mes photos\b`,
  },
  grace: {
    hurtful: String.raw`spam|faux profil|arnaque|arnaqueur|arnaqueuse|escroc|harceleur|harceleuse|pénible|penible|agaçant|agaçante|agacant|agacante|bizarre|stupide|idiot|idiote|débile|debile|crétin|cretin|crétine|pathétique|pathetique|désespérée?|desesperee?|perte de temps|laissez-moi tranquille|laisse-moi tranquille|fiche-moi la paix|les gens comme vous|les gens comme toi`,
    sarcasm: String.raw`c'est ça, oui|bien essayé|bien essaye|bonne chance avec ça|bonne chance avec ca|sans vouloir vous offenser|sauf votre respect|avec tout le respect|évidemment|evidemment|mdr|ptdr`,
    apology: String.raw`désolée?|desolee?|pardon|excusez-moi|excuse-moi|je m'excuse|je regrette|navrée?`,
    strongApology: String.raw`(?:vraiment|tellement|très|tres|sincèrement|sincerement) (?:désolée?|desolee?|navrée?)|mille excuses|toutes mes excuses`,
    falsePromise: String.raw`peut-être plus tard|peut-etre plus tard|plus tard|peut-être un jour|peut-etre un jour|un jour peut-être|un de ces jours|pour l'instant|pour le moment|en ce moment|actuellement|à l'avenir|a l'avenir|une autre fois|pas encore`,
    thanks: String.raw`merci|remercie|remercions|reconnaissante?`,
    preachy: String.raw`vous devriez|tu devrais|la prochaine fois,? (?:merci de|essayez|pensez|pense)|c'est impoli|petit conseil|ça ne se fait pas|ca ne se fait pas`,
  },
  draft: {
    voice: (tone, platform, address) =>
      tone === "formal" ? FORMAL : tone === "brief" ? (usesTu(tone, platform, address) ? BRIEF_TU : BRIEF_VOUS) : usesTu(tone, platform, address) ? WARM_TU : WARM_VOUS,
    requestNoun: (platform, tone, address) => requestNoun(platform, usesTu(tone, platform, address)),
    addressOf: addressIn(VOUS_RE, TU_RE),
    platformName: (platform) => PLATFORM_NAMES[platform],
    greeting: ({ tone, firstName, name }) => {
      const who = tone === "formal" ? name || firstName : firstName;
      return who ? `Bonjour ${who},` : "Bonjour,";
    },
    opening: ({ tone, firstName, name }, thanks) => {
      const who = tone === "formal" ? name || firstName : firstName;
      return who ? `Bonjour ${who}, ${lowerFirst(thanks)}` : thanks;
    },
    shortTone: (tone) => (tone === "formal" ? "formal" : "brief"),
    lowercaseAfterGreeting: false,
    alsoNoNote: "Par ailleurs, j'attends un petit mot personnel avec chaque demande.",
    defaultReasons: {
      competitor: COMPETITOR[0]!,
      blocked_role: "J'ai pour règle personnelle de ne pas me connecter sur {platform} avec des personnes de votre secteur, et je l'applique à tout le monde.",
      not_known_in_real_life: NOT_KNOWN[0]!,
      no_personal_note: NO_NOTE[0]!,
    },
    roleWords: {
      recruiter: "des personnes travaillant dans le recrutement",
      sales: "des personnes travaillant dans la vente",
      "real estate": "des personnes travaillant dans l'immobilier",
      insurance: "des personnes travaillant dans l'assurance",
      "financial advisor": "des personnes travaillant dans le conseil financier",
      "network marketing": "des personnes travaillant dans la vente directe",
      marketing: "des personnes travaillant dans le marketing",
      crypto: "des personnes travaillant dans les cryptomonnaies",
      coach: "des coachs",
      investor: "des personnes travaillant dans l'investissement",
      journalist: "des personnes travaillant dans le journalisme",
      founder: "des fondateurs et fondatrices d'entreprise",
      consultant: "des personnes travaillant dans le conseil",
      freelancer: "des personnes travaillant à leur compte",
      influencer: "des créateurs et créatrices de contenu",
      hr: "des personnes travaillant dans les ressources humaines",
      "public relations": "des personnes travaillant dans les relations presse",
    },
  },
};
