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

markStarted();
applyLargeText(largeText.value);
if (savedLocale() === 'en') await setLocale('en');
const app = createApp(App);
app.use(createPinia());
app.use(i18n);
app.use(router);
followSession();
// A listing the api wrote into the HTML stays until its page is ready (composables/prerendered.ts).
const { target, mounted } = mountTarget();
app.mount(target);
mounted();
void router.isReady().then(dropEarly);
