import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { dropEarly, markStarted } from './api/early';
import { applyLargeText, largeText } from './composables/large-text';
import { mountTarget } from './composables/prerendered';
import { i18n, savedLocale, setLocale } from './i18n';
import { followSession, router } from './router';
import './styles.css';
import './theme.css';
import { nextTask } from './utils/next-task';

markStarted();
applyLargeText(largeText.value);
if (savedLocale() === 'en') await setLocale('en');
// Three tasks, none of them long on a slow phone: the modules above are evaluated in this one;
// the next creates the app and starts the first navigation (which asks for the page's code);
// the one after renders it.
await nextTask();
const app = createApp(App);
app.use(createPinia());
app.use(i18n);
app.use(router);
followSession();
await nextTask();
// A listing the api wrote into the HTML stays until its page is ready (composables/prerendered.ts).
const { target, mounted } = mountTarget();
app.mount(target);
mounted();
void router.isReady().then(dropEarly);
