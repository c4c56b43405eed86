// Entry of the scoring worker thread (bundled as scoring-worker.cjs).
import { serveTasks } from '../jobs/worker';
import { scoringTasks } from './tasks';

serveTasks(scoringTasks);
