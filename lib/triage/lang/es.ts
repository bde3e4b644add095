// Spanish (Spain and Latin America): roles, cues and drafts. Drafts use "tú" in the warm
// and brief tones unless the person's note says "usted" (then they answer in kind), and
// "usted" in the formal one; nouns for people in gender-neutral wording ("profesionales de
// ventas") where gender is unknown.
import type { Platform, Tone } from "../schema";
import { addressIn } from "./address";
import type { DraftVoice, LanguagePack } from "./types";

const REQUEST_NOUNS: Record<Platform, string> = {
  linkedin: "invitación para conectar",
  facebook: "solicitud de amistad",
  instagram: "solicitud para seguirme",
  x: "mensaje",
  other: "solicitud de contacto",
};

const WARM: DraftVoice = {
  thanks: [
    "Muchas gracias por tu {request}; es muy amable de tu parte haber pensado en mí.",
    "Gracias por tu {request}; me alegra que te hayas puesto en contacto.",
    "Gracias por escribirme y por tu amable {request}.",
  ],
  reasons: {
    competitor: [
      "La política de mi empresa no me permite conectar con personas de empresas de la competencia.",
      "Por la política de mi empresa, no puedo conectar con personas que trabajan en empresas competidoras.",
    ],
    blocked_role: [
      "Tengo la norma personal de no conectar con {roles} en {platform}, y la aplico con todo el mundo.",
      "En {platform} reservo mi red para las personas con las que trabajo directamente, así que no conecto con {roles}, sin excepción.",
      "Es una norma mía no conectar con {roles} en {platform}; no tiene nada que ver contigo.",
    ],
    not_known_in_real_life: [
      "Solo conecto con personas que conozco en la vida real.",
      "En {platform} reservo mis contactos para personas que conozco bien personalmente.",
    ],
    no_personal_note: [
      "Solo acepto invitaciones que incluyan una breve nota personal sobre el motivo de la conexión.",
      "Solo acepto invitaciones que vengan con unas palabras sobre el motivo de la conexión.",
    ],
  },
  shortReasons: {
    competitor: "Política de empresa: no puedo conectar con la competencia.",
    blocked_role: "Por norma, no conecto con {roles} aquí.",
    not_known_in_real_life: "Solo conecto con personas que conozco en la vida real.",
    no_personal_note: "Solo acepto invitaciones con una nota personal.",
  },
  offers: {
    blocked_role: ["Si te resultan útiles, puedes seguir mis publicaciones públicas cuando quieras."],
    not_known_in_real_life: ["Si quieres, puedes seguir mis publicaciones públicas.", "Eso sí, puedes seguir mis publicaciones públicas si te interesan."],
    no_personal_note: ["Si quieres contarme en unas líneas qué tienes en mente, lo leeré con gusto."],
  },
  closings: ["Te deseo lo mejor.", "Te deseo mucho éxito.", "Cuídate mucho y que te vaya muy bien."],
  signOffs: ["Un saludo,", "Saludos,", "Saludos cordiales,"],
  rolesFallback: "personas de tu sector",
  companyFallback: "tu empresa",
};

const FORMAL: DraftVoice = {
  thanks: ["Le agradezco su {request}.", "Muchas gracias por su {request}.", "Le agradezco que se haya puesto en contacto conmigo."],
  reasons: {
    competitor: [
      "La política de mi empresa no me permite conectar con personas de empresas de la competencia.",
      "La política de mi empresa no me permite establecer contacto con empleados de empresas competidoras.",
    ],
    blocked_role: [
      "Por norma, no conecto con {roles} en {platform}, y aplico este criterio a todo el mundo por igual.",
      "En {platform} limito mi red a relaciones de trabajo directas, por lo que no conecto con {roles}.",
    ],
    not_known_in_real_life: ["Solo conecto con personas que conozco en la vida real.", "Reservo mis contactos en {platform} para personas que conozco personalmente."],
    no_personal_note: [
      "Solo acepto invitaciones que incluyan una breve nota personal sobre el motivo del contacto.",
      "Únicamente acepto invitaciones acompañadas de una breve nota sobre el motivo de la conexión.",
    ],
  },
  shortReasons: {
    competitor: "La política de mi empresa no me permite conectar con la competencia.",
    blocked_role: "Por norma, no conecto con {roles} en {platform}.",
    not_known_in_real_life: "Solo conecto con personas que conozco personalmente.",
    no_personal_note: "Solo acepto invitaciones con una nota personal.",
  },
  offers: {
    blocked_role: ["Si lo desea, puede seguir mis publicaciones públicas."],
    not_known_in_real_life: ["Si lo desea, puede seguir mis publicaciones públicas."],
    no_personal_note: ["Si desea enviarme unas líneas sobre lo que tiene en mente, las leeré con mucho gusto."],
  },
  closings: ["Le deseo mucho éxito.", "Le deseo lo mejor en sus proyectos."],
  signOffs: ["Atentamente,", "Saludos cordiales,", "Un cordial saludo,"],
  rolesFallback: "personas de su sector",
  companyFallback: "su empresa",
};

const BRIEF: DraftVoice = {
  thanks: ["Gracias por tu {request}.", "Gracias por tu interés.", "Gracias por pensar en mí."],
  reasons: {
    competitor: ["La política de mi empresa no me permite conectar con la competencia.", "Política de empresa: no puedo conectar con la competencia."],
    blocked_role: ["Por norma, no conecto con {roles} en {platform}.", "Tengo la norma de no conectar con {roles} aquí."],
    not_known_in_real_life: ["Solo conecto con personas que conozco en la vida real.", "En {platform} solo conecto con gente que conozco en persona."],
    no_personal_note: ["Solo acepto invitaciones con una nota personal.", "Solo acepto invitaciones que incluyan una breve nota personal."],
  },
  shortReasons: WARM.shortReasons,
  offers: {
    blocked_role: ["Puedes seguir mis publicaciones."],
    not_known_in_real_life: ["Puedes seguir mis publicaciones públicas."],
    no_personal_note: ["Si quieres, envíame una nota con lo que tienes en mente."],
  },
  closings: [""],
  signOffs: ["Saludos,", "Un saludo,"],
  rolesFallback: "personas de tu sector",
  companyFallback: "tu empresa",
};

