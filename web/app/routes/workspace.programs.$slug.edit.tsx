import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { Badge } from '../components/badge';
import { Button, ButtonLink } from '../components/button';
import { Notice } from '../components/notice';
import { PageHeader } from '../components/page-header';
import { useI18n } from '../i18n/i18n-context';
import { languageOf, translatorOf } from '../i18n/language.server';
import { pageMeta, translatorForMeta } from '../i18n/route-meta';
import { type PlainMessageKey, type Translate } from '../i18n/translate';
import { explainApiErrors, type StaleVersion } from '../lib/api-rejection';
import { type ApiError, statusForApiErrors } from '../lib/api.server';
import { formatShortDate } from '../lib/format';
import { FormReader, type FieldErrors, type FormValues } from '../lib/form-reader';

import { PartEditors, type PartRejection } from '../workspace/part-editors';
import {
  isPartKind,
  isPublicationAction,
  offeredPublicationActions,
  type PartKind,
  type PublicationAction,
} from '../workspace/edit-intents';
import {
  changePublication,
  loadAgencyOptions,
  loadEditableProgram,
  updateProgram,
  type EditableProgram,
} from '../workspace/program-editing.server';
import { ProgramFields } from '../workspace/program-fields';
import { outcomeSourceFields, programProfileFields, readProgramFields } from '../workspace/program-form';
import { addPart, removePart } from '../workspace/program-parts.server';
import { pageError } from '../lib/page-errors';

const doneMessages = {
  created: 'workspace.done.created',
  saved: 'workspace.done.saved',
  publish: 'workspace.done.published',
  unpublish: 'workspace.done.unpublished',
  verify: 'workspace.done.verified',
  archive: 'workspace.done.archived',
  added: 'workspace.done.partAdded',
  removed: 'workspace.done.partRemoved',
} as const satisfies Record<string, PlainMessageKey>;
type Done = keyof typeof doneMessages;

const isDone = (value: string | null): value is Done => value !== null && value in doneMessages;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const program = await loadEditableProgram(request, params.slug ?? '');
  const agencies = await loadAgencyOptions(request, program.hostRegency.code);
  const done = new URL(request.url).searchParams.get('done');
  return { program, agencies, done: isDone(done) ? done : null };
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const t = translatorForMeta(matches);
  return pageMeta(t, data ? t('workspace.edit.title', { title: data.program.title }) : undefined);
};

const partFields = [
  'kind',
  'label',
  'amountRupiah',
  'unit',
  'year',
  'source',
  'sharePercent',
  'note',
  'indicator',
  'baseline',
  'value',
  'period',
  'name',
  'role',
  'phone',
  'email',
  'title',
  'url',
  ...outcomeSourceFields,
];

/** Which of the page's forms was refused (its intent), with what was typed and why. */
interface EditRejection {
  intent: string;
  values: FormValues;
  fieldErrors: FieldErrors;
  formError?: string;
  staleVersion?: StaleVersion;
}

const refuse = (rejection: EditRejection, status = 400) => data(rejection, { status });

