// Public API of @lighter-ts/models: every export is named here.
export const PACKAGE_PLACEHOLDER = true;
