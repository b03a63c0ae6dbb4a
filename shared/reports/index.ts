export * from './audience';
export * from './options';
export * from './audience-filter';
export * from './exhibit-filter';
