import { pagePreloadsOf, type ChunkInfo } from './page-preloads.js';

describe('preloads of the landing pages', () => {
  const chunk = (fileName: string, more: Partial<ChunkInfo> = {}): ChunkInfo => ({
    fileName,
    facadeModuleId: null,
    isEntry: false,
    imports: [],
    css: [],
    ...more,
  });
  const chunks = [
    chunk('assets/index-1.js', { isEntry: true, imports: ['assets/vue-1.js', 'assets/app-1.js'], css: ['assets/app-1.css'] }),
    chunk('assets/vue-1.js'),
    chunk('assets/app-1.js', { imports: ['assets/vue-1.js'] }),
    chunk('assets/ListingView-1.js', {
      facadeModuleId: '/repo/apps/web/src/views/ListingView.vue',
      imports: ['assets/vue-1.js', 'assets/ui~ListingView-1.js', 'assets/ui~ListingView~DealView-1.js'],
      css: ['assets/ListingView-1.css'],
    }),
    chunk('assets/ui~ListingView-1.js', { imports: ['assets/app-1.js'], css: ['assets/ui~ListingView-1.css', 'assets/app-1.css'] }),
    chunk('assets/ui~ListingView~DealView-1.js', { imports: ['assets/ui~ListingView-1.js'] }),
    chunk('assets/DealView-1.js', {
      facadeModuleId: '/repo/apps/web/src/views/DealView.vue',
      imports: ['assets/ui~ListingView~DealView-1.js'],
    }),
  ];

  it("lists the view's chunk and everything it imports that the entry does not load, with their stylesheets", () => {
    expect(pagePreloadsOf([{ path: '^/demands/[0-9a-f-]{36}$', view: 'views/ListingView.vue' }], chunks)).toEqual([
      {
        path: '^/demands/[0-9a-f-]{36}$',
        scripts: ['/assets/ListingView-1.js', '/assets/ui~ListingView-1.js', '/assets/ui~ListingView~DealView-1.js'],
        styles: ['/assets/ListingView-1.css', '/assets/ui~ListingView-1.css'],
      },
    ]);
  });

  it('follows imports through shared chunks, once each, and under the configured base', () => {
    const [deal] = pagePreloadsOf([{ path: '^/deals/', view: 'views/DealView.vue' }], chunks, '/market/');
    expect(deal.scripts).toEqual([
      '/market/assets/DealView-1.js',
      '/market/assets/ui~ListingView~DealView-1.js',
      '/market/assets/ui~ListingView-1.js',
    ]);
    expect(deal.styles).toEqual(['/market/assets/ui~ListingView-1.css']);
  });

  it('fails the build when a landing page names a view that has no chunk', () => {
    expect(() => pagePreloadsOf([{ path: '^/x$', view: 'views/MissingView.vue' }], chunks)).toThrow('views/MissingView.vue');
  });
});
