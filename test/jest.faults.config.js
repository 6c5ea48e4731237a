// `npm run test:faults`: the failure tests (worker killed, Redis restarted, api restarted)
// against the same real services as `npm test`, with the same global setup. Kept apart because
// they stop and start processes and take minutes, not seconds.
import base from './jest.config.js';

const integration = base.projects.find((p) => p.displayName === 'integration');

export default {
  ...base,
  testTimeout: 180000,
  maxWorkers: 1,
  projects: [{ ...integration, displayName: 'faults', testMatch: ['<rootDir>/test/faults/**/*.fault-spec.ts'] }],
};
