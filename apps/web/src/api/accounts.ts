/** Calls of the account lifecycle and of an organization's members, typed from the generated schema. */
import { api, call, type BodyOf } from './client';
import type { Schemas } from './models';

export type Member = Schemas['MemberResponse'];
export type MemberRole = Member['orgRole'];
export type Invitation = Schemas['InvitationResponse'];
export type InvitationPreview = Schemas['InvitationPreviewResponse'];

const byToken = (token: string) => ({ params: { path: { token } } });
const ofOrg = (id: string) => ({ params: { path: { id } } });

export const register = (body: BodyOf<'/api/v1/auth/register', 'post'>) => call(api.POST('/api/v1/auth/register', { body }));
export const login = (email: string, password: string) => call(api.POST('/api/v1/auth/login', { body: { email, password } }));
export const getMe = () => call(api.GET('/api/v1/me'));
export const revokeSession = () => call(api.POST('/api/v1/auth/logout'));
export const requestPasswordReset = (email: string) => call(api.POST('/api/v1/auth/password-reset', { body: { email } }));
export const resetPassword = (token: string, password: string) =>
  call(api.POST('/api/v1/auth/password-reset/{token}', { ...byToken(token), body: { password } }));
export const verifyEmail = (token: string) => call(api.POST('/api/v1/auth/verify-email/{token}', byToken(token)));
export const resendVerification = () => call(api.POST('/api/v1/auth/verify-email'));
export const changePassword = (currentPassword: string, newPassword: string) =>
  call(api.POST('/api/v1/me/password', { body: { currentPassword, newPassword } }));

export const getInvitation = (token: string) => call(api.GET('/api/v1/invitations/{token}', byToken(token)));
export const acceptInvitation = (token: string, body: BodyOf<'/api/v1/invitations/{token}/accept', 'post'>) =>
  call(api.POST('/api/v1/invitations/{token}/accept', { ...byToken(token), body }));

export const listMembers = (orgId: string) => call(api.GET('/api/v1/organizations/{id}/members', ofOrg(orgId)));
export const changeMemberRole = (orgId: string, userId: string, role: MemberRole) =>
  call(api.PATCH('/api/v1/organizations/{id}/members/{userId}', { params: { path: { id: orgId, userId } }, body: { role } }));
export const disableMember = (orgId: string, userId: string) =>
  call(api.DELETE('/api/v1/organizations/{id}/members/{userId}', { params: { path: { id: orgId, userId } } }));
export const listInvitations = (orgId: string) => call(api.GET('/api/v1/organizations/{id}/invitations', ofOrg(orgId)));
export const inviteMember = (orgId: string, body: BodyOf<'/api/v1/organizations/{id}/invitations', 'post'>) =>
  call(api.POST('/api/v1/organizations/{id}/invitations', { ...ofOrg(orgId), body }));
export const enableMember = (orgId: string, userId: string) =>
  call(api.POST('/api/v1/organizations/{id}/members/{userId}/enable', { params: { path: { id: orgId, userId } } }));
export const revokeInvitation = (orgId: string, invitationId: string) =>
  call(api.DELETE('/api/v1/organizations/{id}/invitations/{invitationId}', { params: { path: { id: orgId, invitationId } } }));
