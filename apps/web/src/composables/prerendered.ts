/**
 * A page the api wrote into the HTML (a published listing: apps/api/src/listings/listing-page.ts)
 * stays on screen until the app has its own version ready, instead of giving way to a skeleton
 * while the page's answer is on its way: the app mounts into a detached element, which takes the
 * place of the written page once the page says it is ready (`pageReady`), or after a few seconds.
 */
const WAIT_MS = 4000;

let ready: () => void = () => undefined;
const readyOnce = new Promise<void>((resolve) => (ready = resolve));

/** The page on screen has rendered its content (or its error): show it. */
export function pageReady(): void {
  ready();
}

/** The element to mount the app into, and what to do once it is mounted. */
export function mountTarget(doc: Document = document): { target: HTMLElement; mounted: () => void } {
  const shown = doc.getElementById('app')!;
  if (!shown.querySelector('main')) return { target: shown, mounted: () => undefined };
  const target = doc.createElement('div');
  return {
    target,
    mounted: () => {
      const swap = () => {
        clearTimeout(timer);
        if (!target.isConnected) {
          shown.replaceWith(target);
          target.id = 'app';
        }
      };
      const timer = setTimeout(swap, WAIT_MS);
      void readyOnce.then(swap);
    },
  };
}
