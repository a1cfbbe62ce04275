import type { RouteRecordRaw } from 'vue-router';

export const authRoutes: RouteRecordRaw[] = [
  { path: '/masuk', name: 'sign-in', component: () => import('./views/SignInView.vue'), meta: { titleKey: 'auth.signIn', public: true } },
];
