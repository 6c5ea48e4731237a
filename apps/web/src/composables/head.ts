/**
 * The document's title and meta description. App.vue writes them from the route's meta on every
 * navigation; a page whose subject is known only after loading (a listing) says so with
 * `usePageHead`, and its words win until it is left.
 */
import { getCurrentInstance, onBeforeUnmount, shallowRef, watchEffect } from 'vue';

export interface PageHead {
  title?: string | null;
  description?: string | null;
}

export const pageHead = shallowRef<PageHead>({});

export function usePageHead(head: () => PageHead): void {
  let mine: PageHead | undefined;
  watchEffect(() => {
    mine = head();
    pageHead.value = mine;
  });
  // The next page may already have set its own head when this one unmounts: leave that alone.
  if (getCurrentInstance())
    onBeforeUnmount(() => {
      if (pageHead.value === mine) pageHead.value = {};
    });
}

export function applyHead(title: string, description: string): void {
  document.title = title;
  let meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
  if (!meta) {
    meta = document.createElement('meta');
    meta.name = 'description';
    document.head.append(meta);
  }
  meta.content = description;
}
