/**
 * The ICU message parser's skeleton support, in the browser build (vite.config.ts, slimBrowser): a skeleton is a
 * number or date pattern inside a message (`{n, number, ::currency/EUR}`, `{d, date, ::yyyyMMdd}`). The atlas's
 * messages never use one (placeholders get strings already formatted for the locale; tests/unit/i18n.test.ts
 * checks that no message has `::`), so the skeleton parser and its hour-cycle table stay out of the page
 * (~4 kB gzipped). A message with a skeleton after all fails with a message naming the cause.
 */
function unsupported() {
  throw new Error('ICU skeletons (::) are not in this build (vite.config.ts): format the value before t()');
}

export const parseNumberSkeleton = unsupported;
export const parseNumberSkeletonFromString = unsupported;
export const parseDateTimeSkeleton = unsupported;
export const getBestPattern = unsupported;
