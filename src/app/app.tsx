import { lazy, Suspense, useEffect, useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { openDatabase } from '@/storage/open';
import { CurrentPersonProvider } from '@/data/current-person';
import { ROUTES } from '@/lib/paths';
import { Progress } from '@/ui/progress';
import { useWorkspaceEvent } from '@/data/live';
import { askToPersist } from '@/data/storage-status';
import { describeFailure } from '@/lib/failures';
import { Layout } from './layout';
import { useProtection } from '@/data/protection';
import { NotFoundPage } from './not-found-page';

// Each page is loaded when it is first visited, so a first visit loads only the app's frame and the page it opens.
const HomePage = lazy(() => import('@/features/home/home-page').then((m) => ({ default: m.HomePage })));
const ProfilePage = lazy(() => import('@/features/profile/profile-page').then((m) => ({ default: m.ProfilePage })));
const AuditListPage = lazy(() => import('@/features/audits/audit-list-page').then((m) => ({ default: m.AuditListPage })));
const StartAuditPage = lazy(() => import('@/features/audits/start-audit-page').then((m) => ({ default: m.StartAuditPage })));
const AuditOverviewPage = lazy(() => import('@/features/audits/audit-overview-page').then((m) => ({ default: m.AuditOverviewPage })));
const SectionPage = lazy(() => import('@/features/audits/section-page').then((m) => ({ default: m.SectionPage })));
const CheckAnswersPage = lazy(() => import('@/features/audits/check-answers-page').then((m) => ({ default: m.CheckAnswersPage })));
const PartBPage = lazy(() => import('@/features/audits/part-b-page').then((m) => ({ default: m.PartBPage })));
const EscalationPage = lazy(() => import('@/features/audits/escalation-page').then((m) => ({ default: m.EscalationPage })));
const GoodPracticePage = lazy(() => import('@/features/audits/good-practice-page').then((m) => ({ default: m.GoodPracticePage })));
const FollowsPage = lazy(() => import('@/features/audits/follows-page').then((m) => ({ default: m.FollowsPage })));
const VoicePage = lazy(() => import('@/features/audits/voice-page').then((m) => ({ default: m.VoicePage })));
const GoodPracticeListPage = lazy(() => import('@/features/audits/good-practice-list-page').then((m) => ({ default: m.GoodPracticeListPage })));
const DisagreementPage = lazy(() => import('@/features/audits/disagreement-page').then((m) => ({ default: m.DisagreementPage })));
const ReopenPage = lazy(() => import('@/features/audits/reopen-page').then((m) => ({ default: m.ReopenPage })));
const AuditRecordPage = lazy(() => import('@/features/audits/audit-record-page').then((m) => ({ default: m.AuditRecordPage })));
const SettingsPage = lazy(() => import('@/features/settings/settings-page').then((m) => ({ default: m.SettingsPage })));
const ActionRegisterPage = lazy(() => import('@/features/actions/action-register-page').then((m) => ({ default: m.ActionRegisterPage })));
const ActionPage = lazy(() => import('@/features/actions/action-page').then((m) => ({ default: m.ActionPage })));
const NewActionPage = lazy(() => import('@/features/actions/new-action-page').then((m) => ({ default: m.NewActionPage })));
const SupervisionPage = lazy(() => import('@/features/actions/supervision-page').then((m) => ({ default: m.SupervisionPage })));
const RoundsPage = lazy(() => import('@/features/moderation/rounds-page').then((m) => ({ default: m.RoundsPage })));
const NewRoundPage = lazy(() => import('@/features/moderation/new-round-page').then((m) => ({ default: m.NewRoundPage })));
const RoundPage = lazy(() => import('@/features/moderation/round-page').then((m) => ({ default: m.RoundPage })));
const ReviewPage = lazy(() => import('@/features/moderation/review-page').then((m) => ({ default: m.ReviewPage })));
const StatisticsPage = lazy(() => import('@/features/moderation/statistics-page').then((m) => ({ default: m.StatisticsPage })));
const ProgrammesPage = lazy(() => import('@/features/programme/programmes-page').then((m) => ({ default: m.ProgrammesPage })));
const NewProgrammePage = lazy(() => import('@/features/programme/new-programme-page').then((m) => ({ default: m.NewProgrammePage })));
const ProgrammePage = lazy(() => import('@/features/programme/programme-page').then((m) => ({ default: m.ProgrammePage })));
const EntryPage = lazy(() => import('@/features/programme/entry-page').then((m) => ({ default: m.EntryPage })));
const BoardReportsPage = lazy(() => import('@/features/reports/board-reports-page').then((m) => ({ default: m.BoardReportsPage })));
const BoardReportPage = lazy(() => import('@/features/reports/board-report-page').then((m) => ({ default: m.BoardReportPage })));
const SelectionPage = lazy(() => import('@/features/programme/selection-page').then((m) => ({ default: m.SelectionPage })));
const ChangeProgrammePage = lazy(() => import('@/features/programme/change-programme-page').then((m) => ({ default: m.ChangeProgrammePage })));
const OverviewReportPage = lazy(() => import('@/features/reports/overview-report-page').then((m) => ({ default: m.OverviewReportPage })));
const PoolingPage = lazy(() => import('@/features/pooling/pooling-page').then((m) => ({ default: m.PoolingPage })));
const UnlockPage = lazy(() => import('@/features/profile/unlock-page').then((m) => ({ default: m.UnlockPage })));
const ConflictPage = lazy(() => import('@/features/pooling/conflict-page').then((m) => ({ default: m.ConflictPage })));

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
  const protection = useProtection();
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
  // Locked: nothing of the workspace can be read, so nothing of it is shown. The page being used comes back on unlocking.
  if (protection.state === 'locked')
    return (
      <Suspense fallback={null}>
        <UnlockPage />
      </Suspense>
    );
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
            <Route path={ROUTES.programmeSelection} element={<SelectionPage />} />
            <Route path={ROUTES.reports} element={<OverviewReportPage />} />
            <Route path={ROUTES.boardReports} element={<BoardReportsPage />} />
            <Route path={ROUTES.boardReport} element={<BoardReportPage />} />
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
            <Route path={ROUTES.goodPractice} element={<GoodPracticePage />} />
            <Route path={ROUTES.voice} element={<VoicePage />} />
            <Route path={ROUTES.follows} element={<FollowsPage />} />
            <Route path={ROUTES.disagreement} element={<DisagreementPage />} />
            <Route path={ROUTES.goodPracticeList} element={<GoodPracticeListPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </CurrentPersonProvider>
  );
}
