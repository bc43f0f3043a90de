import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Agency } from '../agencies';
import { Regency } from '../regions';
import { ROLES } from '../core';


export const Account = defineEntity({
  name: 'Account',
  tableName: 'account',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    email: p.string().length(254).unique(),
    displayName: p.string().length(200),
    passwordHash: p.string().length(200).lazy().hidden(),
    createdAt: p.datetime().onCreate(() => new Date()),
    /** Set while the account may not sign in; its sessions were ended when it was set. */
    deactivatedAt: p.datetime().nullable(),
    memberships: () => p.oneToMany(Membership).mappedBy('account'),
  },
});
export type Account = InferEntity<typeof Account>;

/**
 * What an account may act for. A host editor edits the programs of one regency or one agency;
 * a coordinator belongs to an agency and may act for several regencies (a provincial Dinas
 * Perkim bringing six regencies); a delegate belongs to a regency or agency.
 */
export const Membership = defineEntity({
  name: 'Membership',
  tableName: 'membership',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    account: () => p.manyToOne(Account).ref().index().deleteRule('cascade'),
    role: p.enum([...ROLES]),
    regency: () => p.manyToOne(Regency).ref().nullable(),
    agency: () => p.manyToOne(Agency).ref().nullable(),
    coveredRegencyCodes: p.array().default([]),
  },
});
export type Membership = InferEntity<typeof Membership>;

export const Session = defineEntity({
  name: 'Session',
  tableName: 'session',
  properties: {
    tokenHash: p.string().length(64).primary(),
    /** How the session is named to its owner and admins; the token's hash never leaves the API. */
    id: p.uuid().unique().onCreate(() => randomUUID()),
    account: () => p.manyToOne(Account).ref().index().deleteRule('cascade'),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime().index(),
    /** The address it was opened from, for its owner to recognise it. */
    clientAddress: p.string().length(64).nullable(),
  },
});
export type Session = InferEntity<typeof Session>;

export const Invitation = defineEntity({
  name: 'Invitation',
  tableName: 'invitation',
  properties: {
    tokenHash: p.string().length(64).primary(),
    /** How the invitation is named when it is revoked; the token's hash never leaves the API. */
    id: p.uuid().unique().onCreate(() => randomUUID()),
    email: p.string().length(254).index(),
    role: p.enum([...ROLES]),
    regency: () => p.manyToOne(Regency).ref().nullable(),
    agency: () => p.manyToOne(Agency).ref().nullable(),
    coveredRegencyCodes: p.array().default([]),
    invitedBy: () => p.manyToOne(Account).ref().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime(),
    acceptedAt: p.datetime().nullable(),
  },
});
export type Invitation = InferEntity<typeof Invitation>;
