import { useEffect, useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { openDatabase } from '@/storage/open';
import { CurrentPersonProvider } from '@/data/current-person';
import { ROUTES } from '@/lib/paths';
import { Progress } from '@/ui/progress';
import { useWorkspaceEvent } from '@/data/live';
import { askToPersist } from '@/data/storage-status';
import { describeFailure } from '@/lib/failures';
import { Layout } from './layout';
import { HomePage } from '@/features/home/home-page';
import { ProfilePage } from '@/features/profile/profile-page';
import { AuditListPage } from '@/features/audits/audit-list-page';
import { StartAuditPage } from '@/features/audits/start-audit-page';
import { AuditOverviewPage } from '@/features/audits/audit-overview-page';
import { SectionPage } from '@/features/audits/section-page';
import { CheckAnswersPage } from '@/features/audits/check-answers-page';
import { PartBPage } from '@/features/audits/part-b-page';
import { EscalationPage } from '@/features/audits/escalation-page';
import { ReopenPage } from '@/features/audits/reopen-page';
import { AuditRecordPage } from '@/features/audits/audit-record-page';
import { SettingsPage } from '@/features/settings/settings-page';
import { ActionRegisterPage } from '@/features/actions/action-register-page';
import { ActionPage } from '@/features/actions/action-page';
import { NewActionPage } from '@/features/actions/new-action-page';
import { SupervisionPage } from '@/features/actions/supervision-page';
import { RoundsPage } from '@/features/moderation/rounds-page';
import { NewRoundPage } from '@/features/moderation/new-round-page';
import { RoundPage } from '@/features/moderation/round-page';
import { ReviewPage } from '@/features/moderation/review-page';
import { StatisticsPage } from '@/features/moderation/statistics-page';
import { ProgrammesPage } from '@/features/programme/programmes-page';
import { NewProgrammePage } from '@/features/programme/new-programme-page';
import { ProgrammePage } from '@/features/programme/programme-page';
import { EntryPage } from '@/features/programme/entry-page';
import { ChangeProgrammePage } from '@/features/programme/change-programme-page';
import { OverviewReportPage } from '@/features/reports/overview-report-page';
import { PoolingPage } from '@/features/pooling/pooling-page';
import { ConflictPage } from '@/features/pooling/conflict-page';
import { NotFoundPage } from './not-found-page';

/** The summaries are being rebuilt from the audits (after an update of the app): how far it has got. */
function Rebuilding({ done, total }: { done: number; total: number }) {
  return (
    <main className="govuk-main-wrapper govuk-width-container" id="main-content">
      <h1 className="govuk-heading-l">Updating the workspace</h1>
      <p className="govuk-body">
        This version of Audit Workbench summarises audits differently, so each audit&apos;s summary is being made again. Nothing is lost.
      </p>
      <Progress id="rebuild-progress" label="Audits summarised" done={done} total={total} />
    </main>
  );
}

/** This tab's update of the workspace waits for a tab of an older version to close. */
function Blocked() {
  return (
    <main className="govuk-main-wrapper govuk-width-container" id="main-content">
      <h1 className="govuk-heading-l">Close your other Audit Workbench tabs</h1>
      <p className="govuk-body">
        This version of Audit Workbench needs to update the workspace, and another tab or window still has an older version open. Close the other tabs and
        windows with Audit Workbench in them (save anything typed there first); this page carries on by itself once they are closed.
      </p>
    </main>
  );
}

export function App() {
  const [state, setState] = useState<'opening' | 'open' | { done: number; total: number } | { error: string }>('opening');
  const event = useWorkspaceEvent();
  useEffect(() => {
    openDatabase(undefined, (done, total) => setState({ done, total })).then(
      () => {
        setState('open');
        // Ask once, quietly, that the browser keep the workspace; Settings shows whether it agreed.
        void askToPersist().catch(() => undefined);
      },
      (e: unknown) => setState({ error: describeFailure(e) }),
    );
  }, []);
  if (state === 'opening') return event === 'upgrade-blocked' ? <Blocked /> : null;
  if (typeof state === 'object' && 'total' in state) return <Rebuilding done={state.done} total={state.total} />;
  if (typeof state === 'object') {
    return (
      <main className="govuk-main-wrapper govuk-width-container" id="main-content">
        <h1 className="govuk-heading-l">Sorry, the workspace cannot be opened</h1>
        <p className="govuk-body">{state.error}</p>
      </main>
    );
  }
  return (
    <CurrentPersonProvider>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<HomePage />} />
            <Route path={ROUTES.profile} element={<ProfilePage />} />
            <Route path={ROUTES.settings} element={<SettingsPage />} />
            <Route path={ROUTES.actions} element={<ActionRegisterPage />} />
            <Route path={ROUTES.newAction} element={<NewActionPage />} />
            <Route path={ROUTES.supervision} element={<SupervisionPage />} />
            <Route path={ROUTES.action} element={<ActionPage />} />
            <Route path={ROUTES.rounds} element={<RoundsPage />} />
            <Route path={ROUTES.newRound} element={<NewRoundPage />} />
            <Route path={ROUTES.statistics} element={<StatisticsPage />} />
            <Route path={ROUTES.round} element={<RoundPage />} />
            <Route path={ROUTES.review} element={<ReviewPage />} />
            <Route path={ROUTES.programmes} element={<ProgrammesPage />} />
            <Route path={ROUTES.newProgramme} element={<NewProgrammePage />} />
            <Route path={ROUTES.programme} element={<ProgrammePage />} />
            <Route path={ROUTES.changeProgramme} element={<ChangeProgrammePage />} />
            <Route path={ROUTES.programmeEntry} element={<EntryPage />} />
            <Route path={ROUTES.reports} element={<OverviewReportPage />} />
            <Route path={ROUTES.pooling} element={<PoolingPage />} />
            <Route path={ROUTES.conflict} element={<ConflictPage />} />
            <Route path={ROUTES.audits} element={<AuditListPage />} />
            <Route path={ROUTES.newAudit} element={<StartAuditPage />} />
            <Route path={ROUTES.audit} element={<AuditOverviewPage />} />
            <Route path={ROUTES.auditDetails} element={<StartAuditPage />} />
            <Route path={ROUTES.auditSection} element={<SectionPage />} />
            <Route path={ROUTES.checkAnswers} element={<CheckAnswersPage />} />
            <Route path={ROUTES.partB} element={<PartBPage />} />
            <Route path={ROUTES.escalation} element={<EscalationPage />} />
            <Route path={ROUTES.reopen} element={<ReopenPage />} />
            <Route path={ROUTES.auditRecord} element={<AuditRecordPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </CurrentPersonProvider>
  );
}
