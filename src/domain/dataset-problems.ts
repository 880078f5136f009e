/** One thing wrong with the dataset, located by file, code (when it concerns one) and field. */
export interface DatasetProblem {
  file: string;
  code?: number;
  field: string;
  message: string;
}

/** Records a problem; `code` is undefined when the problem concerns no single code. */
export type AddProblem = (
  file: string,
  code: number | undefined,
  field: string,
  message: string,
) => void;

/** The path of the dataset file holding the codes' facts. */
export const CODES_FILE = 'data/codes.json';

/** The path of a language's texts. */
export const localeFile = (lang: string) => `data/locales/${lang}.json`;

/** A problem list and the function that appends to it. */
export function problemList(): { problems: DatasetProblem[]; add: AddProblem } {
  const problems: DatasetProblem[] = [];
  return {
    problems,
    add: (file, code, field, message) =>
      problems.push({ file, ...(code === undefined ? {} : { code }), field, message }),
  };
}

/** Zod issues as dataset problems; `codeAt` names the code a path belongs to, if any. */
export function zodProblems(
  file: string,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  codeAt: (path: readonly PropertyKey[]) => number | undefined = () => undefined,
): DatasetProblem[] {
  return issues.map((issue) => {
    const code = codeAt(issue.path);
    return {
      file,
      ...(code === undefined ? {} : { code }),
      field: issue.path.map(String).join('.') || '(root)',
      message: issue.message,
    };
  });
}
