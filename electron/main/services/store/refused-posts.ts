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
}

export interface RefusedPostRepo {
  /** When the identity refused this post, if remembered and refused at `notBefore` or later. */
  refusedAt(identityId: string, site: string, digest: string, notBefore: number): number | undefined;
  /** Whether anything refused at `notBefore` or later is remembered for the identity. */
  any(identityId: string, notBefore: number): boolean;
  /** Remembers (or refreshes) one; forgets those refused before `notBefore`, and the oldest beyond `max`. */
  remember(post: RefusedPost, keep: { notBefore: number; max: number }): void;
  forget(identityId: string, site: string, digest: string): void;
  /** Forgets every post refused before `at`; how many. */
  forgetBefore(at: number): number;
}

const HEX = /^[0-9a-f]{8,128}$/;

export function createRefusedPostRepo(ctx: StoreContext): RefusedPostRepo {
  return {
    refusedAt: (identityId, site, digest, notBefore) =>
      ctx.guard('read the posts you refused', () => {
        const row = ctx
          .stmt('SELECT refused_at FROM refused_posts WHERE identity_id = ? AND site = ? AND digest = ? AND refused_at >= ?')
          .get(identityId, site, digest, notBefore) as { refused_at: number } | undefined;
        return row?.refused_at;
      }),
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
              `INSERT INTO refused_posts (identity_id, site, digest, kind, refused_at) VALUES (?, ?, ?, ?, ?)
               ON CONFLICT (identity_id, site, digest) DO UPDATE SET kind = excluded.kind, refused_at = excluded.refused_at`,
            )
            .run(post.identityId, post.site, post.digest, post.kind, post.refusedAt);
        } catch (err) {
          if (isForeignKeyViolation(err)) throw notFound('Identity', post.identityId);
          throw err;
        }
        ctx.stmt('DELETE FROM refused_posts WHERE refused_at < ?').run(keep.notBefore);
        const { n } = ctx.stmt('SELECT count(*) AS n FROM refused_posts').get() as { n: number };
        if (n > keep.max) {
          ctx
            .stmt('DELETE FROM refused_posts WHERE (identity_id, site, digest) IN (SELECT identity_id, site, digest FROM refused_posts ORDER BY refused_at LIMIT ?)')
            .run(n - keep.max);
        }
      }),
    forget: (identityId, site, digest) =>
      ctx.guard('forget a post you refused', () => {
        ctx.stmt('DELETE FROM refused_posts WHERE identity_id = ? AND site = ? AND digest = ?').run(identityId, site, digest);
      }),
    forgetBefore: (at) => ctx.guard('forget the posts you refused long ago', () => ctx.stmt('DELETE FROM refused_posts WHERE refused_at < ?').run(at).changes),
  };
}
