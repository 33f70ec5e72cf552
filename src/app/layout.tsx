import { Suspense, useState } from 'react';
import { Link, Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { useCurrentPerson } from '@/data/current-person';
import { useSettings, useWorkspaceEvent } from '@/data/live';
import { lockNow, useIdleLock, useProtection } from '@/data/protection';
import { useUnsavedChanges } from '@/data/unsaved';
import { UPDATED_ELSEWHERE } from '@/lib/failures';
import { PageErrorBoundary } from './error-boundary';
import { NotificationBanner } from '@/ui/content';
import { paths } from '@/lib/paths';
import { inExampleWorkspace } from '@/storage/db';
import { useMediaQuery } from '@/ui/use-media-query';

/** GOV.UK's tablet breakpoint: below it, the navigation folds behind a menu button. */
const TABLET = '(min-width: 40.0625em)';

const NAVIGATION = [
  { to: paths.home, label: 'Home', end: true },
  { to: paths.audits, label: 'Audits', end: false },
  { to: paths.actions(), label: 'Actions', end: false },
  { to: paths.rounds, label: 'Moderation', end: false },
  { to: paths.programmes, label: 'Programme', end: false },
  { to: paths.reports(), label: 'Overview report', end: false },
  { to: paths.settings, label: 'Settings', end: true },
  { to: paths.profile(), label: 'Your profile', end: true },
];

export function Layout() {
  const person = useCurrentPerson();
  const location = useLocation();
  const event = useWorkspaceEvent();
  const unsaved = useUnsavedChanges();
  const wide = useMediaQuery(TABLET);
  const example = inExampleWorkspace();
  const protection = useProtection();
  const settings = useSettings();
  useIdleLock(settings?.lockAfterMinutes ?? 15, protection.state === 'unlocked');
  // The menu a narrow screen opens is closed again on arriving at another page.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const menuOpen = openAt === location.pathname;
  if (person === undefined) return null;
  // First use: everything is attributed to someone, so set up a profile before anything else.
  if (person === null && location.pathname !== paths.profile()) {
    return <Navigate to={paths.profile(location.pathname + location.search)} replace />;
  }
  return (
    <>
      <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
        Skip to main content
      </a>
      <header className="govuk-service-navigation" data-module="govuk-service-navigation">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <span className="govuk-service-navigation__service-name">
              <Link to={paths.home} className="govuk-service-navigation__link">
                Audit Workbench
              </Link>
            </span>
            <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
              <button
                type="button"
                className="govuk-service-navigation__toggle"
                aria-controls="navigation"
                aria-expanded={menuOpen}
                hidden={wide}
                onClick={() => setOpenAt(menuOpen ? null : location.pathname)}
              >
                Menu
              </button>
              <ul className="govuk-service-navigation__list" id="navigation" hidden={!wide && !menuOpen}>
                {NAVIGATION.map((item) => (
                  <li key={item.to} className="govuk-service-navigation__item">
                    <NavLink to={item.to} end={item.end} className="govuk-service-navigation__link">
                      {item.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </div>
      </header>
      <div className="govuk-width-container">
        {person && (
          <p className="govuk-body-s govuk-!-margin-top-3 govuk-!-margin-bottom-0 app-no-print">
            Working as <strong>{person.name}</strong>, {person.designation}.{' '}
            {protection.state === 'unlocked' ? (
              <button type="button" className="app-link-button govuk-link" onClick={() => void lockNow()}>
                Lock<span className="govuk-visually-hidden"> the workspace</span>
              </button>
            ) : (
              <Link className="govuk-link" to={paths.profile()}>
                Change<span className="govuk-visually-hidden"> who is working</span>
              </Link>
            )}
          </p>
        )}
        {example && (
          <div className="govuk-inset-text app-example-banner">
            <strong>Example workspace:</strong> the audits, people and actions here are made up.{' '}
            <Link className="govuk-link" to={`${paths.settings}#example`}>
              Remove it and go back to your workspace
            </Link>
          </div>
        )}
        {event === 'updated-elsewhere' && (
          <NotificationBanner title="Updated in another tab" alert>
            <p className="govuk-notification-banner__heading">{UPDATED_ELSEWHERE}</p>
            <button type="button" className="govuk-button govuk-!-margin-bottom-0" onClick={() => window.location.reload()}>
              Reload the page
            </button>
          </NotificationBanner>
        )}
        {unsaved.length > 0 && (
          <NotificationBanner title="Not saved">
            {unsaved.map((u) => (
              <div key={u.key}>
                <p className="govuk-notification-banner__heading">
                  <Link className="govuk-notification-banner__link" to={u.href}>
                    {u.what}
                  </Link>
                  : {u.message}
                </p>
                <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void u.retry()}>
                  Try saving again<span className="govuk-visually-hidden"> {u.what}</span>
                </button>
              </div>
            ))}
          </NotificationBanner>
        )}
        <PageErrorBoundary key={location.pathname}>
          <Suspense fallback={null}>
            <Outlet />
          </Suspense>
        </PageErrorBoundary>
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <p className="govuk-body-s">Audit Workbench keeps its records in this browser, on this device. Nothing is sent anywhere.</p>
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}
