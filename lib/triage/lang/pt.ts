// Portuguese (Brazilian and European forms read): roles, cues and drafts. Warm and brief
// drafts use "você"; the formal tone avoids the pronoun altogether (impersonal wording),
// and no sentence thanks with the gendered "obrigado/obrigada": "agradeço" is neutral.
// A request written in European Portuguese gets drafts in European Portuguese.
import type { Platform, Tone } from "../schema";
import type { DraftVoice, LanguagePack, Region } from "./types";

/** with its article, for "Agradeço {request}" */
const REQUEST_NOUNS: Record<Platform, string> = {
  linkedin: "o convite para conectar",
  facebook: "a solicitação de amizade",
  instagram: "o pedido para me seguir",
  x: "a mensagem",
  other: "o convite",
};

const COMPETITOR = [
  "A política da minha empresa não permite que eu me conecte com profissionais de empresas concorrentes.",
  "Por política da minha empresa, não posso me conectar com quem trabalha em empresas concorrentes.",
];
const NOT_KNOWN = ["Só me conecto com pessoas que conheço pessoalmente.", "No {platform}, reservo minhas conexões para pessoas que conheço fora da internet."];
const NO_NOTE = [
  "Só aceito convites que venham com uma breve nota pessoal sobre o motivo da conexão.",
  "Só aceito convites acompanhados de algumas palavras sobre o motivo de nos conectarmos.",
];
const SHORT = {
  competitor: "Política da empresa: não me conecto com concorrentes.",
  blocked_role: "Por regra, não me conecto com {roles} aqui.",
  not_known_in_real_life: "Só me conecto com pessoas que conheço pessoalmente.",
  no_personal_note: "Só aceito convites com uma nota pessoal.",
};

const WARM: DraftVoice = {
  thanks: [
    "Agradeço muito {request}; fico feliz por você ter pensado em mim.",
    "Agradeço {request} e o seu contato.",
    "Agradeço de coração {request}.",
  ],
  reasons: {
    competitor: COMPETITOR,
    blocked_role: [
      "Tenho como regra pessoal não me conectar com {roles} no {platform}, e aplico essa regra a todos.",
      "No {platform}, reservo minha rede para pessoas com quem trabalho diretamente, por isso não me conecto com {roles}, seja quem for.",
      "É uma regra minha não me conectar com {roles} no {platform}; não é nada pessoal.",
    ],
    not_known_in_real_life: NOT_KNOWN,
    no_personal_note: NO_NOTE,
  },
  shortReasons: SHORT,
  offers: {
    blocked_role: ["Se achar útil, fique à vontade para seguir minhas publicações públicas."],
    not_known_in_real_life: ["Se quiser, você pode seguir minhas publicações públicas."],
    no_personal_note: ["Se quiser me contar em poucas palavras o que tem em mente, vou ler com prazer."],
  },
  closings: ["Desejo muito sucesso para você.", "Tudo de bom e muito sucesso no seu trabalho."],
  signOffs: ["Abraço,", "Um abraço,", "Abraços,"],
  rolesFallback: "profissionais da sua área",
  companyFallback: "sua empresa",
};

const FORMAL: DraftVoice = {
  thanks: ["Agradeço {request}.", "Agradeço {request} e o interesse.", "Agradeço o contato."],
  reasons: {
    competitor: [COMPETITOR[0]!, "Por determinação da empresa em que trabalho, não estabeleço conexões com profissionais de empresas concorrentes."],
    blocked_role: [
      "Por princípio, não me conecto com {roles} no {platform}, e aplico esse critério a todos.",
      "No {platform}, restrinjo minha rede a relações de trabalho diretas e, por isso, não me conecto com {roles}.",
    ],
    not_known_in_real_life: [NOT_KNOWN[0]!, "Reservo minhas conexões no {platform} para pessoas que conheço pessoalmente."],
    no_personal_note: [NO_NOTE[0]!, "Aceito apenas convites acompanhados de uma breve nota sobre o propósito da conexão."],
  },
  shortReasons: { ...SHORT, competitor: "A política da minha empresa não permite conexões com concorrentes." },
  offers: {
    blocked_role: ["Fique à vontade para acompanhar minhas publicações públicas."],
    not_known_in_real_life: ["Fique à vontade para acompanhar minhas publicações públicas."],
    no_personal_note: ["Caso queira enviar uma breve mensagem sobre o que tem em mente, terei prazer em ler."],
  },
  closings: ["Desejo muito sucesso.", "Votos de sucesso em seus projetos."],
  signOffs: ["Atenciosamente,", "Cordialmente,"],
  rolesFallback: "profissionais da área",
  companyFallback: "a empresa",
};

const BRIEF: DraftVoice = {
  thanks: ["Agradeço {request}.", "Agradeço o contato."],
  reasons: {
    competitor: ["A política da minha empresa não permite conexões com concorrentes.", SHORT.competitor],
    blocked_role: ["Por regra, não me conecto com {roles} no {platform}.", "Tenho a regra de não me conectar com {roles} aqui."],
    not_known_in_real_life: [NOT_KNOWN[0]!],
    no_personal_note: ["Só aceito convites com uma nota pessoal."],
  },
  shortReasons: SHORT,
  offers: {
    blocked_role: ["Pode seguir minhas publicações."],
    not_known_in_real_life: ["Pode seguir minhas publicações públicas."],
    no_personal_note: ["Se quiser, me mande uma nota sobre o que tem em mente."],
  },
  closings: [""],
  signOffs: ["Abraço,", "Abs,"],
  rolesFallback: "profissionais da sua área",
  companyFallback: "sua empresa",
};

const VOICES: Record<Tone, DraftVoice> = { warm: WARM, formal: FORMAL, brief: BRIEF };

// European Portuguese: "contacto", "a minha rede" (the article before a possessive),
// pronouns after the verb ("Desejo-lhe"), no "você" (brusque in Portugal: the verb alone
// says it politely), "pedidos" rather than Brazil's "me conectar", "Cumprimentos".
const REQUEST_NOUNS_PT: Record<Platform, string> = {
  linkedin: "o convite",
  facebook: "o pedido de amizade",
  instagram: "o pedido para me seguir",
  x: "a mensagem",
  other: "o convite",
};
const COMPETITOR_PT = [
  "A política da minha empresa não me permite aceitar pedidos de profissionais de empresas concorrentes.",
  "Por política da empresa, não posso aceitar pedidos de quem trabalha em empresas concorrentes.",
];
const NOT_KNOWN_PT = ["Só aceito pedidos de pessoas que conheço pessoalmente.", "No {platform}, reservo as minhas ligações para pessoas que conheço fora da internet."];
const NO_NOTE_PT = [
  "Só aceito convites que venham com uma breve nota pessoal sobre o motivo do contacto.",
  "Só aceito convites acompanhados de algumas palavras sobre o motivo do contacto.",
];
const SHORT_PT = {
  competitor: "Política da empresa: não aceito pedidos de concorrentes.",
  blocked_role: "Por regra, não aceito pedidos de {roles} aqui.",
  not_known_in_real_life: "Só aceito pedidos de pessoas que conheço pessoalmente.",
  no_personal_note: "Só aceito convites com uma nota pessoal.",
};

