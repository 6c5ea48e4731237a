export const ORGANIZATION_TYPES = ['enterprise', 'institution', 'broker', 'bureau'] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];
/** Types an organization may register itself as; bureau organizations come from configuration. */
export const SELF_REGISTERED_TYPES = ['enterprise', 'institution', 'broker'] as const;
export type SelfRegisteredType = (typeof SELF_REGISTERED_TYPES)[number];

export const MEMBER_ROLES = ['admin', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const ORGANIZATION_TYPE_LABELS: Record<OrganizationType, string> = {
  enterprise: '企业',
  institution: '高校院所',
  broker: '技术转移服务机构',
  bureau: '科技局',
};
