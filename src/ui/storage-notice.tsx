import { useProgress } from '../state/stores';
import { ReadProblemNotice } from './read-problem-notice';
import { SaveProblemNotice } from './save-problem-notice';
import './storage-notice.css';

/**
 * Tells the user what went wrong with their saved progress, each problem on its own: reading it
 * (damaged or unreadable data) and saving it (storage full or refused). Each offers the file that
 * keeps what it is about safe.
 */
export function StorageNotice() {
  const readProblem = useProgress((s) => s.readProblem);
  const saveProblem = useProgress((s) => s.saveProblem);
  return (
    <div role="alert" className="storage-notice-live">
      {readProblem && <ReadProblemNotice problem={readProblem} />}
      {saveProblem && <SaveProblemNotice problem={saveProblem} />}
    </div>
  );
}
