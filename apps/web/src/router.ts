/**
 * Routes: each page is its own chunk, but the home page comes with the app so that its listings
 * need no further round trip. Bureau and member pages check the session first; public pages
 * render at once and learn who is signed in beside it.
 */
import { watch } from 'vue';
import { createRouter, createWebHistory, type RouteLocationNormalized, type RouteRecordRaw } from 'vue-router';
import { useAuth } from './stores/auth';
import { getListing, getMatches, getTurnover, listNotifications } from './api/market';
import type { ListingKind, OrganizationType } from './api/models';
import { dropPrefetched, prefetch } from './composables/prefetch';
import { todayInChina } from './utils/rules';
import HomeView from './views/HomeView.vue';
import { nextTask } from './utils/next-task';

declare module 'vue-router' {
  interface RouteMeta {
    auth?: boolean;
    roles?: OrganizationType[];
    /** i18n key of the page's title and of its meta description. */
    title?: string;
    description?: string;
    /** The page does not depend on who is signed in: render it without waiting for `GET /me`. */
    public?: boolean;
    /** Asks for the page's first answer while its code loads (composables/prefetch.ts). */
    prefetch?: (to: RouteLocationNormalized) => void;
  }
}

/**
 * A page's code, loaded when it is first opened: its modules are evaluated in one task and the
 * page renders in the next, so that a slow phone does not do both in one long task.
 */
function page<T>(load: () => Promise<T>): () => Promise<T> {
  return () => load().then(async (module) => (await nextTask(), module));
}

/** A listing and its matches, which the listing page takes (ListingView.vue). */
function prefetchListing(kind: ListingKind) {
  return (to: RouteLocationNormalized) => {
    const id = String(to.params.id);
    prefetch(`listing:${kind}:${id}`, () => getListing(kind, id));
    prefetch(`matches:${kind}:${id}`, () => getMatches(kind, id, 10));
  };
}
/** The year's turnover and milestones the dashboard opens with (DashboardView.vue), for a signed-in caller. */
export const dashboardYear = () => Number(todayInChina().slice(0, 4));
function prefetchTurnover(): void {
  if (!useAuth().token) return;
  const year = dashboardYear();
  prefetch(`turnover:${year}`, () => getTurnover(year));
  prefetch(`milestones:${year}`, () => listNotifications(year));
}

