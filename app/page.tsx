import Link from "next/link";

export default function LandingPage() {
  return (
    <div className="stack">
      <h1>Practise the mathematics behind machine learning, a little every day</h1>
      <p className="lead">
        Basis is a free, open-source practice and assessment system for the <em>Mathematics for Machine Learning</em>{" "}
        specialisation: Linear Algebra, Multivariate Calculus and PCA.
      </p>
      <ul className="features">
        <li>
          <strong>Endless fresh problems.</strong> Every exercise is generated, so you practise the idea, not the answer.
        </li>
        <li>
          <strong>Spaced repetition.</strong> A short daily set schedules reviews just before you would forget.
        </li>
        <li>
          <strong>Specific feedback.</strong> Answers are checked mathematically, with worked solutions and hints on
          common mistakes.
        </li>
        <li>
          <strong>Certificates anyone can verify.</strong> Timed exams lead to certificates with a public check.
        </li>
      </ul>
      <p className="actions">
        <Link className="button" href="/sign-up">
          Create an account
        </Link>
        <Link className="button secondary" href="/sign-in">
          Sign in
        </Link>
      </p>
    </div>
  );
}
