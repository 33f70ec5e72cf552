import { describe, expect, it } from 'vitest';
import { matchPath } from 'react-router';
import { paths, ROUTES } from './paths';

describe('addresses', () => {
  it('are made from the routes the router matches', () => {
    expect(matchPath(`/${ROUTES.review}`, paths.review('r-1', 'a-2'))?.params).toEqual({ roundId: 'r-1', auditId: 'a-2' });
    expect(matchPath(`/${ROUTES.auditSection}`, paths.audit('a-1', '/sections/recording'))?.params).toEqual({ auditId: 'a-1', sectionId: 'recording' });
    expect(matchPath(`/${ROUTES.programmeEntry}`, paths.programmeEntry('p', 'e'))?.params).toEqual({ programmeId: 'p', entryId: 'e' });
  });

  it('carry a filter or what to fill in as the query, leaving out what is empty', () => {
    expect(paths.newAction({ theme: 'Moderation: Q1 & Q2', practitioner: 'Jo Lee', team: '' })).toBe(
      '/actions/new?theme=Moderation%3A+Q1+%26+Q2&practitioner=Jo+Lee',
    );
    expect(paths.actions()).toBe('/actions');
    expect(paths.profile('/audits/a-1/part-b')).toBe('/profile?next=%2Faudits%2Fa-1%2Fpart-b');
  });
});
