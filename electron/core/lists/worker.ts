// Entry of the lists worker thread (bundled as lists-worker.cjs).
import { serveTasks } from '../jobs/worker';
import { listTasks } from './tasks';

serveTasks(listTasks);