const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomeView, meta: { title: 'nav.home', description: 'meta.home', public: true } },
  {
    path: '/login',
    name: 'login',
    component: page(() => import('./views/LoginView.vue')),
    meta: { title: 'nav.login', description: 'meta.login', public: true },
  },
  {
    path: '/register',
    name: 'register',
    component: page(() => import('./views/RegisterView.vue')),
    meta: { title: 'nav.register', description: 'meta.register', public: true },
  },
  {
    path: '/password-reset',
    name: 'password-reset-request',
    component: page(() => import('./views/account/PasswordResetRequestView.vue')),
    meta: { title: 'account.resetRequestTitle', description: 'meta.login', public: true },
  },
  {
    path: '/password-reset/:token',
    name: 'password-reset',
    component: page(() => import('./views/account/PasswordResetView.vue')),
    props: true,
    meta: { title: 'account.resetTitle', description: 'meta.login', public: true },
  },
  {
    path: '/verify-email/:token',
    name: 'verify-email',
    component: page(() => import('./views/account/VerifyEmailView.vue')),
    props: true,
    meta: { title: 'account.verifyTitle', description: 'meta.login' },
  },
  {
    path: '/invitations/:token',
    name: 'invitation',
    component: page(() => import('./views/account/InvitationView.vue')),
    props: true,
    meta: { title: 'account.invitationTitle', description: 'meta.register', public: true },
  },
  {
    path: '/account/password',
    name: 'account-password',
    component: page(() => import('./views/account/ChangePasswordView.vue')),
    meta: { auth: true, title: 'account.passwordTitle', description: 'meta.member' },
  },
  {
    path: '/members',
    name: 'members',
    component: page(() => import('./views/account/MembersView.vue')),
    meta: { auth: true, title: 'account.membersTitle', description: 'meta.member' },
  },
  {
    path: '/demands/new',
    name: 'demand-new',
    component: page(() => import('./views/ListingFormView.vue')),
    props: { kind: 'demand' },
    meta: { auth: true, roles: ['enterprise'], title: 'nav.publishDemand', description: 'meta.member' },
  },
  {
    path: '/outcomes/new',
    name: 'outcome-new',
    component: page(() => import('./views/ListingFormView.vue')),
    props: { kind: 'outcome' },
    meta: { auth: true, roles: ['institution'], title: 'nav.publishOutcome', description: 'meta.member' },
  },
  {
    path: '/demands/:id/edit',
    name: 'demand-edit',
    component: page(() => import('./views/ListingFormView.vue')),
    props: (r) => ({ kind: 'demand', id: r.params.id }),
    meta: { auth: true, roles: ['enterprise'], title: 'form.editDemand', description: 'meta.member' },
  },
  {
    path: '/outcomes/:id/edit',
    name: 'outcome-edit',
    component: page(() => import('./views/ListingFormView.vue')),
    props: (r) => ({ kind: 'outcome', id: r.params.id }),
    meta: { auth: true, roles: ['institution'], title: 'form.editOutcome', description: 'meta.member' },
  },
  {
    path: '/demands/:id',
    name: 'demand',
    component: page(() => import('./views/ListingView.vue')),
    props: (r) => ({ kind: 'demand', id: r.params.id }),
    meta: { title: 'enums.kind.demand', prefetch: prefetchListing('demand') },
  },
  {
    path: '/outcomes/:id',
    name: 'outcome',
    component: page(() => import('./views/ListingView.vue')),
    props: (r) => ({ kind: 'outcome', id: r.params.id }),
    meta: { title: 'enums.kind.outcome', prefetch: prefetchListing('outcome') },
  },
  {
    path: '/workspace',
    name: 'workspace',
    component: page(() => import('./views/WorkspaceView.vue')),
    meta: { auth: true, title: 'nav.workspace', description: 'meta.member' },
  },
  {
    path: '/notifications',
    name: 'notifications',
    component: page(() => import('./views/NotificationsView.vue')),
    meta: { auth: true, roles: ['enterprise', 'institution'], title: 'nav.notifications', description: 'meta.member' },
  },
  {
    path: '/subscriptions',
    name: 'subscriptions',
    component: page(() => import('./views/SubscriptionsView.vue')),
    meta: { auth: true, roles: ['enterprise', 'institution'], title: 'nav.subscriptions', description: 'meta.member' },
  },
  {
    path: '/deals/new',
    name: 'deal-new',
    component: page(() => import('./views/DealFormView.vue')),
    meta: { auth: true, title: 'nav.registerDeal', description: 'meta.member' },
  },
  {
    path: '/deals/:id',
    name: 'deal',
    component: page(() => import('./views/DealView.vue')),
    meta: { auth: true, title: 'deal.detailTitle', description: 'meta.member' },
  },
  {
    path: '/notices',
    name: 'notices',
    component: page(() => import('./views/NoticesView.vue')),
    meta: { title: 'nav.notices', description: 'meta.notices' },
  },
  {
    path: '/bureau/registrations',
    name: 'registrations',
    component: page(() => import('./views/bureau/RegistrationsView.vue')),
    meta: { auth: true, roles: ['bureau'], title: 'nav.registrations', description: 'meta.bureau' },
  },
  {
    path: '/bureau/review',
    name: 'review',
    component: page(() => import('./views/bureau/ReviewView.vue')),
    meta: { auth: true, roles: ['bureau'], title: 'nav.review', description: 'meta.bureau' },
  },
  {
    path: '/bureau/organizations',
    name: 'organizations',
    component: page(() => import('./views/bureau/OrganizationsView.vue')),
    meta: { auth: true, roles: ['bureau'], title: 'nav.organizations', description: 'meta.bureau' },
  },
  {
    path: '/bureau/targets',
    name: 'targets',
    component: page(() => import('./views/bureau/TargetsView.vue')),
    meta: { auth: true, roles: ['bureau'], title: 'nav.targets', description: 'meta.bureau' },
  },
  {
    path: '/bureau/vocabulary',
    name: 'vocabulary',
    component: page(() => import('./views/bureau/VocabularyView.vue')),
    meta: { auth: true, roles: ['bureau'], title: 'nav.vocabulary' },
  },
  {
    path: '/bureau/vouchers',
    name: 'voucher-admin',
    component: page(() => import('./views/bureau/VouchersAdminView.vue')),
    meta: { auth: true, roles: ['bureau'], title: 'nav.voucherAdmin', description: 'meta.bureau' },
  },
  {
    path: '/vouchers',
    name: 'vouchers',
    component: page(() => import('./views/VouchersView.vue')),
    meta: { auth: true, roles: ['enterprise', 'institution', 'broker'], title: 'nav.vouchers', description: 'meta.member' },
  },
  {
    path: '/broker',
    name: 'broker',
    component: page(() => import('./views/BrokerWorkspaceView.vue')),
    meta: { auth: true, roles: ['enterprise', 'institution', 'broker'], title: 'nav.broker', description: 'meta.member' },
  },
  {
    path: '/bureau/brokers',
    name: 'broker-admin',
    component: page(() => import('./views/bureau/BrokersAdminView.vue')),
    meta: { auth: true, roles: ['bureau'], title: 'nav.brokerAdmin', description: 'meta.bureau' },
  },
  {
    path: '/bureau/dashboard',
    name: 'dashboard',
    component: page(() => import('./views/bureau/DashboardView.vue')),
    meta: { auth: true, roles: ['bureau'], title: 'nav.dashboard', description: 'meta.bureau', prefetch: prefetchTurnover },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: page(() => import('./views/NotFoundView.vue')),
    meta: { title: 'app.notFound', public: true },
  },
];

