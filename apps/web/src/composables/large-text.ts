/**
 * Large text (大字模式): a switch in the header, remembered on this device, that zooms the page
 * by a quarter (theme.css). Applied before the app mounts so that the first paint has it.
 */
import { ref, watch } from 'vue';

const KEY = 'techmarket.largeText';
const CLASS = 'tm-large-text';

function stored(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export const largeText = ref(stored());

export function applyLargeText(on: boolean): void {
  document.documentElement.classList.toggle(CLASS, on);
}

watch(largeText, (on) => {
  applyLargeText(on);
  try {
    if (on) localStorage.setItem(KEY, '1');
    else localStorage.removeItem(KEY);
  } catch {
    // Private mode without storage: the switch still works for this visit.
  }
});
