import { cookies } from "next/headers";
import { Check, Clock, EyeOff, HeartHandshake, ListChecks, MessageSquareQuote, ShieldCheck, X } from "lucide-react";
import { ButtonLink } from "@/components/ui/button";
import { Logo } from "@/components/layout/logo";
import { ThemeToggle } from "@/components/layout/theme-toggle";
import { currentUser } from "@/lib/auth/session";
import { parseTheme, THEME_COOKIE } from "@/lib/theme";

const VERDICTS = [
  {
    icon: EyeOff,
    name: "Ignore",
    tone: "text-stone-600 dark:text-stone-300",
    text: "Obvious bots and scammers: crypto pitches, “add me on WhatsApp”, link bait. No reply is owed.",
  },
  {
    icon: X,
    name: "Decline",
    tone: "text-rose-700 dark:text-rose-300",
    text: "A real person who breaks one of your criteria. You get a kind, honest note that thanks them first.",
  },
  {
    icon: Clock,
    name: "Observe",
    tone: "text-sky-700 dark:text-sky-300",
    text: "Someone you met only online. Hold, watch how they engage, and revisit in a week.",
  },
  {
    icon: Check,
    name: "Accept",
    tone: "text-brand-700 dark:text-brand-300",
    text: "Someone who fits the company you want to keep. Connect with intent.",
  },
];

const STEPS = [
  {
    icon: ListChecks,
    title: "Write down why you connect",
    text: "Only people you know in real life. No competitors, as company policy asks. No recruiters or sales pitches. A personal note, a few mutual connections. One profile for LinkedIn, another for family on Facebook.",
  },
  {
    icon: MessageSquareQuote,
    title: "Paste a request, get a verdict",
    text: "Copy the invitation as the platform shows it. The engine reads the name, headline, mutual connections and note, and shows every signal behind its verdict.",
  },
  {
    icon: HeartHandshake,
    title: "Decline with grace",
    text: "A line of appreciation, a brief and honest reason in your own words, and a way to stay in touch when it fits. Warm, formal or brief; always within the platform's limit; never rude.",
  },
];

export default async function LandingPage() {
  const [user, cookieStore] = await Promise.all([currentUser(), cookies()]);
  const theme = parseTheme(cookieStore.get(THEME_COOKIE)?.value);
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex w-full max-w-6xl items-center justify-between gap-3 px-4 py-4 sm:px-6">
        <Logo />
        <nav aria-label="Account" className="flex items-center gap-2">
          <ThemeToggle initial={theme} />
          {user ? (
            <ButtonLink href="/triage" size="sm">
              Open the app
            </ButtonLink>
          ) : (
            <>
              <ButtonLink href="/sign-in" variant="ghost" size="sm">
                Sign in
              </ButtonLink>
              <ButtonLink href="/sign-up" size="sm" className="hidden sm:inline-flex">
                Get started
              </ButtonLink>
            </>
          )}
        </nav>
      </header>

      <main className="flex-1">
        <section className="mx-auto max-w-6xl px-4 pt-10 pb-16 sm:px-6 sm:pt-20">
          <p className="text-sm font-medium text-brand-700 dark:text-brand-300">Social connection etiquette</p>
          <h1 className="mt-3 max-w-3xl text-4xl font-semibold tracking-tight text-balance sm:text-5xl">
            Connect with intent. Decline with grace.
          </h1>
          <p className="mt-5 max-w-2xl text-lg text-stone-700 dark:text-stone-300">
            People judge us by the company we keep, so connecting with everyone is a mistake. But declining rudely, or not at
            all, is worse. Decline with Grace sorts your LinkedIn, Facebook, X and Instagram requests against your own criteria
            and drafts a kind, honest no when one is due.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <ButtonLink href={user ? "/triage" : "/sign-up"} size="lg">
              {user ? "Triage a request" : "Create your free account"}
            </ButtonLink>
            {!user ? (
              <ButtonLink href="/sign-in" variant="secondary" size="lg">
                I have an account
              </ButtonLink>
            ) : null}
          </div>
        </section>

        <section aria-labelledby="verdicts" className="border-y border-stone-200 bg-white py-14 dark:border-stone-800 dark:bg-stone-900">
          <div className="mx-auto max-w-6xl px-4 sm:px-6">
            <h2 id="verdicts" className="text-2xl font-semibold tracking-tight">
              Four verdicts, each with its reasons shown
            </h2>
            <ul className="mt-8 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
              {VERDICTS.map((v) => (
                <li key={v.name} className="rounded-xl border border-stone-200 p-5 dark:border-stone-800">
                  <v.icon className={`size-6 ${v.tone}`} aria-hidden="true" />
                  <h3 className="mt-3 font-semibold">{v.name}</h3>
                  <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">{v.text}</p>
                </li>
              ))}
            </ul>
          </div>
        </section>

        <section aria-labelledby="how" className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
          <h2 id="how" className="text-2xl font-semibold tracking-tight">
            How it works
          </h2>
          <ol className="mt-8 grid gap-8 lg:grid-cols-3">
            {STEPS.map((s, i) => (
              <li key={s.title}>
                <div className="flex items-center gap-3">
                  <span className="flex size-9 items-center justify-center rounded-full bg-brand-100 text-brand-800 dark:bg-brand-900 dark:text-brand-100">
                    <s.icon className="size-5" aria-hidden="true" />
                  </span>
                  <h3 className="font-semibold">
                    {i + 1}. {s.title}
                  </h3>
                </div>
                <p className="mt-3 text-sm text-stone-700 dark:text-stone-300">{s.text}</p>
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="example" className="mx-auto max-w-6xl px-4 pb-20 sm:px-6">
          <div className="grid items-start gap-8 rounded-2xl bg-brand-900 p-6 text-brand-50 sm:p-10 lg:grid-cols-2">
            <div>
              <h2 id="example" className="text-2xl font-semibold tracking-tight">
                What a graceful no sounds like
              </h2>
              <p className="mt-3 text-brand-100">
                Thanks first. Their first name. One honest sentence per reason, in your own words. A way to stay in touch when
                it fits, never a false “maybe later” for a policy that won&apos;t change.
              </p>
              <p className="mt-4 flex items-center gap-2 text-sm text-brand-200">
                <ShieldCheck className="size-4" aria-hidden="true" /> Your criteria and history are yours alone.
              </p>
            </div>
            <blockquote className="rounded-xl bg-white p-5 text-sm leading-relaxed text-stone-800 shadow-lg">
              <p>Hi Priya, thank you for the invitation and for the kind words about my talk.</p>
              <p className="mt-2">My company policy prohibits me from connecting with competitors.</p>
              <p className="mt-2">I hope our paths cross at the next summit. All the best, Jenn</p>
            </blockquote>
          </div>
        </section>
      </main>

      <footer className="border-t border-stone-200 py-6 text-center text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
        Decline with Grace: connect with intent, decline with grace.
      </footer>
    </div>
  );
}