function refused(
  intent: string,
  form: FormReader,
  errors: readonly ApiError[],
  fields: readonly string[],
  t: Translate
) {
  const explained = explainApiErrors(errors, t, fields);
  return refuse(
    {
      intent,
      values: form.values,
      fieldErrors: explained.fieldErrors,
      formError: explained.formError ?? t('form.errorSummary'),
      ...(explained.staleVersion ? { staleVersion: explained.staleVersion } : {}),
    },
    // A stale version is answered with 200 so Remix reloads the page data: the forms then carry the latest version
    // while still showing what was typed, and saving again is a deliberate choice to replace the other change.
    explained.staleVersion ? 200 : statusForApiErrors(errors)
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  const slug = params.slug ?? '';
  const t = await translatorOf(request);
  const formData = await request.formData();
  const intent = String(formData.get('intent') ?? '');
  const version = Number(formData.get('version'));
  const form = new FormReader(formData, await languageOf(request));
  const done = (what: Done) => redirect(`/workspace/programs/${encodeURIComponent(slug)}/edit?done=${what}`);

  if (intent === 'save') {
    const fields = readProgramFields(form);
    if (!form.valid) {
      return refuse({ intent, values: form.values, fieldErrors: form.errors, formError: t('form.errorSummary') });
    }
    const result = await updateProgram(request, slug, version, fields);
    if (result.ok) throw done('saved');
    return refused(intent, form, result.errors, programProfileFields, t);
  }

  if (isPublicationAction(intent)) {
    const result = await changePublication(request, intent, slug, version);
    if (result.ok) throw done(intent);
    return refused(intent, form, result.errors, [], t);
  }

  const [verb, kind] = intent.split('-');
  if (isPartKind(kind) && verb === 'add') {
    const result = await addPart(request, kind, slug, version, form);
    if (result?.ok) throw done('added');
    if (!result) {
      return refuse({ intent, values: form.values, fieldErrors: form.errors, formError: t('form.errorSummary') });
    }
    return refused(intent, form, result.errors, partFields, t);
  }
  if (isPartKind(kind) && verb === 'remove') {
    const result = await removePart(request, kind, String(formData.get('id') ?? ''), version);
    if (result.ok) throw done('removed');
    return refused(intent, form, result.errors, [], t);
  }
  throw pageError(400);
}

const moveLabels: Record<PublicationAction, PlainMessageKey> = {
  publish: 'workspace.edit.publish',
  unpublish: 'workspace.edit.unpublish',
  archive: 'workspace.edit.archive',
  verify: 'workspace.edit.verify',
};

function PublicationPanel({ program }: { program: EditableProgram }) {
  const { t, language } = useI18n();
  return (
    <section className="card publication-panel" aria-labelledby="publication-heading">
      <h2 id="publication-heading">{t('workspace.edit.publication')}</h2>
      <p>
        <Badge tone={program.publication === 'PUBLISHED' ? 'success' : 'warning'}>
          {t(`publication.${program.publication}`)}
        </Badge>{' '}
        {t(`workspace.edit.publicationHelp.${program.publication}`)}
      </p>
      {program.publication === 'PUBLISHED' ? (
        <p className="muted">
          {t('workspace.edit.verifyHelp')}
          {program.lastVerifiedAt
            ? ` ${t('program.verified', {
                date: formatShortDate(program.lastVerifiedAt, program.hostRegency.province.timeZone, language),
              })}`
            : null}
        </p>
      ) : null}
      <div className="publication-panel__actions">
        {offeredPublicationActions(program).map((move, index) => (
          <Form method="post" key={move}>
            <input type="hidden" name="intent" value={move} />
            <input type="hidden" name="version" value={program.version} />
            <Button type="submit" variant={index === 0 ? 'primary' : 'secondary'}>
              {t(moveLabels[move])}
            </Button>
          </Form>
        ))}
      </div>
    </section>
  );
}

function revisionLabel(t: Translate, action: string): string {
  const part = /^(ADDED|UPDATED|REMOVED)_([A-Z]+)$/.exec(action);
  if (part) {
    const kind = part[2]!.toLowerCase();
    const partName = isPartKind(kind)
      ? t(`workspace.parts.${kind === 'funding' ? 'funding' : `${kind}s`}` as PlainMessageKey)
      : kind;
    const verb =
      part[1] === 'ADDED' ? 'revision.ADDED' : part[1] === 'REMOVED' ? 'revision.REMOVED' : 'revision.UPDATED_PART';
    return t(verb, { part: partName });
  }
  const known = ['CREATED', 'UPDATED', 'PUBLISHED', 'DRAFT', 'ARCHIVED', 'VERIFIED'] as const;
  const match = known.find((candidate) => candidate === action);
  return match ? t(`revision.${match}`) : action;
}

function Revisions({ program }: { program: EditableProgram }) {
  const { t, language } = useI18n();
  return (
    <section className="revisions" aria-labelledby="revisions-heading">
      <h2 id="revisions-heading">{t('workspace.revisions.title')}</h2>
      {program.revisions.length === 0 ? (
        <p className="muted">{t('workspace.revisions.none')}</p>
      ) : (
        <ol className="revision-list">
          {program.revisions.map((revision) => (
            <li key={revision.version}>
              {t('workspace.revisions.entry', { version: revision.version, action: revisionLabel(t, revision.action) })}{' '}
              <span className="muted">
                {formatShortDate(revision.createdAt, program.hostRegency.province.timeZone, language)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export default function EditProgram() {
  const { t } = useI18n();
  const { program, agencies, done } = useLoaderData<typeof loader>();
  const rejection = useActionData<typeof action>();
  const submitting = useNavigation().state === 'submitting';
  const saving = rejection?.intent === 'save' ? rejection : undefined;
  const partRejections: Partial<Record<PartKind, PartRejection>> = {};
  const [verb, kind] = rejection?.intent.split('-') ?? [];
  if (rejection && verb === 'add' && isPartKind(kind)) partRejections[kind] = rejection;
  const otherRefusal = rejection && !saving && verb !== 'add' ? rejection.formError : undefined;

  return (
    <>
      <PageHeader
        title={t('workspace.edit.title', { title: program.title })}
        lead={t('workspace.edit.version', { version: program.version })}
        actions={
          <ButtonLink variant="secondary" to={`/programs/${program.slug}`}>
            {t('workspace.edit.preview')}
          </ButtonLink>
        }
      />
      {done && !rejection ? <Notice tone="success">{t(doneMessages[done])}</Notice> : null}
      {rejection?.staleVersion ? (
        <Notice tone="error" title={t('workspace.conflict.title')}>
          <p>
            {t('workspace.conflict.body', {
              expected: rejection.staleVersion.expected,
              actual: rejection.staleVersion.actual,
            })}
          </p>
          <p>
            <Link to={`/workspace/programs/${program.slug}/edit`} reloadDocument>
              {t('workspace.conflict.reload')}
            </Link>
          </p>
        </Notice>
      ) : otherRefusal ? (
        <Notice tone="error">{otherRefusal}</Notice>
      ) : null}

      <div className="edit-layout">
        <div className="edit-layout__main">
          {saving?.formError && !saving.staleVersion ? <Notice tone="error">{saving.formError}</Notice> : null}
          <Form method="post" className="stacked-form program-form" noValidate key={`fields-${program.version}`}>
            <input type="hidden" name="intent" value="save" />
            <input type="hidden" name="version" value={program.version} />
            <ProgramFields stored={program} values={saving?.values} errors={saving?.fieldErrors} agencies={agencies} />
            <Button type="submit" disabled={submitting}>
              {t('workspace.edit.save')}
            </Button>
          </Form>
          <PartEditors key={`parts-${program.version}`} program={program} rejections={partRejections} />
        </div>
        <aside className="edit-layout__aside">
          <PublicationPanel program={program} />
          <Revisions program={program} />
        </aside>
      </div>
    </>
  );
}
