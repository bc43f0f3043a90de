import { scopeValue, type InvitationChoices, type InvitationScope } from '../accounts/invitation-choices';
import { type Translate } from '../i18n/translate';
import { type OptionGroup } from '../components/grouped-select';
import { loadRegencyOptions } from '../regions/regions.server';
import { loadAgencyOptions } from '../workspace/program-editing.server';

export interface ScopeOptions {
  /** Regencies (with an agency, when the scope names both) grouped by province; agencies alone last. */
  groups: OptionGroup[];
  /** Every option's label by its value, for the pending invitations' table. */
  labels: Record<string, string>;
}

/** The places the person may invite into, named: regencies under their province, agencies by name. */
export async function scopeOptionsOf(request: Request, t: Translate, scopes: InvitationChoices['scopes']): Promise<ScopeOptions> {
  const regencyCodes = scopes === 'any' ? null : scopes.flatMap((scope) => scope.regencyCode ?? []);
  const needsAgencies = scopes === 'any' || scopes.some((scope) => scope.agencyId);
  const [regencies, agencies] = await Promise.all([
    regencyCodes?.length === 0 ? [] : loadRegencyOptions(request, regencyCodes),
    needsAgencies ? loadAgencyOptions(request, null) : [],
  ]);
  const offered: InvitationScope[] =
    scopes === 'any'
      ? [
          ...regencies.map((regency) => ({ regencyCode: regency.code, agencyId: null })),
          ...agencies.map((agency) => ({ regencyCode: null, agencyId: agency.id })),
        ]
      : scopes;
  const groups = new Map<string, OptionGroup>();
  const labels: Record<string, string> = {};
  for (const scope of offered) {
    const regency = regencies.find((candidate) => candidate.code === scope.regencyCode);
    const agency = agencies.find((candidate) => candidate.id === scope.agencyId);
    const label = [agency?.name ?? scope.agencyId, regency?.name ?? scope.regencyCode].filter(Boolean).join(' — ');
    const groupLabel = regency ? regency.province.name : t('invite.scope.agencies');
    const group = groups.get(groupLabel) ?? { label: groupLabel, options: [] };
    group.options.push({ value: scopeValue(scope), label });
    groups.set(groupLabel, group);
    labels[scopeValue(scope)] = regency ? `${label}, ${regency.province.name}` : label;
  }
  return { groups: [...groups.values()], labels };
}
