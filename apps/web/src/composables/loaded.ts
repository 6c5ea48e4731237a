import { ref, watch, type Ref } from 'vue';

/**
 * What a panel shows for a reactive source (the dashboard's year), fetched again whenever the
 * source changes, with the loading and error states `AsyncState` takes and its retry.
 */
export function useLoaded<S, T>(source: () => S, fetch: (value: S) => Promise<T>) {
  const data = ref(null) as Ref<T | null>;
  const loading = ref(true);
  const error = ref<string | null>(null);
  async function load(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      data.value = await fetch(source());
    } catch (e) {
      error.value = (e as Error).message;
    } finally {
      loading.value = false;
    }
  }
  watch(source, load, { immediate: true });
  return { data, loading, error, load };
}
