export * from './exhibit';
