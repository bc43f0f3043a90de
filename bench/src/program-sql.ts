import { type SqlQuery } from './catalog-sql';

/**
 * The `program-page` profile as ONE hand-written statement: the program's columns the workload asks for,
 * its regency and province, lead agency, every part in its order, its adoptions and their count — the
 * floor the API's `program(slug)` is compared to.
 */
export function programPageSql(slug: string): SqlQuery {
  const parts = (table: string, fields: string) =>
    `(select coalesce(json_agg(json_build_object(${fields}) order by x.position, x.id), '[]') from ${table} x where x.program_id = p.id)`;
  const text = `
select json_build_object(
  'id', p.id, 'slug', p.slug, 'title', p.title, 'localName', p.local_name, 'acronym', p.acronym, 'themes', p.themes,
  'summary', p.summary, 'problem', p.problem, 'approachSteps', p.approach_steps, 'legalBasis', p.legal_basis,
  'startYear', p.start_year, 'endYear', p.end_year, 'activity', p.activity, 'beneficiaries', p.beneficiaries,
  'beneficiaryUnit', p.beneficiary_unit, 'unitsBuilt', p.units_built, 'totalBudgetRupiah', p.total_budget_rupiah::text,
  'unitCostRupiah', p.unit_cost_rupiah::text, 'unitCostUnit', p.unit_cost_unit, 'lastVerifiedAt', p.last_verified_at, 'version', p.version,
  'hostRegency', json_build_object('code', r.code, 'name', r.name, 'province', json_build_object('name', pr.name, 'timeZone', pr.time_zone)),
  'leadAgency', case when a.id is null then null else json_build_object('name', a.name) end,
  'costs', ${parts('program_cost', "'kind', x.kind, 'label', x.label, 'amountRupiah', x.amount_rupiah::text, 'unit', x.unit, 'year', x.year, 'illustrative', x.illustrative")},
  'funding', ${parts('program_funding', "'kind', x.kind, 'sharePercent', x.share_percent, 'amountRupiah', x.amount_rupiah::text")},
  'outcomes', ${parts('program_outcome', "'indicator', x.indicator, 'baseline', x.baseline, 'value', x.value, 'unit', x.unit, 'period', x.period")},
  'partners', ${parts('program_partner', "'name', x.name, 'role', x.role")},
  'contacts', ${parts('program_contact', "'name', x.name, 'role', x.role")},
  'documents', ${parts('program_document', "'title', x.title, 'url', x.url")},
  'adoptions', (select coalesce(json_agg(json_build_object('stage', d.stage, 'year', d.year) order by d.year desc, d.created_at desc), '[]')
                from adoption d where d.program_id = p.id),
  'adoptionCount', (select count(distinct d.adopter_regency_code) from adoption d where d.program_id = p.id)
) as program
from program p
join regency r on r.code = p.host_regency_code
join province pr on pr.code = r.province_code
left join agency a on a.id = p.lead_agency_id
where p.slug = $1 and p.publication = 'PUBLISHED'`;
  return { text, values: [slug] };
}
