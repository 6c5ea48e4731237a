import browser from './jest.browser.config.js';

// Lighthouse (`npm run test:lighthouse`): the mobile preset over the web's first pages, on the
// stack `npm start` runs, with the goals of the web's performance work as assertions.
export default {
  ...browser,
  displayName: 'lighthouse',
  testMatch: ['<rootDir>/test/lighthouse/**/*.lighthouse-spec.ts'],
  testTimeout: 600000,
};
