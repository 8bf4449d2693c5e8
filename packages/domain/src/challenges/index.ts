export * from './output-comparison';
export * from './verdict';
