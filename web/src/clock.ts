import { useEffect, useState } from 'react';

export interface Day {
  todayFrom: string;
  todayTo: string;
}

const CHECK_MS = 30_000;

/**
 * Today's bounds in the browser's time zone, as the query variables of "today" figures. It rolls over
 * at midnight: a clock checked every 30 s rather than one timer to midnight, which a sleeping laptop or
 * a daylight-saving change would leave behind.
 */
export function useToday(): Day {
  const [day, setDay] = useState(today);
  useEffect(() => {
    const timer = setInterval(() => {
      const now = today();
      setDay((shown) => (shown.todayFrom === now.todayFrom ? shown : now));
    }, CHECK_MS);
    return () => clearInterval(timer);
  }, []);
  return day;
}

function today(): Day {
  const from = new Date();
  from.setHours(0, 0, 0, 0);
  const to = new Date(from);
  to.setDate(to.getDate() + 1); // a day is not always 24 h (daylight saving)
  return { todayFrom: from.toISOString(), todayTo: to.toISOString() };
}
