export * from './exhibit';
export * from './link-targets';
export * from './requests';
