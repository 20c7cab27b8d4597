// Said before joining and on the cohorts page: what joining a cohort shares, in plain words.
export function PrivacyNotice() {
  return (
    <p className="privacy-notice">
      The instructors of a cohort you join can see your progress: which skills you have learned and mastered, your
      recent answers with their feedback, your activity, exam results and certificates. Leave the cohort at any time
      to stop sharing.
    </p>
  );
}
