// Public API of @lighter-ts/execution: every export is named here.
export const PACKAGE_PLACEHOLDER = true;
