/**
 * The code a landing page needs, announced in its HTML. A page's code is its own chunk, which the
 * router asks for only once the app's chunks have arrived and run: on a phone's network that is
 * a second round of requests before the page can paint. For the pages people open from outside
 * the app (a listing shared in a chat, the login page, the bureau's dashboard bookmark) this
 * plugin writes `page-preloads.json`: for each page's URL pattern, the chunks and stylesheets its
 * view imports beyond the app's own, which the api puts in that page's HTML as
 * `<link rel="modulepreload">` and `<link rel="preload" as="style">` (apps/api/src/http/web.ts),
 * so that they download beside the app's chunks instead of after them.
 */
import type { Plugin } from 'vite';

export interface LandingPage {
  /** A regular expression (source) for the page's URL path. */
  path: string;
  /** The view's module, relative to apps/web/src (`views/ListingView.vue`). */
  view: string;
}

export interface PagePreload {
  path: string;
  scripts: string[];
  styles: string[];
}

/** What the bundle tells of a chunk: its file, the chunks it imports, its stylesheets. */
export interface ChunkInfo {
  fileName: string;
  facadeModuleId: string | null;
  isEntry: boolean;
  imports: string[];
  css: string[];
}

export const PRELOADS_FILE = 'page-preloads.json';

/** The preloads of each landing page: the view's chunk and its static imports, less what the entry loads anyway. */
export function pagePreloadsOf(pages: LandingPage[], chunks: ChunkInfo[], base = '/'): PagePreload[] {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const closure = (start: ChunkInfo): Set<ChunkInfo> => {
    const seen = new Set<ChunkInfo>();
    const visit = (c: ChunkInfo | undefined) => {
      if (!c || seen.has(c)) return;
      seen.add(c);
      c.imports.forEach((file) => visit(byFile.get(file)));
    };
    visit(start);
    return seen;
  };
  const entry = chunks.find((c) => c.isEntry);
  const loaded = entry ? closure(entry) : new Set<ChunkInfo>();
  const loadedCss = new Set([...loaded].flatMap((c) => c.css));
  return pages.map((page) => {
    const view = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(`/src/${page.view}`));
    if (!view) throw new Error(`page-preloads: no chunk for ${page.view} (is it imported by the router?)`);
    const needed = [...closure(view)].filter((c) => !loaded.has(c));
    return {
      path: page.path,
      scripts: needed.map((c) => base + c.fileName),
      styles: [...new Set(needed.flatMap((c) => c.css))].filter((f) => !loadedCss.has(f)).map((f) => base + f),
    };
  });
}

export function pagePreloads(pages: LandingPage[]): Plugin {
  let base = '/';
  return {
    name: 'techmarket:page-preloads',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const chunks: ChunkInfo[] = [];
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        chunks.push({
          fileName: output.fileName,
          facadeModuleId: output.facadeModuleId,
          isEntry: output.isEntry,
          imports: output.imports,
          css: [...(output.viteMetadata?.importedCss ?? [])],
        });
      }
      this.emitFile({
        type: 'asset',
        fileName: PRELOADS_FILE,
        source: `${JSON.stringify(pagePreloadsOf(pages, chunks, base), null, 2)}\n`,
      });
    },
  };
}
