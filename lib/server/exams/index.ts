// Course exams on the server: start, read, autosave, submit, lazy expiry and the overview.
export { getExamForLearner, saveAnswer, SaveInput, startExam, submitExam, type SaveResult, type StartResult, type SubmitResult } from "./attempts";
export type { ExamFailure, ExamFailureCode } from "./common";
export { closeAttempt, expireOverdue } from "./grade";
export { courseExam, examOverview, type AttemptSummary, type CourseExam, type ExamState } from "./overview";
export type { ClosedQuestion, ExamView, OpenQuestion } from "./view";