const WARM_PT: DraftVoice = {
  thanks: ["Agradeço muito {request}; fico contente por se ter lembrado de mim.", "Agradeço {request} e o contacto.", "Agradeço sinceramente {request}."],
  reasons: {
    competitor: COMPETITOR_PT,
    blocked_role: [
      "Tenho como regra pessoal não aceitar pedidos de {roles} no {platform}, e aplico-a a todos.",
      "No {platform}, reservo a minha rede para pessoas com quem trabalho diretamente, por isso não aceito pedidos de {roles}, seja de quem for.",
      "É uma regra minha não aceitar pedidos de {roles} no {platform}; não é nada pessoal.",
    ],
    not_known_in_real_life: NOT_KNOWN_PT,
    no_personal_note: NO_NOTE_PT,
  },
  shortReasons: SHORT_PT,
  offers: {
    blocked_role: ["Se achar útil, esteja à vontade para seguir as minhas publicações públicas."],
    not_known_in_real_life: ["Se quiser, pode seguir as minhas publicações públicas."],
    no_personal_note: ["Se quiser contar-me em poucas palavras o que tem em mente, lerei com todo o gosto."],
  },
  closings: ["Desejo-lhe muito sucesso.", "Votos de muito sucesso no seu trabalho.", "Tudo de bom."],
  signOffs: ["Cumprimentos,", "Um abraço,", "Abraço,"],
  rolesFallback: "profissionais da sua área",
  companyFallback: "a sua empresa",
};

const FORMAL_PT: DraftVoice = {
  thanks: ["Agradeço {request}.", "Agradeço {request} e o interesse.", "Agradeço o contacto."],
  reasons: {
    competitor: [COMPETITOR_PT[0]!, "Por determinação da empresa onde trabalho, não estabeleço ligações com profissionais de empresas concorrentes."],
    blocked_role: [
      "Por princípio, não aceito pedidos de {roles} no {platform}, e aplico este critério a todos.",
      "No {platform}, restrinjo a minha rede a relações de trabalho diretas e, por isso, não aceito pedidos de {roles}.",
    ],
    not_known_in_real_life: [NOT_KNOWN_PT[0]!, "Reservo as minhas ligações no {platform} para pessoas que conheço pessoalmente."],
    no_personal_note: [NO_NOTE_PT[0]!, "Aceito apenas convites acompanhados de uma breve nota sobre o propósito do contacto."],
  },
  shortReasons: { ...SHORT_PT, competitor: "A política da minha empresa não me permite aceitar pedidos de concorrentes." },
  offers: {
    blocked_role: ["Esteja à vontade para acompanhar as minhas publicações públicas."],
    not_known_in_real_life: ["Esteja à vontade para acompanhar as minhas publicações públicas."],
    no_personal_note: ["Caso queira enviar uma breve mensagem sobre o que tem em mente, terei todo o gosto em lê-la."],
  },
  closings: ["Votos de muito sucesso.", "Votos de sucesso nos seus projetos."],
  signOffs: ["Com os melhores cumprimentos,", "Cumprimentos,"],
  rolesFallback: "profissionais da área",
  companyFallback: "a empresa",
};

const BRIEF_PT: DraftVoice = {
  thanks: ["Agradeço {request}.", "Agradeço o contacto."],
  reasons: {
    competitor: [FORMAL_PT.shortReasons.competitor, SHORT_PT.competitor],
    blocked_role: ["Por regra, não aceito pedidos de {roles} no {platform}.", "Tenho por regra não aceitar pedidos de {roles} aqui."],
    not_known_in_real_life: [NOT_KNOWN_PT[0]!],
    no_personal_note: ["Só aceito convites com uma nota pessoal."],
  },
  shortReasons: SHORT_PT,
  offers: {
    blocked_role: ["Pode seguir as minhas publicações."],
    not_known_in_real_life: ["Pode seguir as minhas publicações públicas."],
    no_personal_note: ["Se quiser, envie-me uma nota sobre o que tem em mente."],
  },
  closings: [""],
  signOffs: ["Cumprimentos,", "Abraço,"],
  rolesFallback: "profissionais da sua área",
  companyFallback: "a sua empresa",
};
const VOICES_PT: Record<Tone, DraftVoice> = { warm: WARM_PT, formal: FORMAL_PT, brief: BRIEF_PT };

/**
 * Words only European Portuguese writes ("contacto", "equipa", "connosco", "telemóvel",
 * "estou a trabalhar", "gostava de") or places in Portugal; Brazil's own words
 * ("contato", "equipe", "celular", "você", "a gente") outweigh them.
 */
const EUROPEAN_RE =
  /(?<![\p{L}])(?:contactos?|equipas?|connosco|telemóvel|telemovel|facto|registo|utilizador(?:es)?|ecrã|gostava (?:de|imenso)|fixe|Portugal|Lisboa|Coimbra|Braga|Aveiro|Setúbal|Funchal|(?:estou|estás|está|estamos|estão|ando|andamos) a (?:\p{L}+(?:ar|er|ir|ôr)))(?![\p{L}])/iu;
const BRAZILIAN_RE = /(?<![\p{L}])(?:contatos?|equipes?|celular|você|voce|vocês|a gente|Brasil|São Paulo|Rio de Janeiro|(?:estou|está|estamos) \p{L}+(?:ando|endo|indo))(?![\p{L}])/iu;
const regionOf = (text: string): Region | null => (EUROPEAN_RE.test(text) && !BRAZILIAN_RE.test(text) ? "pt-PT" : null);
/** "no {platform}": "no LinkedIn", and "no site" for any other. */
const PLATFORM_NAMES: Record<Platform, string> = { linkedin: "LinkedIn", facebook: "Facebook", x: "X", instagram: "Instagram", other: "site" };



