import type { Migration } from './types';
import { migration as m0010 } from './0010-identities';
import { migration as m0020 } from './0020-activity';
import { migration as m0030 } from './0030-drafts';
import { migration as m0040 } from './0040-warnings';
import { migration as m0050 } from './0050-accounts';
import { migration as m0060 } from './0060-no-open-external-grants';
import { migration as m0070 } from './0070-refused-posts';
import { migration as m0080 } from './0080-refused-posts-asked-again';

export type { Migration } from './types';

/**
 * Every migration, in order. Listed statically (not read from the folder) so
 * the bundled main process carries them and the order is checked at start.
 */
export const MIGRATIONS: readonly Migration[] = [m0010, m0020, m0030, m0040, m0050, m0060, m0070, m0080];

/** The schema version this build of Hatstand writes. */
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
