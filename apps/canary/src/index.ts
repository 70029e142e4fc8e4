// Public API of @lighter-ts/canary: every export is named here.
export const PACKAGE_PLACEHOLDER = true;
