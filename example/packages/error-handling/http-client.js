// The package's entry point: the client lives in src/, split the way real wrappers are. The rules leave the whole
// package alone, as the target's own (its name is the target's package), wherever its files are.
export * from './src/client.js';
