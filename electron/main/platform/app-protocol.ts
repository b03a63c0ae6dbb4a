import { protocol, type Session } from 'electron';
import { APP_SCHEME } from '../security/app-url';
import { createAppRequestHandler } from './app-request';

/**
 * Must run before `ready`. `standard` gives the scheme a real origin (IndexedDB, relative URLs);
 * `secure` makes it a secure context; nothing else is granted — no service workers, no CSP
 * bypass, no V8 code cache on disk.
 */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: false,
        bypassCSP: false,
        allowServiceWorkers: false,
        stream: false,
        codeCache: false,
      },
    },
  ]);
}

/** Serves the built renderer on the renderer's own session (protocols are per session). */
export function handleAppProtocol(ses: Session, rootDir: string, log: (message: string) => void): void {
  ses.protocol.handle(APP_SCHEME, createAppRequestHandler(rootDir, log));
}
