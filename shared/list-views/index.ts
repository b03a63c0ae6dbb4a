export * from './view-state';
export * from './saved-view';
