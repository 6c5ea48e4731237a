import type { Principal } from '@app/accounts';
import { listingAccess } from './listing-access.js';

const member = (over: Partial<Principal> = {}): Principal => ({
  userId: 'u',
  organizationId: 'other',
  orgType: 'enterprise',
  orgRole: 'member',
  verified: false,
  emailVerified: true,
  ...over,
});

describe('listingAccess', () => {
  const published = { organizationId: 'owner', status: 'published' as const };
  const pending = { organizationId: 'owner', status: 'pending' as const };

  it('shows published listings to anonymous readers without contacts', () => {
    expect(listingAccess(published, undefined)).toEqual({ visible: true, isOwner: false, contacts: false, review: false });
  });
  it('hides contacts from members of unverified organizations', () => {
    expect(listingAccess(published, member()).contacts).toBe(false);
  });
  it('shows contacts to members of verified organizations', () => {
    expect(listingAccess(published, member({ verified: true })).contacts).toBe(true);
  });
  it('hides unpublished listings from everyone but the owner and the bureau', () => {
    expect(listingAccess(pending, member({ verified: true })).visible).toBe(false);
    expect(listingAccess(pending, undefined).visible).toBe(false);
    expect(listingAccess(pending, member({ organizationId: 'owner' }))).toEqual({
      visible: true,
      isOwner: true,
      contacts: true,
      review: true,
    });
    expect(listingAccess(pending, member({ orgType: 'bureau' })).review).toBe(true);
  });
});
