// The bundled default pack (assets/reference-pack, built by scripts/build-default-pack.mjs): loaded into an
// empty database on first use, each list as a bundled version, so Vetter can screen out of the box.
import fs from 'node:fs';
import path from 'node:path';
import { VetterError } from '../errors';
import { parseListFiles } from './detect';
import type { ListVersions } from './versions';

interface Manifest {
  lists: { files: string[]; asOf: string | null }[];
}

export async function loadDefaultPack(packDir: string, versions: ListVersions, actor: string, progress?: (done: number, total: number) => void): Promise<number> {
  const manifestFile = path.join(packDir, 'manifest.json');
  if (!fs.existsSync(manifestFile)) throw new VetterError('not_found', 'The bundled lists are missing from this installation. Reinstall Vetter, or import list files yourself.');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;
  let loaded = 0;
  for (const list of manifest.lists) {
    progress?.(loaded, manifest.lists.length);
    const files = list.files.map((f) => ({ name: path.basename(f), bytes: fs.readFileSync(path.join(packDir, f)) }));
    const parsed = await parseListFiles(files);
    versions.add({ ...parsed, asOf: parsed.asOf ?? list.asOf }, files, { actor, bundled: true });
    loaded += 1;
  }
  progress?.(loaded, manifest.lists.length);
  return loaded;
}
