// Entry of the screening worker thread (bundled as screening-worker.cjs).
import { serveTasks } from '../jobs/worker';
import { screeningTasks } from './tasks';

serveTasks(screeningTasks);
