/**
 * Chromium command-line switches applied before `ready`. Each one removes a way for the browser
 * layer to reach the network or leave residue on disk; none adds capability.
 */
export const CHROMIUM_SWITCHES: ReadonlyArray<readonly [name: string, value?: string]> = [
  // Every host name resolves to "not found": a second wall behind the webRequest filter for
  // anything Chromium itself might try (component updates, DNS prefetch, captive-portal checks).
  ['host-resolver-rules', 'MAP * ~NOTFOUND'],
  ['disable-background-networking'],
  ['disable-component-update'],
  ['disable-domain-reliability'],
  ['no-pings'],
  // Compiled shaders can embed rendered text; keep them in memory.
  ['disable-gpu-shader-disk-cache'],
];
