/** Routes: each page is its own chunk; bureau and member pages check the session first. */
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { useAuth } from './stores/auth';
import type { OrganizationType } from './api/types';

declare module 'vue-router' {
  interface RouteMeta {
    auth?: boolean;
    roles?: OrganizationType[];
    title?: string;
  }
}

const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('./views/HomeView.vue'), meta: { title: 'nav.home' } },
  { path: '/login', name: 'login', component: () => import('./views/LoginView.vue'), meta: { title: 'nav.login' } },
  { path: '/register', name: 'register', component: () => import('./views/RegisterView.vue'), meta: { title: 'nav.register' } },
  {
    path: '/demands/new',
    name: 'demand-new',
    component: () => import('./views/ListingFormView.vue'),
    props: { kind: 'demand' },
    meta: { auth: true, roles: ['enterprise'], title: 'nav.publishDemand' },
  },
  {
    path: '/outcomes/new',
    name: 'outcome-new',
    component: () => import('./views/ListingFormView.vue'),
    props: { kind: 'outcome' },
    meta: { auth: true, roles: ['institution'], title: 'nav.publishOutcome' },
  },
  {
    path: '/demands/:id/edit',
    name: 'demand-edit',
    component: () => import('./views/ListingFormView.vue'),
    props: (r) => ({ kind: 'demand', id: r.params.id }),
    meta: { auth: true, roles: ['enterprise'], title: 'form.editDemand' },
  },
  {
    path: '/outcomes/:id/edit',
    name: 'outcome-edit',
    component: () => import('./views/ListingFormView.vue'),
    props: (r) => ({ kind: 'outcome', id: r.params.id }),
    meta: { auth: true, roles: ['institution'], title: 'form.editOutcome' },
  },
  {
    path: '/demands/:id',
    name: 'demand',
    component: () => import('./views/ListingView.vue'),
    props: (r) => ({ kind: 'demand', id: r.params.id }),
  },
  {
    path: '/outcomes/:id',
    name: 'outcome',
    component: () => import('./views/ListingView.vue'),
    props: (r) => ({ kind: 'outcome', id: r.params.id }),
  },
  {
    path: '/workspace',
    name: 'workspace',
    component: () => import('./views/WorkspaceView.vue'),
    meta: { auth: true, title: 'nav.workspace' },
  },
  {
    path: '/deals/new',
    name: 'deal-new',
    component: () => import('./views/DealFormView.vue'),
    meta: { auth: true, title: 'nav.registerDeal' },
  },
  {
    path: '/bureau/review',
    name: 'review',
    component: () => import('./views/bureau/ReviewView.vue'),
    meta: { auth: true, roles: ['bureau'], title: 'nav.review' },
  },
  {
    path: '/bureau/organizations',
    name: 'organizations',
    component: () => import('./views/bureau/OrganizationsView.vue'),
    meta: { auth: true, roles: ['bureau'], title: 'nav.organizations' },
  },
  {
    path: '/bureau/targets',
    name: 'targets',
    component: () => import('./views/bureau/TargetsView.vue'),
    meta: { auth: true, roles: ['bureau'], title: 'nav.targets' },
  },
  {
    path: '/bureau/dashboard',
    name: 'dashboard',
    component: () => import('./views/bureau/DashboardView.vue'),
    meta: { auth: true, roles: ['bureau'], title: 'nav.dashboard' },
  },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./views/NotFoundView.vue') },
];

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
});

router.beforeEach(async (to) => {
  const auth = useAuth();
  if (!auth.loaded) await auth.refresh();
  if (to.meta.auth && !auth.me) return { name: 'login', query: { next: to.fullPath } };
  if (to.meta.roles && auth.role && !to.meta.roles.includes(auth.role)) return { name: 'home' };
  return true;
});
