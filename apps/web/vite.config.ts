// Vite build of the web front end: `npm run build:web` writes dist/web, which the api serves at `/`;
// `npm run dev:web` serves it with hot reload and proxies /api to the api on API_URL (default :3000).
import { fileURLToPath, URL } from 'node:url';
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite';
import vue from '@vitejs/plugin-vue';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import ElementPlus from 'unplugin-element-plus/vite';
import Components from 'unplugin-vue-components/vite';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { elementPlusDirectImports } from './build/element-plus-imports.ts';
import { sequencedEntry } from './build/sequenced-entry.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [
    vue(),
    // The message files are compiled at build time, so the bundle carries vue-i18n's runtime
    // without its message compiler, and no message is compiled in the browser on first use.
    VueI18nPlugin({
      include: [fileURLToPath(new URL('./src/i18n/{zh-CN,en}.ts', import.meta.url))],
      runtimeOnly: true,
      compositionOnly: true,
      fullInstall: false,
    }),
    // Element Plus components are imported where templates use them, each with its own stylesheet,
    // so a page loads the CSS of the components it shows and nothing else.
    Components({
      dirs: [],
      dts: false,
      resolvers: [ElementPlusResolver({ importStyle: 'css' })],
    }),
    // The same for components used from scripts (ElMessage, ElMessageBox): their styles come along.
    ElementPlus({ useSource: false }),
    // …and each from its component's own module, not the index that re-exports them all, so that
    // a page's chunks hold the components it uses and no other (build/element-plus-imports.ts).
    elementPlusDirectImports(),
    // The first page's chunks evaluated one per task, not its whole module graph in one
    // (build/sequenced-entry.ts).
    sequencedEntry(),
    // Brotli and gzip copies of every text asset, served by the api in place of the original
    // when the browser accepts them (express-static-gzip in apps/api/src/http/web.ts).
    compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 512, logLevel: 'silent' }),
  ],
  resolve: {
    alias: [
      { find: /^@\//, replacement: fileURLToPath(new URL('./src/', import.meta.url)) },
      // The rules shared with the server (checksums, enumerations, money), from their one
      // framework-free entry point, and the common lib they build on.
      { find: /^@app\/(common|rules)$/, replacement: fileURLToPath(new URL('../../libs/$1/src/index.ts', import.meta.url)) },
    ],
  },
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __VUE_PROD_DEVTOOLS__: false,
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: process.env.API_URL ?? 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // Library code changes rarely: it lives in vendor chunks of its own, long cached, apart from
        // the app's code. What the first page needs from Element Plus comes in one chunk with the
        // app; the rest is split by the pages that use it (entriesAware), so the home page does
        // not download the table or the date picker, and ECharts comes only with the dashboard.
        // Pieces under 8 KiB join their nearest neighbour: a listing page loads 10 chunks, not
        // 20, for the same bytes (each one is a request and a <link> the page inserts).
        codeSplitting: {
          groups: [
            { name: 'vue', priority: 40, test: /node_modules[\\/](@vue|vue|vue-router|pinia|vue-i18n|@intlify)[\\/]/ },
            // ECharts in two chunks, its renderer apart, evaluated in two tasks (DashboardView.vue).
            { name: 'zrender', priority: 31, test: /node_modules[\\/](zrender|tslib)[\\/]/ },
            { name: 'echarts', priority: 30, test: /node_modules[\\/](echarts|vue-echarts)[\\/]/ },
            { name: 'element-plus', priority: 20, test: /node_modules[\\/]/, tags: ['$initial'] },
            { name: 'ui', priority: 10, test: /node_modules[\\/]/, entriesAware: true, entriesAwareMergeThreshold: 8 * 1024 },
            // The app's own code that the first page needs: one chunk, not one per shared module.
            { name: 'app', priority: 5, test: /[\\/](apps[\\/]web[\\/]src|libs)[\\/]/, tags: ['$initial'] },
          ],
        },
      },
    },
  },
});
