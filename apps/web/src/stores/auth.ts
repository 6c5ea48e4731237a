/** The session: the access token (kept in localStorage) and who the caller is (`GET /me`). */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { configureClient, request } from '@/api/client';
import type { Me } from '@/api/types';

const TOKEN_KEY = 'techmarket.token';

export const useAuth = defineStore('auth', () => {
  const token = ref<string | null>(localStorage.getItem(TOKEN_KEY));
  const me = ref<Me | null>(null);
  const loaded = ref(false);

  const role = computed(() => me.value?.role ?? null);
  const isBureau = computed(() => role.value === 'bureau');
  const isEnterprise = computed(() => role.value === 'enterprise');
  const isInstitution = computed(() => role.value === 'institution');
  const orgId = computed(() => me.value?.org.id ?? null);

  function setToken(value: string | null): void {
    token.value = value;
    if (value) localStorage.setItem(TOKEN_KEY, value);
    else localStorage.removeItem(TOKEN_KEY);
  }

  async function refresh(): Promise<void> {
    if (!token.value) {
      me.value = null;
      loaded.value = true;
      return;
    }
    try {
      me.value = await request<Me>('/me');
    } catch {
      setToken(null);
      me.value = null;
    } finally {
      loaded.value = true;
    }
  }

  async function login(email: string, password: string): Promise<void> {
    const res = await request<{ accessToken: string }>('/auth/login', { method: 'POST', body: { email, password } });
    setToken(res.accessToken);
    await refresh();
  }

  async function adoptToken(accessToken: string): Promise<void> {
    setToken(accessToken);
    await refresh();
  }

  function logout(): void {
    setToken(null);
    me.value = null;
  }

  configureClient({ token: () => token.value, unauthorized: logout });

  return { token, me, loaded, role, isBureau, isEnterprise, isInstitution, orgId, refresh, login, adoptToken, logout };
});
