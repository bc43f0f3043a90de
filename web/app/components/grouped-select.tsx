import { useState } from 'react';
import { type FieldControlProps } from './field';
import { useHydrated } from './use-hydrated';

export interface OptionGroup {
  label: string;
  options: { value: string; label: string }[];
}

/** Lower case without accents, so `sulawesi` finds `Sulawesi` and `bone` finds `Kab. Bone`. */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * A select whose options are grouped (`<optgroup>`, e.g. one per province). When JavaScript runs, a filter field
 * above it keeps only the options whose name or group matches what is typed; without it the plain select remains.
 */
export function GroupedSelect({
  control,
  groups,
  defaultValue,
  emptyOption,
  filterLabel,
}: {
  control: FieldControlProps;
  groups: OptionGroup[];
  defaultValue: string;
  emptyOption?: string;
  filterLabel: string;
}) {
  const hydrated = useHydrated();
  const [filter, setFilter] = useState('');
  const wanted = folded(filter.trim());
  const shown = groups
    .map((group) => ({
      ...group,
      options: folded(group.label).includes(wanted) ? group.options : group.options.filter((option) => folded(option.label).includes(wanted)),
    }))
    .filter((group) => group.options.length > 0);
  return (
    <>
      {hydrated ? (
        <input
          type="search"
          className="grouped-select__filter"
          aria-label={filterLabel}
          placeholder={filterLabel}
          aria-controls={control.id}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
      ) : null}
      <select {...control} defaultValue={defaultValue}>
        {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
        {shown.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </>
  );
}
