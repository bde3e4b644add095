// The English messages, imported statically: the type every other language must match
// (types/next-intl.d.ts), and the catalogue the HTTP API and the command line speak.
import common from "./messages/en/common.json";
import shell from "./messages/en/shell.json";
import landing from "./messages/en/landing.json";
import auth from "./messages/en/auth.json";
import triage from "./messages/en/triage.json";
import signals from "./messages/en/signals.json";
import bulk from "./messages/en/bulk.json";
import imports from "./messages/en/imports.json";
import history from "./messages/en/history.json";
import profiles from "./messages/en/profiles.json";
import templates from "./messages/en/templates.json";
import settings from "./messages/en/settings.json";
import validation from "./messages/en/validation.json";
import ui from "./messages/en/ui.json";

export const NAMESPACES = ["common", "shell", "landing", "auth", "triage", "signals", "bulk", "imports", "history", "profiles", "templates", "settings", "validation", "ui"] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const en = { common, shell, landing, auth, triage, signals, bulk, imports, history, profiles, templates, settings, validation, ui };
export type Messages = typeof en;
