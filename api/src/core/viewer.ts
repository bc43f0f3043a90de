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

/** HOST: editors of the host regency. REQUESTER: the coordinator or delegates of the visiting delegation. */
export const VISIT_SIDES = ['HOST', 'REQUESTER'] as const;
export type VisitSide = (typeof VISIT_SIDES)[number];
