// Every migration in order. Never edit one that has landed: add the next.
import type { Migration } from 'kysely';
import * as m0001 from './0001-foundation';
import * as m0002 from './0002-signatures';
import * as m0003 from './0003-seekers';
import * as m0004 from './0004-subsidized-jobs';
import * as m0005 from './0005-accounts';
import * as m0006 from './0006-seeker-refusal';
import * as m0007 from './0007-seeker-deregistration';
import * as m0008 from './0008-login-throttle';
import * as m0009 from './0009-search-indexes';
import * as m0010 from './0010-text-search';
import * as m0011 from './0011-review-conclusion-kato';
import * as m0012 from './0012-application-way-outs';
import * as m0013 from './0013-signed-figures';
import * as m0014 from './0014-commission-record';
import * as m0015 from './0015-appeal-routes';
import * as m0016 from './0016-commission-proposals';

export const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-signatures': m0002,
  '0003-seekers': m0003,
  '0004-subsidized-jobs': m0004,
  '0005-accounts': m0005,
  '0006-seeker-refusal': m0006,
  '0007-seeker-deregistration': m0007,
  '0008-login-throttle': m0008,
  '0009-search-indexes': m0009,
  '0010-text-search': m0010,
  '0011-review-conclusion-kato': m0011,
  '0012-application-way-outs': m0012,
  '0013-signed-figures': m0013,
  '0014-commission-record': m0014,
  '0015-appeal-routes': m0015,
  '0016-commission-proposals': m0016,
};
