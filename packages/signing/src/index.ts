// Public API of @lighter-ts/signing: every export is named here.
export const PACKAGE_PLACEHOLDER = true;
