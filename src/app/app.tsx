import { useEffect, useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { openDatabase } from '@/storage/db';
import { CurrentPersonProvider } from '@/storage/current-person';
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
import { NotFoundPage } from './not-found-page';

export function App() {
  const [state, setState] = useState<'opening' | 'open' | { error: string }>('opening');
  useEffect(() => {
    openDatabase().then(
      () => setState('open'),
      (e: unknown) => setState({ error: e instanceof Error ? e.message : String(e) }),
    );
  }, []);
  if (state === 'opening') return null;
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
          <Route path="profile" element={<ProfilePage />} />
          <Route path="settings" element={<SettingsPage />} />
          <Route path="actions" element={<ActionRegisterPage />} />
          <Route path="actions/new" element={<NewActionPage />} />
          <Route path="actions/supervision" element={<SupervisionPage />} />
          <Route path="actions/:actionId" element={<ActionPage />} />
          <Route path="moderation" element={<RoundsPage />} />
          <Route path="moderation/new" element={<NewRoundPage />} />
          <Route path="moderation/statistics" element={<StatisticsPage />} />
          <Route path="moderation/:roundId" element={<RoundPage />} />
          <Route path="moderation/:roundId/reviews/:auditId" element={<ReviewPage />} />
          <Route path="programme" element={<ProgrammesPage />} />
          <Route path="programme/new" element={<NewProgrammePage />} />
          <Route path="programme/:programmeId" element={<ProgrammePage />} />
          <Route path="programme/:programmeId/change" element={<ChangeProgrammePage />} />
          <Route path="programme/:programmeId/activities/:entryId" element={<EntryPage />} />
          <Route path="reports" element={<OverviewReportPage />} />
          <Route path="audits" element={<AuditListPage />} />
          <Route path="audits/new" element={<StartAuditPage />} />
          <Route path="audits/:auditId" element={<AuditOverviewPage />} />
          <Route path="audits/:auditId/details" element={<StartAuditPage />} />
          <Route path="audits/:auditId/sections/:sectionId" element={<SectionPage />} />
          <Route path="audits/:auditId/check" element={<CheckAnswersPage />} />
          <Route path="audits/:auditId/part-b" element={<PartBPage />} />
          <Route path="audits/:auditId/escalation" element={<EscalationPage />} />
          <Route path="audits/:auditId/reopen" element={<ReopenPage />} />
          <Route path="audits/:auditId/record" element={<AuditRecordPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
    </CurrentPersonProvider>
  );
}
