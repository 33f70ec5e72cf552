// One action register for every level: my actions, overdue, due soon; by owner, team, level and theme; and status
// updates for several actions at once (seed 002, "Findings, accountability and impact").
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ACTION_LEVELS, ACTION_LEVEL_LABELS, cancelAction, isOpen, setStatus, smartWarnings, type ActionRecord } from '@/domain/actions';
import { formatLongDate } from '@/domain/calendar/iso-date';
import { authorOf } from '@/domain/person';
import { Page } from '@/ui/page';
import { ButtonLink, NotificationBanner } from '@/ui/content';
import { createColumnHelper, DataTable } from '@/ui/data-table';
import { FilterSelect } from '@/ui/filter-select';
import { ErrorMessage } from '@/ui/form';
import { ErrorSummary } from '@/ui/error-summary';
import { useActions, useSummaries } from '@/data/live';
import { useFollowUps } from '@/data/follow-ups';
import { useCurrentPerson } from '@/data/current-person';
import { writeActions } from '@/storage/write';
import { nowInstant, today as todayIso } from '@/lib/clock';
import { downloadCsv, downloadFile, fileName } from '@/ui/download';
import { DownloadButtons } from '@/ui/download-buttons';
import { actionsCsv, actionsJson } from './action-export';
import { ACTION_VIEWS, actionFilterParts, DEFAULT_ACTION_FILTERS, distinctValues, filterActions, type ActionFilters, type ActionView } from './action-filters';
import { ActionStatusTag } from './action-labels';
import { paths } from '@/lib/paths';

const column = createColumnHelper<ActionRecord>();