// The warm and brief voices in "usted", for a note written that way: much of Latin America
// (and older or more formal writers in Spain) says "usted" to a stranger, and a reply in "tú"
// to "Me permito escribirle" reads as over-familiar.
const WARM_USTED: DraftVoice = {
  ...WARM,
  thanks: [
    "Muchas gracias por su {request}; es muy amable de su parte haber pensado en mí.",
    "Gracias por su {request}; me alegra que se haya puesto en contacto conmigo.",
    "Gracias por escribirme y por su amable {request}.",
  ],
  reasons: {
    ...WARM.reasons,
    blocked_role: [
      "Tengo la norma personal de no conectar con {roles} en {platform}, y la aplico con todo el mundo.",
      "En {platform} reservo mi red para las personas con las que trabajo directamente, así que no conecto con {roles}, sin excepción.",
      "Es una norma mía no conectar con {roles} en {platform}; no tiene nada que ver con usted.",
    ],
  },
  offers: {
    blocked_role: ["Si le resultan útiles, puede seguir mis publicaciones públicas cuando quiera."],
    not_known_in_real_life: ["Si lo desea, puede seguir mis publicaciones públicas.", "Eso sí, puede seguir mis publicaciones públicas si le interesan."],
    no_personal_note: ["Si quiere contarme en unas líneas qué tiene en mente, lo leeré con gusto."],
  },
  closings: ["Le deseo lo mejor.", "Le deseo mucho éxito.", "Cuídese mucho y que le vaya muy bien."],
  rolesFallback: "personas de su sector",
  companyFallback: "su empresa",
};

const BRIEF_USTED: DraftVoice = {
  ...BRIEF,
  thanks: ["Gracias por su {request}.", "Gracias por su interés.", "Gracias por pensar en mí."],
  offers: {
    blocked_role: ["Puede seguir mis publicaciones."],
    not_known_in_real_life: ["Puede seguir mis publicaciones públicas."],
    no_personal_note: ["Si quiere, envíeme una nota con lo que tiene en mente."],
  },
  rolesFallback: "personas de su sector",
  companyFallback: "su empresa",
};

/**
 * "usted", "le escribo", "conocerle", "su perfil": the polite address ("su" alone may be
 * "his" or "her", so only with the nouns a note says of its reader); "tú", "te", "contigo",
 * "tu perfil": the familiar one.
 */
const USTED_RE =
  /(?<![\p{L}])(?:usted(?:es)?|(?:conocer|contactar|escribir|saludar|agregar|añadir|anadir|invitar|felicitar|molestar)le|le (?:escribo|contacto|saludo|agradezco|agradecería|agradeceria|invito|felicito|sigo)|su (?:perfil|trayectoria|experiencia|red|invitación|invitacion|publicación|publicacion|artículo|articulo|charla|ponencia))(?![\p{L}])/iu;
const TU_RE =
  /(?<![\p{L}])(?:tú|te|contigo|tus?|(?:conocer|contactar|escribir|saludar|agregar|añadir|anadir|invitar|felicitar|molestar)te)(?![\p{L}])/iu;

const VOICES: Record<Tone, DraftVoice> = { warm: WARM, formal: FORMAL, brief: BRIEF };
const USTED_VOICES: Record<Tone, DraftVoice> = { warm: WARM_USTED, formal: FORMAL, brief: BRIEF_USTED };
const PLATFORM_NAMES: Record<Platform, string> = { linkedin: "LinkedIn", facebook: "Facebook", x: "X", instagram: "Instagram", other: "esta plataforma" };

