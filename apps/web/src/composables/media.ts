/** Whether the screen is phone-sized (matches the 768px breakpoint of styles.css). */
import { onBeforeUnmount, ref } from 'vue';

export function useIsPhone() {
  const query = window.matchMedia('(max-width: 768px)');
  const phone = ref(query.matches);
  const update = (e: MediaQueryListEvent) => (phone.value = e.matches);
  query.addEventListener('change', update);
  onBeforeUnmount(() => query.removeEventListener('change', update));
  return phone;
}
