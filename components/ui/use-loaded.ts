"use client";

import { useEffect, useState } from "react";

/**
 * What `load` (a dynamic import) resolves to, once it has: null on the server and until the
 * chunk arrives, and for good if it never does. Keeps heavy, non-essential code (the
 * engine's vocabulary of five languages) out of a page's first load. With `when`, the
 * import waits until it is first true (the user has typed something).
 */
export function useLoaded<T>(load: () => Promise<T>, when = true): T | null {
  const [loaded, setLoaded] = useState<{ value: T } | null>(null);
  const wanted = when || loaded !== null;
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    load().then(
      (value) => live && setLoaded({ value }),
      () => {}, // a chunk that fails to load leaves the feature off, the page working
    );
    return () => {
      live = false;
    };
    // `load` is an import expression: the module is fetched once per mount, when first wanted
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted]);
  return loaded ? loaded.value : null;
}
