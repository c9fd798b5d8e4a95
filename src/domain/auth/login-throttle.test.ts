import { describe, expect, it } from 'vitest';
import { createLoginThrottle } from './login-throttle.js';

describe('login throttle', () => {
  const setup = () => {
    let t = 0;
    const throttle = createLoginThrottle({
      maxFailuresPerEmail: 3,
      maxFailuresPerAddress: 5,
      windowSeconds: 60,
      now: () => t,
    });
    return { throttle, advance: (s: number) => (t += s * 1000) };
  };

  it('refuses an email after its failures, with the seconds to wait, until the window passes', () => {
    const { throttle, advance } = setup();
    for (let i = 0; i < 3; i++) {
      throttle.assertAllowed('A@x.io', '10.0.0.1');
      throttle.failed('A@x.io', `10.0.0.${i}`);
    }
    expect(() => throttle.assertAllowed('a@x.io', '10.9.9.9')).toThrow(
      expect.objectContaining({ code: 'RATE_LIMITED', details: { retryAfterSeconds: 60 } }),
    );
    throttle.assertAllowed('b@x.io', '10.9.9.9');
    advance(60);
    throttle.assertAllowed('a@x.io', '10.9.9.9');
  });

  it('refuses an address spraying many emails', () => {
    const { throttle } = setup();
    for (let i = 0; i < 5; i++) throttle.failed(`u${i}@x.io`, '10.0.0.1');
    expect(() => throttle.assertAllowed('new@x.io', '10.0.0.1')).toThrow(/Too many/);
    throttle.assertAllowed('new@x.io', '10.0.0.2');
  });

  it("forgets an email's failures after a right password, but not the address's", () => {
    const { throttle } = setup();
    for (let i = 0; i < 3; i++) throttle.failed('a@x.io', '10.0.0.1');
    throttle.succeeded('a@x.io');
    throttle.assertAllowed('a@x.io', '10.0.0.1');
    for (let i = 0; i < 2; i++) throttle.failed('a@x.io', '10.0.0.1');
    expect(() => throttle.assertAllowed('other@x.io', '10.0.0.1')).toThrow(/Too many/);
  });
});
