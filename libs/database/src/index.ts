export * from './data-source.js';
export * from './database-admin.js';
export * from './database.module.js';
export * from './snake-naming.strategy.js';
