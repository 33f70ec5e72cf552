// Downloading the audits the list shows, as filtered: every value of each, as CSV or as JSON. The file name carries
// the whole filter, so two exports made with different filters never share a name.
import { useState } from 'react';
import { GRADE_LABELS, isGrade } from '@/domain/grade';
import { AUDIT_STATUS_LABELS, type AuditStatus } from '@/domain/audit';
import { AUDIT_ACTIVITY_LABELS, CASE_TYPE_LABELS, type AuditActivity, type CaseType } from '@/domain/template';
import { auditsWithActions } from '@/storage/read';
import { nowInstant, today } from '@/lib/clock';
import { describeFailure } from '@/lib/failures';
import { downloadCsv, downloadFile, fileName } from '@/ui/download';
import { NotificationBanner } from '@/ui/content';
import { Progress } from '@/ui/progress';
import { DownloadButtons } from '@/ui/download-buttons';
import { auditsCsv, auditsJson } from './audit-export';
import type { AuditFilters } from './audit-filters';

/** The filter in words, in the order the list shows it: for the file's name and the JSON's description. */
export function filterParts(f: AuditFilters): string[] {
  return [
    f.status ? (AUDIT_STATUS_LABELS[f.status as AuditStatus] ?? f.status) : '',
    f.grade ? (isGrade(f.grade) ? GRADE_LABELS[f.grade] : f.grade) : '',
    f.team,
    f.auditor,
    f.caseType ? (CASE_TYPE_LABELS[f.caseType as CaseType] ?? f.caseType) : '',
    f.activity ? (AUDIT_ACTIVITY_LABELS[f.activity as AuditActivity] ?? f.activity) : '',
    f.from ? `from ${f.from}` : '',
    f.to ? `to ${f.to}` : '',
    f.caseReference.trim() ? `case ${f.caseReference.trim()}` : '',
  ].filter(Boolean);
}

export function ExportSection({ ids, filters }: { ids: readonly string[]; filters: AuditFilters }) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [failure, setFailure] = useState('');
  const download = async (format: 'csv' | 'json') => {
    setFailure('');
    try {
      const { audits, actions } = await auditsWithActions(ids, (done, total) => setProgress(total > 300 ? { done, total } : null));
      const name = fileName(['audits', ...filterParts(filters), today()], format);
      if (format === 'csv') downloadCsv(name, auditsCsv(audits));
      else downloadFile(name, auditsJson(audits, actions, filterParts(filters).join(', ') || 'all audits', nowInstant()), 'application/json');
    } catch (e) {
      setFailure(`The audits could not be exported: ${describeFailure(e)}`);
    } finally {
      setProgress(null);
    }
  };
  const count = `every answer of the ${ids.length.toLocaleString('en-GB')} audit${ids.length === 1 ? '' : 's'} shown`;
  return (
    <div className="app-no-print">
      {failure && (
        <NotificationBanner title="Not exported" alert>
          <p className="govuk-notification-banner__heading">{failure}</p>
        </NotificationBanner>
      )}
      {progress && <Progress id="export-progress" label="Reading the audits" done={progress.done} total={progress.total} />}
      <DownloadButtons what={count} disabled={ids.length === 0 || !!progress} onCsv={() => void download('csv')} onJson={() => void download('json')} />
    </div>
  );
}
