import { routeLabel } from './http-metrics.js';

type Req = Parameters<typeof routeLabel>[0];
const req = (fields: Record<string, unknown>) => fields as unknown as Req;

describe('routeLabel', () => {
  it('names a matched route by its pattern, with the router’s base', () => {
    expect(routeLabel(req({ route: { path: '/api/v1/demands/:id' }, baseUrl: '', url: '/api/v1/demands/4f0e?x=1' }))).toBe(
      '/api/v1/demands/:id',
    );
    expect(routeLabel(req({ route: { path: '/api/queues' }, baseUrl: '/api/v1/admin/queues', url: '/x' }))).toBe(
      '/api/v1/admin/queues/api/queues',
    );
  });

  it('puts every unknown api path in one series, and the web front end in another', () => {
    expect(routeLabel(req({ route: { path: '*path' }, baseUrl: '/api/v1', url: '/api/v1/nope/123' }))).toBe('unmatched');
    expect(routeLabel(req({ originalUrl: '/api/v1/nope', url: '/nope' }))).toBe('unmatched');
    expect(routeLabel(req({ originalUrl: '/listings/123', url: '/listings/123' }))).toBe('web');
    expect(routeLabel(req({ url: '/assets/index-abc.js?v=1' }))).toBe('web');
  });
});
