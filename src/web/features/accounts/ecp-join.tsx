// Joining by ЭЦП, shared by the employer's and the job seeker's pages: the e-mail checked before anything is signed, a
// fresh server nonce, the signing window, the request, and the session the new account starts with. Refusals about the
// key stay in the signing window, where another key can be chosen; the others (e-mail taken, registry down…) are the
// page's to show beside its form.
import { lazy, type ReactNode, Suspense, useRef, useState } from 'react';
import { ecpJoinRequest } from '../../../shared/api/accounts';
import type { SessionResponse } from '../../../shared/api/auth';
import type { EcpChallengeResponse } from '../../../shared/api/signatures';
import type { Locale } from '../../../shared/roles';
import { base64ToBytes } from '../../../shared/signatures/sign-cms';
import { ApiProblem, api } from '../../api';
import { PageLoader } from '../../ui/page';
import { useAdoptSession } from './account-session';

// The signing code (PKIjs) loads only when the signing window opens, so the page stays light on a phone.
const SignDialog = lazy(() => import('../signatures/sign-dialog').then((m) => ({ default: m.SignDialog })));

export function useEcpJoin<Joined extends SessionResponse>(options: {
  url: string;
  /** This page's refusals about the key, beside the signature's own (`signatures.*`) and the throttle's. */
  keyRefusals: readonly string[];
}) {
  const isAboutTheKey = (error: ApiProblem) =>
    error.code.startsWith('signatures.') ||
    error.code === 'auth.too_many_attempts' ||
    options.keyRefusals.includes(error.code);
  const adoptSession = useAdoptSession();
  const [emailInvalid, setEmailInvalid] = useState(false);
  const [signing, setSigning] = useState({ requested: false, opened: false });
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [joined, setJoined] = useState<Joined | null>(null);
  const challenge = useRef<EcpChallengeResponse | null>(null);
  const request = useRef<{ email: string; locale: Locale } | null>(null);

  // Each attempt signs a fresh nonce: the server consumes one at every try, accepted or refused.
  const load = async () => {
    challenge.current = await api.post<EcpChallengeResponse>('/api/accounts/challenge');
    return base64ToBytes(challenge.current.nonce);
  };
  const submit = async (cms: string) => {
    const nonceId = challenge.current?.nonceId;
    if (!nonceId || !request.current) throw new Error('signed before a challenge was loaded');
    try {
      const result = await api.post<Joined>(options.url, { nonceId, cms, ...request.current });
      setJoined(result);
      adoptSession({ user: result.user, csrfToken: result.csrfToken });
    } catch (error) {
      if (!(error instanceof ApiProblem) || isAboutTheKey(error)) throw error;
      setProblem(error);
    }
  };

  return {
    problem,
    joined,
    /** The e-mail given to start() was not an address: nothing was signed. */
    emailInvalid,
    /** Opens the signing window for this e-mail and language, once the e-mail is an address. */
    start(body: { email: string; locale: Locale }) {
      const valid = ecpJoinRequest.shape.email.safeParse(body.email).success;
      setEmailInvalid(!valid);
      if (!valid) return;
      request.current = body;
      setProblem(null);
      setSigning({ requested: true, opened: true });
    },
    dialog(title: string): ReactNode {
      if (!signing.requested) return null;
      return (
        <Suspense fallback={<PageLoader />}>
          <SignDialog
            opened={signing.opened}
            onClose={() => setSigning({ requested: true, opened: false })}
            title={title}
            purpose="authentication"
            load={load}
            submit={submit}
          />
        </Suspense>
      );
    },
  };
}
