"use client";
import { useActionState } from "react";
import { saveSettingsAction, type SettingsState } from "./actions";

export function SettingsForm({ initial, zones }: { initial: SettingsState; zones: string[] }) {
  const [state, action, pending] = useActionState(saveSettingsAction, initial);
  const { errors } = state;
  return (
    <form action={action} className="form" key={JSON.stringify(state.values)}>
      {state.notice && (
        <p className="notice" role="status">
          {state.notice}
        </p>
      )}
      {state.saved && !state.notice && <p role="status">Settings saved.</p>}
      <div className="field">
        <label htmlFor="timeZone">Time zone</label>
        <p className="hint" id="timeZone-hint">
          An IANA name such as Europe/London or America/New_York. Your day starts at local midnight.
        </p>
        <input
          id="timeZone" name="timeZone" list="zones" defaultValue={state.values.timeZone} autoComplete="off"
          aria-invalid={errors.timeZone ? true : undefined} aria-describedby={errors.timeZone ? "timeZone-error timeZone-hint" : "timeZone-hint"}
        />
        <datalist id="zones">
          {zones.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
        {errors.timeZone && <p className="field-error" id="timeZone-error">{errors.timeZone}</p>}
      </div>
      <div className="field">
        <label htmlFor="dailyGoal">Daily goal (problems per day)</label>
        <p className="hint" id="dailyGoal-hint">
          From 1 to 50. Today&apos;s set keeps its size; the new goal applies from tomorrow.
        </p>
        <input
          id="dailyGoal" name="dailyGoal" type="number" inputMode="numeric" min={1} max={50} defaultValue={state.values.dailyGoal}
          aria-invalid={errors.dailyGoal ? true : undefined} aria-describedby={errors.dailyGoal ? "dailyGoal-error dailyGoal-hint" : "dailyGoal-hint"}
        />
        {errors.dailyGoal && <p className="field-error" id="dailyGoal-error">{errors.dailyGoal}</p>}
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Saving…" : "Save settings"}
      </button>
    </form>
  );
}
