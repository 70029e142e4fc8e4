// Public API of @lighter-ts/streaming: every export is named here.
export const PACKAGE_PLACEHOLDER = true;
