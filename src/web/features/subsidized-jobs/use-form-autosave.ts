// B03-1.2 "drafts save as you go": the form is checked here with the server's schema and saved a moment after each edit,
// one save at a time, each with the version it was based on; a 409 means someone else changed it, and the person decides.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApplicationView } from '../../../shared/api/subsidized-jobs';
import { ApiProblem, fieldError } from '../../api';
import { currentLanguage } from '../../i18n';
import {
  type ContactDefaults,
  type FormDraft,
  formDraftFromView,
  sameForm,
  validateForm,
} from './application-form-model';
import type { FieldErrors } from './field-errors';
import { saveForm, subsidyKeys } from './subsidy-queries';

/** Long enough not to save on every keystroke, short enough that closing the tab rarely loses anything. */
export const AUTOSAVE_DELAY_MS = 1200;

export type AutosaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'invalid' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'conflict' };

/** saved: the server has the draft (or nothing was pending); invalid: the draft breaks the schema and stays here. */
export type SaveOutcome = 'saved' | 'invalid' | 'failed';

let rowCounter = 0;
export const newRowKey = () => `row-${++rowCounter}`;

/** Row keys for a draft rebuilt from the server: the rows already shown keep theirs, so focus stays where it was. */
function keysOf(draft: FormDraft): () => string {
  const existing = draft.positions.map((p) => p.key);
  let index = 0;
  return () => existing[index++] ?? newRowKey();
}

export function useFormAutosave({
  view,
  defaults,
  editable,
}: {
  view: ApplicationView;
  defaults: ContactDefaults;
  editable: boolean;
}) {
  const queryClient = useQueryClient();
  const key = useMemo(() => subsidyKeys.application(view.id), [view.id]);
  const [draft, setDraftState] = useState<FormDraft>(() => formDraftFromView(view, defaults, newRowKey));
  const [state, setState] = useState<AutosaveState>({ kind: 'idle' });
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAllErrors, setShowAllErrors] = useState(false);

  const draftRef = useRef(draft);
  const dirty = useRef(false);
  const inFlight = useRef<Promise<SaveOutcome> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** The version our last save produced: its echo through the query cache is not a change to show. */
  const ownVersion = useRef<number | null>(null);

  const cancelTimer = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  }, []);

  // One save at a time: a save started while another runs waits for it, then sends the latest draft with the new version.
  const saveNow = useCallback(async (): Promise<SaveOutcome> => {
    cancelTimer();
    while (inFlight.current) await inFlight.current;
    if (!dirty.current) return 'saved';
    const current = queryClient.getQueryData<ApplicationView>(key);
    if (!current) return 'failed';
    const snapshot = draftRef.current;
    const checked = validateForm(snapshot, current.version, currentLanguage());
    setClientErrors(checked.errors);
    if (!checked.value) {
      setState({ kind: 'invalid' });
      return 'invalid';
    }
    setState({ kind: 'saving' });
    const saving = saveForm(current.id, checked.value).then(
      (saved): SaveOutcome => {
        ownVersion.current = saved.version;
        queryClient.setQueryData(key, saved);
        setServerError(null);
        if (draftRef.current === snapshot) {
          dirty.current = false;
          setState({ kind: 'saved', at: new Date() });
        } else {
          setState({ kind: 'pending' });
          timer.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
        }
        return 'saved';
      },
      (error: unknown): SaveOutcome => {
        if (error instanceof ApiProblem && error.status === 409) setState({ kind: 'conflict' });
        else {
          setServerError(error);
          setState({ kind: 'failed', error });
        }
        return 'failed';
      },
    );
    inFlight.current = saving.finally(() => {
      inFlight.current = null;
    });
    return saving;
  }, [queryClient, key, cancelTimer]);

  const update = useCallback(
    (change: (previous: FormDraft) => FormDraft) => {
      if (!editable) return;
      const next = change(draftRef.current);
      draftRef.current = next;
      setDraftState(next);
      dirty.current = true;
      // Messages follow the typing at once; the save waits for a pause.
      setClientErrors(validateForm(next, 0, currentLanguage()).errors);
      setState((s) => (s.kind === 'conflict' ? s : { kind: 'pending' }));
      cancelTimer();
      timer.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
    },
    [editable, saveNow, cancelTimer],
  );

  const touch = useCallback((field: string) => {
    setTouched((previous) => (previous.has(field) ? previous : new Set(previous).add(field)));
  }, []);

  /** "Save and continue": saves what is pending now and shows every message; true when the server has it all. */
  const flush = useCallback(async (): Promise<boolean> => {
    setShowAllErrors(true);
    if (!editable) return true;
    return (await saveNow()) === 'saved';
  }, [editable, saveNow]);

  /**
   * Before another action on the application (the check, preparing the document): let the save in progress finish
   * and send a valid pending edit, so the two never race for one version. An invalid edit stays here, unsent.
   */
  const settle = useCallback(async (): Promise<boolean> => {
    if (!editable) return true;
    return (await saveNow()) !== 'failed';
  }, [editable, saveNow]);

  /** After a conflict: take the application as the server has it and drop the edits made here. */
  const reload = useCallback(async () => {
    cancelTimer();
    await queryClient.refetchQueries({ queryKey: key, exact: true });
    const latest = queryClient.getQueryData<ApplicationView>(key);
    if (!latest) return;
    const next = formDraftFromView(latest, defaults, keysOf(draftRef.current));
    draftRef.current = next;
    setDraftState(next);
    dirty.current = false;
    setServerError(null);
    setClientErrors({});
    setShowAllErrors(false);
    setState({ kind: 'idle' });
  }, [queryClient, defaults, key, cancelTimer]);

  // The application changed under the form without an edit here (signed, taken back for editing, reloaded):
  // show it as it now is. Our own save's echo has the same content, so rows keep their keys and focus stays.
  useEffect(() => {
    if (dirty.current || inFlight.current || view.version === ownVersion.current) return;
    const next = formDraftFromView(view, defaults, keysOf(draftRef.current));
    if (!sameForm(next, draftRef.current)) {
      draftRef.current = next;
      setDraftState(next);
    }
  }, [view, defaults]);

  // Leaving the page with a pending edit saves it; closing the tab first asks.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      if (dirty.current) void saveNow();
      cancelTimer();
    };
  }, [saveNow, cancelTimer]);

  const errorFor = useCallback(
    (field: string): string | undefined =>
      (showAllErrors || touched.has(field) ? clientErrors[field] : undefined) ?? fieldError(serverError, field),
    [clientErrors, serverError, showAllErrors, touched],
  );

  return {
    draft,
    state,
    update,
    touch,
    flush,
    settle,
    reload,
    errorFor,
    serverError,
    isDirty: () => dirty.current,
    invalidCount: Object.keys(clientErrors).length,
  };
}
