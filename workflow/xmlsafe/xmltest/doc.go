// Package xmltest runs xmllint from tests to validate the XML terjime
// writes against the published schemas. A machine without xmllint skips
// the check, except in CI (CI=true), where a missing validator fails the
// test: the promise that exports validate must be checked somewhere.
package xmltest
