export * from './domain-error.js';
export * from './assert-never.js';
export * from './pg-errors.js';
export * from './enums.js';
export * from './money.js';
