//go:build tools

// Pins the pulumi-yaml module so `go build github.com/pulumi/pulumi-yaml/cmd/pulumi-language-yaml`
// resolves from this module's go.mod/go.sum.
package tools

import _ "github.com/pulumi/pulumi-yaml/cmd/pulumi-language-yaml"
