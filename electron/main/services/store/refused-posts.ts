import type { StoreContext } from './context';
import { invalid, isForeignKeyViolation, notFound } from './errors';

/** A post with no page the person refused: a keyed digest of it, never its text (see migration 0070). */
export interface RefusedPost {
  identityId: string;
  site: string;
  /** Hex digest (HMAC with a key kept in the OS keychain) of the post's method, URL and body. */
  digest: string;
  kind: string;
  refusedAt: number;
  /** Cancelled again on a sheet that said it was refused before: its replays are refused without asking. */
  final?: boolean;
}

/** What is remembered of one refused post. */
export interface RefusalFound {
  refusedAt: number;
  final: boolean;
}

export interface RefusedPostRepo {
  /** When the identity refused this post, if remembered and refused at `notBefore` or later. */
  refusedAt(identityId: string, site: string, digest: string, notBefore: number): number | undefined;
  /** The same, and whether its replays are refused without asking. */
  find(identityId: string, site: string, digest: string, notBefore: number): RefusalFound | undefined;
  /** Whether anything refused at `notBefore` or later is remembered for the identity. */
  any(identityId: string, notBefore: number): boolean;
  /**
   * Remembers one (a refused post again: its time and kind; `final` is never taken back); forgets those refused before
   * `notBefore`, and the identity's least recently refused or replayed beyond `max`.
   */
  remember(post: RefusedPost, keep: { notBefore: number; max: number }): void;
  /** A worker sent it again and it was refused without asking: still wanted, so the last the cap forgets. */
  seen(identityId: string, site: string, digest: string, at: number): void;
  forget(identityId: string, site: string, digest: string): void;
  /** Forgets every post refused before `at`; how many. */
  forgetBefore(at: number): number;
}

const HEX = /^[0-9a-f]{8,128}$/;

export function createRefusedPostRepo(ctx: StoreContext): RefusedPostRepo {
  const find = (identityId: string, site: string, digest: string, notBefore: number): RefusalFound | undefined =>
    ctx.guard('read the posts you refused', () => {
      const row = ctx
        .stmt('SELECT refused_at, final FROM refused_posts WHERE identity_id = ? AND site = ? AND digest = ? AND refused_at >= ?')
        .get(identityId, site, digest, notBefore) as { refused_at: number; final: number } | undefined;
      return row === undefined ? undefined : { refusedAt: row.refused_at, final: row.final === 1 };
    });
  return {
    refusedAt: (identityId, site, digest, notBefore) => find(identityId, site, digest, notBefore)?.refusedAt,
    find,
    any: (identityId, notBefore) =>
      ctx.guard('read the posts you refused', () =>
        ctx.stmt('SELECT 1 FROM refused_posts WHERE identity_id = ? AND refused_at >= ? LIMIT 1').get(identityId, notBefore) !== undefined,
      ),
    remember: (post, keep) =>
      ctx.write('remember a post you refused', () => {
        // (Never text: a digest is hex, and the guard never passes anything else.)
        if (!HEX.test(post.digest)) throw invalid('Only a digest of a refused post is kept, never its text.');
        try {
          ctx
            .stmt(
              `INSERT INTO refused_posts (identity_id, site, digest, kind, refused_at, final, seen_at) VALUES (?, ?, ?, ?, ?, ?, NULL)
               ON CONFLICT (identity_id, site, digest) DO UPDATE SET kind = excluded.kind, refused_at = excluded.refused_at,
                 final = max(refused_posts.final, excluded.final), seen_at = NULL`,
            )
            .run(post.identityId, post.site, post.digest, post.kind, post.refusedAt, post.final ? 1 : 0);
        } catch (err) {
          if (isForeignKeyViolation(err)) throw notFound('Identity', post.identityId);
          throw err;
        }
        ctx.stmt('DELETE FROM refused_posts WHERE refused_at < ?').run(keep.notBefore);
        // The cap is each identity's: a site that provokes many refusals in one identity never evicts another's.
        const { n } = ctx.stmt('SELECT count(*) AS n FROM refused_posts WHERE identity_id = ?').get(post.identityId) as { n: number };
        if (n > keep.max) {
          ctx
            .stmt(
              `DELETE FROM refused_posts WHERE (identity_id, site, digest) IN (
                 SELECT identity_id, site, digest FROM refused_posts WHERE identity_id = ?
                 ORDER BY max(refused_at, coalesce(seen_at, refused_at)) LIMIT ?)`,
            )
            .run(post.identityId, n - keep.max);
        }
      }),
    seen: (identityId, site, digest, at) =>
      ctx.write('remember a post you refused', () => {
        ctx.stmt('UPDATE refused_posts SET seen_at = ? WHERE identity_id = ? AND site = ? AND digest = ?').run(at, identityId, site, digest);
      }),
    forget: (identityId, site, digest) =>
      ctx.guard('forget a post you refused', () => {
        ctx.stmt('DELETE FROM refused_posts WHERE identity_id = ? AND site = ? AND digest = ?').run(identityId, site, digest);
      }),
    forgetBefore: (at) => ctx.guard('forget the posts you refused long ago', () => ctx.stmt('DELETE FROM refused_posts WHERE refused_at < ?').run(at).changes),
  };
}
