import { config } from 'zod';

// Must run before any schema is constructed (zod decides per schema when it is built), so main.tsx
// imports this module first. Otherwise zod probes `new Function('')` for its JIT parser; the CSP
// (no 'unsafe-eval', Trusted Types in the app's header) refuses it and reports a violation.
// The renderer validates small forms and records; it needs no JIT.
config({ jitless: true });
