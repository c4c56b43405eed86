// Entry of the last step of `npm run build` (bundled as dist/electron/screening-prebuild.cjs): builds the bundled
// pack's screening index with this build's matcher and writes it for the screening worker (prebuilt.ts).
// Usage: node dist/electron/screening-prebuild.cjs PACK_DIR OUT_FILE
import { BUILD_ID } from '../build-id';
import { packScreeningVersions } from '../lists/default-pack';
import { readScreeningFile } from './entries';
import { type EngineVersion, ScreeningEngine } from './engine';
import { writePrebuilt } from './prebuilt';

const [packDir, out] = process.argv.slice(2);
if (!packDir || !out || BUILD_ID === null) {
  console.error('Usage, from a build: node dist/electron/screening-prebuild.cjs PACK_DIR OUT_FILE');
  process.exit(2);
}
const packEntries = ({ packFile }: EngineVersion) => {
  if (!packFile) throw new Error('not a pack list');
  return readScreeningFile(packFile.path, packFile.sha256);
};
const versions = packScreeningVersions(packDir);
const buildId = BUILD_ID;
new ScreeningEngine(packEntries)
  .load(versions)
  .then((loaded) => writePrebuilt(out, buildId, versions, loaded))
  .catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
