// Runs a few network tasks at once yet hands results back in input order, so output stays deterministic.

type Settled<R> = { readonly ok: true; readonly value: R } | { readonly ok: false; readonly error: unknown };

/** Applies `task` to each item with at most `concurrency` in flight, yielding results in item order.
 *  A task that throws (a bug, since tasks report problems as diagnostics) rethrows at its turn. */
export async function* mapOrdered<T, R>(
  items: readonly T[],
  concurrency: number,
  task: (item: T, index: number) => Promise<R>,
): AsyncGenerator<R> {
  const window: Promise<Settled<R>>[] = [];
  let next = 0;
  const start = (): void => {
    const index = next;
    next += 1;
    window.push(
      task(items[index] as T, index).then(
        (value): Settled<R> => ({ ok: true, value }),
        (error: unknown): Settled<R> => ({ ok: false, error }),
      ),
    );
  };
  while (next < items.length && window.length < Math.max(1, concurrency)) start();
  while (window.length > 0) {
    const settled = await (window.shift() as Promise<Settled<R>>);
    if (next < items.length) start();
    if (!settled.ok) throw settled.error;
    yield settled.value;
  }
}
