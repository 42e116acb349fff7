/** The workspace model's schemas and types, one file per entity; import from here. */
export * from './common';
export * from './member';
export * from './persona';
export * from './thesis';
export * from './journey';
export * from './segment';
export * from './workspace';