export const es: LanguagePack = {
  code: "es",
  name: "Spanish",
  nativeName: "Español",
  roles: {
    recruiter: [
      "reclutador", "reclutadora", "reclutadores", "reclutadoras", "reclutamiento", "reclutamiento y selección", "selección de personal",
      "seleccionador", "seleccionadora", "técnico de selección", "técnica de selección", "consultor de selección", "consultora de selección",
      "responsable de selección", "captación de talento", "adquisición de talento", "atracción de talento", "cazatalentos", "caza talentos", "cazador de talentos", "cazadora de talentos",
      "headhunter", "reclutador it", "consultor de rrhh y selección", "búsqueda de ejecutivos",
    ],
    sales: [
      "ventas", "vendedor", "vendedora", "vendedores", "comercial", "comerciales", "ejecutivo de ventas", "ejecutiva de ventas",
      "ejecutivo comercial", "ejecutiva comercial", "asesor comercial", "asesora comercial", "director comercial", "directora comercial",
      "jefe de ventas", "jefa de ventas", "gerente de ventas", "gerente comercial", "representante de ventas", "representante comercial",
      "agente comercial", "desarrollo de negocio", "desarrollo de negocios", "ejecutivo de cuentas", "ejecutiva de cuentas", "key account manager",
      "delegado comercial", "delegada comercial", "televenta", "preventa",
    ],
    "real estate": [
      "inmobiliaria", "inmobiliario", "agente inmobiliario", "agente inmobiliaria", "asesor inmobiliario", "asesora inmobiliaria",
      "consultor inmobiliario", "consultora inmobiliaria", "bienes raíces", "agente de bienes raíces", "corredor de propiedades",
      "corredora de propiedades", "corredor inmobiliario", "corredora inmobiliaria", "broker inmobiliario", "realtor",
    ],
    insurance: [
      "seguros", "agente de seguros", "corredor de seguros", "corredora de seguros", "asesor de seguros", "asesora de seguros",
      "mediador de seguros", "mediadora de seguros", "productor de seguros", "productora de seguros", "aseguradora",
    ],
    "financial advisor": [
      "asesor financiero", "asesora financiera", "asesoría financiera", "planificador financiero", "planificadora financiera",
      "gestor de patrimonios", "gestora de patrimonios", "banca privada", "asesor de inversiones", "asesora de inversiones",
      "consultor financiero", "consultora financiera", "agente financiero", "agente financiera",
    ],
    "network marketing": [
      "multinivel", "marketing multinivel", "marketing de redes", "distribuidor independiente", "distribuidora independiente",
      "venta directa", "empresaria independiente", "empresario independiente", "network marketing",
    ],
    marketing: ["marketing", "mercadotecnia", "especialista en marketing", "responsable de marketing", "marketing digital", "community manager"],
    crypto: ["criptomonedas", "cripto", "blockchain", "forex", "bitcoin", "trader de criptomonedas"],
    coach: ["coach", "coaching", "mentor de negocios", "mentora de negocios", "coach de vida"],
    investor: ["inversor", "inversora", "inversionista", "business angel", "capital riesgo", "capital de riesgo", "inversor ángel"],
    journalist: ["periodista", "reportero", "reportera", "redactor", "redactora", "corresponsal", "editor", "editora"],
    founder: ["fundador", "fundadora", "cofundador", "cofundadora", "co-fundador", "co-fundadora", "emprendedor", "emprendedora", "ceo"],
    consultant: ["consultor", "consultora", "consultoría"],
    freelancer: ["autónomo", "autónoma", "freelance", "trabajador independiente", "trabajadora independiente"],
    influencer: ["influencer", "creador de contenido", "creadora de contenido", "youtuber", "bloguero", "bloguera"],
    hr: ["recursos humanos", "rrhh", "rr.hh.", "rr. hh.", "gestión de personas", "people partner", "hrbp"],
    "public relations": ["relaciones públicas", "rr. pp.", "rr.pp.", "rrpp", "consultor de comunicación", "consultora de comunicación", "jefe de prensa", "jefa de prensa", "gabinete de prensa", "agencia de comunicación"],
  },
  selfDescription: String.raw`(?:\b(?:soy|trabajo como|trabajo en|me dedico a(?:l| la)?|como|ahora soy|somos)\s+(?:(?:un|una|el|la|ahora|tambien|actualmente)\s+)*(?:[\p{L}-]+,?\s+){0,3})$`,
  salesPitch: String.raw`\b(?:ayudamos|ayudo) a (?:empresas|negocios|equipos|marcas|tiendas|ecommerce)\b|\b(?:te|le) (?:encaja|apetece|parece) (?:una|un) demo\b|\b(?:empresas|negocios|equipos|marcas|companias) como (?:la tuya|el tuyo|la suya|el suyo|la vuestra)\b|\bpresentar(?:te|le|os) (?:nuestra|nuestro|mi) (?:plataforma|solucion|herramienta|servicio|servicios|producto|software|empresa|agencia)\b|\b(?:nuestra|nuestro|mi) (?:plataforma|solucion|herramienta|software|producto|agencia) (?:ayuda|permite|puede ayudar)\b|\b(?:agendar|programar|reservar) una (?:demo|demostracion|llamada comercial)\b|\bleads cualificados\b`,
  sentenceWords: String.raw`[Yy]o|[Mm]e|[Tt]e|[Nn]os|tu|tus|[Cc]ontigo|[Cc]onmigo|[Ee]stoy|[Bb]uenas|[Bb]uenos días|[Gg]racias|[Ee]ncantad[oa]|[Qq]uería|[Qq]uisiera|[Gg]ustaría|[¡¿]\p{L}+`,
  employment: {
    current: String.raw`\bsoy\s+(?:[\p{L}-]+\s+){1,4}en\s+(?:la\s+|el\s+)?$|\b(?:trabaj(?:o|ando)|estoy|ahora(?: estoy)?|actualmente)\s+(?:en|con|para)\s+(?:la\s+|el\s+)?$|\bme (?:he unido|uni|acabo de unir|he incorporado|incorpore|acabo de incorporar) a\s+(?:la\s+|el\s+)?$|\bacabo de (?:unirme|incorporarme|entrar) (?:a|en)\s+(?:la\s+|el\s+)?$`,
    past: String.raw`\b(?:antes|anteriormente)\s+(?:en|trabajaba en)\s+$|\btrabajaba (?:en|para)\s+$`,
  },
  meeting: {
    online: [
      String.raw`\b(?:tu|el|un|el de anoche|el de ayer)\s+space\b|\b(?:en|durante)\s+tu\s+(?:directo|live|stream)\b|\b(?:comentario|comentarios|comentaste|comente|comentamos|hilo|foro|webinar|webinario|seminario web|en linea|online|virtual(?:mente)?|zoom|teams|directo|transmision|grupo de (?:whatsapp|telegram|facebook|linkedin)|chat|chateamos|(?:hablamos|charlamos|conversamos|nos conocimos|te conoci|coincidimos|nos escribimos|nos leimos) por aqui|aqui en (?:linkedin|facebook|instagram|x|twitter))\b`,
      String.raw`\b(?:tu|su|el|la|un|una|este|esta|ese|esa|mi|nuestro|nuestra)\s+(?:[\p{L}-]+\s+){0,2}?(?:publicacion|publicaciones|post|posts|articulo|blog|video|reel|historia|historias|tuit|hilo|newsletter|boletin|podcast|grupo|comunidad|canal)\b`,
      String.raw`\b(?:grupo|comunidad)\b`,
    ],
    inPerson: [
      String.raw`\b(?:reunion de (?:padres|madres|padres y madres)|tutoria del colegio|conferencia|congreso|cumbre|feria|jornada|jornadas|stand|boda|funeral|colegio|instituto|universidad|facultad|campus|carrera|master|companeros?|companeras?|colegas?|hackathon|gimnasio|iglesia|vecinos?|vecinas?|en persona|en la vida real|primos?|primas?|infancia|barrio|ensayos?|coro|orquesta)\b`,
      // "coincidimos en el grupo …" is online: a group, a thread or a chat is no place to meet in person
      String.raw`\b(?:trabajamos|estudiamos|coincidimos|jugamos|entrenamos)\s+(?:juntos|juntas|(?:en|durante)\s+(?!(?:el\s+|la\s+|los\s+|las\s+|un\s+|una\s+|tu\s+|tus\s+|su\s+|sus\s+)?(?:~|webinar|zoom|hilo|post|grupo|chat|comentarios?|linea|online|foro|comunidad|directo)))`,
      String.raw`\b(?:fue un placer|un placer|encantad[oa]|me alegro|gusto|me gusto)\s+(?:de\s+)?(?:conocerte|conocerle|conocerla|conocerlo|verte|verle|coincidir|hablar contigo)\b`,
      String.raw`\b(?:nos conocimos|te conoci|le conoci|nos vimos|coincidimos|hablamos|charlamos)\s+(?:brevemente\s+)?(?:en|durante|tras|despues de)\s+(?!(?:el\s+|la\s+|los\s+|las\s+|un\s+|una\s+|tu\s+|tus\s+|su\s+|sus\s+)?(?:~|webinar|zoom|hilo|post|grupo|chat|comentarios?|linea|online|foro|comunidad|canal|servidor|discord|slack|reddit|twitch|stream|directo))`,
      String.raw`\b(?:en|durante|tras|despues de)\s+(?:el|la|los|las|un|una|tu|su|nuestro|nuestra)\s+(?:[\p{L}'-]+\s+){0,3}?(?:desayuno|comida|almuerzo|cena|evento|taller|seminario|charla|ponencia|clase|curso|oficina|fiesta|afterwork|festival|concierto|gala|ceremonia|formacion|meetup|encuentro)\b`,
      String.raw`\b(?:misma|mismo|nuestra|nuestro)\s+(?:[\p{L}-]+\s+)?(?:clase|equipo|oficina|club|curso|promocion|programa|edificio|planta)\b|\b(?:en|de|del|con)\s+(?:tu|mi)\s+(?:[\p{L}-]+\s+)?(?:clase|equipo|oficina|club|curso|promocion|programa|edificio|planta)\b`,
    ],
    onlineEvent: [
      String.raw`\b(?:conferencia|congreso|cumbre|evento|feria|taller|seminario|curso|encuentro|meetup|clase|reunion|jornada)\s+(?:virtual|online|en linea|por zoom)\b`,
    ],
  },
  stockPhrases: [
    /^(?:hola|buenas|buenos dias|buenas tardes|buenas noches|estimad[oa]s?|querid[oa])\b[^,!.:\n]{0,40}[,!.:]?/,
    /(?:me gustaria|quisiera|me encantaria) (?:formar parte de|unirme a) tu red(?: profesional)?(?: de contactos)?(?: en linkedin)?/g,
    /espero que podamos (?:conectar|estar en contacto|seguir en contacto)/g,
    /(?:quiero|quisiera|me gustaria) (?:ampliar|expandir|hacer crecer) mi red(?: profesional)?(?: de contactos)?/g,
    /me gustaria (?:anadirte|agregarte|anadirle|agregarle|incluirte|incluirle) a mi red(?: profesional)?(?: de contactos)?(?: en linkedin)?/g,
    /(?:me gustaria|quisiera|quiero|me encantaria) (?:conectar|contactar)(?: contigo| con usted)?(?: aqui)?(?: en linkedin)?/g,
    /(?:que tal|como estas|como esta usted|como esta)\??/g,
    /(?:conectemos|sigamos en contacto|estemos en contacto|mantengamos el contacto)/g,
    /(?:por favor )?(?:acepta|acepte) (?:mi|la) (?:invitacion|solicitud)/g,
    /(?:agregame|anademe|sigueme)/g,
    /(?:espero que (?:estes|este|te encuentres|se encuentre) (?:bien|muy bien))/g,
    /(?:(?:seria |sera )?(?:un placer|genial|un gusto) (?:conectar|formar parte de tu red))/g,
    /(?:gracias|muchas gracias|saludos|un saludo|saludos cordiales|un abrazo|atentamente)[,!.]?(?:\s+[\p{L}'-]+)?\s*$/u,
  ],
  scam: {
    "spam.off_platform": String.raw`\b(?:agregame|anademe|escribeme|hablame|contactame|llamame|agregueme|escribame|contacteme)\s+(?:al|por|en|a mi)\s+(?:whats\s?app|wsp|wasap|telegram|signal|wechat)\b|\bmi (?:numero de )?(?:whats\s?app|wsp|wasap|telegram)\b|\b(?:hablemos|sigamos|continuemos)(?: hablando| la conversacion)? (?:por|en) (?:whats\s?app|wsp|wasap|telegram|signal)\b|\b(?:me das|me pasas|pasame|dame|enviame|mandame|me envias|me mandas)\s+tu\s+(?:numero(?: de)?\s+)?(?:whats\s?app|wsp|wasap|telegram|celular|movil)\b|\b(?:podemos|podriamos|prefiero|mejor)\s+(?:hablar|charlar|conversar|seguir hablando|continuar)\s+(?:por|en)\s+(?:whats\s?app|telegram)\b|\b(?:escribeme|escribame|contactame|contacteme)\s+(?:a|en|por)\s+(?:mi\s+)?(?:correo|email|e-mail)\s+(?:privado|personal)\b|\bmi (?:correo|email|e-mail) (?:privado|personal)\b|\b(?:escribime|mandame|hablame|agregame|contactame)\s+(?:un mensaje\s+)?(?:al|por|en)\s+(?:el\s+)?(?:whats\s?app|wsp|wpp|telegram)\b`,
    "spam.money_pitch": String.raw`\b\d{1,3}(?:[.,]\d+)?\s?% (?:semanal|mensual|diario|al mes|a la semana|al dia)(?:es)?\b|\binversion minima de\b|\b\d{1,3}(?:[.,]\d+)?\s?% de (?:beneficio|rentabilidad|ganancia|retorno)s?\b|\b(?:gana|ganar|genera|generar|ganando|gane)\s+(?:hasta\s+|mas de\s+)?(?:[$€]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|\$|euros|dolares|usd))\s*(?:al|a la|por|cada)?\s*(?:dia|semana|mes|hora)?|\bingresos pasivos\b|\blibertad financiera\b|\brentabilidad garantizada\b|\bganancias garantizadas\b|\bsin riesgo\b|\bduplica tu (?:dinero|inversion)\b|\boportunidad de inversion\b|\bplataforma de inversion\b|\bdinero facil\b|\bgana dinero desde casa\b|\b(?:saque|gane|gano|obtuve|consegui|genero|saco)\s+(?:un\s+|una rentabilidad del?\s+)?\d{1,3}(?:[.,]\d+)?\s?%|\b(?:gano|saco|facturo)\s+(?:mas de\s+)?\d[\d.,]*\s?(?:€|euros|\$|dolares)\s*(?:al|por|cada)\s*(?:mes|semana|dia)|\bmi (?:tio|tia|primo|prima|mentor|padre)\b[^.!?\n]{0,80}\bme (?:enseno|ensena|mostro|explico)\b[^.!?\n]{0,60}\b(?:invertir|inversion|trading|oro|cripto\w*|forex|estrategia|truco|metodo)|\bprestamos? (?:preaprobado|rapido|urgente|inmediato|sin aval)\b|\bsin aval\b|\basnef\b|\bmentorizar gratis\b|\bcon mi metodo\b|\b(?:sacan|ganan|sacas|ganas|saco)\s+\d[\d.,]*\s?(?:€|\$|euros|dolares)\s*(?:a la|al|por|cada)\s*(?:semana|mes|dia)\b|\b(?:convierto|convierte|convertir|transformo|transforma|paso|pasar)\s+(?:tus\s+|sus\s+|mis\s+)?(?:€\s?\d[\d\s.,]*|\d[\d\s.,]*\s?(?:€|euros?))\s*en\s*(?:€\s?\d[\d\s.,]*|\d[\d\s.,]*\s?(?:€|euros?))\s*en\s*\d+\s*(?:dias|semanas|meses)\b|\b(?:resultados|rendimientos|ganancias|beneficios) garantizad[oa]s\b|\bganar dinero\b|\bdinero desde casa\b|\b\d[\d.,]*\s?(?:€|euros?|\$)\s?(?:diarios|al dia|por dia|a la semana|semanales)\b|\bgana x\d{2,4}\b|\b(?:gano|genero|facturo|saco)\s+(?:\+\s?|mas de\s+)?(?:\d[\d.,\s]*\s?(?:k\s?)?(?:€|euros?|\$|usd|dolares|pesos)|(?:€|\$)\s?\d[\d.,]*k?)\s?(?:/|al |por |cada |a la )\s?(?:mes|semana|dia)\b|\bganancias (?:diarias|semanales|mensuales) garantizadas\b|\bprestamo (?:pre-?aprobado|garantizado|inmediato|urgente) de\b|\bsin (?:revisar |consultar )?(?:el )?(?:buro de credito|asnef|historial crediticio)\b|\b(?:pagar|pagas|paga|deposita|depositar)\b[^.!?\n]{0,20}\d[\d.,]*\s?(?:€|\$|pesos|euros)?\s?(?:de|por) (?:comision|gastos|tasa) de (?:apertura|tramite|gestion|estudio)\b|\bgan[aá]\s+(?:usd|us\$|u\$s|\$|€)\s?\d[\d.,]*\s*(?:por|al|cada|a la)\s+(?:dia|semana|mes)\b|\bconvert[ií] (?:\$|€)?\s?\d[\d.,]*\s*(?:€|euros?|pesos|dolares)?\s+en\s+(?:\$|€)?\s?\d|\bganancias diarias\b|\binversiones (?:bitcoin|cripto)\b[^.!?\n]{0,30}\b(?:rapidas|garantizadas|diarias)\b|\b(?:ganan|ganamos|ganas)\s+(?:hasta\s+|mas de\s+)?(?:[$€]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|\$|euros|dolares|usd))`,
    "spam.crypto": String.raw`\b(?:criptomonedas?|criptoactivos|senales de trading|mineria en la nube|cuenta de trading)\b|\bsenales (?:diarias|de trading|vip|de cripto)\b|\bgrupo vip\b|\bganar dinero con cripto\b|\bsenales (?:cripto|forex)\b|\bmi tio\b[^.!?\n]{0,80}\b(?:senales|trading|cripto|bitcoin)\b|\bme da (?:las )?senales\b|\bcomo (?:empezar|comenzar|empiezas) con \d[\d.,]*\s?(?:€|euros?|\$|usdt|dolares)|\bsenales gratis\b|\bte paso (?:mis |las )?senales\b`,
    "spam.job_scam": String.raw`\b(?:cuota|tarifa|pago) de (?:inscripcion|registro|formacion|tramite|alta)\b|\bsin experiencia (?:previa )?(?:necesaria|requerida)?\b[^.!?\n]{0,40}\b(?:gana|ganar|pagamos|sueldo)\b|\btrabajo desde casa\b[^.!?\n]{0,40}\b(?:gana|ganar|€|\$)|\bhas sido (?:seleccionad[oa]|elegid[oa]) para (?:un|una|el|la|nuestro|nuestra)\b[^.!?\n]{0,40}\b(?:puesto|empleo|trabajo|vacante)\b|\bcomision por (?:tarea|pedido|resena|valoracion)\b|\bvalorar (?:hoteles|productos|apps)\b[^.!?\n]{0,60}\b(?:comision|ganar|pago)\b|\bentrevista (?:se hara |sera )?(?:por|via|en) (?:telegram|whatsapp)\b|\b(?:cv|curriculum)\b[^\n]{0,60}@(?:gmail|hotmail|outlook|yahoo)\.|\btrabajo desde casa\b[^.!?\n]{0,80}\b(?:me gusta|al dia|telegram|ganar)\b|\bdar (?:me gusta|like) a (?:videos|publicaciones)\b|\bentrevista (?:por|via|en|a traves de) (?:(?:el )?chat de |un chat de )?(?:telegram|whatsapp|signal)\b|\bcurso (?:de (?:certificacion|formacion|induccion) )?obligatorio de \d[\d.,]*\s?(?:€|euros?|\$|usd|pesos)|\b\d[\d.,]*\s?(?:€|euros?|\$|usd|pesos)\b[^.!?\n]{0,40}\bse (?:reembolsa|devuelve|descuenta) en (?:la |tu )?primera? (?:nomina|sueldo|pago)|\b(?:cv|curriculum)\b[^.!?\n]{0,60}\b(?:revisado|certificado|optimizado|validado)\b[^.!?\n]{0,60}\d[\d.,]*\s?(?:€|\$|euros?)|\benlace de pago\b`,
    "spam.romance": String.raw`\b(?:hola|hey)\s+(?:mi\s+)?(?:querida|querido|guapa|guapo|hermosa|hermoso|preciosa|precioso|cari(?:no|nito)|amor|bonita|linda)\b|\bmi amor\b|\b(?:vi|me encanto|me gusto) tu (?:foto|fotos)\b|\bme siento (?:muy |tan )?sol[oa]\b|\bquiero conocerte (?:mejor|mas)\b|\bbusco (?:una |mi )?(?:relacion seria|pareja|alma gemela|esposa|esposo)\b|\bviud[oa] con\b|\bfotos (?:privadas|intimas)\b|\b(?:quiero|quisiera|me gustaria|me encantaria) conocerte (?:mejor|mas)\b|\bsoy viud[oa]\b|\bte ves (?:muy |tan )?(?:amable|guap[oa]|lind[oa]|hermos[oa])\b|\bme equivoque de numero\b|\bme he equivocado de numero\b|\bnumero equivocado\b|\bel destino nos (?:conecta|ha unido|ha juntado)\b|\b(?:ayuda economica|ayuda financiera|asignacion|mesada)\b[^.!?\n]{0,60}\b(?:al|por|cada) (?:mes|semana)\b|(?:€\s?\d[\d.,]*|\d[\d.,\s]*\s?(?:€|euros|dolares))\s*(?:al|por|cada) (?:mes|semana)\b[^.!?\n]{0,80}\b(?:solo|solamente|simplemente) (?:para|por) (?:hablar|charlar|conversar|hacerme compania)\b|\b(?:encontre|me parecio|vi) (?:tu|su) perfil (?:muy |bastante )?interesante\b`,
    "spam.fake_persona": String.raw`\bmision de paz\b|\b(?:ejercito|marina|fuerzas armadas) de (?:(?:los )?ee\.? ?uu\.?|estados unidos)\b|\bsoy (?:un )?(?:militar|soldado|capitan|sargento|general)\b[^.!?\n]{0,60}\b(?:mision|siria|afganistan|yemen|irak|onu)\b|\bplataforma petrolera\b|\bingenier[oa] (?:en alta mar|offshore)\b|\bmedic[oa] (?:de la onu|de naciones unidas)\b`,
    "spam.donation_appeal": String.raw`\b(?:haz|hagan|haga) (?:una )?donacion\b|\bdona (?:ahora|aqui|lo que puedas)\b|\brecaudar fondos para\b|\bgofundme\b|\bvaki\b|\bcolecta (?:solidaria|para)\b|\bbizum al \d|\bcualquier donacion\b|\bpaypal en el enlace\b|\b(?:leucemia|cancer|quimioterapia|operacion)\b[^\n]{0,120}\b(?:cuenta para (?:deposito|donaciones)|donacion|dolares|ayuda economica)\b|\b(?:haz|hagan|haga) (?:un|una) (?:donativo|donacion)\b|\bdona (?:ahora|ya|aqui)\b|\ba mi nombre personal\b|\bbilletera\b[^.!?\n]{0,20}\b(?:usdt|bitcoin|btc|cripto)\b|\b(?:en|por) usdt\b`,
    "spam.advance_fee": String.raw`\b(?:beneficiario de|pariente mas cercano|fondos no reclamados|propuesta (?:confidencial|de negocio confidencial)|transaccion confidencial|transferencia de (?:los )?fondos)\b|\b(?:suma|monto|cantidad) de\s+(?:us\s?)?[$€]?\s?\d[\d.,]*\s?(?:millones|millon)\b|\bfianza\b[^.!?\n]{0,80}\b(?:transferencia|llaves)\b|\bno puedo ensenar(?:telo|tela|lo|la|te)?\b[^.!?\n]{0,40}\b(?:piso|casa|apartamento)?|\bte (?:mando|envio) las llaves por (?:mensajero|correo)\b|\bpagar (?:por adelantado|antes) (?:una|la) (?:tasa|comision)\b|\btasa de (?:gestion|tramitacion|analisis)\b|\bganador(?:a)? de \d[\d.,]*\s?€|\bgastos de tramitacion\b|\bbook (?:profesional|de fotos)\b[^.!?\n]{0,40}\d|\bcasting\b[^.!?\n]{0,80}\b(?:pagar|€|book)\b|\brecuper(?:ar|amos|acion de)\b[^.!?\n]{0,40}\b(?:tus |sus |los )?(?:fondos|criptomonedas|criptos|dinero perdido|inversion perdida)\b|\brecuper(?:ar|acion de)\b[^.!?\n]{0,40}\bcuentas? (?:hackeadas?|pirateadas?|robadas?)\b|\bhacker (?:etico|certificado)\b|\bheredera?\b[^.!?\n]{0,80}\b(?:fondos|banco|millones)\b|\bhija unica del (?:difunto|fallecido)\b|\bdepositados? en un banco\b|\brecibir (?:los|estos) fondos\b|\brecibira (?:el )?\d{1,2}\s?%|\bsin herederos\b|\bcliente fallecido\b|\bsocio extranjero\b|\b(?:recupero|recuperamos|te recupero)\b[^.!?\n]{0,50}\b(?:cuentas?|criptomonedas|criptos|fondos|dinero)\b|\b(?:te )?hackearon (?:tu|la) cuenta\b[^]{0,200}?\b(?:recupero|recuperamos|garantizado)\b|\bherencia\b[^.!?\n]{0,80}\b(?:millones|millon|fondos|transferir|transferencia|beneficiari\w*|socio|abogado|reclamar|reclamad\w*|sin herederos|pariente)|\b(?:millones|millon|fondos|transferir|transferencia|beneficiari\w*|socio|abogado|reclamar|reclamad\w*|sin herederos|pariente)\b[^.!?\n]{0,80}\bherencia\b`,
    "spam.phishing": String.raw`\b(?:verifica|confirma|valida) tu (?:cuenta|identidad|perfil)\b|\btu (?:cuenta|pagina|perfil) (?:sera|ha sido|va a ser) (?:suspendida|bloqueada|eliminada|desactivada)\b|\btu (?:paquete|envio|pedido) (?:no ha podido ser entregado|esta retenido|esta en espera)\b|\b(?:tasas|gastos) de (?:aduana|envio) pendientes\b|\bpara recibir el (?:dinero|pago|importe)\b[^.!?\n]{0,60}\b(?:enlace|link|pulsa|pulsar|tarjeta)\b|\b(?:introducir|introduce|anade) los datos de tu tarjeta\b|\binsignia azul\b|\binsignia de verificacion\b|\bperderas (?:la oportunidad|tu cuenta)\b|\basegura tu cuenta\b|\bcodigo de (?:6|seis) digitos\b|\bfrase de recuperacion\b|\bvalide? su billetera\b|\bvalida tu billetera\b|\bcodigo\b[^.!?\n]{0,60}\b(?:por error|por equivocacion|sin querer)\b|\b(?:por error|sin querer|por equivocacion)\b[^.!?\n]{0,60}\bcodigo\b|\b(?:reenviame|reenvieme|mandame|mandeme|enviame|envieme|pasame|paseme|dime|digame) (?:el|ese|este) codigo\b|\b(?:envianos|envienos|mandanos|mandenos) (?:tu|su) (?:direccion de )?(?:wallet|billetera|cartera)\b|\b(?:retenido|retenida) en (?:la )?aduana\b|\binsignia azul\b[^.!?\n]{0,80}\b(?:horas|enlace|verifica|confirma)\b|\bsu (?:cuenta|pagina|perfil|tarjeta) (?:sera|ha sido|va a ser) (?:suspendida|bloqueada|eliminada|desactivada|cancelada)\b|\bmovimientos? (?:inusual(?:es)?|sospechos[oa]s?|no reconocid[oa]s?) en (?:su|tu) cuenta\b|\b(?:verifique|confirme|valide|actualice|verifica|actualiza) (?:su|tu) (?:usuario|clave|contrasena|datos bancarios|tarjeta)\b|\btu cuenta ha sido (?:marcada|denunciada|reportada)\b|\bsera suspendida (?:de forma )?(?:permanente|definitiva)\b|\bverifica (?:aqui|tu identidad)\b|\bderechos de autor\b[^.!?\n]{0,80}\b(?:suspend|bloque|elimin|verific)`,
    "spam.link_bait": String.raw`\b(?:haz|pulsa|dale) (?:clic|click) (?:ahora |ya |rapido )?(?:aqui|en el enlace|en el link)\b|\b(?:has sido|fuiste) (?:seleccionad[oa]|elegid[oa]|escogid[oa]) como (?:el |la |nuestr[oa] )?(?:afortunad[oa] )?ganador(?:a)?\b|\breclama (?:ya |ahora |hoy )?tu (?:premio|regalo|iphone)\b|\biphone gratis\b|\benlace en (?:mi )?bio\b|\bhas ganado\b|\boferta (?:limitada|por tiempo limitado)\b|\blink en (?:mi )?(?:bio|perfil)\b|\b\d{2}\s?% de descuento\b|\b\d[\d.,]*\s?(?:€|euros?)\s?(?:/|por |a la |al |cada )(?:semana|dia)\b|\b(?:has|ha) ganado (?:un|una) |\bganador(?:a)? de (?:nuestro|un|el) sorteo\b|\b(?:has|ha) sido (?:elegid[oa]|seleccionad[oa]) (?:como )?ganador|\breclamar tu premio\b|\bgastos de envio\b[^.!?\n]{0,40}\bpremio\b|\bvotame en el concurso\b|\biniciar sesion con tu (?:instagram|facebook)\b|\b(?:has sido|fuiste|ha sido) (?:seleccionad[oa]|elegid[oa]) para (?:recibir|ganar|llevarte|llevarse)\b|\breclamal[oa] (?:ya|ahora|hoy|antes)\b|\btarjeta regalo de \d[\d.,]*\s?(?:€|euros?)\b[^\n]{0,80}\b(?:reclam|aqui|enlace|link)\w*|\bsorteo\b[^\n]{0,80}\b(?:sigue|siga|seguir|sigueme|da rt|dale rt|retuitea|comenta|etiqueta|comparte|dale like)\b|\bsorteo (?:de |del )?(?:iphone|\d[\d.,]*\s?(?:€|\$|usd|euros?|pesos)|(?:€|\$)\s?\d)|\b\d{2}\s?%\s?(?:dto|descuento)\b|\benv[ií]o gratis\b|\bcup[oó]n de \d|\bcripto senales\b|\bunete al grupo vip\b|\b(?:has sido|fuiste|ha sido) (?:seleccionad[oa](?:/a)?|elegid[oa](?:/a)?) para recibir\b|\btarjeta regalo de \d|\breclama (?:el tuyo|la tuya|tu (?:premio|regalo|tarjeta))\b`,
    // brand-ambassador and "DM me for a collab" pitches, sent by the thousand
    // selling follows and likes: "1.000 seguidores reais por R$ 9,90"
    "spam.follower_selling": String.raw`\b(?:compra|comprar|consigue|conseguir|gana|ganar|obten)\s+(?:\d[\d.,]*k?\s+)?(?:seguidores|likes|me gusta|visitas|suscriptores)\b|\b\d[\d.,]*k?\s+(?:seguidores|likes|me gusta|suscriptores)\s+(?:reales\s+|activos\s+)?(?:por|desde|a)\s+(?:solo\s+)?(?:[$€]|\d)|\bseguidores (?:reales|baratos|garantizados)\b[^.!?\n]{0,40}\b(?:por|desde|precio)\b|\bsigueme y te sigo\b|\b\d+(?:[.,]\d+)?\s?k\s?=\s?(?:[$€]\s?)?\d[\d.,]*(?:\s?[€$])?|\b\d[\d\s.,]*k?\s+(?:seguidores|likes|suscriptores)\s+(?:[\p{L}]+\s+){1,2}(?:por|desde|a)\s+(?:solo\s+)?(?:[$€]\s?\d|\d[\d.,]*\s?(?:€|\$|euros?))`,
    "spam.ambassador_pitch": String.raw`\b(?:se|ser|conviertete en|hazte|buscamos)\s+(?:nuestr[oa]s?\s+)?embajador(?:a|es|as)?\s+de\s+(?:la\s+)?marca\b|\b(?:escribeme|hablame|mandame un mensaje|enviame un dm)\s+(?:por\s+(?:dm|privado|md)\s+|al\s+(?:dm|md|privado)\s+)?(?:para|por)\s+(?:una\s+)?(?:colab|colaboracion)\b|\bcolaboracion (?:pagada|remunerada)\b|\b(?:seas|sea|ser|quieres ser|queremos que seas)\s+(?:nuestr[oa]\s+)?embajador(?:a)?\b|\bembajador(?:a|es|as)?\s+de\s+(?:nuestra|mi)\s+marca\b|\b(?:escribe|escribenos|contacta|contactanos|manda(?:nos)? (?:un )?(?:mensaje|dm|md)|envia(?:nos)? (?:un )?(?:mensaje|dm|md))\s+(?:a\s+)?(?:nuestra|la)\s+(?:cuenta|pagina)\s+(?:principal|oficial)\b|\b(?:solo|solamente) (?:pagar|pagas|tienes que pagar) (?:el|los gastos de) envio\b|\b(?:ganar|gana|ganaras|empieza a ganar|empezar a ganar)\s+comisiones\b|\bcodigo de descuento\b[^.!?\n]{0,80}\bcomisi`,
    "spam.self_promotion": String.raw`\b(?:abro|abriendo|abrimos)\s+(?:solo\s+|solamente\s+)?\d+\s+plazas\b|\breserva (?:ya )?tu plaza\b[^.!?\n]{0,60}\b(?:mentoria|programa|masterclass)\b|\b(?:visita|mira|echa un vistazo a) mi (?:canal|pagina|perfil|tienda|web)\b|\b(?:suscribete|suscribanse|suscribirse|subscribirse|subscribanse|suscribete) a mi canal\b|\bsuscribete\b|\bestimad[oa] (?:propietari[oa]|duen[oa]) (?:del|de la|de su) (?:sitio web|pagina web|web|negocio)\b|\bprimera pagina de google\b[^.!?\n]{0,60}\bgarantiz\w*|\bgarantiz\w* (?:el )?(?:top ?10|primeros puestos|la primera pagina)\b|\bresponda (?:simplemente |solo )?con ["“']\s?(?:si|info)\s?["”']|\b(?:escribeme|mandame|envíame|enviame)\s+(?:un\s+)?(?:dm|md|mensaje)?\s*(?:con\s+)?["«“']\s?[\p{L}\p{N}]{2,12}\s?["»”']|\b(?:escribeme|mandame|enviame|manda(?:me)?)\s+(?:un\s+)?(?:dm|md|mensaje)\s+con\s+la\s+palabra\s+["«“']?\s?[\p{L}\p{N}]{2,12}|\b(?:escribeme|mandame|enviame|escribenos)\s+por\s+(?:privado|dm|md|interno)\s+(?:con\s+(?:la\s+palabra\s+)?)?["«“']\s?[\p{L}\p{N}]{2,12}\s?["»”']`,
    "spam.wrong_number": String.raw`\b(?:numero equivocado|persona equivocada|contacto equivocado|chat equivocado|me equivoque de (?:numero|persona|chat|contacto)|me he equivocado de (?:numero|persona|chat|contacto)|(?:numero|contacto) (?:incorrecto|mal guardado)|te escribi por error)\b[^]{0,400}?\b(?:invier\w*|inversion\w*|invertir|trading|trade\w*|oro|cripto\w*|bitcoin|forex|bolsa|acciones|analista)\b|\b(?:me equivoque de (?:cuenta|numero|persona|chat)|numero equivocado|persona equivocada)\b[^]{0,200}?\b(?:pareces (?:muy )?(?:simpatic[oa]|buena persona|amable|agradable)|(?:es el )?destino|no es casualidad)`,
    "spam.boss_fraud": String.raw`\b(?:favor (?:rapido|urgente|pequeno|personal)|pequeno favor|con (?:total |mucha )?discrecion)\b[^]{0,200}?\b(?:en una reunion|no puedo (?:llamar(?:te)?|hablar|atender|contestar))\b|\b(?:en una reunion|no puedo (?:llamar(?:te)?|hablar|atender|contestar))\b[^]{0,200}?\b(?:favor (?:rapido|urgente|pequeno|personal)|pequeno favor|con (?:total |mucha )?discrecion)\b|\b(?:hola|holi) (?:mama|mami|papa)\b[^\n]{0,160}\b(?:numero nuevo|nuevo numero)\b|\b(?:este es|es) mi (?:numero nuevo|nuevo numero)\b|\bmi cuenta nueva\b[^.!?\n]{0,40}\b(?:hackea|robad|bloquead)|\b(?:la|mi) (?:cuenta )?(?:antigua|vieja) (?:me la )?(?:hackearon|robaron|fue hackeada)\b|\bno (?:le )?(?:digas|diga|cuentes) nada a nadie\b`,
    "spam.adult": String.raw`\b(?:grabe|he grabado|tengo grabada?)\b[^.!?\n]{0,40}\b(?:videollamada|video|videochat)\b|\b(?:o|si no|sino)\s+(?:se lo |lo |la )?(?:envio|mando|publico|comparto|paso)\b[^.!?\n]{0,60}\b(?:familia|contactos|amigos|companeros|seguidores)\b|\b(?:mis )?fotos (?:privadas|intimas|hot|picantes)\b[^.!?\n]{0,60}\b(?:enlace|link|bio|gratis)\b|\bvideollamada\b[^.!?\n]{0,30}\b(?:caliente|picante|hot|atrevida|sexy)\b|\b(?:agregame|anademe) (?:al|en|a) snap(?:chat)?\b|\bfotos? que no puedo (?:subir|poner|mostrar|publicar) aqui\b|\bven a verme (?:en|por) privado\b|\bmira mis fotos privadas\b`,
  },
  grace: {
    hurtful: String.raw`spam|perfil falso|estafa|estafador|estafadora|acosador|acosadora|molesto|molesta|estúpid[oa]|estupid[oa]|idiota|imbécil|imbecil|tont[oa]|patétic[oa]|patetic[oa]|desesperad[oa]|pérdida de tiempo|perdida de tiempo|déjame en paz|dejame en paz|no me molestes|no vuelvas a escribirme|gente como tú|gente como tu`,
    sarcasm: String.raw`sí, claro|si, claro|como si|buen intento|buena suerte con eso|sin ánimo de ofender|sin animo de ofender|con todo (?:el )?respeto|obviamente|ja(?:ja)+`,
    apology: String.raw`lo siento|perdón|perdon|perdona|perdone|disculpa|disculpe|disculpas|lamento`,
    strongApology: String.raw`lo siento (?:mucho|muchísimo|muchisimo)|mil disculpas|de verdad lo siento|le pido (?:mil )?disculpas`,
    falsePromise: String.raw`quizás más adelante|quizas mas adelante|más adelante|mas adelante|en otro momento|por ahora|de momento|por el momento|en este momento|algún día|algun dia|en el futuro|reconsiderar|lo pensaré|lo pensare`,
    thanks: String.raw`gracias|agradezco|agradecemos|agradecid[oa]|agradecer`,
    preachy: String.raw`deberías (?:aprender|leer|saber|personalizar|incluir|escribir|añadir)|deberias (?:aprender|leer|saber|personalizar|incluir|escribir|anadir)|la próxima vez,? (?:por favor|intenta)|la proxima vez,? (?:por favor|intenta)|es de mala educación|es de mala educacion|como consejo`,
  },
  draft: {
    voice: (tone, _platform, address) => (address === "formal" ? USTED_VOICES : VOICES)[tone],
    addressOf: addressIn(USTED_RE, TU_RE),
    requestNoun: (platform) => REQUEST_NOUNS[platform],
    platformName: (platform) => PLATFORM_NAMES[platform],
    greeting: ({ tone, firstName, name }) =>
      // formal by first name too: the full "Rodrigo Báez Villalobos" reads like a form letter
      tone === "formal" ? (firstName || name ? `Buenos días, ${firstName || name}:` : "Buenos días:") : firstName ? `Hola, ${firstName}:` : "Hola:",
    opening: ({ firstName }, thanks) => (firstName ? `Hola, ${firstName}. ${thanks}` : thanks),
    shortTone: (tone) => (tone === "formal" ? "formal" : "brief"),
    lowercaseAfterGreeting: false,
    alsoNoNote: "Además, pido una breve nota personal con cada solicitud.",
    defaultReasons: {
      competitor: "La política de mi empresa no me permite conectar con personas de empresas de la competencia.",
      blocked_role: "Tengo la norma personal de no conectar en {platform} con personas de tu sector, y la aplico con todo el mundo.",
      not_known_in_real_life: "Solo conecto con personas que conozco en la vida real.",
      no_personal_note: "Solo acepto invitaciones que incluyan una breve nota personal sobre el motivo de la conexión.",
    },
    roleWords: {
      recruiter: "profesionales del reclutamiento",
      sales: "profesionales de ventas",
      "real estate": "profesionales del sector inmobiliario",
      insurance: "profesionales de seguros",
      "financial advisor": "profesionales del asesoramiento financiero",
      "network marketing": "profesionales del marketing multinivel",
      marketing: "profesionales del marketing",
      crypto: "personas del mundo cripto",
      coach: "coaches",
      investor: "profesionales de la inversión",
      journalist: "profesionales del periodismo",
      founder: "personas emprendedoras",
      consultant: "profesionales de la consultoría",
      freelancer: "profesionales independientes",
      influencer: "personas creadoras de contenido",
      hr: "profesionales de recursos humanos",
      "public relations": "profesionales de las relaciones públicas",
    },
  },
};
