export * from './cap-window';
export * from './gamification';
export * from './gamification-rules';
export * from './progression';
export * from './utc-calendar';
