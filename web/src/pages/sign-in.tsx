import { useState, type FormEvent } from 'react';
import { useLoginMutation } from '../../../client/generated/hooks';
import { setSession } from '../session';

export function SignInPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [login, { loading, error }] = useLoginMutation();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const { data } = await login({ variables: { email, password } }).catch(() => ({ data: undefined }));
    if (data) setSession(data.login);
  };
  return (
    <div className="signin">
      <form onSubmit={(e) => void submit(e)} className="card">
        <h1>ChargeQL</h1>
        <label>
          Email
          <input
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            required
          />
        </label>
        <label>
          Password
          <input
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        {error && (
          <p className="error" role="alert">
            {error.message}
          </p>
        )}
        <button type="submit" disabled={loading}>
          Sign in
        </button>
      </form>
    </div>
  );
}