export const router = createRouter({
  history: createWebHistory(),
  routes,
  // The first page starts at the top anyway: no scroll then (it would force a layout during mount).
  scrollBehavior: (_to, from, saved) => saved ?? (from.matched.length ? { top: 0 } : false),
});

router.beforeEach(async (to) => {
  const auth = useAuth();
  const session = auth.ensureLoaded();
  // The page's first answer is asked for beside its code and the session, not after them.
  dropPrefetched();
  to.meta.prefetch?.(to);
  if (to.meta.public) return true;
  // Fetch the page's code while the session is checked, not after.
  for (const record of to.matched) {
    const view = record.components?.default;
    if (typeof view === 'function') void (view as () => Promise<unknown>)();
  }
  await session;
  return admit(to, auth);
});

/** The page itself if the session may see it, else where it goes instead. */
function admit(to: RouteLocationNormalized, auth: ReturnType<typeof useAuth>) {
  if (to.meta.auth && !auth.me) return { name: 'login', query: { next: to.fullPath } };
  if (to.meta.roles && auth.role && !to.meta.roles.includes(auth.role)) return { name: 'home' };
  return true;
}

/**
 * A page opened with this device's copy of the session (stores/auth.ts) leaves as soon as the
 * api's answer no longer allows it: a revoked token, a changed role, a 401 on any request.
 */
export function followSession(): void {
  const auth = useAuth();
  // The route too: the answer may come while the first page's code still loads.
  watch([() => auth.me, router.currentRoute], ([, current]) => {
    const verdict = admit(current, auth);
    if (verdict !== true) void router.replace(verdict);
  });
}
