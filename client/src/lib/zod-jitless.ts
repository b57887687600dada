import { z } from 'zod';

// zod compiles object parsers with `new Function` when it may, and decides so when each schema
// is built (at import). Under the screens' CSP (no 'unsafe-eval') even its probe is reported as a
// violation; interpreted parsing is fast enough for a page. main.tsx imports this module first,
// before any schema exists.
z.config({ jitless: true });
