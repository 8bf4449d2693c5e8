export * from './email';
export * from './password-policy';
export * from './refresh-session';
export * from './user';
