export * from './exhibit';
export * from './link-targets';