export function ActionRegisterPage() {
  const actions = useActions();
  const links = useFollowUps(useSummaries());
  const person = useCurrentPerson();
  const [params] = useSearchParams();
  const initialView = params.get('view');
  const [filters, setFilters] = useState<ActionFilters>({
    ...DEFAULT_ACTION_FILTERS,
    view: initialView && initialView in ACTION_VIEWS ? (initialView as ActionView) : 'open',
  });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulk, setBulk] = useState({ status: '', reason: '' });
  const [bulkErrors, setBulkErrors] = useState<{ href: string; message: string }[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [done, setDone] = useState('');
  const today = todayIso();
  const shown = useMemo(() => filterActions(actions ?? [], filters, today, person?.name ?? ''), [actions, filters, today, person]);

  const columns = useMemo(
    () =>
      column.columns([
        column.display({
          id: 'select',
          header: () => <span className="govuk-visually-hidden">Select</span>,
          cell: (info) => {
            const a = info.row.original;
            if (!isOpen(a)) return null;
            return (
              <div className="govuk-checkboxes govuk-checkboxes--small">
                <div className="govuk-checkboxes__item">
                  <input
                    className="govuk-checkboxes__input"
                    id={`select-${a.id}`}
                    type="checkbox"
                    checked={selected.has(a.id)}
                    onChange={(e) =>
                      setSelected((s) => {
                        const next = new Set(s);
                        if (e.target.checked) next.add(a.id);
                        else next.delete(a.id);
                        return next;
                      })
                    }
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={`select-${a.id}`}>
                    <span className="govuk-visually-hidden">Select “{a.what}”</span>
                  </label>
                </div>
              </div>
            );
          },
        }),
        column.accessor('what', {
          header: 'Action',
          sortFn: 'text',
          cell: (info) => {
            const a = info.row.original;
            const warnings = smartWarnings(a);
            return (
              <>
                <Link className="govuk-link" to={paths.action(a.id)}>
                  {a.what}
                </Link>
                {warnings.length > 0 && (
                  <div className="govuk-body-s govuk-!-margin-0 govuk-error-message">
                    Not SMART: {warnings.length} warning{warnings.length === 1 ? '' : 's'}
                  </div>
                )}
              </>
            );
          },
        }),
        column.accessor('ownerName', {
          header: 'Owner',
          sortFn: 'text',
          cell: (info) => `${info.getValue()}${info.row.original.ownerRole ? `, ${info.row.original.ownerRole}` : ''}`,
        }),
        column.accessor('due', { header: 'Due', sortFn: 'basic', cell: (info) => <span className="app-nowrap">{formatLongDate(info.getValue())}</span> }),
        column.accessor('status', { header: 'Status', sortFn: 'basic', cell: (info) => <ActionStatusTag action={info.row.original} today={today} /> }),
        column.accessor((a) => ACTION_LEVEL_LABELS[a.level], { id: 'level', header: 'Level', sortFn: 'text' }),
        column.accessor('team', { header: 'Team', sortFn: 'text' }),
        column.accessor((a) => a.caseReferences.join(', ') || a.theme, { id: 'from', header: 'From', sortFn: 'text' }),
      ]),
    [selected, today],
  );
  if (actions === undefined || !links || !person) return null;
  const set = (key: keyof ActionFilters) => (value: string) => setFilters((f) => ({ ...f, [key]: value }));

  const applyBulk = async (e: FormEvent) => {
    e.preventDefault();
    const errors = [];
    if (!shown.some((a) => selected.has(a.id))) errors.push({ href: 'select-first', message: 'Select the actions to update' });
    if (!bulk.status) errors.push({ href: 'bulk-status', message: 'Select the new status' });
    if (bulk.status === 'cancelled' && !bulk.reason.trim()) errors.push({ href: 'bulk-reason', message: 'Enter why the actions are cancelled' });
    setBulkErrors(errors);
    setAttempts((n) => n + 1);
    if (errors.length) return;
    const by = authorOf(person);
    // Only what is selected and still shown: a selection hidden by a later filter is not changed unseen.
    const chosen = shown.filter((a) => selected.has(a.id) && isOpen(a));
    await writeActions(chosen, (current, now) =>
      current.map((a) => (bulk.status === 'cancelled' ? cancelAction(a, bulk.reason, by, now) : setStatus(a, bulk.status as 'open' | 'in-progress', by, now))),
    );
    setDone(`${chosen.length} action${chosen.length === 1 ? '' : 's'} updated.`);
    setSelected(new Set());
    setBulk({ status: '', reason: '' });
  };

  return (
    <Page title="Actions" wide hasErrors={bulkErrors.length > 0}>
      {done && (
        <NotificationBanner title="Success" success>
          <p className="govuk-notification-banner__heading">{done}</p>
        </NotificationBanner>
      )}
      <ErrorSummary
        errors={bulkErrors.map((e) => (e.href === 'select-first' ? { ...e, href: shown[0] ? `select-${shown[0].id}` : 'action-view' } : e))}
        focusKey={attempts}
      />
      <p className="govuk-body">
        <ButtonLink to={paths.newAction()} className="govuk-!-margin-bottom-0 govuk-!-margin-right-2">
          Add a service or strategic action
        </ButtonLink>
        <Link className="govuk-link" to={paths.supervision}>
          Lists for supervision
        </Link>
      </p>
      <div className="app-filters app-no-print">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-quarter">
            <FilterSelect
              id="action-view"
              label="Show"
              value={filters.view}
              onChange={(v) => set('view')(v as ActionView)}
              all={null}
              options={Object.entries(ACTION_VIEWS).map(([value, label]) => ({ value, label }))}
            />
            <FilterSelect
              id="action-level"
              label="Level"
              value={filters.level}
              onChange={set('level')}
              options={ACTION_LEVELS.map((l) => ({ value: l, label: ACTION_LEVEL_LABELS[l] }))}
            />
          </div>
          <div className="govuk-grid-column-one-quarter">
            <FilterSelect
              id="action-owner"
              label="Owner"
              value={filters.owner}
              onChange={set('owner')}
              options={distinctValues(actions, 'ownerName').map((v) => ({ value: v, label: v }))}
            />
          </div>
          <div className="govuk-grid-column-one-quarter">
            <FilterSelect
              id="action-team"
              label="Team"
              value={filters.team}
              onChange={set('team')}
              options={distinctValues(actions, 'team').map((v) => ({ value: v, label: v }))}
            />
          </div>
          <div className="govuk-grid-column-one-quarter">
            <FilterSelect
              id="action-theme"
              label="Theme"
              value={filters.theme}
              onChange={set('theme')}
              options={distinctValues(actions, 'theme').map((v) => ({ value: v, label: v }))}
            />
          </div>
        </div>
      </div>
      <p className="govuk-body" aria-live="polite">
        Showing {shown.length} of {actions.length} actions. {selected.size > 0 && `${selected.size} selected.`}
      </p>
      <DownloadButtons
        what={`the ${shown.length} actions shown`}
        disabled={shown.length === 0}
        onCsv={() => downloadCsv(fileName(['actions', ...actionFilterParts(filters, today)], 'csv'), actionsCsv(shown, today, links))}
        onJson={() =>
          downloadFile(
            fileName(['actions', ...actionFilterParts(filters, today)], 'json'),
            actionsJson(shown, actionFilterParts(filters, today).join(', '), nowInstant()),
            'application/json',
          )
        }
      />
      <DataTable
        caption={ACTION_VIEWS[filters.view]}
        data={shown}
        columns={columns}
        getRowId={(a) => a.id}
        initialSorting={[{ id: 'due', desc: false }]}
        empty="No actions to show."
      />
      <form noValidate onSubmit={applyBulk} className="govuk-!-margin-top-6">
        <h2 className="govuk-heading-m">Update the selected actions</h2>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <FilterSelect
              id="bulk-status"
              label="New status"
              value={bulk.status}
              onChange={(status) => setBulk((b) => ({ ...b, status }))}
              error={bulkErrors.find((e) => e.href === 'bulk-status')?.message}
              all="Choose a status"
              options={[
                { value: 'in-progress', label: 'In progress' },
                { value: 'open', label: 'Open' },
                { value: 'cancelled', label: 'Cancelled' },
              ]}
            />
          </div>
          {bulk.status === 'cancelled' && (
            <div className="govuk-grid-column-one-third">
              <div className="govuk-form-group">
                <label className="govuk-label govuk-label--s" htmlFor="bulk-reason">
                  Why are they cancelled?
                </label>
                <ErrorMessage id="bulk-reason" message={bulkErrors.find((e) => e.href === 'bulk-reason')?.message} />
                <input
                  className={`govuk-input${bulkErrors.some((e) => e.href === 'bulk-reason') ? ' govuk-input--error' : ''}`}
                  id="bulk-reason"
                  autoComplete="off"
                  value={bulk.reason}
                  aria-describedby={bulkErrors.some((e) => e.href === 'bulk-reason') ? 'bulk-reason-error' : undefined}
                  onChange={(e) => setBulk((b) => ({ ...b, reason: e.target.value }))}
                />
              </div>
            </div>
          )}
        </div>
        <p className="govuk-body-s">To complete an action, open it and record the evidence and impact.</p>
        <button type="submit" className="govuk-button govuk-button--secondary">
          Update {selected.size || ''} selected
        </button>
      </form>
    </Page>
  );
}
