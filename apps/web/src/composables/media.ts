/** Media queries as refs that follow the screen (a rotated phone, a resized window). */
import { onBeforeUnmount, ref, type Ref } from 'vue';

export function useMedia(media: string): Ref<boolean> {
  const query = window.matchMedia(media);
  const matches = ref(query.matches);
  const update = (e: MediaQueryListEvent) => (matches.value = e.matches);
  query.addEventListener('change', update);
  onBeforeUnmount(() => query.removeEventListener('change', update));
  return matches;
}

/** Whether the screen is phone-sized (matches the 768px breakpoint of styles.css). */
export const useIsPhone = () => useMedia('(max-width: 768px)');
