// The workspace's settings as the interface shows them: four eyes, and what the user may do there.
import { z } from 'zod';
import { ROLES } from '../workspace/roles';

export const workspaceSettings = z.object({
  /** Approvals, report sign-offs and dismissals of blocking matches need a second person (assessment/four-eyes.ts). */
  fourEyes: z.boolean(),
  /** Others work on this workspace too (PostgreSQL); false for one person's SQLite file, where four eyes cannot be met. */
  shared: z.boolean(),
  /** The roles the user holds, with those they include (workspace/roles.ts). */
  roles: z.array(z.enum(ROLES)),
});
export type WorkspaceSettings = z.infer<typeof workspaceSettings>;
