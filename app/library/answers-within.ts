// Owns waiting for storage that may never answer (a database another tab blocks): a deadline on a promise.

/** `p`, or a rejection when it has not settled within `ms`. */
export const answersWithin = <T>(p: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    p.then(resolve, reject).finally(() => clearTimeout(timer));
  });
