export * from './system-clock';
export * from './uuid-v7-ids';
