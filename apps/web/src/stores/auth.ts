/**
 * The session: the access token (kept in localStorage) and who the caller is (`GET /me`). A
 * returning user's pages render with this device's copy of `me` (stores/session-cache.ts) while
 * `GET /me` checks it beside them; the router leaves a page the fresh answer no longer allows.
 */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { ApiError, configureClient } from '@/api/client';
import type { Me } from '@/api/models';
import { getMe, login as signIn, revokeSession } from '@/api/accounts';
import { readCachedMe, writeCachedMe } from './session-cache';

const TOKEN_KEY = 'techmarket.token';

export const useAuth = defineStore('auth', () => {
  const token = ref<string | null>(localStorage.getItem(TOKEN_KEY));
  const me = ref<Me | null>(readCachedMe(localStorage, token.value));
  const loaded = ref(false);

  const role = computed(() => me.value?.role ?? null);
  const isBureau = computed(() => role.value === 'bureau');
  const isEnterprise = computed(() => role.value === 'enterprise');
  const isInstitution = computed(() => role.value === 'institution');
  const isBroker = computed(() => role.value === 'broker');
  const orgId = computed(() => me.value?.org.id ?? null);
  const isAdmin = computed(() => me.value?.user.orgRole === 'admin');
  const emailVerified = computed(() => me.value?.user.emailVerified ?? true);

  function setToken(value: string | null): void {
    token.value = value;
    if (value) localStorage.setItem(TOKEN_KEY, value);
    else localStorage.removeItem(TOKEN_KEY);
  }

  function setMe(value: Me | null): void {
    me.value = value;
    writeCachedMe(localStorage, token.value, value);
  }

  async function refresh(): Promise<void> {
    if (!token.value) {
      setMe(null);
      loaded.value = true;
      return;
    }
    try {
      setMe(await getMe());
    } catch (error) {
      // Offline or an api outage keeps this device's copy: the api refuses what it must anyway.
      const unavailable = error instanceof ApiError && (error.status === 0 || error.status >= 500);
      if (!(unavailable && me.value)) {
        setToken(null);
        setMe(null);
      }
    } finally {
      loaded.value = true;
    }
  }

  let loading: Promise<void> | null = null;
  /**
   * Loads the caller once, however many navigations ask at the same time. With this device's
   * copy of the caller, answers at once and checks the copy beside the page.
   */
  function ensureLoaded(): Promise<void> {
    if (loaded.value) return Promise.resolve();
    loading ??= refresh().finally(() => (loading = null));
    return me.value ? Promise.resolve() : loading;
  }

  async function login(email: string, password: string): Promise<void> {
    const res = await signIn(email, password);
    setToken(res.accessToken);
    await refresh();
  }

  async function adoptToken(accessToken: string): Promise<void> {
    setToken(accessToken);
    await refresh();
  }

  /** Forgets the session on this device (the api already refused the token). */
  function forget(): void {
    setToken(null);
    setMe(null);
  }

  /** Signs out: the api revokes the token (and the user's other tokens), then the session is forgotten. */
  async function logout(): Promise<void> {
    if (token.value) await revokeSession().catch(() => undefined);
    forget();
  }

  configureClient({ token: () => token.value, unauthorized: forget });

  return {
    token,
    me,
    loaded,
    role,
    isBureau,
    isEnterprise,
    isInstitution,
    isBroker,
    isAdmin,
    emailVerified,
    orgId,
    refresh,
    ensureLoaded,
    login,
    adoptToken,
    logout,
    forget,
  };
});
