import { Link } from 'react-router';

export type TaskStatus = 'not-started' | 'in-progress' | 'completed' | 'cannot-start';

const STATUS: Record<TaskStatus, { text: string; tag?: string }> = {
  'not-started': { text: 'Not started', tag: 'govuk-tag--blue' },
  'in-progress': { text: 'In progress', tag: 'govuk-tag--light-blue' },
  completed: { text: 'Completed' },
  'cannot-start': { text: 'Cannot start yet' },
};

export interface Task {
  id: string;
  title: string;
  hint?: string | undefined;
  to: string;
  status: TaskStatus;
}

/** GOV.UK task list: each task's name is a link (unless it cannot start yet), its status tied to it. */
export function TaskList({ tasks }: { tasks: Task[] }) {
  return (
    <ul className="govuk-task-list">
      {tasks.map((t) => {
        const s = STATUS[t.status];
        const statusId = `${t.id}-status`;
        const canOpen = t.status !== 'cannot-start';
        return (
          <li key={t.id} className={`govuk-task-list__item${canOpen ? ' govuk-task-list__item--with-link' : ''}`}>
            <div className="govuk-task-list__name-and-hint">
              {canOpen ? (
                <Link className="govuk-link govuk-task-list__link" to={t.to} aria-describedby={`${statusId}${t.hint ? ` ${t.id}-hint` : ''}`}>
                  {t.title}
                </Link>
              ) : (
                <div>{t.title}</div>
              )}
              {t.hint && (
                <div id={`${t.id}-hint`} className="govuk-task-list__hint">
                  {t.hint}
                </div>
              )}
            </div>
            <div className={`govuk-task-list__status${t.status === 'cannot-start' ? ' govuk-task-list__status--cannot-start-yet' : ''}`} id={statusId}>
              {s.tag ? <strong className={`govuk-tag ${s.tag}`}>{s.text}</strong> : s.text}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
