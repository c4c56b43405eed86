// Entry of the questionnaires worker thread (bundled as questionnaires-worker.cjs).
import { serveTasks } from '../jobs/worker';
import { questionnaireTasks } from './tasks';

serveTasks(questionnaireTasks);
