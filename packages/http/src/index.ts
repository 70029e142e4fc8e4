// Public API of @lighter-ts/http: every export is named here.
export const PACKAGE_PLACEHOLDER = true;
