// Every audit in one table: sort by any column; filter by status, grade, team, auditor, case type, activity and
// date range; search by case reference. Reads compact summaries only, and virtualises the rows.
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { AUDIT_STATUS_LABELS, type AuditStatus } from '@/domain/audit';
import { formatLongDate } from '@/domain/calendar/iso-date';
import { GRADES, GRADE_LABELS } from '@/domain/grade';
import type { LabelledSummary } from '@/domain/summary';
import { AUDIT_ACTIVITIES, AUDIT_ACTIVITY_LABELS, CASE_TYPES, CASE_TYPE_LABELS } from '@/domain/template';
import { Page } from '@/ui/page';
import { ButtonLink } from '@/ui/content';
import { createColumnHelper, DataTable } from '@/ui/data-table';
import { FilterSelect } from '@/ui/filter-select';
import { useLabelledSummaries } from '@/data/live';
import { distinct, filterSummaries, NO_FILTERS, type AuditFilters } from './audit-filters';
import { GradeTag, StatusTag } from './labels';
import { ExportSection } from './export-section';
import { paths } from '@/lib/paths';

const column = createColumnHelper<LabelledSummary>();
const GRADE_ORDER: Record<string, number> = { outstanding: 0, good: 1, 'requires-improvement': 2, inadequate: 3, none: 4 };

const columns = column.columns([
  column.accessor('caseReference', {
    header: 'Case reference',
    sortFn: 'alphanumeric',
    cell: (info) => (
      <Link className="govuk-link" to={paths.audit(info.row.original.id)}>
        {info.getValue()}
      </Link>
    ),
  }),
  column.accessor('auditDate', {
    header: 'Date of audit',
    sortFn: 'basic',
    cell: (info) => <span className="app-nowrap">{formatLongDate(info.getValue())}</span>,
  }),
  column.accessor('status', { header: 'Status', sortFn: 'basic', cell: (info) => <StatusTag status={info.getValue()} /> }),
  column.accessor((s) => GRADE_ORDER[s.overallGrade] ?? 4, {
    id: 'overallGrade',
    header: 'Overall judgement',
    sortFn: 'basic',
    sortDescFirst: false,
    cell: (info) => <GradeTag grade={info.row.original.overallGrade} />,
  }),
  column.accessor('team', { header: 'Team', sortFn: 'text' }),
  column.accessor('auditor', { header: 'Auditor', sortFn: 'text' }),
  column.accessor((s) => CASE_TYPE_LABELS[s.caseType], { id: 'caseType', header: 'Case type', sortFn: 'text' }),
  column.accessor((s) => AUDIT_ACTIVITY_LABELS[s.activity], { id: 'activity', header: 'Activity', sortFn: 'text' }),
  column.accessor((s) => `${s.sectionsCompleted}/${s.sectionsTotal}`, { id: 'progress', header: 'Sections done', enableSorting: false }),
]);

export function AuditListPage() {
  const summaries = useLabelledSummaries();
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  const shown = useMemo(() => filterSummaries(summaries ?? [], filters), [summaries, filters]);
  if (summaries === undefined) return null;
  const set = (key: keyof AuditFilters) => (value: string) => setFilters((f) => ({ ...f, [key]: value }));
  const rangeError = filters.from && filters.to && filters.from > filters.to ? 'The "to" date must be the same as or after the "from" date' : undefined;

  return (
    <Page title="Audits" wide>
      <p className="govuk-body">
        <ButtonLink to={paths.newAudit()} className="govuk-!-margin-bottom-0">
          Start an audit
        </ButtonLink>{' '}
        <Link className="govuk-link govuk-!-margin-left-3" to={paths.goodPracticeList}>
          Audits flagged as good practice
        </Link>
      </p>
      <div className="app-filters app-no-print">
        <h2 className="govuk-heading-s">Filter audits</h2>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-quarter">
            <div className="govuk-form-group">
              <label className="govuk-label govuk-label--s" htmlFor="filter-case-reference">
                Case reference
              </label>
              <input
                className="govuk-input"
                id="filter-case-reference"
                autoComplete="off"
                type="search"
                value={filters.caseReference}
                onChange={(e) => set('caseReference')(e.target.value)}
                spellCheck={false}
              />
            </div>
            <FilterSelect
              id="filter-status"
              label="Status"
              value={filters.status}
              onChange={set('status')}
              options={(Object.keys(AUDIT_STATUS_LABELS) as AuditStatus[]).map((s) => ({ value: s, label: AUDIT_STATUS_LABELS[s] }))}
            />
          </div>
          <div className="govuk-grid-column-one-quarter">
            <FilterSelect
              id="filter-grade"
              label="Overall judgement"
              value={filters.grade}
              onChange={set('grade')}
              options={[...GRADES.map((g) => ({ value: g, label: GRADE_LABELS[g] })), { value: 'none', label: 'Not yet judged' }]}
            />
            <FilterSelect
              id="filter-team"
              label="Team"
              value={filters.team}
              onChange={set('team')}
              options={distinct(summaries, 'team').map((t) => ({ value: t, label: t }))}
            />
          </div>
          <div className="govuk-grid-column-one-quarter">
            <FilterSelect
              id="filter-auditor"
              label="Auditor"
              value={filters.auditor}
              onChange={set('auditor')}
              options={distinct(summaries, 'auditor').map((t) => ({ value: t, label: t }))}
            />
            <FilterSelect
              id="filter-case-type"
              label="Case type"
              value={filters.caseType}
              onChange={set('caseType')}
              options={CASE_TYPES.map((c) => ({ value: c, label: CASE_TYPE_LABELS[c] }))}
            />
            <FilterSelect
              id="filter-activity"
              label="Audit activity"
              value={filters.activity}
              onChange={set('activity')}
              options={AUDIT_ACTIVITIES.map((a) => ({ value: a, label: AUDIT_ACTIVITY_LABELS[a] }))}
            />
          </div>
          <div className="govuk-grid-column-one-quarter">
            <div className={`govuk-form-group${rangeError ? ' govuk-form-group--error' : ''}`}>
              <fieldset className="govuk-fieldset" aria-describedby={rangeError ? 'filter-dates-error' : undefined}>
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Date of audit</legend>
                {rangeError && (
                  <p className="govuk-error-message" id="filter-dates-error">
                    <span className="govuk-visually-hidden">Error:</span> {rangeError}
                  </p>
                )}
                <label className="govuk-label" htmlFor="filter-from">
                  From
                </label>
                <input
                  className="govuk-input govuk-!-margin-bottom-2"
                  id="filter-from"
                  type="date"
                  value={filters.from}
                  onChange={(e) => set('from')(e.target.value)}
                />
                <label className="govuk-label" htmlFor="filter-to">
                  To
                </label>
                <input className="govuk-input" id="filter-to" type="date" value={filters.to} onChange={(e) => set('to')(e.target.value)} />
              </fieldset>
            </div>
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setFilters(NO_FILTERS)}>
              Clear filters
            </button>
          </div>
        </div>
      </div>
      <p className="govuk-body" aria-live="polite">
        Showing {shown.length.toLocaleString('en-GB')} of {summaries.length.toLocaleString('en-GB')} audits
      </p>
      <ExportSection ids={shown.map((s) => s.id)} filters={filters} />
      <DataTable
        caption="Audits"
        data={shown}
        columns={columns}
        getRowId={(s) => s.id}
        initialSorting={[{ id: 'auditDate', desc: true }]}
        empty={summaries.length === 0 ? 'No audits yet. Start one to see it here.' : 'No audits match these filters.'}
      />
    </Page>
  );
}
