import { config } from 'zod';

// Must run before any schema is built (zod decides at construction): zod otherwise probes
// `new Function('')` to enable its JIT parser, which the app's CSP (no 'unsafe-eval', Trusted
// Types) refuses and reports as a violation. The preload parses a few tiny payloads; it needs no JIT.
config({ jitless: true });
