// zod compiles its parsers with `new Function` unless told not to, and probes for it when the
// first schema is built; the CSP forbids eval, so every page load reported a violation. This
// module must be imported before any schema is built (first in main.tsx and in each worker).
import { z } from 'zod';

z.config({ jitless: true });
