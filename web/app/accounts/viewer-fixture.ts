import { type Viewer } from './viewer.server';

type Capabilities = Viewer['capabilities'];

const noCapabilities: Capabilities = {
  editsPrograms: false,
  programRegencyCodes: [],
  programAgencyIds: [],
  answersVisitRequests: false,
  hostCalendarRegencyCodes: [],
  travelsForRegencyCodes: [],
  seesContactDetails: false,
  managesAccounts: false,
  managesMailOutbox: false,
  seesNationalDetails: false,
};

/** For unit tests: a signed-in person with the given memberships (unset parts empty), who may invite nobody. */
export function viewerWith(...memberships: Partial<Viewer['memberships'][number]>[]): Viewer {
  return {
    accountId: 'a1',
    displayName: 'Test',
    email: 'test@tiru.test',
    memberships: memberships.map((membership) => ({
      role: 'DELEGATE',
      regencyCode: null,
      agencyId: null,
      coveredRegencyCodes: [],
      ...membership,
    })),
    invitationChoices: null,
    capabilities: noCapabilities,
  };
}

/** The same person with the capabilities the API would give them (unset ones: none). */
export function capableOf(viewer: Viewer, capabilities: Partial<Capabilities>): Viewer {
  return { ...viewer, capabilities: { ...noCapabilities, ...capabilities } };
}

/** The same person with the invitation choices the API would give them. */
export function invitingAs(viewer: Viewer, choices: Partial<NonNullable<Viewer['invitationChoices']>>): Viewer {
  return { ...viewer, invitationChoices: { roles: [], anyScope: false, scopes: [], namesCoveredRegencies: false, ...choices } };
}
