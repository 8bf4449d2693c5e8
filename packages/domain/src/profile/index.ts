export * from './learning-path';
export * from './matching';
export * from './profile';
export * from './profile.errors';
export * from './skill-evidence';
