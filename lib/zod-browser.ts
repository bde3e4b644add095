// Zod probes `new Function("")` to decide whether to compile its parsers. Under our
// Content-Security-Policy (no eval) the browser reports that probe as a violation, so
// in the browser zod runs without compiling. Imported by the schema modules forms use.
import { z } from "zod";

if (typeof window !== "undefined") z.config({ jitless: true });