export const pt: LanguagePack = {
  code: "pt",
  name: "Portuguese",
  nativeName: "Português",
  roles: {
    recruiter: [
      "recrutador", "recrutadora", "recrutadores", "recrutadoras", "recrutamento", "recrutamento e seleção", "r&s", "tech recruiter",
      "analista de recrutamento", "analista de recrutamento e seleção", "consultor de recrutamento", "consultora de recrutamento",
      "aquisição de talentos", "atração de talentos", "caça-talentos", "caça talentos", "cacador de talentos", "caçador de talentos", "caçadora de talentos", "caçadores de talentos", "headhunter",
      "talent acquisition", "seleção de pessoal", "business partner de recrutamento",
    ],
    sales: [
      "vendas", "vendedor", "vendedora", "vendedores", "comercial", "executivo de vendas", "executiva de vendas", "executivo de contas",
      "executiva de contas", "executivo comercial", "executiva comercial", "representante comercial", "representante de vendas",
      "consultor comercial", "consultora comercial", "consultor de vendas", "consultora de vendas", "gerente comercial", "gerente de vendas",
      "diretor comercial", "diretora comercial", "desenvolvimento de negócios", "key account manager", "inside sales", "pré-vendas", "sdr", "bdr",
    ],
    "real estate": [
      "corretor de imóveis", "corretora de imóveis", "corretor imobiliário", "corretora imobiliária", "consultor imobiliário",
      "consultora imobiliária", "imobiliária", "imobiliário", "mercado imobiliário", "agente imobiliário", "agente imobiliária",
      "mediador imobiliário", "mediadora imobiliária", "consultor de imóveis", "consultora de imóveis", "creci",
    ],
    insurance: [
      "seguros", "corretor de seguros", "corretora de seguros", "consultor de seguros", "consultora de seguros", "mediador de seguros",
      "mediadora de seguros", "agente de seguros", "seguradora", "securitário",
    ],
    "financial advisor": [
      "assessor de investimentos", "assessora de investimentos", "assessoria de investimentos", "planejador financeiro", "planejadora financeira",
      "planeador financeiro", "planeadora financeira", "consultor financeiro", "consultora financeira", "gestor de patrimônio",
      "gestora de patrimônio", "gestão de patrimônio", "gestão de património", "private banker", "educador financeiro", "educadora financeira",
    ],
    "network marketing": [
      "marketing multinível", "marketing de rede", "venda direta", "vendas diretas", "revendedor", "revendedora", "consultor independente",
      "consultora independente", "empreendedor digital", "empreendedora digital", "network marketing", "mmn",
    ],
    marketing: ["marketing", "analista de marketing", "gerente de marketing", "marketing digital", "profissional de marketing", "social media"],
    crypto: ["cripto", "criptomoedas", "criptomoeda", "criptoativos", "blockchain", "day trade", "forex", "bitcoin"],
    coach: ["coach", "coaching", "life coach"],
    investor: ["investidor", "investidora", "investidor anjo", "investidora anjo", "capital de risco", "venture capital"],
    journalist: ["jornalista", "repórter", "redator", "redatora", "correspondente", "editor", "editora", "jornalismo"],
    founder: ["fundador", "fundadora", "cofundador", "cofundadora", "co-fundador", "co-fundadora", "ceo", "empreendedor", "empreendedora", "sócio-fundador", "sócia-fundadora"],
    consultant: ["consultor", "consultora", "consultoria"],
    freelancer: ["autônomo", "autônoma", "autónomo", "autónoma", "freelancer", "freela", "trabalhador independente", "profissional liberal"],
    influencer: ["influenciador", "influenciadora", "influencer", "criador de conteúdo", "criadora de conteúdo", "youtuber", "blogueiro", "blogueira"],
    hr: ["recursos humanos", "rh", "gestão de pessoas", "analista de rh", "business partner de rh", "hrbp", "departamento pessoal"],
    "public relations": ["relações públicas", "assessor de imprensa", "assessora de imprensa", "assessoria de imprensa", "assessoria de comunicação", "consultor de comunicação", "consultora de comunicação"],
  },
  selfDescription: String.raw`(?:\b(?:sou|trabalho como|trabalho com|trabalho na area de|atuo como|atuo na area de|atuo em|somos)\s+(?:(?:um|uma|o|a|agora|tambem|atualmente)\s+)*(?:[\p{L}-]+,?\s+){0,3})$`,
  salesPitch: String.raw`\b(?:a gente|nos) ajuda(?:mos)? (?:empresas|lojas|negocios|times|equipes|equipas|marcas|e-?commerces?)\b|\btoparia (?:uma|um) demo\b|\b(?:empresas|negocios|equipes|equipas|marcas) como a (?:sua|tua)\b|\bapresentar (?:nossa|nosso|a nossa|o nosso|minha) (?:solucao|plataforma|ferramenta|servico|servicos|produto|software|agencia)\b|\b(?:nossa|nosso|a nossa|o nosso) (?:solucao|plataforma|ferramenta|software|agencia) (?:ajuda|permite|pode ajudar)\b|\b(?:agendar|marcar) uma (?:demo|demonstracao|reuniao comercial)\b|\bleads qualificados\b`,
  sentenceWords: String.raw`[Ee]u|[Vv]ocês?|[Nn]ós|[Cc]omigo|[Cc]ontigo|te|[Oo]i|[Oo]lá|[Oo]brigad[oa]|[Tt]udo bem|[Bb]om dia|[Bb]oa (?:tarde|noite)|[Aa]braços?|[Bb]eijos?`,
  employment: {
    current: String.raw`\bsou\s+(?:[\p{L}-]+\s+){1,4}(?:na|no|da|do)\s+$|\b(?:trabalho|trabalhando|estou)\s+(?:agora\s+|atualmente\s+)?(?:na|no|em|para|pela|pelo)\s+$|\b(?:entrei|comecei|acabei de entrar)\s+(?:na|no|para a|para o)\s+$|\b(?:juntei-me|acabei de me juntar)\s+(?:a|ao|a\s+)\s*$`,
    past: String.raw`\b(?:antes|anteriormente)\s+(?:na|no|em)\s+$|\btrabalhava (?:na|no|em|para)\s+$`,
  },
  meeting: {
    online: [
      String.raw`\b(?:no|seu|teu|num)\s+space\b|\b(?:na|durante a)\s+(?:sua|tua)\s+live\b|\b(?:no|nas respostas do|nos comentarios do)\s+(?:seu|teu)\s+fio\b|\b(?:comentario|comentarios|comentou|comentei|forum|webinar|webinario|online|on-line|virtual(?:mente)?|zoom|meet|live|chat|thread|(?:conversamos|falamos|nos falamos|trocamos (?:mensagens|ideias|umas ideias)|nos conhecemos|te conheci) por aqui|aqui no (?:linkedin|facebook|instagram|x|twitter))\b|\b(?:nas|nos) (?:respostas|comentarios|replies)\b`,
      String.raw`\b(?:sua|seu|suas|seus|o|a|um|uma|esse|essa|este|esta|meu|minha|nosso|nossa|teu|tua)\s+(?:[\p{L}-]+\s+){0,2}?(?:publicacao|publicacoes|post|posts|postagem|artigo|blog|video|reel|story|stories|tweet|newsletter|podcast|grupo|comunidade|canal)\b`,
      String.raw`\b(?:grupo|comunidade)\b`,
    ],
    inPerson: [
      String.raw`\b(?:aqui )?do (?:condominio|predio)\b|\bbloco [a-z]\b|\bobrigad[oa] por (?:ter )?passad[oa]\b`,
      String.raw`\b(?:reuniao de pais|conferencia|congresso|cupula|feira|evento presencial|estande|stand|casamento|velorio|escola|colegio|faculdade|universidade|campus|colegas?|ex-colegas?|companheiros?|hackathon|academia|igreja|vizinhos?|vizinhas?|pessoalmente|presencialmente|na vida real|primos?|primas?|infancia|ensaios?|coral|orquestra)\b`,
      String.raw`\b(?:trabalhamos|estudamos|jogamos|treinamos)\s+junt[oa]s\b`,
      String.raw`\b(?:foi um prazer|foi (?:muito )?(?:otimo|bom|legal|incrivel)|prazer em|prazer|que bom|adorei|gostei de)\s+(?:te\s+|lhe\s+)?(?:conhecer|conhece-lo|conhece-la|ver|ve-lo|ve-la|rever|reve-lo|reve-la|encontrar|encontra-lo|encontra-la)(?:-te|-lo|-la)?\b`,
      String.raw`\b(?:nos conhecemos|te conheci|nos vimos|nos encontramos|conversamos|falamos)\s+(?:rapidamente\s+)?(?:no|na|em|durante|depois d[oa])\s+(?!(?:o\s+|a\s+|um\s+|uma\s+)?(?:~|webinar|zoom|meet|post|grupo|chat|comentarios?|live|online|forum|comunidade|canal|servidor|discord|slack|reddit|twitch|stream))`,
      String.raw`\b(?:no|na|durante o|durante a|depois do|depois da)\s+(?:[\p{L}'-]+\s+){0,3}?(?:cafe da manha|almoco|jantar|happy hour|festa|evento|workshop|palestra|seminario|aula|curso|escritorio|confraternizacao|festival|show|cerimonia|treinamento|meetup|encontro|reuniao)\b`,
      String.raw`\b(?:mesma|mesmo|nossa|nosso)\s+(?:[\p{L}-]+\s+)?(?:turma|equipe|equipa|time|escritorio|clube|curso|programa|predio|andar)\b|\b(?:na|no|da|do|em)\s+(?:sua|seu|minha|meu|tua|teu)\s+(?:[\p{L}-]+\s+)?(?:turma|equipe|equipa|time|escritorio|clube|curso|programa|predio|andar)\b`,
    ],
    onlineEvent: [
      String.raw`\b(?:conferencia|congresso|evento|feira|workshop|palestra|seminario|curso|encontro|meetup|aula|reuniao)\s+(?:virtual|online|on-line|pelo zoom|remoto|remota)\b`,
    ],
  },
  stockPhrases: [
    /^(?:ola|oi|bom dia|boa tarde|boa noite|prezad[oa]s?|car[oa]|querid[oa])\b[^,!.\n]{0,40}[,!.]?/,
    /(?:gostaria de|quero|queria|busco) (?:expandir|ampliar|aumentar) (?:a )?minha rede(?: de contatos)?(?: profissional)?/g,
    /(?:gostaria|quero|queria) de (?:adiciona-l[oa]|adicionar (?:voce|o senhor|a senhora)|te adicionar|incluir (?:voce|o senhor|a senhora)) (?:a|na|em) minha rede(?: profissional)?(?: no linkedin)?/g,
    /(?:gostaria|quero|queria|adoraria) (?:de )?(?:me )?(?:conectar|adicionar|fazer parte da sua rede)(?: com voce| consigo| a voce)?(?: aqui)?(?: no linkedin)?/g,
    /(?:tudo bem|tudo bom|como vai|como vai voce)\??/g,
    /(?:vamos (?:nos )?conectar|vamos manter contato|mantemos contato)/g,
    /(?:por favor,? )?(?:aceite|aceita) (?:meu|o) (?:convite|pedido)/g,
    /(?:espero que (?:esteja|estejas|voce esteja|tudo esteja) (?:bem|otimo))/g,
    /(?:(?:sera |seria )?(?:um prazer|otimo|bom) (?:conectar|fazer parte da sua rede|ter voce na minha rede))/g,
    /(?:obrigad[oa]|abracos?|abs|att|atenciosamente|cordialmente|saudacoes|ate mais|grande abraco|um abraco)[,!.]?(?:\s+[\p{L}'-]+)?\s*$/u,
  ],
  scam: {
    "spam.off_platform": String.raw`\b(?:me chama|me adiciona|me adicione|me chame|fala comigo|me manda mensagem|me mande mensagem|chame|chama|entre em contato)\s+(?:la\s+)?(?:no|pelo|via|por)\s+(?:whats\s?app|whats|zap|zapzap|telegram|signal|wechat)\b|\bmeu (?:numero de )?(?:whats\s?app|whats|zap|telegram)\b|\b(?:vamos|podemos) (?:conversar|falar|continuar)(?: a conversa)? (?:no|pelo|via) (?:whats\s?app|whats|zap|telegram|signal)\b|\b(?:me passa|me passe|me da|me de|manda)\s+(?:o\s+)?seu\s+(?:numero(?: de)?\s+)?(?:whats\s?app|whats|zap|telegram)\b|\b(?:podemos|poderiamos|prefiro)\s+(?:conversar|falar|continuar)\s+(?:pelo|no|por)\s+(?:whats\s?app|zap|telegram)\b|\b(?:me escreva|escreva-me|me escreve|me mande um e-?mail)\s+(?:no|para o|pelo|em)\s+(?:meu\s+)?(?:e-?mail)\s+(?:pessoal|particular|privado)\b|\bmeu e-?mail (?:pessoal|particular|privado)\b`,
    "spam.money_pitch": String.raw`\b\d{1,3}(?:[.,]\d+)?\s?% (?:ao mes|ao dia|por semana|por mes|semanais|mensais|semanal|mensal)\b|\binvestimento minimo de\b|\b\d{1,3}(?:[.,]\d+)?\s?% de (?:lucro|rentabilidade|retorno|rendimento)s?\b|\b(?:ganhe|ganhar|ganho|lucre|lucrar|fature|faturar|faturando|ganhando)\s+(?:ate\s+|mais de\s+)?(?:r\$\s?\d[\d.,]*|[$€]\s?\d[\d.,]*|\d[\d.,]*\s?(?:reais|euros|dolares|mil))\s*(?:por|ao|a|toda|todo)?\s*(?:dia|semana|mes|hora)?|\brenda (?:extra|passiva)\b|\bliberdade financeira\b|\b(?:retorno|lucro|rendimento)s? garantidos?\b|\bsem risco\b|\bdobre seu (?:dinheiro|investimento)\b|\boportunidade de investimento\b|\bplataforma de investimentos?\b|\bdinheiro facil\b|\bemprestimo (?:rapido|facil|para negativados|sem consulta)\b|\bpara negativados\b|\bsem consulta (?:ao |a )?(?:spc|serasa)\b|\bmeu (?:tio|primo|mentor|pai)\b[^.!?\n]{0,80}\bme (?:ensinou|mostrou)\b[^.!?\n]{0,60}\b(?:investir|investimento|trading|ouro|cripto\w*|forex|estrategia|truque)|\b(?:transformo|transforme|transformar|viro|virar)\s+(?:seus\s+|os\s+|meus\s+)?(?:r\$\s?\d[\d\s.,]*|\d[\d\s.,]*\s?reais|€\s?\d[\d\s.,]*|\d[\d\s.,]*\s?(?:€|euros?))\s*em\s*(?:r\$\s?\d[\d\s.,]*|\d[\d\s.,]*\s?reais|€\s?\d[\d\s.,]*|\d[\d\s.,]*\s?(?:€|euros?))\s*em\s*\d+\s*(?:dias|semanas|meses)\b|\b(?:resultados|rendimentos|lucros|ganhos) garantidos\b|\bganhe (?:r\$\s?)?\d[\d.,]*\s?(?:mil|reais|usdt|€|por)?\b|\blucro (?:diario )?garantido\b|\binvestimento seguro\b|\brenda extra\b[^.!?\n]{0,40}\b(?:r\$|\d|pix|semana|dia)|\b(?:faco|ganho|lucro|tiro|faturo)\s+(?:\+\s?|mais de\s+)?(?:r\$\s?\d[\d.,]*\s?(?:mil|k)?|\d[\d.,]*\s?(?:mil|k)?\s?(?:reais|euros?|€))\s?(?:/|por |ao |a cada |todo )\s?(?:mes|semana|dia)\b|\bemprestimo (?:pre-?aprovado|garantido|imediato) de\b|\bsem consulta (?:ao |a )?(?:spc|serasa)\b|\btaxa de (?:liberacao|abertura de credito)\b|\btransformei (?:r\$\s?)?\d[\d.,]*\s*(?:reais|mil)?\s+em\s+(?:r\$\s?)?\d|\blucros? diarios?\b|\bficar rico (?:com|no) (?:cripto|bitcoin|trading)\b|\bganhe dinheiro\b|\bdinheiro no pix\b`,
    "spam.crypto": String.raw`\b(?:criptomoedas?|criptoativos|sinais de trading|mineracao em nuvem|conta de trading)\b|\bmeu tio\b[^.!?\n]{0,80}\b(?:sinais|trading|cripto|bitcoin)\b|\bme passa (?:os )?sinais\b|\bcomo comecar com (?:r\$\s?)?\d[\d.,]*\s?(?:reais|€|usdt)?|\b\+?\d[\d.,]*\s?usdt\b[^.!?\n]{0,40}\bna plataforma\b|\bcomecar com (?:r\$\s?)?\d|\bsinais (?:vip|cripto|gratis|de trading|forex)\b`,
    "spam.job_scam": String.raw`\btaxa de (?:inscricao|cadastro|treinamento|adesao)\b|\bsem experiencia\b[^.!?\n]{0,40}\b(?:ganhe|ganhar|r\$|€|salario)|\bvoce foi (?:selecionad[oa]|escolhid[oa]) para (?:uma|um|a|o|nossa|nosso)\b[^.!?\n]{0,40}\b(?:vaga|emprego|cargo|posicao)\b|\btrabalhe de casa\b[^.!?\n]{0,40}\b(?:ganhe|r\$)|\b(?:foi|esta|e) pre-?selecionad[oa]\b|\b(?:cv|curriculo)\b[^\n]{0,60}@(?:gmail|hotmail|outlook|yahoo)\.|\bcomissao por (?:tarefa|pedido|avaliacao)\b|\bavaliar (?:hoteis|produtos|aplicativos)\b|\bentrevista (?:sera |vai ser )?(?:pelo|no|via) (?:telegram|whatsapp)\b|\bentrevista (?:pelo|via|no|por) (?:chat do )?(?:telegram|whatsapp|signal)\b|\bcurso (?:de (?:certificacao|formacao) )?obrigatorio de (?:r\$\s?)?\d|\b(?:r\$\s?)?\d[\d.,]*\s?(?:reais|€|euros)?\b[^.!?\n]{0,40}\b(?:reembolsad[oa]|devolvid[oa]) no primeiro (?:salario|pagamento)|\b(?:cv|curriculo)\b[^.!?\n]{0,60}\b(?:revisado|certificado|otimizado|validado)\b[^.!?\n]{0,60}\d[\d.,]*\s?(?:€|reais)?|\blink de pagamento\b`,
    "spam.romance": String.raw`\b(?:ola|oi)\s+(?:minha\s+|meu\s+)?(?:querida|querido|linda|lindo|gata|gato|princesa|amor|bela|gostosa)\b|\bmeu amor\b|\bminha querida\b|\b(?:vi|adorei) (?:sua|tua) (?:foto|fotos)\b|\bme sinto (?:tao |muito )?sozinh[oa]\b|\bquero te conhecer melhor\b|\bprocuro (?:um |uma )?(?:relacionamento serio|namorad[oa]|alma gemea|esposa|marido)\b|\bviuvo com\b|\bfotos (?:privadas|intimas)\b|\bsou viuv[oa]\b|\bvoce parece (?:muito |tao )?(?:gentil|simpatic[oa]|lind[oa])\b|\b(?:ajuda financeira|mesada)\b[^.!?\n]{0,60}\bpor (?:mes|semana)\b|(?:r\$\s?\d[\d.,]*|\d[\d.,]*\s?reais)[^.!?\n]{0,40}\bpor (?:mes|semana)\b[^.!?\n]{0,80}\b(?:so|apenas|somente) para (?:conversar|bater papo|me fazer companhia)\b|\bachei (?:o )?(?:seu|teu) perfil (?:muito |bem )?interessante\b`,
    "spam.fake_persona": String.raw`\bmissao de paz\b|\b(?:exercito|militar|soldado|oficial) (?:americano|dos eua|dos estados unidos)\b|\bplataforma de petroleo\b|\bengenheir[oa] (?:offshore|em alto mar)\b|\bmedic[oa] da onu\b|\bem missao n[ao] (?:siria|afeganistao|iraque|iemen)\b`,
    "spam.donation_appeal": String.raw`\b(?:faca|facam|fazer) uma doacao\b|\bvakinha\b|\bdoe (?:agora|qualquer valor)\b|\bajude com qualquer valor\b|\bgofundme\b|\bpix (?:para|pra) ajudar\b|\barrecadando doacoes\b|\bqualquer valor ajuda\b|\bpix\b[^.!?\n]{0,20}\bchave\b|\bchave pix\b|\bqualquer valor ajuda\b[^\n]{0,80}\bpix\b|\b(?:faca|facam) uma doacao\b|\bdoe (?:agora|ja|aqui)\b|\bvaquinha\b|\bem meu nome pessoal\b|\bcarteira\b[^.!?\n]{0,20}\b(?:usdt|bitcoin|btc|cripto)\b`,
    "spam.advance_fee": String.raw`\b(?:beneficiario|parente mais proximo|fundos nao reclamados|proposta (?:confidencial|de negocio confidencial)|transacao confidencial|transferencia dos fundos)\b|\b(?:soma|quantia|montante) de\s+(?:us\s?)?[$€]?\s?\d[\d.,]*\s?(?:milhoes|milhao)\b|\bcaucao\b[^.!?\n]{0,80}\b(?:transferir|transfira|chaves)\b|\bnao posso mostrar (?:a casa|o apartamento|o imovel)\b|\benvio-lhe as chaves\b|\bpagar antecipadamente\b|\btaxa de (?:analise|liberacao|processamento|cadastro)\b[^.!?\n]{0,40}\br\$|\bdados bancarios\b[^.!?\n]{0,10}\?|\brecuper(?:ar|amos|acao de)\b[^.!?\n]{0,40}\b(?:seus |os )?(?:fundos|criptomoedas|criptos|dinheiro perdido)\b|\brecuper(?:ar|acao de)\b[^.!?\n]{0,40}\bcontas? (?:hackeadas?|invadidas?|roubadas?)\b|\bhacker (?:etico|certificado)\b|\b(?:envio|mando) as chaves\b[^.!?\n]{0,80}\b(?:caucao|transferencia|sinal)\b|\bnao posso mostrar (?:pessoalmente|o (?:apartamento|t\d|imovel)|a casa)\b|\bherdeir[ao]\b[^.!?\n]{0,80}\b(?:fundos|banco|milhoes)\b|\bfilha unica do (?:falecido|finado)\b|\bdepositados? (?:num|em um) banco\b|\breceber (?:os|esses) fundos\b|\b(?:voce )?recebera \d{1,2}\s?%|\bsem herdeiros\b|\bcliente falecido\b|\bsocio estrangeiro\b|\bproposta de negocio (?:muito )?lucrativa\b|\bheranca\b[^.!?\n]{0,80}\b(?:milhoes|milhao|fundos|transferir|transferencia|beneficiari\w*|socio|advogado|reclamar|sem herdeiros|parente)|\b(?:milhoes|milhao|fundos|transferir|transferencia|beneficiari\w*|socio|advogado|reclamar|sem herdeiros|parente)\b[^.!?\n]{0,80}\bheranca\b|\bespolio\b[^.!?\n]{0,80}\b(?:falecid|heranc|herdeir|milhoes|€|\$)|\bfalecid[oa] (?:sr|sra|senhor|senhora)\b|\bmesmo (?:sobrenome|apelido)\b[^.!?\n]{0,80}\b(?:heranc|herdeir|espolio|fundos|beneficiari)|\bcopia (?:do|da|de) (?:seu |sua )?(?:rg|cnh|documento|passaporte|identidade)\b`,
    "spam.phishing": String.raw`\b(?:verifique|confirme|valide) (?:sua|a sua) (?:conta|identidade|pagina)\b|\bsua (?:conta|pagina) (?:sera|foi) (?:suspensa|bloqueada|excluida|desativada)\b|\bsua encomenda (?:nao pode ser entregue|esta retida|aguarda pagamento)\b|\btaxa (?:alfandegaria|de importacao) pendente\b|\bconta\b[^.!?\n]{0,40}\bsera (?:restringida|suspensa|bloqueada)\b|\bconfirme (?:seus|os seus) dados de (?:login|acesso)\b|\blinkedln\b|\bproteja sua conta\b|\bcodigo de (?:6|seis) digitos\b|\btaxa de importacao\b[^.!?\n]{0,40}\br\$|\bpagar agora\b[^\n]{0,60}\b(?:taxa|encomenda)\b|\blogin com (?:seu|o seu) (?:facebook|instagram)\b[^.!?\n]{0,40}\bvoto\b|\bcodigo\b[^.!?\n]{0,60}\b(?:por engano|sem querer)\b|\b(?:por engano|sem querer)\b[^.!?\n]{0,60}\bcodigo\b|\b(?:me )?(?:manda|mande|envia|envie|repassa|repasse|passa|passe)(?:-me)? (?:o|esse|este) codigo\b|\bsera (?:restrit[oa]|suspens[oa]|desativad[oa]|excluid[oa]) em \d+ ?h|\b(?:seu|o) endereco da (?:sua )?(?:carteira|wallet)\b|\b(?:retid[oa]|parad[oa]) na alfandega\b|\btaxas? (?:alfandegaria|de alfandega|aduaneira)s?\b|\bselo (?:azul|de verificacao)\b[^.!?\n]{0,80}\b(?:horas|link|verifique|confirme)\b|\bmovimenta[cç][aã]o (?:incomum|suspeita|estranha) (?:na|em) sua conta\b|\b(?:confirme|verifique|atualize) (?:seu|sua|seus) (?:usuario|senha|dados bancarios|cartao)\b|\bsua conta foi (?:denunciada|sinalizada|marcada)\b|\bdireitos autorais\b[^.!?\n]{0,80}\b(?:suspens|bloque|exclu|verifi)`,
    "spam.link_bait": String.raw`\bclique (?:agora |ja )?(?:aqui|no link)\b|\bvoce foi (?:sortead[oa]|sorteado\(a\)|selecionad[oa] como (?:o |a )?(?:grande )?(?:ganhador|vencedor)(?:a)?)\b|\bresgat(?:e|ar) (?:o )?seu (?:premio|presente|iphone)\b|\blink na (?:minha )?bio\b|\biphone gratis\b|\bvoce ganhou\b|\boferta por tempo limitado\b|\b\d{2}\s?% de desconto\b|\blink da bio\b|(?:r\$|€)\s?\d[\d.,]*\s?(?:/|por |toda |a cada )(?:semana|dia)\b|\bvoce ganhou (?:um|uma) |\b(?:voce foi|foi) selecionad[oa] para (?:receber|ganhar)\b|\bresgate (?:ate|antes|agora|ja)\b[^.!?\n]{0,40}\b(?:premio|vale|cartao|\d+ ?h)\b|\b(?:vale|cartao)[- ]presente de (?:r\$\s?)?\d[\d.,]*\b[^\n]{0,80}\b(?:resgat|aqui|link)\w*|\bsorteio\b[^\n]{0,80}\b(?:siga|segue|seguir|curta|curtir|comente|marque|compartilhe|mande|rt)\b|\bsorteio (?:de |do )?(?:r\$\s?\d|€\s?\d|\d[\d.,]*\s?(?:reais|euros)|iphone|pix)\b|\bno pix todo dia\b|\bfrete gr[aá]tis\b|\bcupom (?:de )?(?:r\$\s?)?\d|-\d{2}\s?%|\bgift ?card\b[^.!?\n]{0,60}\b(?:sortead|resgat|ganh|premi)|\b(?:foi|foram|voce foi|voces foram) sortead[oa]s? para receber\b|\bpara resgatar\b[^.!?\n]{0,40}\b(?:link|dados|confirme)`,
    // brand-ambassador and "DM me for a collab" pitches, sent by the thousand
    // selling follows and likes: "1.000 seguidores reais por R$ 9,90"
    "spam.follower_selling": String.raw`\b(?:compre|comprar|ganhe|ganhar|consiga)\s+(?:\d[\d.,]*k?\s+)?(?:seguidores|curtidas|likes|visualizacoes|inscritos)\b|\b\d[\d.,]*k?\s+(?:seguidores|curtidas|likes|inscritos)\s+(?:reais\s+|ativos\s+|brasileiros\s+)?(?:por|a partir de)\s+(?:apenas\s+|so\s+)?(?:r\$|\$|€|\d)|\bseguidores (?:reais|baratos|brasileiros)\b[^.!?\n]{0,40}\b(?:por|pix|preco)\b|\bbombar (?:no|o seu|seu) (?:insta|instagram|perfil)\b|\bsigo de volta\b|\b\d+(?:[.,]\d+)?\s?k\s?=\s?(?:[$€]\s?)?\d[\d.,]*(?:\s?[€$])?|\b\d[\d\s.,]*k?\s+(?:seguidores|curtidas|inscritos)\s+(?:[\p{L}]+\s+){1,2}(?:por|a partir de)\s+(?:apenas\s+|so\s+)?(?:r\$\s?\d|[$€]\s?\d|\d[\d.,]*\s?(?:€|reais))`,
    "spam.ambassador_pitch": String.raw`\b(?:seja|torne-se|procuramos)\s+(?:noss[oa]s?\s+)?embaixador(?:a|es|as)?\s+d[ae]\s+marca\b|\b(?:me chama|chama|manda (?:uma )?mensagem|manda dm)\s+(?:na|no)?\s*(?:dm|direct|privado|inbox)?\s*(?:para|pra)\s+(?:uma\s+)?(?:parceria|collab|colab)\b|\bparceria (?:paga|remunerada)\b|\b(?:seja|ser|quer ser|queremos que (?:voce )?seja)\s+(?:noss[oa]\s+)?embaixador(?:a)?\b|\bembaixador(?:a|es|as)?\s+d[ae]\s+(?:nossa|sua)\s+marca\b|\b(?:escreva|mande (?:uma )?(?:mensagem|dm)|chame|chama|fale)\s+(?:(?:para|pra|com|na|no)\s+)?(?:a\s+|o\s+)?(?:nossa|nosso)\s+(?:conta|pagina|perfil)\s+(?:principal|oficial)\b|\b(?:ser|seja|virar) (?:nossa|nosso) embaixador(?:a)?\b|\bembaixador(?:a)? da (?:nossa )?marca\b|\b(?:so|apenas) (?:pagar|paga) o frete\b|\b(?:ganhar|ganhe|comece a ganhar)\s+comissoes\b|\bcodigo de desconto\b[^.!?\n]{0,80}\bcomiss`,
    "spam.self_promotion": String.raw`\b(?:abrindo|abri|abrirei)\s+(?:apenas\s+|so\s+|somente\s+)?\d+\s+vagas\b|\bvagas (?:limitadas|limitadissimas) (?:para|na|da) (?:a |minha )?(?:mentoria|imersao|turma)\b|\bgaranta (?:a |ja )?(?:sua|tua) vaga\b|\b(?:visite|confira|conheca) (?:meu|minha) (?:canal|pagina|loja|perfil|site)\b|\b(?:inscreva-se|se inscrevam|se inscreve|inscrevam-se) no meu canal\b|\bprezad[oa] (?:proprietari[oa]|dono|responsavel) (?:do|de) (?:site|website|loja)\b|\bprimeira pagina do google\b[^.!?\n]{0,60}\bgarant\w*|\bresponda (?:apenas |so )?(?:com )?["“]\s?sim\s?["”]|\b(?:me\s+)?(?:manda|mande|envia|envie|chama|chame)\s+(?:um\s+)?(?:dm|direct|direto|mensagem)\s+(?:com\s+)?["«“']\s?[\p{L}\p{N}]{2,12}\s?["»”']`,
    "spam.wrong_number": String.raw`\b(?:numero errado|pessoa errada|contato errado|conversa errada|(?:anotei|salvei|mandei|enviei|adicionei)\b[^.!?\n]{0,30}\berrad[oa]|me enganei de (?:numero|pessoa|contato|conversa))\b[^]{0,400}?\b(?:invest\w*|trading|trade\w*|opera(?:r|cao|coes)|ouro|cripto\w*|bitcoin|forex|bolsa|acoes|analista)\b|\b(?:errei de (?:conta|numero|pessoa)|(?:mandei|enviei) (?:pra|para) (?:a )?pessoa errada|numero errado|pessoa errada)\b[^]{0,200}?\b(?:(?:voce|tu) parece(?:s)? (?:muito )?(?:legal|simpatic[oa]|gente boa|querid[oa])|(?:e o )?destino|nao (?:e|foi) coincidencia)`,
    "spam.boss_fraud": String.raw`\b(?:favor (?:rapido|urgente|pequeno)|pequeno favor|com (?:toda |muita )?discricao|discretamente)\b[^]{0,200}?\b(?:em (?:uma )?reuniao|nao posso (?:te ligar|ligar|falar|atender))\b|\b(?:em (?:uma )?reuniao|nao posso (?:te ligar|ligar|falar|atender))\b[^]{0,200}?\b(?:favor (?:rapido|urgente|pequeno)|pequeno favor|com (?:toda |muita )?discricao|discretamente)\b|\b(?:oi|ola) (?:mae|mamae|pai)\b[^\n]{0,160}\b(?:numero novo|novo numero)\b|\b(?:esse|este) e (?:o )?meu (?:numero novo|novo numero)\b|\bminha conta nova\b[^.!?\n]{0,40}\b(?:hackead|invadid|roubad|bloquead)|\b(?:a|minha) (?:conta )?antiga foi (?:hackeada|invadida|roubada)\b|\bfavor urgente\b|\bmb ?way de \d[\d.,]*\s?€?|\bn[aã]o (?:digas|diga|contes|conte) (?:nada )?a ningu[eé]m\b`,
    "spam.adult": String.raw`\bgravei\b[^.!?\n]{0,40}\b(?:chamada de video|video|videochamada)\b|\b(?:senao|se nao|ou)\s+(?:eu\s+)?(?:mando|envio|posto|publico|compartilho|partilho)\b[^.!?\n]{0,60}\b(?:familia|contatos|contactos|amigos|colegas|seguidores)\b|\bso \+18\b|\bconteudo (?:exclusivo|adulto|\+18)\b[^.!?\n]{0,40}\b(?:link|bio)\b|\b(?:minhas )?fotos (?:privadas|intimas|picantes|hot)\b[^.!?\n]{0,60}\b(?:link|bio|gratis)\b|\bchamada de video\b[^.!?\n]{0,30}\b(?:quente|picante|hot|safad[ao]|sexy)\b|\bme adiciona no snap(?:chat)?\b|\bfotos? que (?:nao|não) posso (?:postar|colocar|mostrar) aqui\b|\bvem me ver no privado\b|\bminhas fotos privadas\b`,
  },
  grace: {
    hurtful: String.raw`spam|perfil falso|golpe|golpista|fraude|chato|chata|inconveniente|esquisito|esquisita|burro|burra|idiota|imbecil|patético|patética|patetico|patetica|desesperad[oa]|perda de tempo|me deixe em paz|me deixa em paz|gente como você|gente como voce`,
    sarcasm: String.raw`ah, tá|ah, ta|até parece|ate parece|boa tentativa|boa sorte com isso|sem ofensa|com todo o respeito|obviamente|k{4,}|rsrs`,
    apology: String.raw`desculpa|desculpe|desculpas|sinto muito|lamento|perdão|perdao`,
    strongApology: String.raw`(?:mil|muitas|sinceras) desculpas|sinto muitíssimo|sinto muitissimo|(?:muito|realmente|sinceramente) (?:lamento|sinto)`,
    falsePromise: String.raw`talvez mais tarde|mais tarde|mais para frente|mais pra frente|(?:quem sabe|talvez) um dia|algum dia|por enquanto|no momento|neste momento|futuramente|no futuro|outra hora|quem sabe`,
    thanks: String.raw`obrigad[oa]|agradeço|agradeco|agradecemos|grat[oa]`,
    preachy: String.raw`você deveria|voce deveria|deveria aprender|da próxima vez,? (?:por favor|tente)|da proxima vez,? (?:por favor|tente)|é falta de educação|e falta de educacao|fica a dica`,
  },
  draft: {
    voice: (tone, _platform, _address, region) => (region === "pt-PT" ? VOICES_PT : VOICES)[tone],
    requestNoun: (platform, _tone, _address, region) => (region === "pt-PT" ? REQUEST_NOUNS_PT : REQUEST_NOUNS)[platform],
    regionOf,
    platformName: (platform) => PLATFORM_NAMES[platform],
    greeting: ({ tone, firstName, name }) => {
      // Brazilian and Portuguese business writing greets by first name even when formal: "Olá, Nuno Gonçalo Sá Pereira," reads like a form letter
      const who = firstName || (tone === "formal" ? name : null);
      return who ? `Olá, ${who},` : "Olá,";
    },
    opening: ({ firstName }, thanks) => (firstName ? `Olá, ${firstName}! ${thanks}` : thanks),
    shortTone: (tone) => (tone === "formal" ? "formal" : "brief"),
    lowercaseAfterGreeting: false,
    alsoNoNote: "Além disso, peço uma breve nota pessoal em cada pedido.",
    defaultReasons: {
      competitor: COMPETITOR[0]!,
      blocked_role: "Tenho como regra pessoal não me conectar no {platform} com profissionais da sua área, e aplico essa regra a todos.",
      not_known_in_real_life: NOT_KNOWN[0]!,
      no_personal_note: NO_NOTE[0]!,
    },
    roleWords: {
      recruiter: "profissionais de recrutamento",
      sales: "profissionais de vendas",
      "real estate": "profissionais do mercado imobiliário",
      insurance: "profissionais de seguros",
      "financial advisor": "profissionais de assessoria financeira",
      "network marketing": "profissionais de marketing multinível",
      marketing: "profissionais de marketing",
      crypto: "pessoas do mercado de criptomoedas",
      coach: "coaches",
      investor: "profissionais de investimentos",
      journalist: "profissionais de jornalismo",
      founder: "pessoas empreendedoras",
      consultant: "profissionais de consultoria",
      freelancer: "profissionais independentes",
      influencer: "pessoas criadoras de conteúdo",
      hr: "profissionais de RH",
      "public relations": "profissionais de relações públicas",
    },
  },
};

