import { describe } from 'vitest';
import { testSuppressions } from '../suppression-tester.case.js';

describe('Go suppressions: golangci-lint //nolint, staticcheck //lint:ignore', () => {
  testSuppressions('go', [
    {
      name: '//lint:ignore ST1005 drops the error string on the line below, not the next one',
      code: `package p

import "errors"

func f() error {
	//lint:ignore ST1005 the name of the product is capitalised
	err := errors.New("Plumb failed")
	return errors.New("Failed")
}
`,
      suppressed: ['go/error-string-style:7'],
      kept: ['go/error-string-style:8'],
    },
    {
      name: '//lint:ignore without a reason is malformed and ignored, as staticcheck does',
      code: `package p

import "errors"

func f() error {
	//lint:ignore ST1005
	return errors.New("Failed")
}
`,
      suppressed: [],
      kept: ['go/error-string-style:7'],
    },
    {
      name: '//lint:ignore for another check leaves the finding',
      code: `package p

import "errors"

func f() error {
	//lint:ignore SA4006 unrelated
	return errors.New("Failed")
}
`,
      suppressed: [],
      kept: ['go/error-string-style:7'],
    },
    {
      name: '//lint:file-ignore covers the whole file',
      code: `//lint:file-ignore ST1005 messages are shown to users as they are
package p

import "errors"

func f() error { return errors.New("Failed") }

func g() error { return errors.New("Broken.") }
`,
      suppressed: ['go/error-string-style:6', 'go/error-string-style:8'],
      kept: [],
    },
    {
      name: 'a trailing //nolint:stylecheck drops the finding on its line',
      code: `package p

import "errors"

func f() error {
	_ = errors.New("Failed") //nolint:stylecheck // user-facing
	return errors.New("Failed")
}
`,
      suppressed: ['go/error-string-style:6'],
      kept: ['go/error-string-style:7'],
    },
    {
      name: '//nolint above a declaration covers the whole function; a bare //nolint covers every rule',
      code: `package p

import "errors"

//nolint
func f() error {
	x := 1
	x = x
	_ = x
	return errors.New("Failed")
}

func g() error { return errors.New("Failed") }
`,
      suppressed: ['go/self-assignment:8', 'go/error-string-style:10'],
      kept: ['go/error-string-style:13'],
    },
    {
      name: '//nolint naming other linters leaves the finding',
      code: `package p

import "errors"

func f() error {
	return errors.New("Failed") //nolint:errcheck,gosec
}
`,
      suppressed: [],
      kept: ['go/error-string-style:6'],
    },
    {
      name: '//nolint:revive above a statement covers that statement only',
      code: `package p

import "errors"

func f(fail bool) error {
	//nolint:revive
	if fail {
		return errors.New("Failed")
	}
	return errors.New("Broken")
}
`,
      suppressed: ['go/error-string-style:8'],
      kept: ['go/error-string-style:10'],
    },
    {
      name: 'a nolint inside a string is no comment',
      code: `package p

import "errors"

func f() error {
	return errors.New("Failed //nolint")
}
`,
      suppressed: [],
      kept: ['go/error-string-style:6'],
    },
  ]);
});
