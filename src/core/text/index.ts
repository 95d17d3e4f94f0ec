export * from './normalize';
export * from './tokenize';
export * from './sentences';
export * from './stopwords';
export * from './stem';
