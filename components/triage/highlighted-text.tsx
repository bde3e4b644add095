// The pasted request shown back as text (never HTML), with each signal's evidence marked.
export function HighlightedText({ text, evidence }: { text: string; evidence: string[] }) {
  const ranges: [number, number][] = [];
  const lower = text.toLowerCase();
  for (const e of evidence) {
    const needle = e.trim().toLowerCase();
    if (needle.length < 2) continue;
    let from = 0;
    for (let i = lower.indexOf(needle, from); i !== -1 && ranges.length < 200; i = lower.indexOf(needle, from)) {
      ranges.push([i, i + needle.length]);
      from = i + needle.length;
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  const parts: React.ReactNode[] = [];
  let at = 0;
  merged.forEach(([s, e], i) => {
    if (s > at) parts.push(text.slice(at, s));
    parts.push(
      <mark key={i} className="rounded bg-amber-200 px-0.5 text-stone-900 dark:bg-amber-400/80">
        {text.slice(s, e)}
      </mark>,
    );
    at = e;
  });
  parts.push(text.slice(at));
  return <p className="text-sm leading-relaxed break-words whitespace-pre-wrap">{parts}</p>;
}
