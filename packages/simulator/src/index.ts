// Public API of @lighter-ts/simulator: every export is named here.
export const PACKAGE_PLACEHOLDER = true;
