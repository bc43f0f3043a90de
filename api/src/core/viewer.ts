export const ROLES = ['ADMIN', 'HOST_EDITOR', 'COORDINATOR', 'DELEGATE'] as const;
export type Role = (typeof ROLES)[number];

export type ViewerMembership = {
  role: Role;
  regencyCode: string | null;
  agencyId: string | null;
  coveredRegencyCodes: string[];
};

/** The signed-in person a request acts for, with everything authorization needs already loaded. */
export type Viewer = {
  accountId: string;
  email: string;
  displayName: string;
  memberships: ViewerMembership[];
};
