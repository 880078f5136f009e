import { useProgress } from '../state/stores';
import { ReadProblemNotice } from './read-problem-notice';
import { SaveProblemNotice } from './save-problem-notice';
import './storage-notice.css';

/** The notices themselves (loaded only when there is something to tell: see StorageNotice). */
export function StorageNoticePanel() {
  const readProblem = useProgress((s) => s.readProblem);
  const saveProblem = useProgress((s) => s.saveProblem);
  return (
    <>
      {readProblem && <ReadProblemNotice problem={readProblem} />}
      {saveProblem && <SaveProblemNotice problem={saveProblem} />}
    </>
  );
}
