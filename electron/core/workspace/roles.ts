// The roles of a workspace. On PostgreSQL they are the database's own roles (db/postgres/grants.ts makes them and
// grants them their tables), so the database refuses what the app would; the core checks the same roles first
// (permissions.ts), to change nothing and say why. The SQLite workspace has one user, who holds every role.
// Plain data, no Node imports.

export const ROLES = ['vetter_reader', 'vetter_analyst', 'vetter_approver', 'vetter_admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * The roles each role is a member of, and so holds too: every role reads, an approver is also an analyst. An admin
 * runs the workspace (lists, methodology, users, settings) but is no analyst: granting both is a choice to make.
 */
export const INCLUDED: { readonly [R in Role]: readonly Role[] } = {
  vetter_reader: [],
  vetter_analyst: ['vetter_reader'],
  vetter_approver: ['vetter_analyst'],
  vetter_admin: ['vetter_reader'],
};

/** A role as the CLI takes it: "analyst" or "vetter_analyst", in any case. */
export function roleNamed(name: string): Role | undefined {
  const wanted = name.trim().toLowerCase();
  return ROLES.find((r) => r === wanted || r === `vetter_${wanted}`);
}

/** Who acts on a workspace, as the core checks it before a write. */
export interface Access {
  /** The roles held, with those they include, in the order of ROLES. */
  roles: readonly Role[];
  /**
   * Whether anyone else can act on this workspace. The SQLite file is one person's, whatever name they give themselves
   * in Settings, so nobody there can be the second pair of eyes.
   */
  shared: boolean;
}

/** The one user of a SQLite workspace. */
export const ONE_USER: Access = { roles: ROLES, shared: false };
