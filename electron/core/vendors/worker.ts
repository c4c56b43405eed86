// Entry of the vendors worker thread (bundled as vendors-worker.cjs).
import { serveTasks } from '../jobs/worker';
import { vendorTasks } from './tasks';

serveTasks(vendorTasks);
