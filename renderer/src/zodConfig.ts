import { z } from "zod";

// The console runs under a Content-Security-Policy without 'unsafe-eval'. zod probes for eval when the
// shared schemas are built, and the browser reports that probe as a violation; jitless skips it.
// Imported first by main.tsx so it runs before any shared module builds a schema.
z.config({ jitless: true });
