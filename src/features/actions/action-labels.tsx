import { ACTION_STATUS_LABELS, isDueSoon, isOverdue, type ActionRecord } from '@/domain/actions';
import type { IsoDate } from '@/domain/calendar/iso-date';
import { Tag } from '@/ui/content';

export function ActionStatusTag({ action, today }: { action: ActionRecord; today: IsoDate }) {
  if (isOverdue(action, today)) return <Tag colour="red">Overdue</Tag>;
  if (action.status === 'completed') return <Tag colour="green">Completed</Tag>;
  if (action.status === 'cancelled') return <Tag colour="grey">Cancelled</Tag>;
  return (
    <>
      <Tag colour={action.status === 'in-progress' ? 'light-blue' : 'blue'}>{ACTION_STATUS_LABELS[action.status]}</Tag>
      {isDueSoon(action, today) && (
        <>
          {' '}
          <Tag colour="yellow">Due soon</Tag>
        </>
      )}
    </>
  );
}
